//! `make bench`'s native half: the super-compound (10,000 households, 100,000 ballots, 40
//! proposals) folded and tallied, its snapshot imported, verified and merged, and exported,
//! each the median of RUNS runs, printed as one JSON object for tools/bench/report.py.

use gongzhi_core::dataset::{generate, workload, Spec};
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
    println!(
        "{{\"events\": {}, \"snapshot_bytes\": {}, \"runs\": {RUNS}, \"fold_ms_native\": {fold:.1}, \"import_verify_merge_ms_native\": {import:.1}, \"export_ms_native\": {export:.1}}}",
        events.len(),
        file.len()
    );
}
