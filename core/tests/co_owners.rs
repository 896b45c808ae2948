//! The co-owner question of the 2009 counting rule ("one buyer of several units counts once"):
//! is a person who co-owns one flat and owns another alone the same buyer twice? Gongzhi reads
//! "buyer" as whoever holds the unit, the co-owners of a unit together: the same set of
//! people (by name and masked ID, in any order) on several units is one owner with the areas
//! summed; a different set, even one sharing a person, is another owner. docs/snapshot-format.md
//! ("The co-owner question") gives the reasons. Both sides are held here.

mod common;

use common::*;
use gongzhi_core::model::*;
use gongzhi_core::rules::tally::result;
use gongzhi_core::{
    rules::owners, CentiM2, EventId, HouseholdId, Payload, Refusal, VoteId, VoteResult,
};

fn tally(town: &Town, vote: VoteId) -> owners::OwnersResult {
    match result(town.record.state(), &vote).unwrap() {
        VoteResult::Owners(r) => r,
        other => panic!("not an owners' vote: {other:?}"),
    }
}

const WANG: (&str, &str) = ("王芳", "5101**********1111");
const LI: (&str, &str) = ("李强", "5101**********2222");
const ZHAO: (&str, &str) = ("赵敏", "5101**********3333");

fn cast(t: &mut Town, vote: VoteId, household: HouseholdId) -> Result<EventId, Refusal> {
    t.record.submit(
        &t.admin,
        T0 + HOUR,
        "clerk",
        Payload::BallotCast {
            vote,
            voter: Voter::Household(household),
            choice: Choice::Yes,
        },
    )
}

#[test]
fn the_same_co_owners_on_two_flats_are_one_buyer_in_any_order() {
    let mut t = Town::new(1);
    let first = t.household(1, 1, "101", registered(9_000), owners(&[WANG, LI]));
    let second = t.household(1, 2, "202", registered(7_000), owners(&[LI, WANG]));
    let vote = t.owners_vote(1, Scope::Community, T0 + DAY);
    cast(&mut t, vote, first).unwrap();
    assert_eq!(
        cast(&mut t, vote, second).unwrap_err(),
        Refusal::HouseholdAlreadyVoted {
            household_label: "1-2-202".into(),
            voted_through: "1-1-101".into(),
            voted_at_ms: T0 + HOUR,
        }
    );
    let r = tally(&t, vote);
    assert_eq!((r.owners, r.area), (1, CentiM2(16_000)));
    assert_eq!((r.yes_owners, r.yes_area), (1, CentiM2(16_000)));
}

#[test]
fn a_co_owner_who_also_owns_a_flat_alone_is_two_buyers() {
    let mut t = Town::new(1);
    let together = t.household(1, 1, "101", registered(9_000), owners(&[WANG, LI]));
    let alone = t.household(1, 2, "202", registered(7_000), owners(&[WANG]));
    let vote = t.owners_vote(1, Scope::Community, T0 + DAY);
    cast(&mut t, vote, together).unwrap();
    // Not "already voted": the flat Wang holds alone is another owner with its own vote.
    cast(&mut t, vote, alone).unwrap();
    let r = tally(&t, vote);
    assert_eq!((r.owners, r.area), (2, CentiM2(16_000)));
    assert_eq!(
        (r.participating_owners, r.participating_area),
        (2, CentiM2(16_000))
    );
}

#[test]
fn sharing_a_person_does_not_chain_households_into_one_owner() {
    // Wang+Li, Li+Zhao, Zhao alone: merging by a shared person would make all three one
    // owner, so Zhao's own flat would lose its vote to a stranger's ballot.
    let mut t = Town::new(1);
    let a = t.household(1, 1, "101", registered(9_000), owners(&[WANG, LI]));
    let b = t.household(1, 1, "102", registered(8_000), owners(&[LI, ZHAO]));
    let c = t.household(1, 2, "201", registered(7_000), owners(&[ZHAO]));
    let vote = t.owners_vote(1, Scope::Community, T0 + DAY);
    for h in [a, b, c] {
        cast(&mut t, vote, h).unwrap();
    }
    let r = tally(&t, vote);
    assert_eq!((r.owners, r.participating_owners), (3, 3));
}

#[test]
fn one_person_alone_on_several_flats_is_one_buyer_but_only_by_name_and_id_together() {
    let mut t = Town::new(1);
    let a = t.household(1, 1, "101", registered(9_000), owners(&[WANG]));
    let b = t.household(1, 2, "201", registered(7_000), owners(&[WANG]));
    // The same name under another masked ID, and the same ID under another name, are others.
    t.household(
        1,
        2,
        "202",
        registered(5_000),
        owners(&[("王芳", "5101**********9999")]),
    );
    t.household(
        1,
        2,
        "203",
        registered(5_000),
        owners(&[("王方", "5101**********1111")]),
    );
    let vote = t.owners_vote(1, Scope::Community, T0 + DAY);
    cast(&mut t, vote, a).unwrap();
    assert!(matches!(
        cast(&mut t, vote, b),
        Err(Refusal::HouseholdAlreadyVoted { .. })
    ));
    let r = tally(&t, vote);
    assert_eq!((r.owners, r.area), (3, CentiM2(26_000)));
    assert_eq!(r.participating_area, CentiM2(16_000));
}

#[test]
fn a_household_that_is_sold_moves_its_area_to_the_new_owner() {
    // The electorate is read from the register until the vote closes: a sale after a ballot
    // takes the flat out of the seller's count.
    let mut t = Town::new(1);
    let a = t.household(1, 1, "101", registered(9_000), owners(&[WANG]));
    t.household(1, 2, "201", registered(7_000), owners(&[WANG]));
    let vote = t.owners_vote(1, Scope::Community, T0 + DAY);
    cast(&mut t, vote, a).unwrap();
    assert_eq!(tally(&t, vote).yes_area, CentiM2(16_000));
    t.submit(Payload::HouseholdChanged {
        household: a,
        area: None,
        ownership: Some(owners(&[ZHAO])),
        residents: None,
    });
    let r = tally(&t, vote);
    assert_eq!((r.owners, r.yes_owners, r.yes_area), (2, 1, CentiM2(7_000)));
    t.submit_at(T0 + 2 * HOUR, Payload::VoteClosed { vote, cut: None });
    // Closed: later changes to the register no longer move the result.
    t.submit(Payload::HouseholdChanged {
        household: a,
        area: None,
        ownership: Some(owners(&[WANG])),
        residents: None,
    });
    assert_eq!(tally(&t, vote).yes_area, CentiM2(7_000));
}
