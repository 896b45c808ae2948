//! Persistence in memory, with the same contract as the browser's: tests run the app over it.

use super::{Chunk, LocalFuture, PersistError, Persistence, StorageInfo};
use crate::settings::Settings;
use gongzhi_core::event::OrderKey;
use gongzhi_core::ids::DeviceId;
use gongzhi_core::{Event, SignedHead};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

#[derive(Default)]
struct Stored {
    settings: Option<Settings>,
    events: BTreeMap<OrderKey, Event>,
    heads: BTreeMap<DeviceId, SignedHead>,
    seed: Option<[u8; 32]>,
}

/// Keeps everything in memory; [`MemoryPersistence::fail_writes`] simulates a full store.
#[derive(Default)]
pub struct MemoryPersistence {
    stored: Mutex<Stored>,
    failing: AtomicBool,
}

impl MemoryPersistence {
    pub fn with_settings(settings: Settings) -> Self {
        let memory = MemoryPersistence::default();
        memory.lock().settings = Some(settings);
        memory
    }

    /// From now on every write fails as if storage were full (or succeeds again).
    pub fn fail_writes(&self, failing: bool) {
        self.failing.store(failing, Ordering::SeqCst);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Stored> {
        self.stored.lock().expect("memory store lock")
    }

    fn check_writable(&self) -> Result<(), PersistError> {
        if self.failing.load(Ordering::SeqCst) {
            Err(PersistError::QuotaExceeded)
        } else {
            Ok(())
        }
    }
}

impl Persistence for MemoryPersistence {
    fn load_settings(&self) -> Settings {
        self.lock().settings.clone().unwrap_or_default()
    }

    fn save_settings(&self, settings: &Settings) -> Result<(), PersistError> {
        self.check_writable()?;
        self.lock().settings = Some(settings.clone());
        Ok(())
    }

    fn append(
        &self,
        events: &[Event],
        heads: &[SignedHead],
    ) -> LocalFuture<'_, Result<(), PersistError>> {
        let result = self.check_writable().map(|()| {
            let mut stored = self.lock();
            for e in events {
                stored.events.insert(e.order_key(), e.clone());
            }
            for h in heads {
                stored.heads.insert(h.device, h.clone());
            }
        });
        Box::pin(async move { result })
    }

    fn read_chunk(
        &self,
        after: Option<OrderKey>,
        max: u32,
    ) -> LocalFuture<'_, Result<Chunk, PersistError>> {
        let stored = self.lock();
        let rest: Box<dyn Iterator<Item = (&OrderKey, &Event)>> = match after {
            Some(key) => Box::new(
                stored
                    .events
                    .range((std::ops::Bound::Excluded(key), std::ops::Bound::Unbounded)),
            ),
            None => Box::new(stored.events.iter()),
        };
        let events: Vec<Event> = rest.take(max as usize).map(|(_, e)| e.clone()).collect();
        let next = (events.len() == max as usize)
            .then(|| events.last().map(Event::order_key))
            .flatten();
        drop(stored);
        Box::pin(async move {
            Ok(Chunk {
                events,
                unreadable: Vec::new(),
                next,
            })
        })
    }

    fn heads(&self) -> LocalFuture<'_, Result<Vec<SignedHead>, PersistError>> {
        let heads = self.lock().heads.values().cloned().collect();
        Box::pin(async move { Ok(heads) })
    }

    fn device_seed(&self, fresh: [u8; 32]) -> LocalFuture<'_, Result<[u8; 32], PersistError>> {
        let result = {
            let mut stored = self.lock();
            match stored.seed {
                Some(seed) => Ok(seed),
                None => self.check_writable().map(|()| *stored.seed.insert(fresh)),
            }
        };
        Box::pin(async move { result })
    }

    fn storage_info(&self) -> LocalFuture<'_, StorageInfo> {
        let stored_events = self.lock().events.len() as u64;
        Box::pin(async move {
            StorageInfo {
                stored_events,
                persistent: true,
                ..StorageInfo::default()
            }
        })
    }

    fn request_persistent(&self) -> LocalFuture<'_, bool> {
        Box::pin(async { true })
    }

    fn erase_everything(&self) -> LocalFuture<'_, Result<(), PersistError>> {
        *self.lock() = Stored::default();
        Box::pin(async { Ok(()) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use gongzhi_core::dataset::{generate, Spec};

    fn block_on<T>(future: LocalFuture<'_, T>) -> T {
        // Every memory future is ready at once; poll it with a no-op waker.
        let waker = std::task::Waker::noop();
        let mut cx = std::task::Context::from_waker(waker);
        let mut future = future;
        match future.as_mut().poll(&mut cx) {
            std::task::Poll::Ready(v) => v,
            std::task::Poll::Pending => panic!("memory persistence never waits"),
        }
    }

    #[test]
    fn settings_round_trip_and_a_failed_write_keeps_the_old_value() {
        let store = MemoryPersistence::default();
        assert_eq!(store.load_settings(), Settings::default());
        let saved = Settings {
            lang: Some(Lang::En),
            large_text: true,
        };
        store.save_settings(&saved).unwrap();
        store.fail_writes(true);
        let other = Settings::default();
        assert_eq!(
            store.save_settings(&other),
            Err(PersistError::QuotaExceeded)
        );
        assert_eq!(store.load_settings(), saved);
        store.fail_writes(false);
        store.save_settings(&other).unwrap();
        assert_eq!(store.load_settings(), other);
    }

    /// The seeded small community every test shares: events in total order and signed heads.
    fn logged() -> (Vec<Event>, Vec<SignedHead>) {
        let data = generate(Spec::small(4));
        let events = data.record.events().cloned().collect();
        let heads = data.record.heads().values().cloned().collect();
        (events, heads)
    }

    #[test]
    fn the_log_reads_back_in_chunks_in_total_order() {
        let (events, heads) = logged();
        let store = MemoryPersistence::default();
        block_on(store.append(&events[..100], &[])).unwrap();
        block_on(store.append(&events[100..], &heads)).unwrap();

        let mut read = Vec::new();
        let mut after = None;
        loop {
            let chunk = block_on(store.read_chunk(after, 97)).unwrap();
            assert!(chunk.events.len() <= 97);
            read.extend(chunk.events);
            match chunk.next {
                Some(next) => after = Some(next),
                None => break,
            }
        }
        assert_eq!(read, events);
        assert_eq!(block_on(store.heads()).unwrap(), heads);
        assert_eq!(
            block_on(store.storage_info()).stored_events,
            events.len() as u64
        );
    }

    #[test]
    fn a_failed_append_stores_nothing_of_itself() {
        let (events, _) = logged();
        let store = MemoryPersistence::default();
        block_on(store.append(&events[..2], &[])).unwrap();
        store.fail_writes(true);
        assert_eq!(
            block_on(store.append(&events[2..], &[])),
            Err(PersistError::QuotaExceeded)
        );
        let chunk = block_on(store.read_chunk(None, 100)).unwrap();
        assert_eq!(chunk.events, events[..2]);
    }

    #[test]
    fn the_device_seed_is_created_once_and_erased_with_everything() {
        let store = MemoryPersistence::default();
        assert_eq!(block_on(store.device_seed([1; 32])).unwrap(), [1; 32]);
        assert_eq!(block_on(store.device_seed([2; 32])).unwrap(), [1; 32]);
        block_on(store.erase_everything()).unwrap();
        assert_eq!(block_on(store.device_seed([3; 32])).unwrap(), [3; 32]);
    }
}
