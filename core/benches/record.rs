//! Native figures for the super-compound (10,000 households, 100,000 ballots, 40 proposals):
//! fold + tally, import + verify + merge of its snapshot, and export.

use criterion::{criterion_group, criterion_main, Criterion};
use gongzhi_core::fixtures::dataset::{generate, workload, Spec};
use std::hint::black_box;
use std::time::Duration;

fn benches(c: &mut Criterion) {
    let data = generate(Spec::super_compound());
    let events: Vec<_> = data.record.events().cloned().collect();
    let mut record = data.record.clone();
    let file = workload::export_json(&mut record, &data.keys[0]);
    eprintln!(
        "dataset: {} events, snapshot {} bytes",
        events.len(),
        file.len()
    );

    let mut g = c.benchmark_group("super_compound");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .warm_up_time(Duration::from_secs(2));
    g.bench_function("fold_and_tally", |b| {
        b.iter(|| black_box(workload::fold_and_tally(black_box(&events))))
    });
    g.bench_function("import_verify_merge", |b| {
        b.iter(|| black_box(workload::import_verify_merge(black_box(&file))))
    });
    g.bench_function("export", |b| {
        b.iter(|| black_box(workload::export_json(&mut record, &data.keys[0]).len()))
    });
    g.finish();
}

criterion_group!(record_benches, benches);
criterion_main!(record_benches);
