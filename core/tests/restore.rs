//! Restoring a record from a device's own stored log, chunk by chunk, as the browser does.

use gongzhi_core::fixtures::dataset::{generate, Spec};
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

/// The events of `events` this tab has not restored: what another tab of the browser stored.
fn split_at_tab(events: &[Event], restored: usize) -> (Record, Vec<Event>) {
    let mut tab = Record::new();
    assert_eq!(tab.restore_chunk(events[..restored].to_vec()), vec![]);
    (tab, events[restored..].to_vec())
}

#[test]
fn absorbing_another_tabs_writes_in_any_order_gives_the_same_record_and_state() {
    let (original, events, _) = stored();
    let (mut tab, mut later) = split_at_tab(&events, events.len() - 300);
    later.reverse();
    assert_eq!(tab.absorb(later.clone()), vec![]);
    assert_eq!(tab.len(), original.len());
    assert_eq!(tab.state(), original.state());
    // Absorbing the same writes again (a repeated notice) changes nothing.
    assert_eq!(tab.absorb(later), vec![]);
    assert_eq!(tab.len(), original.len());
}

#[test]
fn absorbed_events_that_sort_before_the_folded_ones_are_folded_in_their_place() {
    let (original, events, _) = stored();
    // The other tab imported a device's whole chain whose clocks are early in the order.
    let device = events[events.len() / 3].id.device;
    let (theirs, ours): (Vec<Event>, Vec<Event>) =
        events.iter().cloned().partition(|e| e.id.device == device);
    let mut tab = Record::new();
    assert_eq!(tab.restore_chunk(ours), vec![]);
    assert!(tab.state() != original.state());
    assert_eq!(tab.absorb(theirs), vec![]);
    assert_eq!(tab.state(), original.state());
    assert_eq!(tab.state(), &fold(events.iter()));
}

#[test]
fn an_absorbed_fork_or_gap_is_reported_and_changes_nothing_of_its_device() {
    let (_, events, _) = stored();
    let (tab, later) = split_at_tab(&events, events.len() - 40);
    let device = later[0].id.device;
    let of_device: Vec<Event> = later
        .iter()
        .filter(|e| e.id.device == device)
        .cloned()
        .collect();

    // A different event under a number this tab already holds.
    let mut fork = tab.last_of(&device).expect("device has events").clone();
    fork.author.push('!');
    fork.hash = fork.computed_hash();
    let mut forked = tab.clone();
    let problems = forked.absorb(vec![fork.clone()]);
    assert_eq!(problems, vec![IntegrityError::Tampered { event: fork.id }]);
    assert_eq!(forked, tab);

    // The first missing event of a device leaves out the rest of that device's batch.
    let mut gapped = tab.clone();
    let problems = gapped.absorb(of_device[1..].to_vec());
    assert_eq!(problems.len(), of_device.len() - 1);
    assert!(matches!(problems[0], IntegrityError::Missing { .. }));
    assert_eq!(gapped.len(), tab.len());
}
