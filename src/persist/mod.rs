//! Persistence behind one trait. Components never touch browser storage: they go through
//! [`Persistence`], whose browser implementation ([`browser::BrowserPersistence`]) is the only code
//! that does; [`MemoryPersistence`] serves native and in-browser tests.
//!
//! Two kinds of data, kept where each fits: small per-device settings (synchronous, localStorage)
//! and the community's event log (asynchronous, IndexedDB: a large compound's log is far beyond
//! localStorage's ~5 M characters). The log is append-only; an append is durable and complete
//! when its future resolves, or absent when it fails.
//!
//! The log is stored in two layouts, because a stored record costs about 80 µs whatever its size
//! (see docs/benchmarks.md): an append of a few events (a tap) stores one record per event,
//! and a large one (a merge, an import) stores segments of up to [`SEGMENT_MAX`] events each,
//! so a community of 110,000 events is 60 records, not 110,000. Reading returns both, in no
//! particular order; the store sorts them. [`Persistence::compact`] folds accumulated single
//! events into segments. Beside the log sits a checkpoint of the folded state (a cache: the core
//! decides whether it still fits the log).

pub mod browser;
pub mod idb;
mod memory;

pub use memory::MemoryPersistence;

use crate::on_demand::on_demand;
use crate::settings::Settings;
use gongzhi_core::event::OrderKey;
use gongzhi_core::ids::{DeviceId, Hash};
use gongzhi_core::{Event, SignedHead};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

/// Browser storage APIs are single-threaded promises, so their futures are not `Send`.
pub type LocalFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// Why a write did not reach storage. What was saved before is untouched in every case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PersistError {
    /// The browser's quota for this site is used up.
    QuotaExceeded,
    /// Storage is missing or refused (private mode, disabled, blocked by another tab).
    Unavailable(String),
    /// Another tab of this browser, writing as the same device, stored its events first: the
    /// writer must take those in and prepare its events again.
    Behind,
    /// The app's code that reads a stored record back is fetched on demand (crate::on_demand),
    /// and could not be: no network before the service worker stored it.
    CodeMissing,
}

impl fmt::Display for PersistError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PersistError::QuotaExceeded => write!(f, "storage is full"),
            PersistError::Unavailable(why) => write!(f, "storage unavailable: {why}"),
            PersistError::Behind => write!(f, "another tab of this browser wrote first"),
            PersistError::CodeMissing => write!(
                f,
                "the code that reads the stored record could not be loaded"
            ),
        }
    }
}

/// A stored log entry that could not be read back as an event: reported, never a crash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// Index of the entry within the chunk it was read in.
    pub position: u64,
    pub reason: String,
}

/// An append of at least this many events is stored as segments rather than one record each.
pub const SEGMENT_MIN: usize = 64;
/// Events per stored segment: big enough that a large log is few records, small enough that
/// reading one segment and parsing it stays well under the ~100 ms a page may freeze.
pub const SEGMENT_MAX: usize = 2_000;
/// Single events worth folding into a segment ([`Persistence::compact`]).
pub const COMPACT_AT: u64 = 2_000;

/// The parts an append is stored as: its segments, then the events stored one by one.
pub fn layout(events: &[Event]) -> (Vec<&[Event]>, &[Event]) {
    if events.len() < SEGMENT_MIN {
        return (Vec::new(), events);
    }
    (events.chunks(SEGMENT_MAX).collect(), &[])
}

/// How far a read of the stored log has come: single events are read first, in key order,
/// then segments, in the order they were stored. Reading single events first means a
/// [`Persistence::compact`] run by another tab between two reads can duplicate events (they
/// are read again inside the new segment; the store drops identical copies) but never hide them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    /// The last single event read.
    pub single: Option<OrderKey>,
    pub singles_done: bool,
    /// The number of the last segment read (segments are numbered from 1 as they are stored).
    pub segment: u64,
}

impl Position {
    /// Where to read on from to see every write made since `self` was reached, given that
    /// this device's own events written elsewhere sort after `own_last` (its last known event).
    pub fn since(self, own_last: Option<OrderKey>) -> Position {
        Position {
            single: own_last,
            singles_done: false,
            segment: self.segment,
        }
    }
}

/// One chunk of the stored log. Events come in no particular order: a stored segment holds
/// the events of one append, which may sort anywhere in the total order.
#[derive(Debug, Default)]
pub struct Chunk {
    pub events: Vec<Event>,
    pub unreadable: Vec<Unreadable>,
    /// Where the next read starts (also once the log is exhausted: later writes are read from
    /// there).
    pub next: Position,
    /// Whether the log is exhausted.
    pub done: bool,
}

/// What one append stored, as other instances are told of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Announced {
    pub singles: Vec<OrderKey>,
    pub segments: Vec<u64>,
}

/// What the settings page shows about this device's storage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StorageInfo {
    pub usage_bytes: Option<u64>,
    pub quota_bytes: Option<u64>,
    /// Whether the browser promised not to evict this site's data under storage pressure.
    pub persistent: bool,
    pub stored_events: u64,
}

pub trait Persistence: Send + Sync {
    /// The saved settings; defaults when nothing (or nothing readable) was saved.
    fn load_settings(&self) -> Settings;
    fn save_settings(&self, settings: &Settings) -> Result<(), PersistError>;

    /// Stores the events and signed heads in one atomic write: the future resolves only once it
    /// is committed, and on error nothing of it is stored. The events must extend the stored
    /// chains ([`advance_tips`]), checked in the same transaction, so two tabs writing as one
    /// device can never fork its chain: the later one gets [`PersistError::Behind`]. Every other
    /// open instance on the same storage is then told ([`Persistence::watch`]).
    fn append<'a>(
        &'a self,
        events: &'a [Event],
        heads: &'a [SignedHead],
    ) -> LocalFuture<'a, Result<(), PersistError>>;

    /// About `max` events (whole segments, so up to [`SEGMENT_MAX`] more) read on from `from`.
    fn read_chunk(&self, from: Position, max: u32) -> LocalFuture<'_, Result<Chunk, PersistError>>;

    /// What another instance announced it stored (what is still there).
    fn read_announced(&self, what: Announced) -> LocalFuture<'_, Result<Chunk, PersistError>>;

    /// Calls `changed` with what every append made through another instance on the same
    /// storage (another tab) stored, soon after it commits.
    fn watch(&self, changed: Box<dyn Fn(Announced) + Send + Sync>);

    /// Stores the single events as segments, in one transaction: a device that records many
    /// taps keeps reading few records. What is stored does not change, only its layout.
    fn compact(&self) -> LocalFuture<'_, Result<(), PersistError>>;

    /// The stored checkpoint of the folded state, as [`Persistence::save_checkpoint`] left it.
    fn checkpoint(&self) -> LocalFuture<'_, Result<Option<Vec<u8>>, PersistError>>;

    /// Replaces the checkpoint. It is a cache: losing it costs time, never data.
    fn save_checkpoint(&self, bytes: Vec<u8>) -> LocalFuture<'_, Result<(), PersistError>>;

    /// The latest signed head of every device, as last appended.
    fn heads(&self) -> LocalFuture<'_, Result<Vec<SignedHead>, PersistError>>;

    /// This device's signing-key seed, created on first use from `fresh` (the caller's random
    /// bytes) and stored; it never leaves the device.
    fn device_seed(&self, fresh: [u8; 32]) -> LocalFuture<'_, Result<[u8; 32], PersistError>>;

    fn storage_info(&self) -> LocalFuture<'_, StorageInfo>;

    /// Asks the browser to keep this site's data under storage pressure; returns the answer.
    fn request_persistent(&self) -> LocalFuture<'_, bool>;

    /// Deletes the log, the device key and the settings of this device.
    fn erase_everything(&self) -> LocalFuture<'_, Result<(), PersistError>>;
}

/// [`parse_stored`], on demand: a device with nothing stored never needs the payload decoder,
/// the largest code of the store, so it is not part of a first visit.
pub async fn read_stored(
    texts: Vec<String>,
    first_position: u64,
) -> Result<(Vec<Event>, Vec<Unreadable>), PersistError> {
    if texts.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    decode_stored(texts, first_position)
        .await
        .map_err(|_| PersistError::CodeMissing)
}

on_demand!(
    record,
    fn decode_stored(texts: Vec<String>, first_position: u64) -> (Vec<Event>, Vec<Unreadable>) {
        parse_stored(texts, first_position)
    }
);

/// How an event is stored, on demand with the rest of the engine (crate::engine): the
/// payload's encoder is only needed once there is something to store.
pub async fn encoder() -> Result<fn(&Event) -> Result<String, serde_json::Error>, PersistError> {
    fetch_encoder().await.map_err(|_| PersistError::CodeMissing)
}

on_demand!(
    record,
    fn fetch_encoder() -> fn(&Event) -> Result<String, serde_json::Error> {
        // Through a JSON value, like the event's hash: one encoder of the payload, not two.
        |e| serde_json::to_value(e).map(|value| value.to_string())
    }
);

/// Parses stored event text; a damaged entry becomes an [`Unreadable`] with its position.
pub fn parse_stored(texts: Vec<String>, first_position: u64) -> (Vec<Event>, Vec<Unreadable>) {
    let mut events = Vec::with_capacity(texts.len());
    let mut unreadable = Vec::new();
    for (position, text) in (first_position..).zip(texts) {
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

/// The last stored event of a device's chain. Appends are checked against it in the same
/// transaction that writes them, which is what keeps two tabs from forking one device's chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tip {
    pub seq: u64,
    pub hash: Hash,
}

/// The tips after appending `events` to chains whose stored tips are `tips` (a device without
/// one has nothing stored): only the devices whose tip moves. Each device's events, taken in
/// sequence order, must be consecutive and either extend its tip or overlap it exactly (the same
/// import written by two tabs); anything else means storage holds events this writer has not
/// seen, and it is [`PersistError::Behind`].
pub fn advance_tips(
    tips: &BTreeMap<DeviceId, Tip>,
    events: &[Event],
) -> Result<BTreeMap<DeviceId, Tip>, PersistError> {
    let mut chains: BTreeMap<DeviceId, Vec<&Event>> = BTreeMap::new();
    for e in events {
        chains.entry(e.id.device).or_default().push(e);
    }
    let mut moved = BTreeMap::new();
    for (device, mut chain) in chains {
        chain.sort_unstable_by_key(|e| e.id.seq);
        let consecutive = chain.windows(2).all(|w| w[1].id.seq == w[0].id.seq + 1);
        let (first, last) = (chain[0], chain[chain.len() - 1]);
        let fits = consecutive
            && match tips.get(&device) {
                None => first.id.seq == 1,
                Some(tip) if first.id.seq == tip.seq + 1 => first.prev == Some(tip.hash),
                Some(tip) if (first.id.seq..=last.id.seq).contains(&tip.seq) => {
                    chain[(tip.seq - first.id.seq) as usize].hash == tip.hash
                }
                Some(_) => false,
            };
        if !fits {
            return Err(PersistError::Behind);
        }
        if tips.get(&device).is_none_or(|tip| last.id.seq > tip.seq) {
            moved.insert(
                device,
                Tip {
                    seq: last.id.seq,
                    hash: last.hash,
                },
            );
        }
    }
    Ok(moved)
}
