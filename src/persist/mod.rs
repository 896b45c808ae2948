//! Persistence behind one trait. Components never touch browser storage: they go through
//! [`Persistence`], whose browser implementation ([`browser::BrowserPersistence`]) is the only code
//! that does; [`MemoryPersistence`] serves native and in-browser tests.
//!
//! Two kinds of data, kept where each fits: small per-device settings (synchronous, localStorage)
//! and the community's event log (asynchronous, IndexedDB: a large compound's log is far beyond
//! localStorage's ~5 M characters). The log is append-only; an append is durable and complete
//! when its future resolves, or absent when it fails.

pub mod browser;
pub mod idb;
mod memory;

pub use memory::MemoryPersistence;

use crate::settings::Settings;
use gongzhi_core::event::OrderKey;
use gongzhi_core::{Event, SignedHead};
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
}

impl fmt::Display for PersistError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PersistError::QuotaExceeded => write!(f, "storage is full"),
            PersistError::Unavailable(why) => write!(f, "storage unavailable: {why}"),
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

/// One chunk of the stored log, in the fold's total order.
#[derive(Debug, Default)]
pub struct Chunk {
    pub events: Vec<Event>,
    pub unreadable: Vec<Unreadable>,
    /// Where the next chunk starts; `None` once the log is exhausted.
    pub next: Option<OrderKey>,
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
    /// is committed, and on error nothing of it is stored.
    fn append(
        &self,
        events: &[Event],
        heads: &[SignedHead],
    ) -> LocalFuture<'_, Result<(), PersistError>>;

    /// Up to `max` events in the fold's total order, starting after `after`.
    fn read_chunk(
        &self,
        after: Option<OrderKey>,
        max: u32,
    ) -> LocalFuture<'_, Result<Chunk, PersistError>>;

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
