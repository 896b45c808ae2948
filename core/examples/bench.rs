//! `make bench`'s native half: the super-compound (10,000 households, 100,000 ballots, 40
//! proposals) folded and tallied, its snapshot imported, verified and merged, and exported,
//! each the median of RUNS runs, printed as one JSON object for tools/bench/report.py. Also the
//! checkpoint of its folded state: its size, encoding and decoding it, and a restore that starts
//! from it (the covered events linked, not re-hashed, and an empty tail folded) beside one from
//! the log alone.

use gongzhi_core::fixtures::dataset::{generate, workload, Spec};
use gongzhi_core::{record::checkpoint, Record};
use std::hint::black_box;
use std::time::Instant;

const RUNS: usize = 7;

fn median_ms(mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1_000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

/// Like [`median_ms`] for a function that consumes its input, made afresh and untimed for each
/// run; what it returns is dropped untimed too.
fn median_ms_of<T, R>(mut input: impl FnMut() -> T, mut f: impl FnMut(T) -> R) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let x = input();
            let t = Instant::now();
            let out = black_box(f(black_box(x)));
            let ms = t.elapsed().as_secs_f64() * 1_000.0;
            drop(out);
            ms
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

fn main() {
    let data = generate(Spec::super_compound());
    let events: Vec<_> = data.record.events().cloned().collect();
    let mut record = data.record.clone();
    let file = workload::export_json(&mut record, &data.keys[0]);
    let fold = median_ms(|| {
        black_box(workload::fold_and_tally(black_box(&events)));
    });
    let import = median_ms(|| {
        black_box(workload::import_verify_merge(black_box(&file)));
    });
    let export = median_ms(|| {
        black_box(workload::export_json(&mut record, &data.keys[0]));
    });
    let checkpoint = data.record.checkpoint().expect("the dataset has events");
    let encode = median_ms(|| {
        black_box(black_box(&data.record).checkpoint());
    });
    let decode = median_ms_of(
        || (),
        |()| checkpoint::read_state(black_box(&checkpoint)).expect("it reads back"),
    );
    let (from_checkpoint, tail) = Record::from_checkpoint(&checkpoint, events.clone())
        .unwrap_or_else(|(why, _)| panic!("the checkpoint is refused: {why}"));
    assert!(tail.is_empty());
    assert_eq!(from_checkpoint.state(), data.record.state());
    drop(from_checkpoint);
    // The stored log as a reload reads it is an input: cloned outside the timing.
    let restore = median_ms_of(
        || events.clone(),
        |log| {
            let (mut restored, tail) = Record::from_checkpoint(&checkpoint, log).unwrap();
            assert!(restored.restore_chunk(tail).is_empty());
            restored
        },
    );
    let restore_full = median_ms_of(
        || events.clone(),
        |log| {
            let mut restored = Record::new();
            assert!(restored.restore_chunk(log).is_empty());
            restored
        },
    );
    println!(
        "{{\"events\": {}, \"snapshot_bytes\": {}, \"runs\": {RUNS}, \"fold_ms_native\": {fold:.1}, \"import_verify_merge_ms_native\": {import:.1}, \"export_ms_native\": {export:.1}, \"checkpoint_bytes\": {}, \"checkpoint_encode_ms_native\": {encode:.1}, \"checkpoint_decode_ms_native\": {decode:.1}, \"restore_from_checkpoint_ms_native\": {restore:.1}, \"restore_full_ms_native\": {restore_full:.1}}}",
        events.len(),
        file.len(),
        checkpoint.len()
    );
}
