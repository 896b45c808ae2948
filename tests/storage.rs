//! In-browser tests of the real IndexedDB store: order, atomicity, the device key, erasing, and
//! a super-compound's log stored, reloaded and folded.
#![cfg(target_arch = "wasm32")]

use gongzhi::engine::Core;
use gongzhi::persist::browser::BrowserPersistence;
use gongzhi::persist::{schema, stored, Announced, PersistError, Persistence, Position};
use gongzhi_core::fixtures::dataset::{generate, Spec};
use gongzhi_core::log::event::OrderKey;
use gongzhi_core::{Event, Record, SignedHead};
use std::sync::{Arc, Mutex};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn fresh_store() -> BrowserPersistence {
    let store = BrowserPersistence::new();
    store.erase_everything().await.expect("erase");
    store
}

/// Everything stored, read in chunks of `chunk`, in the total order.
async fn read_all(store: &BrowserPersistence, chunk: u32) -> Vec<Event> {
    let mut all = Vec::new();
    let mut from = Position::default();
    loop {
        let c = store.read_chunk(from, chunk, &Core).await.expect("read");
        assert!(c.unreadable.is_empty(), "{:?}", c.unreadable);
        all.extend(c.events);
        from = c.next;
        if c.done {
            all.sort_by_key(Event::order_key);
            return all;
        }
    }
}

fn small() -> (Vec<Event>, Vec<SignedHead>) {
    let data = generate(Spec::small(11));
    (
        data.record.events().cloned().collect(),
        data.record.heads().values().cloned().collect(),
    )
}

#[wasm_bindgen_test]
async fn the_log_reads_back_in_total_order_with_its_heads() {
    let store = fresh_store().await;
    let (events, heads) = small();
    // Stored one device's chain at a time, last device first: the key order restores the
    // fold's order.
    let mut devices: Vec<_> = events.iter().map(|e| e.id.device).collect();
    devices.dedup();
    devices.sort();
    devices.dedup();
    for device in devices.iter().rev() {
        let chain: Vec<Event> = events
            .iter()
            .filter(|e| e.id.device == *device)
            .cloned()
            .collect();
        store.append(&chain, &[], &Core).await.unwrap();
    }
    store.append(&[], &heads, &Core).await.unwrap();
    assert_eq!(read_all(&store, 101).await, events);
    let mut stored_heads = store.heads().await.unwrap();
    stored_heads.sort_by_key(|h| h.device);
    let mut expected = heads.clone();
    expected.sort_by_key(|h| h.device);
    assert_eq!(stored_heads, expected);
    let info = store.storage_info().await;
    assert_eq!(info.stored_events, events.len() as u64);
    assert!(info.usage_bytes.unwrap_or(0) > 0 && info.quota_bytes.unwrap_or(0) > 0);
}

#[wasm_bindgen_test]
async fn a_write_that_fails_part_way_leaves_nothing_of_itself() {
    let store = fresh_store().await;
    let (events, _) = small();
    store.append(&events[..10], &[], &Core).await.unwrap();
    // Nine good entries, then one whose key IndexedDB refuses: the whole write must vanish.
    let mut batch: Vec<(JsValue, String)> = events[10..19]
        .iter()
        .map(|e| {
            let k = e.order_key();
            (
                schema::event_key(k.lamport, &k.device.to_string(), k.seq),
                serde_json::to_string(e).unwrap(),
            )
        })
        .collect();
    batch.push((JsValue::NULL, "{}".into()));
    assert!(stored::put_all(&batch, &[], &[], &[]).await.is_err());
    assert_eq!(read_all(&store, 1000).await, events[..10]);
}

/// `event` with its author changed and its hash resealed: valid alone, but a fork of its chain.
fn forked(event: &Event) -> Event {
    let mut fork = event.clone();
    fork.author.push_str(" (other tab)");
    fork.hash = fork.computed_hash();
    fork
}

#[wasm_bindgen_test]
async fn a_write_that_would_fork_or_skip_part_of_a_chain_is_refused_and_stores_nothing() {
    let store = fresh_store().await;
    let (events, _) = small();
    store.append(&events[..10], &[], &Core).await.unwrap();
    let other_tab = BrowserPersistence::new();
    assert_eq!(
        other_tab.append(&[forked(&events[9])], &[], &Core).await,
        Err(PersistError::Behind)
    );
    let device = events[9].id.device;
    let later: Vec<Event> = events[10..]
        .iter()
        .filter(|e| e.id.device == device)
        .skip(1)
        .take(3)
        .cloned()
        .collect();
    assert_eq!(
        other_tab.append(&later, &[], &Core).await,
        Err(PersistError::Behind)
    );
    assert_eq!(read_all(&store, 1000).await, events[..10]);
    // The same events again (one import finished in two tabs) and their sequel are fine.
    other_tab.append(&events[..20], &[], &Core).await.unwrap();
    assert_eq!(read_all(&store, 1000).await, events[..20]);
}

#[wasm_bindgen_test]
async fn another_instance_is_told_the_keys_of_each_append() {
    let store = fresh_store().await;
    let (events, _) = small();
    let other_tab = BrowserPersistence::new();
    let told: Arc<Mutex<Vec<OrderKey>>> = Arc::default();
    let sink = Arc::clone(&told);
    other_tab.watch(Box::new(move |what| {
        sink.lock().unwrap().extend(what.singles)
    }));
    store.append(&events[..7], &[], &Core).await.unwrap();
    let expected: Vec<OrderKey> = events[..7].iter().map(Event::order_key).collect();
    for _ in 0..100 {
        if told.lock().unwrap().len() == expected.len() {
            break;
        }
        gongzhi::platform::yield_to_page().await;
    }
    assert_eq!(*told.lock().unwrap(), expected);
    let announced = Announced {
        singles: expected,
        segments: Vec::new(),
    };
    let chunk = other_tab.read_announced(announced, &Core).await.unwrap();
    assert_eq!(chunk.events, events[..7]);
}

/// Builds the database as version 1 of the app left it: the two stores and the events, no tips.
async fn version_1_database(events: &[Event]) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    BrowserPersistence::new().erase_everything().await.unwrap();
    let entries: Vec<(JsValue, String)> = events
        .iter()
        .map(|e| {
            let k = e.order_key();
            let key = schema::event_key(k.lamport, &k.device.to_string(), k.seq);
            (key, serde_json::to_string(e).unwrap())
        })
        .collect();
    let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
    let request = factory.open_with_u32(schema::DB_NAME, 1).unwrap();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let upgrading = request.clone();
        let entries = entries.clone();
        let on_upgrade = Closure::once_into_js(move || {
            let db: web_sys::IdbDatabase = upgrading.result().unwrap().unchecked_into();
            let events = db.create_object_store(schema::EVENTS).unwrap();
            db.create_object_store(schema::META).unwrap();
            for (key, json) in &entries {
                events.put_with_key(&JsValue::from_str(json), key).unwrap();
            }
        });
        request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
        let opened = request.clone();
        let on_success = Closure::once_into_js(move || {
            let db: web_sys::IdbDatabase = opened.result().unwrap().unchecked_into();
            db.close();
            resolve.call0(&JsValue::NULL).unwrap();
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(&reject));
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_version_1_database_is_upgraded_with_the_tips_of_its_chains() {
    let (events, _) = small();
    version_1_database(&events[..10]).await;
    let store = BrowserPersistence::new();
    // Without the tips the upgrade records, this fork would be stored.
    assert_eq!(
        store.append(&[forked(&events[9])], &[], &Core).await,
        Err(PersistError::Behind)
    );
    store.append(&events[10..20], &[], &Core).await.unwrap();
    assert_eq!(read_all(&store, 1000).await, events[..20]);
}

#[wasm_bindgen_test]
async fn the_device_seed_is_kept_until_everything_is_erased() {
    let store = fresh_store().await;
    assert_eq!(store.device_seed([1; 32]).await.unwrap(), [1; 32]);
    assert_eq!(store.device_seed([2; 32]).await.unwrap(), [1; 32]);
    store.erase_everything().await.unwrap();
    assert_eq!(store.device_seed([3; 32]).await.unwrap(), [3; 32]);
    assert_eq!(store.storage_info().await.stored_events, 0);
}

#[wasm_bindgen_test]
async fn a_damaged_entry_is_reported_not_fatal() {
    let store = fresh_store().await;
    let (events, _) = small();
    store.append(&events[..5], &[], &Core).await.unwrap();
    let k = events[5].order_key();
    let key = schema::event_key(k.lamport, &k.device.to_string(), k.seq);
    stored::put_all(&[(key, "{\"not\": \"an event\"}".into())], &[], &[], &[])
        .await
        .unwrap();
    let chunk = store
        .read_chunk(Position::default(), 100, &Core)
        .await
        .unwrap();
    assert_eq!(chunk.events, events[..5]);
    assert_eq!(chunk.unreadable.len(), 1);
    assert_eq!(chunk.unreadable[0].position, 5);
}

#[wasm_bindgen_test]
async fn reading_goes_on_past_a_whole_chunk_of_damaged_entries() {
    let store = fresh_store().await;
    let (events, _) = small();
    store.append(&events[..20], &[], &Core).await.unwrap();
    let device = events[0].id.device.to_string();
    // Clock 0 sorts before every real event, so the first chunks hold nothing readable.
    let garbage: Vec<(JsValue, String)> = (1..=5)
        .map(|seq| (schema::event_key(0, &device, seq), format!("garbage {seq}")))
        .collect();
    stored::put_all(&garbage, &[], &[], &[]).await.unwrap();
    let mut read = Vec::new();
    let mut unreadable = 0;
    let mut from = Position::default();
    loop {
        let chunk = store.read_chunk(from, 2, &Core).await.unwrap();
        unreadable += chunk.unreadable.len();
        read.extend(chunk.events);
        from = chunk.next;
        if chunk.done {
            break;
        }
    }
    assert_eq!(unreadable, 5);
    read.sort_by_key(Event::order_key);
    assert_eq!(read, events[..20]);
}

#[wasm_bindgen_test]
async fn a_large_append_is_stored_as_few_segments_and_reads_back_whole() {
    let store = fresh_store().await;
    let (events, heads) = small();
    store.append(&events[..3], &[], &Core).await.unwrap();
    store.append(&events[3..], &heads, &Core).await.unwrap();
    assert_eq!(read_all(&store, 100).await, events);
    let (stored, singles) = stored::count_events().await.unwrap();
    assert_eq!((stored, singles), (events.len() as u64, 3));
    assert_eq!(
        store.storage_info().await.stored_events,
        events.len() as u64
    );
}

#[wasm_bindgen_test]
async fn another_instance_is_told_of_a_segment_and_reads_it() {
    let store = fresh_store().await;
    let (events, _) = small();
    let other_tab = BrowserPersistence::new();
    let told: Arc<Mutex<Vec<Announced>>> = Arc::default();
    let sink = Arc::clone(&told);
    other_tab.watch(Box::new(move |what| sink.lock().unwrap().push(what)));
    store.append(&events[..500], &[], &Core).await.unwrap();
    for _ in 0..100 {
        if !told.lock().unwrap().is_empty() {
            break;
        }
        gongzhi::platform::yield_to_page().await;
    }
    let what = told.lock().unwrap().pop().expect("told of the append");
    assert!(what.singles.is_empty() && !what.segments.is_empty());
    let mut read = other_tab.read_announced(what, &Core).await.unwrap().events;
    read.sort_by_key(Event::order_key);
    assert_eq!(read, events[..500]);
}

#[wasm_bindgen_test]
async fn many_single_events_are_compacted_into_segments_and_none_is_lost() {
    let store = fresh_store().await;
    let data = generate(Spec {
        ballots: 3_000,
        ..Spec::small(7)
    });
    let events: Vec<Event> = data.record.events().cloned().collect();
    for batch in events.chunks(gongzhi::persist::SEGMENT_MIN - 1) {
        store.append(batch, &[], &Core).await.unwrap();
    }
    assert_eq!(
        stored::count_events().await.unwrap(),
        (events.len() as u64, events.len() as u64)
    );
    store.compact().await.unwrap();
    assert_eq!(
        stored::count_events().await.unwrap(),
        (events.len() as u64, 0)
    );
    assert_eq!(read_all(&store, 1_000).await, events);
    // The tips survive compaction: a fork is still refused.
    let last = events.last().unwrap();
    assert_eq!(
        store.append(&[forked(last)], &[], &Core).await,
        Err(PersistError::Behind)
    );
}

#[wasm_bindgen_test]
async fn a_damaged_entry_inside_a_segment_is_reported_and_the_rest_kept() {
    let store = fresh_store().await;
    let (events, _) = small();
    let mut texts: Vec<JsValue> = events[..100]
        .iter()
        .map(|e| JsValue::from_str(&serde_json::to_string(e).unwrap()))
        .collect();
    texts[40] = JsValue::from_str("{\"torn");
    let segment: js_sys::Array = texts.into_iter().collect();
    stored::put_all(&[], &[segment], &[], &[]).await.unwrap();
    let chunk = store
        .read_chunk(Position::default(), 1_000, &Core)
        .await
        .unwrap();
    assert_eq!(chunk.unreadable.len(), 1);
    assert_eq!(chunk.unreadable[0].position, 40);
    let mut expected = events[..100].to_vec();
    expected.remove(40);
    assert_eq!(chunk.events, expected);
}

#[wasm_bindgen_test]
async fn a_checkpoint_is_kept_until_replaced_or_erased() {
    let store = fresh_store().await;
    assert_eq!(store.checkpoint().await.unwrap(), None);
    store.save_checkpoint(vec![1, 2, 3]).await.unwrap();
    store.save_checkpoint(vec![4, 5]).await.unwrap();
    assert_eq!(store.checkpoint().await.unwrap(), Some(vec![4, 5]));
    store.erase_everything().await.unwrap();
    assert_eq!(store.checkpoint().await.unwrap(), None);
}

#[wasm_bindgen_test]
async fn a_super_compound_is_stored_reloaded_and_folded() {
    let store = fresh_store().await;
    let data = generate(Spec::super_compound());
    let events: Vec<Event> = data.record.events().cloned().collect();
    let heads: Vec<SignedHead> = data.record.heads().values().cloned().collect();
    assert!(events.len() > 110_000, "{} events", events.len());
    for batch in events.chunks(10_000) {
        store.append(batch, &[], &Core).await.unwrap();
    }
    store.append(&[], &heads, &Core).await.unwrap();
    drop(events);

    let reloaded = read_all(&store, 5_000).await;
    let heads = store.heads().await.unwrap();
    let record = Record::from_parts(reloaded, heads).expect("the stored log verifies");
    assert_eq!(record, data.record);
    assert_eq!(record.state(), data.record.state());
    let households = record.state().households.len();
    assert_eq!(households, 10_000);
}

mod commands {
    use gongzhi::engine::Core;
    use gongzhi::persist::browser::BrowserPersistence;
    use gongzhi::persist::{MemoryPersistence, PersistError, Persistence};
    use gongzhi::store::{LoadState, RecordStore, Restored, SubmitError};
    use gongzhi_core::fixtures::dataset::{generate, Spec};
    use gongzhi_core::log::payload::Payload;
    use gongzhi_core::record::checkpoint::CheckpointRefused;
    use gongzhi_core::{Event, Record, SignedHead};
    use leptos::prelude::*;
    use std::sync::Arc;
    use wasm_bindgen_test::*;

    fn founded(name: &str) -> Payload {
        Payload::CommunityFounded {
            name: name.into(),
            device_label: "北苑 kiosk 1".into(),
        }
    }

    async fn loaded(persistence: Arc<dyn Persistence>) -> (Owner, RecordStore) {
        let owner = Owner::new();
        let store = owner.with(|| RecordStore::new(persistence));
        store.load().await;
        assert_eq!(store.load.get_untracked(), LoadState::Ready);
        (owner, store)
    }

    #[wasm_bindgen_test]
    async fn a_recorded_command_is_there_after_a_reload() {
        BrowserPersistence::new().erase_everything().await.unwrap();
        let (_owner, store) = loaded(Arc::new(BrowserPersistence::new())).await;
        let id = store
            .submit("secretary", founded("晋阳社区"))
            .await
            .unwrap();
        assert_eq!(store.record.with_untracked(|r| r.len()), 1);

        // A fresh start over the same storage, as after closing the tab.
        let (_again, reloaded) = loaded(Arc::new(BrowserPersistence::new())).await;
        assert_eq!(reloaded.device_id(), store.device_id());
        reloaded.record.with_untracked(|r| {
            assert!(r.get(&id).is_some());
            assert_eq!(r.state().community.as_ref().unwrap().name, "晋阳社区");
        });
        assert!(reloaded.damage.get_untracked().is_empty());
    }

    fn compound(name: &str) -> Payload {
        Payload::CompoundAdded { name: name.into() }
    }

    /// Waits (up to `ms`) until both tabs hold the same record of `len` events.
    async fn in_step(a: RecordStore, b: RecordStore, len: usize, ms: u32) {
        for _ in 0..ms / 10 {
            let (ra, rb) = (a.record.get_untracked(), b.record.get_untracked());
            if ra.len() == len && ra == rb && ra.state() == rb.state() {
                return;
            }
            sleep(10).await;
        }
        panic!(
            "after {ms} ms the tabs hold {} and {} events, expected {len}",
            a.record.with_untracked(|r| r.len()),
            b.record.with_untracked(|r| r.len())
        );
    }

    async fn sleep(ms: i32) {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }

    #[wasm_bindgen_test]
    async fn two_tabs_recording_as_one_device_lose_nothing_and_see_each_other_within_a_second() {
        let _ = any_spawner::Executor::init_wasm_bindgen();
        BrowserPersistence::new().erase_everything().await.unwrap();
        let (_a_owner, a) = loaded(Arc::new(BrowserPersistence::new())).await;
        let (_b_owner, b) = loaded(Arc::new(BrowserPersistence::new())).await;
        assert_eq!(a.device_id(), b.device_id());

        a.submit("secretary", founded("晋阳社区")).await.unwrap();
        in_step(a, b, 1, 1_000).await;
        // Each tab records at once, before hearing of the other's write: one of them finds
        // its clock behind in storage, takes the other's event in and records after it.
        let (ra, rb) = futures::future::join(
            a.submit("secretary", compound("红运花园")),
            b.submit("kiosk", compound("北苑小区")),
        )
        .await;
        ra.unwrap();
        rb.unwrap();
        b.submit("kiosk", compound("锦城小区")).await.unwrap();
        in_step(a, b, 4, 1_000).await;

        let (_c_owner, reloaded) = loaded(Arc::new(BrowserPersistence::new())).await;
        assert_eq!(reloaded.record.get_untracked(), a.record.get_untracked());
        assert!(reloaded.damage.get_untracked().is_empty());
        let names: Vec<String> = reloaded.record.with_untracked(|r| {
            r.state()
                .compounds
                .values()
                .map(|c| c.name.clone())
                .collect()
        });
        assert_eq!(names.len(), 3, "{names:?}");
    }

    #[wasm_bindgen_test]
    async fn a_command_storage_cannot_take_changes_nothing() {
        let memory = Arc::new(MemoryPersistence::default());
        let (_owner, store) = loaded(memory.clone()).await;
        memory.fail_writes(true);
        assert_eq!(
            store.submit("secretary", founded("晋阳社区")).await,
            Err(SubmitError::NotSaved(PersistError::QuotaExceeded))
        );
        assert_eq!(store.record.with_untracked(|r| r.len()), 0);
        memory.fail_writes(false);
        store
            .submit("secretary", founded("晋阳社区"))
            .await
            .unwrap();
        assert_eq!(store.record.with_untracked(|r| r.len()), 1);
    }

    #[wasm_bindgen_test]
    async fn a_refused_command_is_not_stored() {
        let memory = Arc::new(MemoryPersistence::default());
        let (_owner, store) = loaded(memory.clone()).await;
        store.submit("a", founded("晋阳社区")).await.unwrap();
        assert!(matches!(
            store.submit("a", founded("晋阳社区")).await,
            Err(SubmitError::Refused(_))
        ));
        assert_eq!(memory.storage_info().await.stored_events, 1);
    }

    fn log_of(record: &Record) -> (Vec<Event>, Vec<SignedHead>) {
        (
            record.events().cloned().collect(),
            record.heads().values().cloned().collect(),
        )
    }

    /// Waits until the work after a load has stored a checkpoint other than `old`.
    async fn checkpointed(old: Option<Vec<u8>>) -> Vec<u8> {
        for _ in 0..500 {
            let stored = BrowserPersistence::new().checkpoint().await.unwrap();
            if let Some(bytes) = stored.filter(|b| Some(b) != old.as_ref()) {
                return bytes;
            }
            sleep(10).await;
        }
        panic!("no new checkpoint was stored");
    }

    async fn reloaded() -> (Owner, RecordStore) {
        loaded(Arc::new(BrowserPersistence::new())).await
    }

    /// A community stored as a merge stores it, loaded once so that it has a checkpoint.
    async fn checkpointed_community(seed: u64) -> (Record, Vec<u8>) {
        BrowserPersistence::new().erase_everything().await.unwrap();
        let data = generate(Spec::small(seed));
        let (events, heads) = log_of(&data.record);
        BrowserPersistence::new()
            .append(&events, &heads, &Core)
            .await
            .unwrap();
        let (_owner, first) = reloaded().await;
        assert_eq!(first.restored.get_untracked(), Restored::FromLog);
        (data.record, checkpointed(None).await)
    }

    fn same(store: RecordStore, expected: &Record) {
        store.record.with_untracked(|r| {
            assert_eq!(r, expected);
            assert_eq!(r.state(), expected.state());
        });
        assert!(store.damage.get_untracked().is_empty());
    }

    #[wasm_bindgen_test]
    async fn a_reload_starts_from_the_checkpoint_and_folds_only_what_came_after() {
        let _ = any_spawner::Executor::init_wasm_bindgen();
        BrowserPersistence::new().erase_everything().await.unwrap();
        let data = generate(Spec::small(3));
        let (events, heads) = log_of(&data.record);
        let cut = events.len() - 150;
        BrowserPersistence::new()
            .append(&events[..cut], &[], &Core)
            .await
            .unwrap();
        let (_first_owner, first) = reloaded().await;
        assert_eq!(first.restored.get_untracked(), Restored::FromLog);
        let old = checkpointed(None).await;

        let (_owner, again) = reloaded().await;
        assert_eq!(
            again.restored.get_untracked(),
            Restored::FromCheckpoint { tail: 0 }
        );
        assert_eq!(again.record.with_untracked(Record::len), cut);

        // The rest arrives as another tab's merge would store it.
        BrowserPersistence::new()
            .append(&events[cut..], &heads, &Core)
            .await
            .unwrap();
        let (_later_owner, later) = reloaded().await;
        assert_eq!(
            later.restored.get_untracked(),
            Restored::FromCheckpoint { tail: 150 }
        );
        same(later, &data.record);
        // Too few events came after it to be worth a new checkpoint.
        sleep(200).await;
        assert_eq!(
            BrowserPersistence::new().checkpoint().await.unwrap(),
            Some(old)
        );
    }

    #[wasm_bindgen_test]
    async fn a_torn_checkpoint_is_ignored_and_rebuilt_from_the_log() {
        let _ = any_spawner::Executor::init_wasm_bindgen();
        let (expected, bytes) = checkpointed_community(3).await;
        let torn = bytes[..bytes.len() / 2].to_vec();
        BrowserPersistence::new()
            .save_checkpoint(torn.clone())
            .await
            .unwrap();
        let (_owner, store) = reloaded().await;
        assert_eq!(
            store.restored.get_untracked(),
            Restored::Rebuilt(CheckpointRefused::Damaged)
        );
        same(store, &expected);
        checkpointed(Some(torn)).await;
        let (_again_owner, again) = reloaded().await;
        assert_eq!(
            again.restored.get_untracked(),
            Restored::FromCheckpoint { tail: 0 }
        );
        same(again, &expected);
    }

    #[wasm_bindgen_test]
    async fn a_checkpoint_of_another_format_is_ignored() {
        let _ = any_spawner::Executor::init_wasm_bindgen();
        let (expected, mut bytes) = checkpointed_community(3).await;
        // The format follows the four magic bytes, little-endian.
        let other = gongzhi_core::record::checkpoint::CHECKPOINT_FORMAT + 1;
        bytes[4..8].copy_from_slice(&other.to_le_bytes());
        BrowserPersistence::new()
            .save_checkpoint(bytes)
            .await
            .unwrap();
        let (_owner, store) = reloaded().await;
        assert_eq!(
            store.restored.get_untracked(),
            Restored::Rebuilt(CheckpointRefused::OtherFormat { found: other })
        );
        same(store, &expected);
    }

    #[wasm_bindgen_test]
    async fn a_checkpoint_of_another_log_is_stale() {
        let _ = any_spawner::Executor::init_wasm_bindgen();
        let (_, foreign) = checkpointed_community(4).await;
        let (expected, _) = checkpointed_community(3).await;
        BrowserPersistence::new()
            .save_checkpoint(foreign)
            .await
            .unwrap();
        let (_owner, store) = reloaded().await;
        assert_eq!(
            store.restored.get_untracked(),
            Restored::Rebuilt(CheckpointRefused::Stale)
        );
        same(store, &expected);
    }

    #[wasm_bindgen_test]
    async fn events_another_tab_merged_before_the_checkpoint_void_it() {
        let _ = any_spawner::Executor::init_wasm_bindgen();
        BrowserPersistence::new().erase_everything().await.unwrap();
        let data = generate(Spec::small(3));
        let (events, heads) = log_of(&data.record);
        // One kiosk's whole chain arrives later; its events sort among everyone else's.
        let kiosk = data.keys[data.keys.len() - 1].device();
        let (theirs, ours): (Vec<Event>, Vec<Event>) =
            events.into_iter().partition(|e| e.id.device == kiosk);
        let (their_heads, our_heads): (Vec<SignedHead>, Vec<SignedHead>) =
            heads.into_iter().partition(|h| h.device == kiosk);
        BrowserPersistence::new()
            .append(&ours, &our_heads, &Core)
            .await
            .unwrap();
        let (_first_owner, _first) = reloaded().await;
        checkpointed(None).await;
        let (_tab_owner, other_tab) = reloaded().await;
        assert!(matches!(
            other_tab.restored.get_untracked(),
            Restored::FromCheckpoint { .. }
        ));
        other_tab
            .persistence()
            .append(&theirs, &their_heads, &Core)
            .await
            .unwrap();

        let (_owner, store) = reloaded().await;
        assert!(
            matches!(
                store.restored.get_untracked(),
                Restored::Rebuilt(CheckpointRefused::ChainChanged { .. })
            ),
            "{:?}",
            store.restored.get_untracked()
        );
        same(store, &data.record);
    }

    #[wasm_bindgen_test]
    async fn an_altered_event_under_the_checkpoint_is_found_after_the_start_and_left_out() {
        let _ = any_spawner::Executor::init_wasm_bindgen();
        BrowserPersistence::new().erase_everything().await.unwrap();
        let data = generate(Spec::small(3));
        let (events, heads) = log_of(&data.record);
        // Stored as single events, so that one can be rewritten in place.
        let persistence = BrowserPersistence::new();
        for batch in events.chunks(gongzhi::persist::SEGMENT_MIN - 1) {
            persistence.append(batch, &[], &Core).await.unwrap();
        }
        persistence.append(&[], &heads, &Core).await.unwrap();
        let (_first_owner, _first) = reloaded().await;
        checkpointed(None).await;
        let victim = &events[events.len() / 2];
        let mut altered = victim.clone();
        altered.author.push_str(" (edited)");
        let k = victim.order_key();
        let key = gongzhi::persist::schema::event_key(k.lamport, &k.device.to_string(), k.seq);
        gongzhi::persist::stored::put_all(
            &[(key, serde_json::to_string(&altered).unwrap())],
            &[],
            &[],
            &[],
        )
        .await
        .unwrap();

        let (_owner, store) = reloaded().await;
        assert!(matches!(
            store.restored.get_untracked(),
            Restored::FromCheckpoint { .. }
        ));
        for _ in 0..500 {
            if !store.damage.get_untracked().is_empty() {
                break;
            }
            sleep(10).await;
        }
        let damage = store.damage.get_untracked();
        assert_eq!(damage.rejected[0].event(), Some(victim.id), "{damage:?}");
        assert_eq!(store.restored.get_untracked(), Restored::FromLog);
        // What a start without a checkpoint makes of the same stored log.
        let mut stored = events.clone();
        stored[events.len() / 2] = altered;
        let mut expected = Record::new();
        let mut rejected = expected.restore_chunk(stored);
        rejected.extend(expected.restore_heads(heads));
        assert_eq!(damage.rejected, rejected);
        store.record.with_untracked(|r| {
            assert_eq!(r.len(), expected.len());
            assert_eq!(r.state(), expected.state());
        });
    }
}
