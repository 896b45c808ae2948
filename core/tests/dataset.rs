//! The seeded generator: same spec, same record; exact counts; a clean, verifiable record.

use gongzhi_core::fixtures::dataset::{generate, Spec};
use gongzhi_core::model::Voter;
use gongzhi_core::record::fold;
use gongzhi_core::rules::tally::result;
use gongzhi_core::Payload;

#[test]
fn the_same_seed_gives_the_same_record_and_another_seed_does_not() {
    let a = generate(Spec::small(7));
    let b = generate(Spec::small(7));
    assert_eq!(a.record, b.record);
    assert_ne!(a.record, generate(Spec::small(8)).record);
}

#[test]
fn the_spec_is_met_exactly_and_every_event_is_valid() {
    let spec = Spec::small(11);
    let d = generate(spec);
    let s = d.record.state();
    assert_eq!(s.households.len(), spec.households as usize);
    assert_eq!(s.proposals.len(), spec.proposals as usize);
    let ballots = d
        .record
        .events()
        .filter(|e| matches!(e.payload, Payload::BallotCast { .. }))
        .count();
    assert_eq!(ballots, spec.ballots as usize);
    let counted: usize = s.votes.values().map(|v| v.ballots.len()).sum();
    assert_eq!(counted, ballots);
    assert!(s.rejected.is_empty() && s.conflicts().next().is_none());
    assert!(s.households.values().any(|h| matches!(
        h.ownership,
        gongzhi_core::model::Ownership::DeveloperHeld { .. }
    )));
    let kiosk_ballots = d
        .record
        .events()
        .filter(|e| {
            e.id.device != d.keys[0].device()
                && matches!(
                    e.payload,
                    Payload::BallotCast {
                        voter: Voter::Household(_),
                        ..
                    }
                )
        })
        .count();
    assert!(kiosk_ballots > 0);
    d.record.verify().unwrap();
    for v in d.owners_votes.iter().chain(&d.council_votes) {
        assert!(!result(s, v).unwrap().lines().is_empty());
    }
    assert_eq!(
        &fold(d.record.events().collect::<Vec<_>>().into_iter().rev()),
        s
    );
}
