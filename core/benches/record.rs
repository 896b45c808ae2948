//! Native figures for the super-compound (10,000 households, 100,000 ballots, 40 proposals):
//! fold + tally, import + verify + merge of its snapshot, and export.

use criterion::{criterion_group, criterion_main, Criterion};
use gongzhi_core::dataset::{generate, Spec};
use gongzhi_core::record::fold;
use gongzhi_core::snapshot::{export, import, Limits, Scope};
use gongzhi_core::tally::live_result;
use std::hint::black_box;
use std::time::Duration;

fn benches(c: &mut Criterion) {
    let data = generate(Spec::super_compound());
    let events: Vec<_> = data.record.events().cloned().collect();
    let mut record = data.record.clone();
    let file = export(&mut record, &data.keys[0], 0, Scope::Community).to_json();
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
        b.iter(|| {
            let state = fold(black_box(&events));
            let passed = state
                .votes
                .values()
                .filter(|v| live_result(&state, v).passed())
                .count();
            black_box(passed)
        })
    });
    g.bench_function("import_verify_merge", |b| {
        b.iter(|| {
            let snapshot = import(black_box(&file), &Limits::default()).unwrap();
            black_box(snapshot.into_record().unwrap().len())
        })
    });
    g.bench_function("export", |b| {
        b.iter(|| {
            black_box(
                export(&mut record, &data.keys[0], 0, Scope::Community)
                    .to_json()
                    .len(),
            )
        })
    });
    g.finish();
}

criterion_group!(record_benches, benches);
criterion_main!(record_benches);
