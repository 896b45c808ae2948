//! The folded state stored beside the log, so that a reload folds only what came after it.
//!
//! A checkpoint is a cache, never the truth: the log alone decides the state, and any doubt
//! about a checkpoint (torn bytes, another format, a log that no longer holds exactly the events
//! it was folded from) refuses it, and the caller restores from the log as if there were none.
//! Restoring from one skips the two costs of a full restore, re-hashing every event and folding
//! it; links are still checked, and [`Record::check_stored_hashes`] re-hashes the covered events
//! later, in the background.
//!
//! Bytes: `GZCP`, the format as u32 little-endian (read before anything else, so a checkpoint
//! of another version is recognised as such and never decoded), the body's length as u64 LE and
//! its SHA-256, then the body: what the state was folded from, then the state, both in postcard
//! (the state naming devices by their number in a table the first part holds). The length and
//! hash make a torn or garbled write [`CheckpointRefused::Damaged`] instead of something that
//! happens to decode.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::ops::Bound;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::ids::numbering::with_devices;
use crate::ids::{DeviceId, Hash, VoteId};
use crate::log::event::{Event, OrderKey};
use crate::log::verify::{check_hash, check_link, IntegrityError};
use crate::record::Record;
use crate::rules::state::State;

/// Bumped whenever the shape of [`State`] (or of anything it holds) or any rule of the fold
/// changes: a checkpoint of another format is ignored and rebuilt from the log. Postcard writes
/// no field or variant names, so even reordering the variants of an enum the state holds is a
/// change of shape. `tests/checkpoint.rs` pins the bytes of one checkpoint to this number, so a
/// change that forgets the bump fails there.
pub const CHECKPOINT_FORMAT: u32 = 7;

const MAGIC: [u8; 4] = *b"GZCP";
/// Magic, format, body length, body hash.
const HEADER: usize = 4 + 4 + 8 + 32;

/// Why a stored checkpoint was not used; the caller then restores from the log alone (and may
/// write a fresh checkpoint). Each one is an ordinary event of a cache, not an alarm: nothing of
/// the record is lost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckpointRefused {
    /// Torn or garbled bytes: too short, the wrong magic, a length or hash that does not match
    /// the body, or a body that does not decode.
    Damaged,
    /// Written by a version of the rules whose state or fold differs.
    OtherFormat { found: u32 },
    /// The event the checkpoint was folded up to is not in the log, or is there with another
    /// hash.
    Stale,
    /// The log holds other events at or before the covered one than the checkpoint was folded
    /// from (another tab merged events that sort earlier, or one is missing): `checkpoint`
    /// events were folded, `log` are there now.
    ChainChanged { checkpoint: u64, log: u64 },
    /// A covered event does not link to its device's previous one, or the log is not in the
    /// total order: only a full restore can say which events to leave out.
    Broken(IntegrityError),
}

impl fmt::Display for CheckpointRefused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckpointRefused::Damaged => write!(f, "the stored checkpoint is damaged"),
            CheckpointRefused::OtherFormat { found } => write!(
                f,
                "the stored checkpoint has format {found}; this version reads format {CHECKPOINT_FORMAT}"
            ),
            CheckpointRefused::Stale => write!(
                f,
                "the stored checkpoint was folded up to an event the log does not hold"
            ),
            CheckpointRefused::ChainChanged { checkpoint, log } => write!(
                f,
                "the stored checkpoint was folded from {checkpoint} events; the log now holds {log} up to the same one"
            ),
            CheckpointRefused::Broken(problem) => {
                write!(f, "the stored log is damaged before the checkpoint: {problem}")
            }
        }
    }
}

impl std::error::Error for CheckpointRefused {}

/// What the state was folded from. Read before the state, so that a checkpoint the log no
/// longer matches is refused without decoding it.
#[derive(Serialize, Deserialize)]
struct Covers {
    covered: OrderKey,
    covered_hash: Hash,
    /// Events at or before `covered`, all of which the state was folded from.
    count: u64,
    /// SHA-256 of their hashes in the total order: the exact set, not just how many.
    events_digest: Hash,
    /// The covered event's clock in any record today; kept as the record held it, so the next
    /// event gets the same clock whichever way the record was restored.
    max_lamport: u64,
    /// The devices the state names by number (see `compact`).
    devices: Vec<DeviceId>,
}

fn events_digest<'a>(events: impl Iterator<Item = &'a Event>) -> Hash {
    let mut h = Sha256::new();
    for e in events {
        h.update(e.hash.0);
    }
    Hash(h.finalize().into())
}

/// The checked body of a checkpoint, split into what it covers and the encoded state.
fn open(bytes: &[u8]) -> Result<(Covers, &[u8]), CheckpointRefused> {
    if bytes.len() < 8 || bytes[..4] != MAGIC {
        return Err(CheckpointRefused::Damaged);
    }
    let format = u32::from_le_bytes(bytes[4..8].try_into().expect("four bytes"));
    if format != CHECKPOINT_FORMAT {
        return Err(CheckpointRefused::OtherFormat { found: format });
    }
    if bytes.len() < HEADER {
        return Err(CheckpointRefused::Damaged);
    }
    let length = u64::from_le_bytes(bytes[8..16].try_into().expect("eight bytes"));
    let body = &bytes[HEADER..];
    if length != body.len() as u64 || Sha256::digest(body)[..] != bytes[16..HEADER] {
        return Err(CheckpointRefused::Damaged);
    }
    postcard::take_from_bytes::<Covers>(body).map_err(|_| CheckpointRefused::Damaged)
}

fn decode_state(covers: &Covers, bytes: &[u8]) -> Result<State, CheckpointRefused> {
    let (decoded, _) = with_devices(covers.devices.clone(), || {
        postcard::take_from_bytes::<State>(bytes)
    });
    match decoded {
        Ok((state, [])) => Ok(state),
        _ => Err(CheckpointRefused::Damaged),
    }
}

/// The state a checkpoint holds, checked against nothing but its own bytes: for tools and
/// benchmarks. A restore goes through [`Record::from_checkpoint`], which also checks it against
/// the log.
pub fn read_state(bytes: &[u8]) -> Result<State, CheckpointRefused> {
    let (covers, state) = open(bytes)?;
    decode_state(&covers, state)
}

impl Record {
    /// The folded state as bytes to store beside the log, with what it was folded from; `None`
    /// for an empty record. Store it only together with (or after) the events it covers.
    pub fn checkpoint(&self) -> Option<Vec<u8>> {
        let (&covered, id) = self.order.last_key_value()?;
        // Always so today; a state behind its events must not be stored as covering them.
        if self.folded_to != Some(covered) {
            return None;
        }
        let (state, devices) = with_devices(Vec::new(), || postcard::to_allocvec(&self.state));
        let covers = Covers {
            covered,
            covered_hash: self.events[id].hash,
            count: self.events.len() as u64,
            events_digest: events_digest(self.events()),
            max_lamport: self.max_lamport,
            devices,
        };
        let covers = postcard::to_allocvec(&covers).expect("plain data always encodes");
        let state = state.expect("a state always encodes");
        let mut out = Vec::with_capacity(HEADER + covers.len() + state.len());
        out.extend_from_slice(&MAGIC);
        out.extend_from_slice(&CHECKPOINT_FORMAT.to_le_bytes());
        out.extend_from_slice(&((covers.len() + state.len()) as u64).to_le_bytes());
        out.extend_from_slice(&[0; 32]);
        out.extend_from_slice(&covers);
        out.extend_from_slice(&state);
        let digest = Sha256::digest(&out[HEADER..]);
        out[16..HEADER].copy_from_slice(&digest);
        Some(out)
    }

    /// Starts a restore from a checkpoint and the stored log (every event, in the total order,
    /// from this device's own storage). Returns the record of every event up to the covered one,
    /// holding the checkpoint's state, and the events after it, which go to
    /// [`Record::restore_chunk`] as they would without a checkpoint (then
    /// [`Record::restore_heads`]).
    ///
    /// The covered events are linked to their devices' previous events, in order, but not
    /// re-hashed: that is most of a full restore's time. [`Record::check_stored_hashes`] does it
    /// once the page is in use. When the checkpoint is refused, the events come back untouched
    /// for a full restore.
    pub fn from_checkpoint(
        bytes: &[u8],
        mut sorted: Vec<Event>,
    ) -> Result<(Record, Vec<Event>), (CheckpointRefused, Vec<Event>)> {
        let opened = open(bytes).and_then(|(covers, state)| {
            let covered = covered_prefix(&covers, &sorted)?;
            Ok((decode_state(&covers, state)?, covers, covered))
        });
        let (state, covers, covered) = match opened {
            Ok(opened) => opened,
            Err(refused) => return Err((refused, sorted)),
        };
        let tail = sorted.split_off(covered);
        let order = sorted.iter().map(|e| (e.order_key(), e.id)).collect();
        let mut by_vote: BTreeMap<VoteId, BTreeSet<OrderKey>> = BTreeMap::new();
        for e in &sorted {
            if let Some(vote) = e.vote() {
                by_vote.entry(vote).or_default().insert(e.order_key());
            }
        }
        // Built in bulk from id order: inserting in the total order interleaves the devices'
        // chains, and each insert then shifts large events within a node (a third of a
        // restore in wasm). Each chain is already in id order (`covered_prefix` linked it),
        // so id order is the chains one after another: no sort moves the events.
        let mut chains: BTreeMap<DeviceId, Vec<Event>> = BTreeMap::new();
        for e in sorted {
            chains.entry(e.id.device).or_default().push(e);
        }
        let events = BTreeMap::from_iter(chains.into_values().flatten().map(|e| (e.id, e)));
        let record = Record {
            events,
            order,
            by_vote,
            heads: BTreeMap::new(),
            state,
            folded_to: Some(covers.covered),
            max_lamport: covers.max_lamport,
            viewed: Default::default(),
        };
        Ok((record, tail))
    }

    /// Re-hashes up to `max` (at least one) held events in the total order, starting after
    /// `after` (from the first when `None`); returns the events whose content no longer matches
    /// their hash, and where to go on (`None` when every event has been checked). Events a
    /// [`Record::restore_chunk`] took in were hashed then; those a checkpoint covers were not,
    /// and an app checks them in slices while the page is in use. Any problem found means the
    /// stored log was altered: the app restores it in full, which leaves those events out.
    pub fn check_stored_hashes(
        &self,
        after: Option<OrderKey>,
        max: usize,
    ) -> (Vec<IntegrityError>, Option<OrderKey>) {
        let start = after.map_or(Bound::Unbounded, Bound::Excluded);
        let mut range = self.order.range((start, Bound::Unbounded));
        let mut problems = Vec::new();
        let mut last = None;
        for (key, id) in range.by_ref().take(max.max(1)) {
            if let Err(problem) = check_hash(&self.events[id]) {
                problems.push(problem);
            }
            last = Some(*key);
        }
        let more = range.next().is_some();
        (problems, last.filter(|_| more))
    }
}

/// How many of `sorted` the checkpoint covers, once they are shown to be exactly the events
/// its state was folded from and to link up.
fn covered_prefix(covers: &Covers, sorted: &[Event]) -> Result<usize, CheckpointRefused> {
    let at = sorted
        .binary_search_by_key(&covers.covered, Event::order_key)
        .map_err(|_| CheckpointRefused::Stale)?;
    if sorted[at].hash != covers.covered_hash {
        return Err(CheckpointRefused::Stale);
    }
    let covered = &sorted[..=at];
    let mismatch = CheckpointRefused::ChainChanged {
        checkpoint: covers.count,
        log: covered.len() as u64,
    };
    if covered.len() as u64 != covers.count {
        return Err(mismatch);
    }
    let mut last: BTreeMap<DeviceId, &Event> = BTreeMap::new();
    let mut previous: Option<OrderKey> = None;
    for e in covered {
        let key = e.order_key();
        if previous.is_some_and(|p| p >= key) {
            return Err(CheckpointRefused::Broken(IntegrityError::BrokenLink {
                event: e.id,
                after: last.get(&e.id.device).map(|p| p.id),
            }));
        }
        previous = Some(key);
        check_link(e.id.device, last.get(&e.id.device).copied(), e)
            .map_err(CheckpointRefused::Broken)?;
        last.insert(e.id.device, e);
    }
    if events_digest(covered.iter()) != covers.events_digest {
        return Err(mismatch);
    }
    Ok(covered.len())
}
