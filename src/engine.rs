//! The record's engine: every core function that folds, seals, signs, checks or encodes events,
//! behind one trait ([`RecordEngine`]) and fetched on demand (crate::on_demand) in the chunk
//! `record`. A first visit draws the welcome without it; the first event read back or written
//! fetches it, with the rest of what a community's device needs (the checkpoint, the dashboard,
//! the demo, the snapshot writer). The store holds the record and calls the engine, so the rules
//! stay the core's and run the same everywhere; a new core operation is one method here.

use crate::on_demand::on_demand;
use crate::persist::{Codec, Unreadable};
use gongzhi_core::fixtures::demo::{self, Demo};
use gongzhi_core::log::event::OrderKey;
use gongzhi_core::record::checkpoint::CheckpointRefused;
use gongzhi_core::record::snapshot::{self, Scope, Snapshot};
use gongzhi_core::registry::founding::{self, Founded};
use gongzhi_core::rules::batch::Batch;
use gongzhi_core::{DeviceKey, Event, EventId, IntegrityError, Record, Refusal};
use gongzhi_core::{Payload, SignedHead};

/// The core's operations on a record, called where the record lies, inside its signal, without
/// copying it out. Also the stored form of an event ([`Codec`]): storage needs the payload's
/// encoder exactly when it needs the rest of the engine.
pub trait RecordEngine: Codec {
    /// A command checked against the record and sealed as this device's next event.
    fn prepare(
        &self,
        record: &mut Record,
        key: &DeviceKey,
        now: i64,
        author: &str,
        payload: &Payload,
    ) -> Result<Event, Refusal>;
    /// Several commands as one write, each checked against what the earlier ones leave.
    fn batch(&self, record: &Record, key: &DeviceKey, now: i64, author: &str) -> Batch;
    /// Shows events storage has committed.
    fn commit_all(&self, record: &mut Record, events: Vec<Event>) -> Result<Vec<EventId>, Refusal>;
    /// Events read back from storage in the fold's order; another tab compacting while this one
    /// read shows some twice, kept once.
    fn in_order(&self, events: &mut Vec<Event>);
    /// Takes in events another tab stored.
    fn absorb(&self, record: &mut Record, events: Vec<Event>) -> Vec<IntegrityError>;
    /// Folds the next chunk of a start, checking each event.
    fn restore_chunk(&self, record: &mut Record, events: Vec<Event>) -> Vec<IntegrityError>;
    fn restore_heads(&self, record: &mut Record, heads: Vec<SignedHead>) -> Vec<IntegrityError>;
    /// The held events folded again from nothing, each checked.
    fn refold(&self, record: &Record) -> (Record, Vec<IntegrityError>);
    /// One step of checking the hashes of the events a checkpoint let the start trust.
    fn check_stored_hashes(&self, record: &Record, after: Option<OrderKey>, max: usize) -> Checked;
    fn checkpoint(&self, record: &Record) -> Option<Vec<u8>>;
    fn restore_from_checkpoint(&self, bytes: &[u8], events: Vec<Event>) -> Restore;
    /// A snapshot file of `scope`, with this device's head signed.
    fn export(&self, record: &mut Record, key: &DeviceKey, now: i64, scope: Scope) -> Snapshot;
    fn to_json(&self, snapshot: &Snapshot) -> Vec<u8>;
}

/// What [`Record::check_stored_hashes`] found in one step, and where the next one starts.
pub type Checked = (Vec<IntegrityError>, Option<OrderKey>);

/// What [`Record::from_checkpoint`] gives: the record up to the covered event and the events
/// after it, or why the checkpoint was refused with the events back.
pub type Restore = Result<(Record, Vec<Event>), (CheckpointRefused, Vec<Event>)>;

/// The engine, the only implementation: the core's own functions.
pub struct Core;

impl Codec for Core {
    fn encode(&self, event: &Event) -> Result<String, String> {
        // Through a JSON value, like the event's hash: one encoder of the payload, not two.
        serde_json::to_value(event)
            .map(|value| value.to_string())
            .map_err(|e| e.to_string())
    }

    fn decode(&self, texts: Vec<String>) -> (Vec<Event>, Vec<Unreadable>) {
        let mut events = Vec::with_capacity(texts.len());
        let mut unreadable = Vec::new();
        for (position, text) in (0..).zip(texts) {
            match serde_json::from_str::<Event>(&text) {
                Ok(event) => events.push(event),
                Err(e) => unreadable.push(Unreadable {
                    position,
                    reason: e.to_string(),
                }),
            }
        }
        (events, unreadable)
    }
}

impl RecordEngine for Core {
    fn prepare(
        &self,
        record: &mut Record,
        key: &DeviceKey,
        now: i64,
        author: &str,
        payload: &Payload,
    ) -> Result<Event, Refusal> {
        record.prepare(key, now, author, payload.clone())
    }

    fn batch(&self, record: &Record, key: &DeviceKey, now: i64, author: &str) -> Batch {
        record.batch(key, now, author)
    }

    fn commit_all(&self, record: &mut Record, events: Vec<Event>) -> Result<Vec<EventId>, Refusal> {
        record.commit_all(events)
    }

    fn in_order(&self, events: &mut Vec<Event>) {
        events.sort_unstable_by_key(Event::order_key);
        events.dedup();
    }

    fn absorb(&self, record: &mut Record, events: Vec<Event>) -> Vec<IntegrityError> {
        record.absorb(events)
    }

    fn restore_chunk(&self, record: &mut Record, events: Vec<Event>) -> Vec<IntegrityError> {
        record.restore_chunk(events)
    }

    fn restore_heads(&self, record: &mut Record, heads: Vec<SignedHead>) -> Vec<IntegrityError> {
        record.restore_heads(heads)
    }

    fn refold(&self, record: &Record) -> (Record, Vec<IntegrityError>) {
        let mut fresh = Record::new();
        let mut rejected = fresh.restore_chunk(record.events().cloned().collect());
        rejected.extend(fresh.restore_heads(record.heads().values().cloned().collect()));
        (fresh, rejected)
    }

    fn check_stored_hashes(&self, record: &Record, after: Option<OrderKey>, max: usize) -> Checked {
        record.check_stored_hashes(after, max)
    }

    fn checkpoint(&self, record: &Record) -> Option<Vec<u8>> {
        record.checkpoint()
    }

    fn restore_from_checkpoint(&self, bytes: &[u8], events: Vec<Event>) -> Restore {
        Record::from_checkpoint(bytes, events)
    }

    fn export(&self, record: &mut Record, key: &DeviceKey, now: i64, scope: Scope) -> Snapshot {
        snapshot::export(record, key, now, scope)
    }

    fn to_json(&self, snapshot: &Snapshot) -> Vec<u8> {
        snapshot.to_json()
    }
}

on_demand!(
    record,
    /// The engine, fetched the first time (later calls find it loaded).
    pub fn engine() -> &'static dyn RecordEngine {
        &Core
    }
);

/// Commands built by code in the chunk `record`, for [`crate::store::RecordStore::send_fetched`].
pub type Builder<T> = Box<dyn Fn(&mut Batch) -> Result<T, Refusal>>;

on_demand!(
    record,
    /// 晋阳社区, the demo: a first visit that never loads it does not download it.
    pub fn demo(label: &'static str, now: i64) -> Builder<Demo> {
        Box::new(move |batch| demo::jinyang(batch, label, now))
    }
);

on_demand!(
    record,
    /// A new community's first commands (its name, first compound and this device).
    pub fn founding(community: String, compound: String, device: String) -> Builder<Founded> {
        Box::new(move |batch| founding::found(batch, &community, &compound, &device))
    }
);
