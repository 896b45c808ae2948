//! Persistence in memory, with the same contract as the browser's: tests run the app over it.
//! [`MemoryPersistence::another_tab`] opens the same storage a second time, as a second tab
//! of one browser would, so the two-tab rules are tested natively too.

use super::{advance_tips, Chunk, LocalFuture, PersistError, Persistence, StorageInfo, Tip};
use crate::settings::Settings;
use gongzhi_core::event::OrderKey;
use gongzhi_core::ids::DeviceId;
use gongzhi_core::{Event, SignedHead};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

#[derive(Default)]
struct Stored {
    settings: Option<Settings>,
    events: BTreeMap<OrderKey, Event>,
    tips: BTreeMap<DeviceId, Tip>,
    heads: BTreeMap<DeviceId, SignedHead>,
    seed: Option<[u8; 32]>,
}

type Watcher = Arc<dyn Fn(Vec<OrderKey>) + Send + Sync>;

/// What every instance opened on the same storage shares, as tabs share a browser's storage.
#[derive(Default)]
struct Shared {
    stored: Mutex<Stored>,
    failing: AtomicBool,
    watchers: Mutex<Vec<(usize, Watcher)>>,
    instances: AtomicUsize,
}

/// Keeps everything in memory; [`MemoryPersistence::fail_writes`] simulates a full store.
#[derive(Default)]
pub struct MemoryPersistence {
    shared: Arc<Shared>,
    instance: usize,
}

impl MemoryPersistence {
    pub fn with_settings(settings: Settings) -> Self {
        let memory = MemoryPersistence::default();
        memory.lock().settings = Some(settings);
        memory
    }

    /// The same storage opened again, as by another tab: it sees every write, and each is told
    /// of the other's appends.
    pub fn another_tab(&self) -> MemoryPersistence {
        MemoryPersistence {
            shared: Arc::clone(&self.shared),
            instance: self.shared.instances.fetch_add(1, Ordering::SeqCst) + 1,
        }
    }

    /// From now on every write fails as if storage were full (or succeeds again).
    pub fn fail_writes(&self, failing: bool) {
        self.shared.failing.store(failing, Ordering::SeqCst);
    }

    fn lock(&self) -> MutexGuard<'_, Stored> {
        self.shared.stored.lock().expect("memory store lock")
    }

    fn check_writable(&self) -> Result<(), PersistError> {
        if self.shared.failing.load(Ordering::SeqCst) {
            Err(PersistError::QuotaExceeded)
        } else {
            Ok(())
        }
    }

    fn store_append(&self, events: &[Event], heads: &[SignedHead]) -> Result<(), PersistError> {
        self.check_writable()?;
        let mut stored = self.lock();
        let moved = advance_tips(&stored.tips, events)?;
        stored.tips.extend(moved);
        for e in events {
            stored.events.insert(e.order_key(), e.clone());
        }
        for h in heads {
            stored.heads.insert(h.device, h.clone());
        }
        Ok(())
    }

    fn tell_others(&self, keys: Vec<OrderKey>) {
        let others: Vec<Watcher> = self
            .shared
            .watchers
            .lock()
            .expect("watchers lock")
            .iter()
            .filter(|(instance, _)| *instance != self.instance)
            .map(|(_, w)| Arc::clone(w))
            .collect();
        for watcher in others {
            watcher(keys.clone());
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
        let result = self.store_append(events, heads);
        if result.is_ok() && !events.is_empty() {
            self.tell_others(events.iter().map(Event::order_key).collect());
        }
        Box::pin(async move { result })
    }

    fn read_keys(&self, keys: Vec<OrderKey>) -> LocalFuture<'_, Result<Chunk, PersistError>> {
        let stored = self.lock();
        let events = keys
            .iter()
            .filter_map(|k| stored.events.get(k).cloned())
            .collect();
        drop(stored);
        Box::pin(async move {
            Ok(Chunk {
                events,
                ..Chunk::default()
            })
        })
    }

    fn watch(&self, changed: Box<dyn Fn(Vec<OrderKey>) + Send + Sync>) {
        self.shared
            .watchers
            .lock()
            .expect("watchers lock")
            .push((self.instance, Arc::from(changed)));
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
            ..Default::default()
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
    fn an_append_that_would_fork_a_chain_is_refused_and_stores_nothing() {
        let (events, _) = logged();
        let first = MemoryPersistence::default();
        let second = first.another_tab();
        let told = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&told);
        second.watch(Box::new(move |keys| sink.lock().unwrap().extend(keys)));

        block_on(first.append(&events[..10], &[])).unwrap();
        let keys: Vec<OrderKey> = events[..10].iter().map(Event::order_key).collect();
        assert_eq!(*told.lock().unwrap(), keys);
        // The second tab writes a different event under a number the first one stored.
        let device = events[9].id.device;
        let mut fork = events[9].clone();
        fork.author.push('!');
        fork.hash = fork.computed_hash();
        let followers: Vec<Event> = events[..9]
            .iter()
            .filter(|e| e.id.device == device)
            .cloned()
            .chain([fork])
            .collect();
        assert_eq!(
            block_on(second.append(&followers, &[])),
            Err(PersistError::Behind)
        );
        // Writing what is already stored again (one import in two tabs) is fine.
        block_on(second.append(&events[..10], &[])).unwrap();
        let chunk = block_on(first.read_chunk(None, 100)).unwrap();
        assert_eq!(chunk.events, events[..10]);
        assert_eq!(
            block_on(first.read_keys(keys)).unwrap().events,
            events[..10]
        );
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
