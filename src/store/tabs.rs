//! Other tabs of this browser: what one stores, the others take in, in their turn.

use super::{LoadState, RecordStore, StoreError, CHUNK};
use crate::engine::{engine, RecordEngine};
use crate::persist::{Announced, Chunk, PersistError};
use gongzhi_core::ids::DeviceId;
use gongzhi_core::Event;
use leptos::prelude::*;

impl RecordStore {
    /// Takes in what another tab announced it stored (in its turn, like a command).
    /// A store dropped meanwhile (a closed view's, a test's) ignores it: the watch outlives it.
    pub(super) async fn take_in(self, what: Announced) {
        let (Some(lock), Some(persistence)) = (
            self.writing.try_get_value(),
            self.persistence.try_get_value(),
        ) else {
            return;
        };
        let _turn = lock.lock().await;
        if self.load.try_get_untracked() != Some(LoadState::Ready) {
            return;
        }
        let Ok(engine) = engine().await else {
            self.load
                .try_set(LoadState::Failed(StoreError::CodeMissing));
            return;
        };
        match persistence.read_announced(what, engine).await {
            Ok(chunk) => self.absorb(engine, chunk),
            Err(e) => {
                self.load.try_set(LoadState::Failed(e.into()));
            }
        }
    }

    /// Reads everything stored since the log was last read, and whatever another tab wrote as
    /// this device: that tab's clock was past our last event's.
    pub(super) async fn catch_up(
        self,
        engine: &'static dyn RecordEngine,
        device: &DeviceId,
    ) -> Result<(), PersistError> {
        let own_last = self
            .record
            .with_untracked(|r| r.last_of(device).map(Event::order_key));
        let mut from = self.reached.get_value().since(own_last);
        loop {
            let chunk = self.persistence().read_chunk(from, CHUNK, engine).await?;
            from = chunk.next;
            let done = chunk.done;
            self.absorb(engine, chunk);
            if done {
                self.reached.set_value(from);
                return Ok(());
            }
        }
    }

    fn absorb(self, engine: &'static dyn RecordEngine, chunk: Chunk) {
        let rejected = if chunk.events.is_empty() {
            Vec::new()
        } else {
            self.record
                .try_update(|r| engine.absorb(r, chunk.events))
                .unwrap_or_default()
        };
        self.report(chunk.unreadable.len(), rejected);
    }
}
