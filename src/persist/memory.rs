//! Persistence in memory, with the same contract as the browser's: tests run the app over it.
//! [`MemoryPersistence::another_tab`] opens the same storage a second time, as a second tab
//! of one browser would, so the two-tab rules are tested natively too.

use super::{
    advance_tips, layout, Announced, Chunk, Codec, LocalFuture, PersistError, Persistence,
    Position, StorageInfo, Tip, COMPACT_AT,
};
use crate::settings::Settings;
use gongzhi_core::ids::DeviceId;
use gongzhi_core::log::event::OrderKey;
use gongzhi_core::{Event, SignedHead};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

#[derive(Default)]
struct Stored {
    settings: Option<Settings>,
    /// Events stored one by one, by key, as the browser's store keeps them.
    singles: BTreeMap<OrderKey, Event>,
    /// Segments by number, as the browser's store keeps them.
    segments: BTreeMap<u64, Vec<Event>>,
    checkpoint: Option<Vec<u8>>,
    tips: BTreeMap<DeviceId, Tip>,
    heads: BTreeMap<DeviceId, SignedHead>,
    seed: Option<[u8; 32]>,
}

type Watcher = Arc<dyn Fn(Announced) + Send + Sync>;

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

    fn store_append(
        &self,
        events: &[Event],
        heads: &[SignedHead],
    ) -> Result<Announced, PersistError> {
        self.check_writable()?;
        let mut stored = self.lock();
        let moved = advance_tips(&stored.tips, events)?;
        stored.tips.extend(moved);
        let (segments, singles) = layout(events);
        let mut announced = Announced::default();
        for segment in segments {
            let number = stored.segments.keys().next_back().map_or(1, |n| n + 1);
            stored.segments.insert(number, segment.to_vec());
            announced.segments.push(number);
        }
        for e in singles {
            stored.singles.insert(e.order_key(), e.clone());
            announced.singles.push(e.order_key());
        }
        for h in heads {
            stored.heads.insert(h.device, h.clone());
        }
        Ok(announced)
    }

    fn tell_others(&self, what: Announced) {
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
            watcher(what.clone());
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

    fn append<'a>(
        &'a self,
        events: &'a [Event],
        heads: &'a [SignedHead],
        _: &'a dyn Codec,
    ) -> LocalFuture<'a, Result<(), PersistError>> {
        let result = self.store_append(events, heads);
        let result = match result {
            Ok(announced) => {
                if !events.is_empty() {
                    self.tell_others(announced);
                }
                Ok(())
            }
            Err(e) => Err(e),
        };
        Box::pin(async move { result })
    }

    fn read_announced<'a>(
        &'a self,
        what: Announced,
        _: &'a dyn Codec,
    ) -> LocalFuture<'a, Result<Chunk, PersistError>> {
        let stored = self.lock();
        let singles = what.singles.iter().filter_map(|k| stored.singles.get(k));
        let segments = what
            .segments
            .iter()
            .filter_map(|n| stored.segments.get(n))
            .flatten();
        let events = singles.chain(segments).cloned().collect();
        drop(stored);
        Box::pin(async move {
            Ok(Chunk {
                events,
                ..Chunk::default()
            })
        })
    }

    fn watch(&self, changed: Box<dyn Fn(Announced) + Send + Sync>) {
        self.shared
            .watchers
            .lock()
            .expect("watchers lock")
            .push((self.instance, Arc::from(changed)));
    }

    fn read_chunk<'a>(
        &'a self,
        from: Position,
        max: u32,
        _: &'a dyn Codec,
    ) -> LocalFuture<'a, Result<Chunk, PersistError>> {
        let stored = self.lock();
        let mut chunk = Chunk {
            next: from,
            ..Chunk::default()
        };
        if !from.singles_done {
            let after = from
                .single
                .map_or(std::ops::Bound::Unbounded, std::ops::Bound::Excluded);
            chunk.events = stored
                .singles
                .range((after, std::ops::Bound::Unbounded))
                .take(max as usize)
                .map(|(_, e)| e.clone())
                .collect();
            if chunk.events.len() == max as usize {
                chunk.next.single = chunk.events.last().map(Event::order_key);
                return Box::pin(async move { Ok(chunk) });
            }
            chunk.next.single = chunk.events.last().map(Event::order_key).or(from.single);
            chunk.next.singles_done = true;
        }
        for (number, segment) in stored.segments.range(from.segment + 1..) {
            if chunk.events.len() >= max as usize {
                return Box::pin(async move { Ok(chunk) });
            }
            chunk.events.extend(segment.iter().cloned());
            chunk.next.segment = *number;
        }
        chunk.done = true;
        drop(stored);
        Box::pin(async move { Ok(chunk) })
    }

    fn compact(&self) -> LocalFuture<'_, Result<(), PersistError>> {
        let result = self.check_writable().map(|()| {
            let mut stored = self.lock();
            if stored.singles.len() as u64 >= COMPACT_AT {
                let singles: Vec<Event> =
                    std::mem::take(&mut stored.singles).into_values().collect();
                for segment in singles.chunks(super::SEGMENT_MAX) {
                    let number = stored.segments.keys().next_back().map_or(1, |n| n + 1);
                    stored.segments.insert(number, segment.to_vec());
                }
            }
        });
        Box::pin(async move { result })
    }

    fn checkpoint(&self) -> LocalFuture<'_, Result<Option<Vec<u8>>, PersistError>> {
        let checkpoint = self.lock().checkpoint.clone();
        Box::pin(async move { Ok(checkpoint) })
    }

    fn save_checkpoint(&self, bytes: Vec<u8>) -> LocalFuture<'_, Result<(), PersistError>> {
        let result = self
            .check_writable()
            .map(|()| self.lock().checkpoint = Some(bytes));
        Box::pin(async move { result })
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

    fn stored_events(&self) -> LocalFuture<'_, Result<u64, PersistError>> {
        let stored = self.lock();
        let in_segments: usize = stored.segments.values().map(Vec::len).sum();
        let count = (stored.singles.len() + in_segments) as u64;
        Box::pin(async move { Ok(count) })
    }

    fn storage_info(&self) -> LocalFuture<'_, StorageInfo> {
        Box::pin(async move {
            StorageInfo {
                stored_events: self.stored_events().await.unwrap_or(0),
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
    use crate::engine::Core;
    use crate::i18n::Lang;
    use gongzhi_core::fixtures::dataset::{generate, Spec};

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

    /// Everything stored, read in chunks of `max`, in the total order.
    fn read_all(store: &MemoryPersistence, max: u32) -> Vec<Event> {
        let mut read = Vec::new();
        let mut from = Position::default();
        loop {
            let chunk = block_on(store.read_chunk(from, max, &Core)).unwrap();
            assert!(chunk.events.len() <= max as usize + super::super::SEGMENT_MAX);
            read.extend(chunk.events);
            from = chunk.next;
            if chunk.done {
                break;
            }
        }
        read.sort_by_key(Event::order_key);
        read
    }

    #[test]
    fn the_log_reads_back_in_chunks_taps_and_merges_alike() {
        let (events, heads) = logged();
        let store = MemoryPersistence::default();
        // A few taps stored one by one, then the rest as one large append.
        for e in &events[..5] {
            block_on(store.append(std::slice::from_ref(e), &[], &Core)).unwrap();
        }
        block_on(store.append(&events[5..], &heads, &Core)).unwrap();
        assert!(!store.lock().segments.is_empty());
        assert_eq!(store.lock().singles.len(), 5);

        assert_eq!(read_all(&store, 3), events);
        assert_eq!(block_on(store.heads()).unwrap(), heads);
        assert_eq!(
            block_on(store.storage_info()).stored_events,
            events.len() as u64
        );
    }

    #[test]
    fn compacting_moves_many_single_events_into_segments_and_keeps_them_all() {
        let data = generate(Spec {
            ballots: 3_000,
            ..Spec::small(7)
        });
        let events: Vec<Event> = data.record.events().cloned().collect();
        let store = MemoryPersistence::default();
        for batch in events.chunks(super::super::SEGMENT_MIN - 1) {
            block_on(store.append(batch, &[], &Core)).unwrap();
        }
        assert!(store.lock().segments.is_empty());
        block_on(store.compact()).unwrap();
        let stored = store.lock().singles.len();
        assert_eq!(stored, 0, "{} events", events.len());
        assert_eq!(read_all(&store, 500), events);
        assert!(events.len() as u64 >= COMPACT_AT + 64);
    }

    #[test]
    fn a_few_single_events_are_not_worth_compacting() {
        let (events, _) = logged();
        let store = MemoryPersistence::default();
        block_on(store.append(&events[..3], &[], &Core)).unwrap();
        block_on(store.compact()).unwrap();
        assert_eq!(store.lock().singles.len(), 3);
        assert!(store.lock().segments.is_empty());
    }

    #[test]
    fn a_read_goes_on_from_where_it_stopped_to_what_was_stored_since() {
        let (events, _) = logged();
        let store = MemoryPersistence::default();
        block_on(store.append(&events[..100], &[], &Core)).unwrap();
        let chunk = block_on(store.read_chunk(Position::default(), 10_000, &Core)).unwrap();
        assert!(chunk.done);
        let reached = chunk.next;
        block_on(store.append(&events[100..103], &[], &Core)).unwrap();
        block_on(store.append(&events[103..], &[], &Core)).unwrap();
        let own_last = Some(events[99].order_key());
        let later = block_on(store.read_chunk(reached.since(own_last), 10_000, &Core)).unwrap();
        let mut later = later.events;
        later.sort_by_key(Event::order_key);
        assert_eq!(later, events[100..]);
    }

    #[test]
    fn a_failed_append_stores_nothing_of_itself() {
        let (events, _) = logged();
        let store = MemoryPersistence::default();
        block_on(store.append(&events[..2], &[], &Core)).unwrap();
        store.fail_writes(true);
        assert_eq!(
            block_on(store.append(&events[2..], &[], &Core)),
            Err(PersistError::QuotaExceeded)
        );
        assert_eq!(read_all(&store, 100), events[..2]);
    }

    #[test]
    fn an_append_that_would_fork_a_chain_is_refused_and_stores_nothing() {
        let (events, _) = logged();
        let first = MemoryPersistence::default();
        let second = first.another_tab();
        let told = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&told);
        second.watch(Box::new(move |what| {
            sink.lock().unwrap().extend(what.singles)
        }));

        block_on(first.append(&events[..10], &[], &Core)).unwrap();
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
            block_on(second.append(&followers, &[], &Core)),
            Err(PersistError::Behind)
        );
        // Writing what is already stored again (one import in two tabs) is fine.
        block_on(second.append(&events[..10], &[], &Core)).unwrap();
        assert_eq!(read_all(&first, 100), events[..10]);
        let announced = Announced {
            singles: keys,
            segments: Vec::new(),
        };
        assert_eq!(
            block_on(first.read_announced(announced, &Core))
                .unwrap()
                .events,
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
