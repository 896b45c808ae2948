//! Starting: the device key, the stored log read in chunks, folded from the checkpoint when the
//! core says it still fits, and what a start leaves for once the page is idle.

use super::{RecordStore, StoreError, CHECKPOINT_AFTER, CHUNK};
use crate::engine::engine;
use crate::persist::{Persistence, Position};
use crate::platform;
use gongzhi_core::record::checkpoint::CheckpointRefused;
use gongzhi_core::{Event, IntegrityError, Record};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadState {
    Loading { done: u64, total: u64 },
    Ready,
    Failed(StoreError),
}

/// How the record was restored at start.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Restored {
    /// Not restored yet.
    #[default]
    Pending,
    /// Folded from the whole log: there was no checkpoint.
    FromLog,
    /// Started from the checkpoint; `tail` events after it were folded.
    FromCheckpoint { tail: usize },
    /// A checkpoint was stored but did not fit the log, so the whole log was folded.
    Rebuilt(CheckpointRefused),
}

/// What could not be restored from this device's storage, and why.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Damage {
    /// Stored entries that are not events at all.
    pub unreadable: u64,
    /// Events left out because they, or an earlier event of their device, failed verification.
    pub rejected: Vec<IntegrityError>,
}

impl Damage {
    pub fn is_empty(&self) -> bool {
        self.unreadable == 0 && self.rejected.is_empty()
    }
}

impl RecordStore {
    /// Loads the device key and restores the record, yielding to the page between chunks; then
    /// keeps it up to date with what other tabs of this browser record. Commands given while it
    /// loads wait their turn.
    pub async fn load(self) {
        let lock = self.writing.get_value();
        let _turn = lock.lock().await;
        let store = self;
        self.persistence().watch(Box::new(move |what| {
            leptos::task::spawn_local(store.take_in(what));
        }));
        match self.try_load().await {
            Ok(()) => leptos::task::spawn_local(self.after_load(self.persistence())),
            Err(e) => self.load.set(LoadState::Failed(e)),
        }
    }

    /// Reads the whole stored log, then folds it: from the checkpoint when it still fits the
    /// log (the core decides), else from nothing, yielding to the page between steps.
    async fn try_load(self) -> Result<(), StoreError> {
        let persistence = self.persistence();
        let seed = persistence.device_seed(platform::random_seed()).await?;
        self.seed.set(Some(seed));
        let total = persistence.stored_events().await?;
        let checkpoint = persistence.checkpoint().await.ok().flatten();
        let heads = persistence.heads().await?;
        if total == 0 && heads.is_empty() && checkpoint.is_none() {
            // A fresh device: nothing to read or fold, so the engine is not fetched.
            self.restored.set(Restored::FromLog);
            self.load.set(LoadState::Ready);
            return Ok(());
        }
        let engine = engine().await.map_err(|_| StoreError::CodeMissing)?;
        // Progress counts reading and folding each event as half of its work.
        let progress = |read: u64, folded: u64| LoadState::Loading {
            done: (read + folded) / 2,
            total,
        };
        self.load.set(progress(0, 0));
        let mut events = Vec::with_capacity(total as usize);
        let mut from = Position::default();
        loop {
            let chunk = persistence.read_chunk(from, CHUNK, engine).await?;
            self.report(chunk.unreadable.len(), Vec::new());
            events.extend(chunk.events);
            self.load.set(progress(events.len() as u64, 0));
            from = chunk.next;
            if chunk.done {
                break;
            }
            platform::yield_to_page().await;
        }
        self.reached.set_value(from);
        let read = events.len() as u64;
        engine.in_order(&mut events);
        let (mut record, tail, restored) = match checkpoint {
            None => (Record::new(), events, Restored::FromLog),
            Some(bytes) => match engine.restore_from_checkpoint(&bytes, events) {
                Ok((record, tail)) => {
                    let tail_len = tail.len();
                    let restored = Restored::FromCheckpoint { tail: tail_len };
                    (record, tail, restored)
                }
                Err((why, events)) => (Record::new(), events, Restored::Rebuilt(why)),
            },
        };
        let mut folded = read - tail.len() as u64;
        let mut tail = tail.into_iter().peekable();
        while tail.peek().is_some() {
            let part: Vec<Event> = tail.by_ref().take(CHUNK as usize).collect();
            folded += part.len() as u64;
            let rejected = engine.restore_chunk(&mut record, part);
            self.report(0, rejected);
            self.load.set(progress(read, folded));
            platform::yield_to_page().await;
        }
        let rejected = engine.restore_heads(&mut record, heads);
        self.report(0, rejected);
        self.record.set(record);
        self.restored.set(restored);
        self.load.set(LoadState::Ready);
        Ok(())
    }

    /// What a start leaves for once the page is drawn and idle: the hashes of the events the
    /// checkpoint covered are checked (restoring from it trusted them), a new checkpoint is
    /// written when the old one was missing, refused or far behind, and single events are
    /// compacted. It stops quietly if the store is dropped meanwhile (a test's, or a closed
    /// view's).
    async fn after_load(self, persistence: Arc<dyn Persistence>) {
        // The page that was waiting for the record draws first.
        platform::when_idle().await;
        let Some(restored) = self.restored.try_get_untracked() else {
            return;
        };
        if matches!(restored, Restored::FromCheckpoint { .. }) {
            match self.hashes_hold().await {
                Some(true) => {}
                Some(false) => self.rebuild().await,
                None => return,
            }
        }
        let stale = match self.restored.try_get_untracked() {
            Some(Restored::FromCheckpoint { tail }) => tail >= CHECKPOINT_AFTER,
            Some(_) => true,
            None => return,
        };
        if stale {
            self.save_checkpoint(&persistence).await;
        }
        // Compacting changes only how the log is stored; when it fails the log is as it was.
        let _ = persistence.compact().await;
        self.settled.try_set_value(true);
    }

    /// Whether the work after a start (checking, checkpointing, compacting) is done.
    pub fn after_load_done(&self) -> bool {
        self.settled.try_get_value().unwrap_or(false)
    }

    /// Checks, a chunk at a time, the hashes of the events a checkpoint let the start trust;
    /// `None` when the store went away meanwhile.
    async fn hashes_hold(self) -> Option<bool> {
        let engine = engine().await.ok()?;
        let mut after = None;
        loop {
            let (problems, next) = self
                .record
                .try_with_untracked(|r| engine.check_stored_hashes(r, after, CHUNK as usize))?;
            if !problems.is_empty() {
                return Some(false);
            }
            match next {
                Some(next) => after = Some(next),
                None => return Some(true),
            }
            platform::yield_to_page().await;
        }
    }

    /// Folds the held events again from nothing, checking each as a start without a
    /// checkpoint does: a stored event failed its hash, so what the checkpoint said is void.
    async fn rebuild(self) {
        let Some(lock) = self.writing.try_get_value() else {
            return;
        };
        let _turn = lock.lock().await;
        let Ok(engine) = engine().await else {
            return;
        };
        let Some((record, rejected)) = self.record.try_with_untracked(|r| engine.refold(r)) else {
            return;
        };
        self.report(0, rejected);
        self.record.try_set(record);
        self.restored.try_set(Restored::FromLog);
    }

    /// Stores a checkpoint of the record as it is; not while any of it failed verification,
    /// which the next start must see again.
    pub(super) async fn save_checkpoint(self, persistence: &Arc<dyn Persistence>) {
        if !self
            .damage
            .try_with_untracked(Damage::is_empty)
            .unwrap_or(false)
        {
            return;
        }
        // An empty record has no checkpoint: a first visit does not fetch the code for one.
        if self.record.try_with_untracked(Record::is_empty) != Some(false) {
            return;
        }
        let Ok(engine) = engine().await else {
            return;
        };
        let Some(Some(bytes)) = self.record.try_with_untracked(|r| engine.checkpoint(r)) else {
            return;
        };
        // A checkpoint is a cache: when storage refuses it the next start folds the log.
        let _ = persistence.save_checkpoint(bytes).await;
    }
}
