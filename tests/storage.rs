//! In-browser tests of the real IndexedDB store: order, atomicity, the device key, erasing, and
//! a super-compound's log stored, reloaded and folded.
#![cfg(target_arch = "wasm32")]

use gongzhi::persist::browser::BrowserPersistence;
use gongzhi::persist::{idb, Persistence};
use gongzhi_core::dataset::{generate, Spec};
use gongzhi_core::{Event, Record, SignedHead};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn fresh_store() -> BrowserPersistence {
    let store = BrowserPersistence;
    store.erase_everything().await.expect("erase");
    store
}

async fn read_all(store: &BrowserPersistence, chunk: u32) -> Vec<Event> {
    let mut all = Vec::new();
    let mut after = None;
    loop {
        let c = store.read_chunk(after, chunk).await.expect("read");
        assert!(c.unreadable.is_empty(), "{:?}", c.unreadable);
        all.extend(c.events);
        match c.next {
            Some(next) => after = Some(next),
            None => return all,
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
    // Stored in two writes, out of order: the key order restores the fold's order.
    let (first, second) = events.split_at(events.len() / 2);
    store.append(second, &[]).await.unwrap();
    store.append(first, &heads).await.unwrap();
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
    store.append(&events[..10], &[]).await.unwrap();
    // Nine good entries, then one whose key IndexedDB refuses: the whole write must vanish.
    let mut batch: Vec<(JsValue, String)> = events[10..19]
        .iter()
        .map(|e| {
            let k = e.order_key();
            (
                idb::event_key(k.lamport, &k.device.to_string(), k.seq),
                serde_json::to_string(e).unwrap(),
            )
        })
        .collect();
    batch.push((JsValue::NULL, "{}".into()));
    assert!(idb::put_all(&batch, &[]).await.is_err());
    assert_eq!(read_all(&store, 1000).await, events[..10]);
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
    store.append(&events[..5], &[]).await.unwrap();
    let k = events[5].order_key();
    let key = idb::event_key(k.lamport, &k.device.to_string(), k.seq);
    idb::put_all(&[(key, "{\"not\": \"an event\"}".into())], &[])
        .await
        .unwrap();
    let chunk = store.read_chunk(None, 100).await.unwrap();
    assert_eq!(chunk.events, events[..5]);
    assert_eq!(chunk.unreadable.len(), 1);
    assert_eq!(chunk.unreadable[0].position, 5);
}

#[wasm_bindgen_test]
async fn reading_goes_on_past_a_whole_chunk_of_damaged_entries() {
    let store = fresh_store().await;
    let (events, _) = small();
    store.append(&events[..20], &[]).await.unwrap();
    let device = events[0].id.device.to_string();
    // Clock 0 sorts before every real event, so the first chunks hold nothing readable.
    let garbage: Vec<(JsValue, String)> = (1..=5)
        .map(|seq| (idb::event_key(0, &device, seq), format!("garbage {seq}")))
        .collect();
    idb::put_all(&garbage, &[]).await.unwrap();
    let mut read = Vec::new();
    let mut unreadable = 0;
    let mut after = None;
    loop {
        let chunk = store.read_chunk(after, 2).await.unwrap();
        unreadable += chunk.unreadable.len();
        read.extend(chunk.events);
        match chunk.next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    assert_eq!(unreadable, 5);
    assert_eq!(read, events[..20]);
}

#[wasm_bindgen_test]
async fn a_super_compound_is_stored_reloaded_and_folded() {
    let store = fresh_store().await;
    let data = generate(Spec::super_compound());
    let events: Vec<Event> = data.record.events().cloned().collect();
    let heads: Vec<SignedHead> = data.record.heads().values().cloned().collect();
    assert!(events.len() > 110_000, "{} events", events.len());
    for batch in events.chunks(10_000) {
        store.append(batch, &[]).await.unwrap();
    }
    store.append(&[], &heads).await.unwrap();
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
    use gongzhi::persist::browser::BrowserPersistence;
    use gongzhi::persist::{MemoryPersistence, PersistError, Persistence};
    use gongzhi::store::{LoadState, RecordStore, SubmitError};
    use gongzhi_core::payload::Payload;
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
        BrowserPersistence.erase_everything().await.unwrap();
        let (_owner, store) = loaded(Arc::new(BrowserPersistence)).await;
        let id = store
            .submit("secretary", founded("晋阳社区"))
            .await
            .unwrap();
        assert_eq!(store.record.with_untracked(|r| r.len()), 1);

        // A fresh start over the same storage, as after closing the tab.
        let (_again, reloaded) = loaded(Arc::new(BrowserPersistence)).await;
        assert_eq!(reloaded.device_id(), store.device_id());
        reloaded.record.with_untracked(|r| {
            assert!(r.get(&id).is_some());
            assert_eq!(r.state().community.as_ref().unwrap().name, "晋阳社区");
        });
        assert!(reloaded.damage.get_untracked().is_empty());
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
}
