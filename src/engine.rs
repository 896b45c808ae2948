//! The record's engine: every core function that folds, seals, signs or checks events, fetched
//! on demand (crate::on_demand) in the chunk `record`. A first visit draws the welcome without
//! it; the first event read back or written fetches it, with the rest of what a community's
//! device needs (the checkpoint, the dashboard, the demo, the snapshot writer). The store holds
//! the record and calls these, so the rules stay the core's and run the same everywhere.

use crate::on_demand::on_demand;
use gongzhi_core::batch::Batch;
use gongzhi_core::checkpoint::CheckpointRefused;
use gongzhi_core::demo::{self, Demo};
use gongzhi_core::event::OrderKey;
use gongzhi_core::founding::{self, Founded};
use gongzhi_core::snapshot::{self, Scope, Snapshot};
use gongzhi_core::{DeviceKey, Event, EventId, IntegrityError, Record, Refusal};
use gongzhi_core::{Payload, SignedHead};

/// The core's functions on a record, as plain function pointers: once fetched they are called
/// where the record lies, inside its signal, without copying it out.
#[derive(Clone, Copy)]
pub struct Engine {
    pub prepare: fn(&mut Record, &DeviceKey, i64, &str, &Payload) -> Result<Event, Refusal>,
    pub in_order: fn(&mut Vec<Event>),
    pub refold: fn(&Record) -> (Record, Vec<IntegrityError>),
    pub batch: fn(&Record, &DeviceKey, i64, &str) -> Batch,
    pub commit_all: fn(&mut Record, Vec<Event>) -> Result<Vec<EventId>, Refusal>,
    pub absorb: fn(&mut Record, Vec<Event>) -> Vec<IntegrityError>,
    pub restore_chunk: fn(&mut Record, Vec<Event>) -> Vec<IntegrityError>,
    pub restore_heads: fn(&mut Record, Vec<SignedHead>) -> Vec<IntegrityError>,
    pub check_stored_hashes: fn(&Record, Option<OrderKey>, usize) -> Checked,
    pub checkpoint: fn(&Record) -> Option<Vec<u8>>,
    pub from_checkpoint: fn(&[u8], Vec<Event>) -> Restore,
    pub export: fn(&mut Record, &DeviceKey, i64, Scope) -> Snapshot,
    pub to_json: fn(&Snapshot) -> Vec<u8>,
}

/// What [`Record::check_stored_hashes`] found in one step, and where the next one starts.
pub type Checked = (Vec<IntegrityError>, Option<OrderKey>);

/// What [`Record::from_checkpoint`] gives: the record up to the covered event and the events
/// after it, or why the checkpoint was refused with the events back.
pub type Restore = Result<(Record, Vec<Event>), (CheckpointRefused, Vec<Event>)>;

on_demand!(
    record,
    /// The engine, fetched the first time (later calls find it loaded).
    pub fn engine() -> Engine {
        Engine {
            prepare: |record, key, now, author, payload| {
                record.prepare(key, now, author, payload.clone())
            },
            refold: |record| {
                let mut fresh = Record::new();
                let mut rejected = fresh.restore_chunk(record.events().cloned().collect());
                rejected.extend(fresh.restore_heads(record.heads().values().cloned().collect()));
                (fresh, rejected)
            },
            in_order: |events| {
                events.sort_unstable_by_key(Event::order_key);
                // Another tab compacting while this one read shows some events twice.
                events.dedup();
            },
            batch: Record::batch,
            commit_all: Record::commit_all,
            absorb: Record::absorb,
            restore_chunk: Record::restore_chunk,
            restore_heads: Record::restore_heads,
            check_stored_hashes: Record::check_stored_hashes,
            checkpoint: Record::checkpoint,
            from_checkpoint: Record::from_checkpoint,
            export: snapshot::export,
            to_json: Snapshot::to_json,
        }
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
