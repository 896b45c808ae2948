//! `make bench`'s in-browser half: the real IndexedDB store at super-compound scale, timed in
//! headless Chromium. Not part of `make test`: it measures, it does not judge.
//!
//! Reports the rules as wasm (fold + tally, import + verify + merge, export: the same
//! `dataset::workload` functions as the native side, medians of RUNS runs), the time to store the
//! log, the time to reload it as the app does (chunked read, hash and link checks, fold), the
//! bytes the browser holds for it, and the latency of recording one ballot on top of it (p50,
//! p99): from the tap's `submit` to "recorded", i.e. after the IndexedDB transaction committed.
//! The last line, `BENCH_JSON {...}`, is read by tools/bench/report.py.
#![cfg(target_arch = "wasm32")]

use gongzhi::engine::Core;
use gongzhi::persist::browser::BrowserPersistence;
use gongzhi::persist::Persistence;
use gongzhi::store::{LoadState, RecordStore, Restored};
use gongzhi_core::fixtures::dataset::{generate, workload, Spec, SplitMix64};
use gongzhi_core::model::{Choice, Scope, VoteKind, Voter};
use gongzhi_core::{DeviceKey, Event, Payload};
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const COMMANDS: usize = 300;
const RUNS: usize = 5;

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

/// One start of the app over the stored log, timed until it is ready.
struct Start {
    store: RecordStore,
    ms: f64,
    /// The longest the page could not answer while it started.
    freeze: f64,
}

async fn timed_load() -> (Start, Owner) {
    let owner = Owner::new();
    let store = owner.with(|| RecordStore::new(Arc::new(BrowserPersistence::new())));
    let (ms, freeze) = watched(store.load()).await;
    assert_eq!(store.load.get_untracked(), LoadState::Ready);
    (Start { store, ms, freeze }, owner)
}

/// Runs `work`, returning how long it took and the longest the page froze meanwhile.
async fn watched(work: impl std::future::Future<Output = ()>) -> (f64, f64) {
    let freeze = Rc::new(Cell::new(0.0_f64));
    let running = Rc::new(Cell::new(true));
    wasm_bindgen_futures::spawn_local(heartbeat(Rc::clone(&freeze), Rc::clone(&running)));
    let started = now();
    work.await;
    let ms = now() - started;
    running.set(false);
    (ms, freeze.get())
}

/// Waits for the work a start leaves for after the page is ready (a checkpoint written, the
/// trusted hashes checked), timing it.
async fn after_load(store: &RecordStore) -> (f64, f64) {
    let store = *store;
    watched(async move {
        while !store.after_load_done() {
            gongzhi::platform::yield_to_page().await;
        }
    })
    .await
}

fn median_ms(mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t = now();
            f();
            now() - t
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

fn percentile(sorted: &[f64], p: usize) -> f64 {
    sorted[(sorted.len() * p / 100).min(sorted.len() - 1)]
}

#[wasm_bindgen_test]
async fn storage_at_super_compound_scale() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let persistence = BrowserPersistence::new();
    persistence.erase_everything().await.unwrap();
    // This browser is the community's founding admin device (the dataset's first key is the
    // first seed its generator draws), so the ballots below are its to record.
    let spec = Spec::super_compound();
    let admin_seed = SplitMix64::new(spec.seed).seed32();
    persistence.device_seed(admin_seed).await.unwrap();
    let data = generate(spec);
    assert_eq!(
        data.keys[0].device(),
        DeviceKey::from_seed(admin_seed).device()
    );
    let events: Vec<Event> = data.record.events().cloned().collect();
    let heads: Vec<_> = data.record.heads().values().cloned().collect();
    let count = events.len();

    let mut record = data.record.clone();
    let file = workload::export_json(&mut record, &data.keys[0]);
    let fold_ms = median_ms(|| {
        std::hint::black_box(workload::fold_and_tally(&events));
    });
    let import_ms = median_ms(|| {
        std::hint::black_box(workload::import_verify_merge(&file));
    });
    let export_ms = median_ms(|| {
        std::hint::black_box(workload::export_json(&mut record, &data.keys[0]));
    });
    drop(file);
    drop(record);
    let households = data.households.clone();
    // A fresh device taking in the community file stores it in one append, as a merge does.
    let started = now();
    persistence.append(&events, &heads, &Core).await.unwrap();
    let stored_ms = now() - started;
    drop(events);
    drop(data);

    // The first start has no checkpoint: it folds the whole log, then writes one.
    let (full, _first) = timed_load().await;
    assert_eq!(full.store.restored.get_untracked(), Restored::FromLog);
    let (checkpoint_ms, checkpoint_freeze) = after_load(&full.store).await;
    let checkpoint_bytes = BrowserPersistence::new()
        .checkpoint()
        .await
        .unwrap()
        .expect("written after the first start")
        .len();
    // Every later start begins from it, and checks the hashes it trusted after the page is ready.
    let (reload, _owner) = timed_load().await;
    let store = reload.store;
    assert_eq!(
        store.restored.get_untracked(),
        Restored::FromCheckpoint { tail: 0 }
    );
    assert_eq!(store.record.with_untracked(|r| r.len()), count);
    let (verify_ms, verify_freeze) = after_load(&store).await;
    assert!(store.damage.get_untracked().is_empty());
    let storage_bytes = BrowserPersistence::new()
        .storage_info()
        .await
        .usage_bytes
        .unwrap_or(0);

    // Recording one ballot, as the kiosk does, in a vote opened for the purpose.
    let vote = gongzhi_core::VoteId(
        store
            .submit(
                "bench",
                Payload::VoteOpened {
                    title: "bench".into(),
                    kind: VoteKind::Owners {
                        matter: 4,
                        scope: Scope::Community,
                    },
                    proposal: None,
                    closes_ms: i64::MAX / 2,
                },
            )
            .await
            .unwrap(),
    );
    let mut ballots = Vec::with_capacity(COMMANDS);
    for household in households {
        if ballots.len() == COMMANDS {
            break;
        }
        let payload = Payload::BallotCast {
            vote,
            voter: Voter::Household(household),
            choice: Choice::Yes,
        };
        let started = now();
        // Flats of an owner who already voted are refused; only recorded ballots are timed.
        if store.submit("bench", payload).await.is_ok() {
            ballots.push(now() - started);
        }
    }
    ballots.sort_by(f64::total_cmp);

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
        "storage bench: {count} events stored in {stored_ms:.0} ms; the first start (no checkpoint) took {:.0} ms, freezing the page for up to {:.0} ms; writing the checkpoint ({checkpoint_bytes} bytes) {checkpoint_ms:.0} ms, up to {checkpoint_freeze:.0} ms; later starts {:.0} ms, up to {:.0} ms, then checking the trusted hashes {verify_ms:.0} ms, up to {verify_freeze:.0} ms",
        full.ms, full.freeze, reload.ms, reload.freeze
    );
    console_log!(
        "storage bench: command write latency over {COMMANDS} commands: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&latencies, 50),
        percentile(&latencies, 99),
        latencies[latencies.len() - 1]
    );
    console_log!(
        "BENCH_JSON {{\"runs\": {RUNS}, \"fold_ms_wasm\": {fold_ms:.1}, \"import_verify_merge_ms_wasm\": {import_ms:.1}, \"export_ms_wasm\": {export_ms:.1}, \"store_ms\": {stored_ms:.0}, \"reload_ms\": {:.0}, \"reload_longest_freeze_ms\": {:.0}, \"reload_without_checkpoint_ms\": {:.0}, \"reload_without_checkpoint_longest_freeze_ms\": {:.0}, \"checkpoint_bytes\": {checkpoint_bytes}, \"checkpoint_write_ms\": {checkpoint_ms:.0}, \"checkpoint_write_longest_freeze_ms\": {checkpoint_freeze:.0}, \"verify_after_start_ms\": {verify_ms:.0}, \"verify_after_start_longest_freeze_ms\": {verify_freeze:.0}, \"ballot_commit_ms_p50\": {:.2}, \"ballot_commit_ms_p99\": {:.2}, \"ballots_timed\": {}, \"storage_bytes\": {storage_bytes}, \"command_ms_p50\": {:.2}, \"command_ms_p99\": {:.2}}}",
        reload.ms,
        reload.freeze,
        full.ms,
        full.freeze,
        percentile(&ballots, 50),
        percentile(&ballots, 99),
        ballots.len(),
        percentile(&latencies, 50),
        percentile(&latencies, 99)
    );
}
