//! `make bench`'s in-browser half: the real IndexedDB store at super-compound scale, timed in
//! headless Chromium. Not part of `make test`: it measures, it does not judge.
//!
//! Reports the time to store the log, the time to reload it as the app does (chunked read,
//! hash and link checks, fold), and the latency of single commands on top of it (p50, p99):
//! from the tap's `submit` to "recorded", i.e. after the IndexedDB transaction committed.
#![cfg(target_arch = "wasm32")]

use gongzhi::persist::browser::BrowserPersistence;
use gongzhi::persist::Persistence;
use gongzhi::store::{LoadState, RecordStore};
use gongzhi_core::dataset::{generate, Spec};
use gongzhi_core::model::Scope;
use gongzhi_core::{Event, Payload};
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const COMMANDS: usize = 300;

fn now() -> f64 {
    let performance = js_sys::Reflect::get(&js_sys::global(), &"performance".into()).unwrap();
    let now = js_sys::Reflect::get(&performance, &"now".into()).unwrap();
    js_sys::Function::from(now)
        .call0(&performance)
        .unwrap()
        .as_f64()
        .unwrap()
}

/// Measures the longest gap between two turns of the event loop while `running`: the longest
/// the page could not answer a tap.
async fn heartbeat(longest: Rc<Cell<f64>>, running: Rc<Cell<bool>>) {
    let mut last = now();
    while running.get() {
        gongzhi::platform::yield_to_page().await;
        let t = now();
        longest.set(longest.get().max(t - last));
        last = t;
    }
}

fn percentile(sorted: &[f64], p: usize) -> f64 {
    sorted[(sorted.len() * p / 100).min(sorted.len() - 1)]
}

#[wasm_bindgen_test]
async fn storage_at_super_compound_scale() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let persistence = BrowserPersistence::new();
    persistence.erase_everything().await.unwrap();
    let data = generate(Spec::super_compound());
    let events: Vec<Event> = data.record.events().cloned().collect();
    let heads: Vec<_> = data.record.heads().values().cloned().collect();
    let count = events.len();
    let started = now();
    for batch in events.chunks(10_000) {
        persistence.append(batch, &[]).await.unwrap();
    }
    persistence.append(&[], &heads).await.unwrap();
    let stored_ms = now() - started;
    drop(events);
    drop(data);

    let owner = Owner::new();
    let store = owner.with(|| RecordStore::new(Arc::new(BrowserPersistence::new())));
    let freeze = Rc::new(Cell::new(0.0_f64));
    let loading = Rc::new(Cell::new(true));
    wasm_bindgen_futures::spawn_local(heartbeat(Rc::clone(&freeze), Rc::clone(&loading)));
    let started = now();
    store.load().await;
    let reload_ms = now() - started;
    loading.set(false);
    assert_eq!(store.load.get_untracked(), LoadState::Ready);
    assert_eq!(store.record.with_untracked(|r| r.len()), count);

    let mut latencies = Vec::with_capacity(COMMANDS);
    for n in 0..COMMANDS {
        let payload = Payload::RequestRaised {
            title: format!("路灯不亮 {n}"),
            detail: "北苑 3 栋门前的路灯坏了。".into(),
            scope: Scope::Community,
            raised_by: None,
            category: Default::default(),
            place: "北苑 3 栋门前".into(),
            name: String::new(),
            household: None,
        };
        let started = now();
        store.submit("bench", payload).await.unwrap();
        latencies.push(now() - started);
    }
    latencies.sort_by(f64::total_cmp);
    console_log!(
        "storage bench: {count} events stored in {:.0} ms; reloaded (read, verified, folded) in {:.0} ms; longest the page froze while reloading: {:.0} ms",
        stored_ms,
        reload_ms,
        freeze.get()
    );
    console_log!(
        "storage bench: command write latency over {COMMANDS} commands: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&latencies, 50),
        percentile(&latencies, 99),
        latencies[latencies.len() - 1]
    );
}
