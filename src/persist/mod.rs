//! Persistence behind one trait. Components never touch browser storage: they go through
//! [`Persistence`], whose browser implementation ([`browser::BrowserPersistence`]) is the only code
//! that does; [`MemoryPersistence`] serves native and in-browser tests.
//!
//! The browser side is in layers, each using only the one below: [`idb`], a plain IndexedDB
//! adapter that knows no store of this app; [`schema`], this app's database (stores, keys,
//! migrations); [`stored`], what the app keeps there (events, segments, chain tips, named
//! values); [`browser`], the trait on top. Whether an append follows a chain is the core's rule
//! (`gongzhi_core::log::chain`), checked in the append's own transaction.
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
pub mod schema;
pub mod stored;

pub use memory::MemoryPersistence;

use crate::settings::Settings;
use gongzhi_core::ids::DeviceId;
use gongzhi_core::log::chain::{self, Tip};
use gongzhi_core::log::event::OrderKey;
use gongzhi_core::{Event, SignedHead};
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
}

impl fmt::Display for PersistError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PersistError::QuotaExceeded => write!(f, "storage is full"),
            PersistError::Unavailable(why) => write!(f, "storage unavailable: {why}"),
            PersistError::Behind => write!(f, "another tab of this browser wrote first"),
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
        codec: &'a dyn Codec,
    ) -> LocalFuture<'a, Result<(), PersistError>>;

    /// About `max` events (whole segments, so up to [`SEGMENT_MAX`] more) read on from `from`.
    fn read_chunk<'a>(
        &'a self,
        from: Position,
        max: u32,
        codec: &'a dyn Codec,
    ) -> LocalFuture<'a, Result<Chunk, PersistError>>;

    /// What another instance announced it stored (what is still there).
    fn read_announced<'a>(
        &'a self,
        what: Announced,
        codec: &'a dyn Codec,
    ) -> LocalFuture<'a, Result<Chunk, PersistError>>;

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

    /// How many events are stored, readable or not, counted without reading them.
    fn stored_events(&self) -> LocalFuture<'_, Result<u64, PersistError>>;

    fn storage_info(&self) -> LocalFuture<'_, StorageInfo>;

    /// Asks the browser to keep this site's data under storage pressure; returns the answer.
    fn request_persistent(&self) -> LocalFuture<'_, bool>;

    /// Deletes the log, the device key and the settings of this device.
    fn erase_everything(&self) -> LocalFuture<'_, Result<(), PersistError>>;
}

/// How an event is stored and read back. Storage holds events as text; the code that turns a
/// payload into text and back is the largest of the store, fetched on demand with the engine
/// (crate::engine), so the caller hands it to every read and write that needs it: a device with
/// nothing stored never fetches it.
pub trait Codec {
    fn encode(&self, event: &Event) -> Result<String, String>;
    /// The events in `texts`; a damaged entry becomes an [`Unreadable`] with its index.
    fn decode(&self, texts: Vec<String>) -> (Vec<Event>, Vec<Unreadable>);
}

/// The tips after storing `events` on chains that end at `tips` ([`chain::extend_tips`]), or
/// [`PersistError::Behind`]: storage holds events of a chain this writer has not seen.
pub fn advance_tips(
    tips: &BTreeMap<DeviceId, Tip>,
    events: &[Event],
) -> Result<BTreeMap<DeviceId, Tip>, PersistError> {
    chain::extend_tips(tips, events).map_err(|_| PersistError::Behind)
}
