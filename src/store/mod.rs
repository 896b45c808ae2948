//! The community's record as the app holds it: loaded from storage in chunks (the page stays
//! responsive and shows progress), with this device's signing key. The rules stay in
//! `gongzhi-core`, reached through the engine ([`crate::engine::RecordEngine`]); this only moves
//! events between the core and [`Persistence`]. By concern: starting ([`load`]), the one write
//! path ([`write`]), other tabs of this browser ([`tabs`]), files in and out ([`exchange`]).

mod exchange;
mod load;
mod tabs;
mod write;

pub use exchange::{ExportScope, MergeError};
pub use load::{Damage, LoadState, Restored};
pub use write::{Sending, SubmitError};

use crate::persist::{PersistError, Persistence, Position};
use futures::lock::Mutex;
use gongzhi_core::ids::DeviceId;
use gongzhi_core::{DeviceKey, IntegrityError, Record};
use leptos::prelude::*;
use std::sync::Arc;

/// Why the store could not restore or take in what storage holds. Neither is a refusal of the
/// rules; the record stays as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    Storage(PersistError),
    /// The record's engine (crate::engine) is fetched on demand and could not be: no network
    /// before the service worker stored this build.
    CodeMissing,
}

impl From<PersistError> for StoreError {
    fn from(e: PersistError) -> StoreError {
        StoreError::Storage(e)
    }
}

/// Events read or folded per step. A step checks each event's hash and folds it; this many keep
/// one step well under the ~100 ms a page may freeze, even on a mid-range phone.
const CHUNK: u32 = 2_000;

/// Events folded after the checkpoint before a new one is worth writing: folding this many at
/// start takes a few milliseconds; writing a checkpoint of a large community takes more.
const CHECKPOINT_AFTER: usize = 2_000;

#[derive(Clone, Copy)]
pub struct RecordStore {
    pub record: RwSignal<Record>,
    pub load: RwSignal<LoadState>,
    pub damage: RwSignal<Damage>,
    pub restored: RwSignal<Restored>,
    /// How far the stored log has been read: later writes by other tabs are read from here.
    reached: StoredValue<Position>,
    /// Whether the work a start leaves for after the page is ready has finished.
    settled: StoredValue<bool>,
    /// The device's key seed; the key is derived from it where needed (cheap, and `DeviceKey`
    /// deliberately is not `Clone`).
    seed: RwSignal<Option<[u8; 32]>>,
    persistence: StoredValue<Arc<dyn Persistence>>,
    writing: StoredValue<Arc<Mutex<()>>>,
}

impl RecordStore {
    pub fn new(persistence: Arc<dyn Persistence>) -> RecordStore {
        RecordStore {
            record: RwSignal::new(Record::new()),
            load: RwSignal::new(LoadState::Loading { done: 0, total: 0 }),
            damage: RwSignal::new(Damage::default()),
            restored: RwSignal::new(Restored::Pending),
            reached: StoredValue::new(Position::default()),
            settled: StoredValue::new(false),
            seed: RwSignal::new(None),
            persistence: StoredValue::new(persistence),
            writing: StoredValue::new(Arc::new(Mutex::new(()))),
        }
    }

    pub fn persistence(&self) -> Arc<dyn Persistence> {
        self.persistence.get_value()
    }

    /// This device's id once its key is loaded (its public signing key).
    pub fn device(&self) -> Option<DeviceId> {
        self.seed
            .get()
            .map(|seed| DeviceKey::from_seed(seed).device())
    }

    /// Whether the core lets this device write some event of `kind` now (see
    /// `State::may_write_kind`): a page offers a step only when it does.
    pub fn may(&self, kind: gongzhi_core::log::payload::Kind) -> bool {
        let device = self.device();
        self.record
            .with(|r| device.is_some_and(|d| r.state().may_write_kind(&d, kind)))
    }

    /// [`RecordStore::device`] as people copy it: 64 hex digits.
    pub fn device_id(&self) -> Option<String> {
        self.device().map(|d| d.to_string())
    }

    /// Who is recording, as events name their author: this device's label in the community's
    /// list of devices, else its short id.
    pub fn author(&self) -> String {
        let Some(seed) = self.seed.get_untracked() else {
            return String::new();
        };
        let device = DeviceKey::from_seed(seed).device();
        self.record.with_untracked(|r| {
            r.state()
                .devices
                .get(&device)
                .map_or_else(|| device.short(), |d| d.label.clone())
        })
    }

    fn report(self, unreadable: usize, rejected: Vec<IntegrityError>) {
        if unreadable > 0 || !rejected.is_empty() {
            self.damage.try_update(|d| {
                d.unreadable += unreadable as u64;
                d.rejected.extend(rejected);
            });
        }
    }
}

pub fn use_store() -> RecordStore {
    expect_context::<RecordStore>()
}
