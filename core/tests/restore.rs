//! Restoring a record from a device's own stored log, chunk by chunk, as the browser does.

use gongzhi_core::dataset::{generate, Spec};
use gongzhi_core::record::fold;
use gongzhi_core::{Event, IntegrityError, Record, SignedHead};

fn stored() -> (Record, Vec<Event>, Vec<SignedHead>) {
    let data = generate(Spec::small(21));
    let events = data.record.events().cloned().collect();
    let heads = data.record.heads().values().cloned().collect();
    (data.record, events, heads)
}

#[test]
fn restoring_in_chunks_gives_back_the_same_record() {
    let (original, events, heads) = stored();
    let mut restored = Record::new();
    for chunk in events.chunks(97) {
        assert_eq!(restored.restore_chunk(chunk.to_vec()), vec![]);
    }
    assert_eq!(restored.restore_heads(heads), vec![]);
    assert_eq!(restored, original);
    assert_eq!(restored.state(), original.state());
    assert!(restored.verify().is_ok());
}

#[test]
fn a_damaged_event_and_the_rest_of_its_chain_are_reported_and_the_others_kept() {
    let (_, mut events, heads) = stored();
    let victim = events.len() / 2;
    events[victim].author.push_str(" (edited)");
    let damaged = events[victim].id;
    let mut restored = Record::new();
    let problems: Vec<IntegrityError> = events
        .chunks(50)
        .flat_map(|c| restored.restore_chunk(c.to_vec()))
        .collect();
    assert_eq!(problems[0], IntegrityError::Altered { event: damaged });
    let later_of_device = events[victim + 1..]
        .iter()
        .filter(|e| e.id.device == damaged.device)
        .count();
    assert_eq!(problems.len(), 1 + later_of_device);

    let kept: Vec<&Event> = events
        .iter()
        .filter(|e| e.id.device != damaged.device || e.id.seq < damaged.seq)
        .collect();
    assert_eq!(restored.len(), kept.len());
    assert_eq!(restored.state(), &fold(kept.iter().copied()));
    // The damaged device's head names an event that is gone; the other heads still hold.
    let head_problems = restored.restore_heads(heads.clone());
    assert_eq!(head_problems.len(), 1);
    assert_eq!(restored.heads().len(), heads.len() - 1);
}

#[test]
fn events_out_of_order_are_refused() {
    let (_, events, _) = stored();
    let mut restored = Record::new();
    assert_eq!(restored.restore_chunk(events[10..20].to_vec()).len(), 10);
    assert_eq!(restored.restore_chunk(events[..10].to_vec()), vec![]);
    let again = restored.restore_chunk(events[5..6].to_vec());
    assert!(matches!(again[..], [IntegrityError::BrokenLink { .. }]));
    assert_eq!(restored.len(), 10);
}
