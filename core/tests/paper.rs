//! Paper ballots keyed twice, by two clerks, reconciled before they count.

mod common;

use common::*;
use gongzhi_core::model::*;
use gongzhi_core::rules::paper::{confirm_agreed, reconcile, SheetStatus};
use gongzhi_core::{rules::tally, HouseholdId, Payload, Refusal, VoteId, VoteResult};

fn key_in(
    t: &mut Town,
    vote: VoteId,
    h: HouseholdId,
    choice: Choice,
    round: EntryRound,
    clerk: &str,
) {
    t.submit_at(
        T0 + HOUR,
        Payload::PaperBallotEntered {
            vote,
            household: h,
            choice,
            round,
            clerk: clerk.into(),
        },
    );
}

/// Six flats in one building; 陈 owns the last two.
fn street() -> (Town, Vec<HouseholdId>, VoteId) {
    let mut t = Town::new(1);
    let mut flats = Vec::new();
    for (i, name) in ["甲", "乙", "丙", "丁"].iter().enumerate() {
        let id = format!("51**{i}");
        flats.push(t.household(
            1,
            1,
            &format!("{}01", i + 1),
            registered(9_000),
            owners(&[(name, &id)]),
        ));
    }
    for room in ["501", "502"] {
        flats.push(t.household(1, 1, room, registered(9_000), owners(&[("陈", "51**9")])));
    }
    let vote = t.owners_vote(5, Scope::Community, T0 + 7 * DAY);
    (t, flats, vote)
}

#[test]
fn only_sheets_both_clerks_agree_on_become_ballots_and_every_disagreement_is_listed() {
    let (mut t, f, vote) = street();
    use EntryRound::{First, Second};
    // 王 keys the pile first; 李 keys it again.
    for (h, c) in [
        (f[0], Choice::Yes),
        (f[1], Choice::No),
        (f[2], Choice::Yes),
        (f[4], Choice::Yes),
    ] {
        key_in(&mut t, vote, h, c, First, "王");
    }
    for (h, c) in [
        (f[0], Choice::Yes),
        (f[1], Choice::Yes),
        (f[3], Choice::Abstain),
        (f[4], Choice::Yes),
    ] {
        key_in(&mut t, vote, h, c, Second, "李");
    }
    key_in(&mut t, vote, f[5], Choice::Yes, First, "王");
    key_in(&mut t, vote, f[5], Choice::Yes, Second, "李");

    let report = reconcile(t.record.state(), &vote).unwrap();
    assert_eq!(
        (
            report.mismatched,
            report.awaiting,
            report.agreed,
            report.counted
        ),
        (1, 2, 3, 0)
    );
    // What needs a person comes first.
    assert_eq!(report.rows[0].label, "1-1-201");
    assert_eq!(
        report.rows[0].status,
        SheetStatus::Mismatch {
            first: Choice::No,
            second: Choice::Yes
        }
    );
    assert!(matches!(
        report.rows[1].status,
        SheetStatus::AwaitingOtherRound { keyed: Choice::Yes }
    ));
    // Nothing counts until the agreed sheets are confirmed.
    assert!(t.record.state().votes[&vote].ballots.is_empty());

    let mut batch = t.record.batch(&t.admin, T0 + 2 * HOUR, "王");
    let confirmed = confirm_agreed(&mut batch, &vote).unwrap();
    let events = batch.into_events();
    t.record.commit_all(events).unwrap();
    // 陈's two sheets are one owner: the second is skipped with the reason, not a failure.
    assert_eq!(confirmed.recorded, 2);
    assert_eq!(confirmed.skipped.len(), 1);
    assert_eq!(confirmed.skipped[0].0, "1-1-502");
    assert!(matches!(
        confirmed.skipped[0].1,
        Refusal::HouseholdAlreadyVoted { .. }
    ));

    let after = reconcile(t.record.state(), &vote).unwrap();
    assert_eq!(
        (
            after.mismatched,
            after.awaiting,
            after.agreed,
            after.counted
        ),
        (1, 2, 0, 3)
    );
    let chen = after.rows.iter().find(|r| r.label == "1-1-502").unwrap();
    assert_eq!(
        chen.status,
        SheetStatus::Counted {
            choice: Choice::Yes,
            through: f[4],
            matches_paper: Some(true)
        }
    );

    // The secretary looks at 1-1-201's paper: it says yes.
    t.ballot(vote, f[1], Choice::Yes);
    let counted = &t.record.state().votes[&vote].ballots;
    assert_eq!(counted.len(), 3);
    let Some(VoteResult::Owners(r)) = tally::result(t.record.state(), &vote) else {
        panic!("an owners' vote")
    };
    // Five owners (陈 once, with two flats' area); 甲, 乙 and 陈 answered yes.
    assert_eq!((r.owners, r.participating_owners, r.yes_owners), (5, 3, 3));
    assert_eq!(r.participating_area.0, 4 * 9_000);
}

#[test]
fn one_person_cannot_key_both_rounds_and_a_rekeying_corrects_the_entry() {
    let (mut t, f, vote) = street();
    key_in(&mut t, vote, f[0], Choice::No, EntryRound::First, "王");
    let same = t.record.submit(
        &t.admin,
        T0 + HOUR,
        "王",
        Payload::PaperBallotEntered {
            vote,
            household: f[1],
            choice: Choice::Yes,
            round: EntryRound::Second,
            clerk: " 王 ".into(),
        },
    );
    assert_eq!(
        same.unwrap_err(),
        Refusal::SameClerkBothRounds {
            clerk: "王".into()
        }
    );
    // 王 notices the slip and keys the sheet again in the same round.
    key_in(&mut t, vote, f[0], Choice::Yes, EntryRound::First, "王");
    key_in(&mut t, vote, f[0], Choice::Yes, EntryRound::Second, "李");
    let report = reconcile(t.record.state(), &vote).unwrap();
    assert_eq!(
        report.rows[0].status,
        SheetStatus::Agreed {
            choice: Choice::Yes
        }
    );
    assert_eq!(report.rows[0].first.as_ref().unwrap().clerk, "王");
}

#[test]
fn a_kiosk_ballot_that_disagrees_with_the_paper_is_flagged() {
    let (mut t, f, vote) = street();
    t.ballot(vote, f[0], Choice::No);
    key_in(&mut t, vote, f[0], Choice::Yes, EntryRound::First, "王");
    key_in(&mut t, vote, f[0], Choice::Yes, EntryRound::Second, "李");
    let report = reconcile(t.record.state(), &vote).unwrap();
    assert_eq!(
        report.rows[0].status,
        SheetStatus::Counted {
            choice: Choice::No,
            through: f[0],
            matches_paper: Some(false)
        }
    );
    // Confirming adds nothing: the owner's kiosk ballot stands.
    let mut batch = t.record.batch(&t.admin, T0 + 2 * HOUR, "王");
    let confirmed = confirm_agreed(&mut batch, &vote).unwrap();
    assert_eq!((confirmed.recorded, batch.len()), (0, 0));
}

#[test]
fn paper_ballots_follow_the_vote_rules() {
    let (mut t, f, vote) = street();
    let (council_org, _) = t.council(3);
    let council_vote = VoteId(t.submit(Payload::VoteOpened {
        title: "c".into(),
        kind: VoteKind::Council {
            organisation: council_org,
            rule: CouncilRule::MajorityOfPresent,
            quorum: None,
        },
        proposal: None,
        closes_ms: T0 + DAY,
    }));
    let entry = |vote, at| {
        (
            at,
            Payload::PaperBallotEntered {
                vote,
                household: f[0],
                choice: Choice::Yes,
                round: EntryRound::First,
                clerk: "王".into(),
            },
        )
    };
    let (at, on_council) = entry(council_vote, T0 + HOUR);
    assert!(matches!(
        t.record.submit(&t.admin, at, "王", on_council),
        Err(Refusal::WrongKindOfVoter { .. })
    ));
    let (at, late) = entry(vote, T0 + 8 * DAY);
    assert!(matches!(
        t.record.submit(&t.admin, at, "王", late),
        Err(Refusal::VotingClosed { .. })
    ));
    let nameless = Payload::PaperBallotEntered {
        vote,
        household: f[0],
        choice: Choice::Yes,
        round: EntryRound::First,
        clerk: "  ".into(),
    };
    assert!(matches!(
        t.record.submit(&t.admin, T0 + HOUR, "王", nameless),
        Err(Refusal::EmptyText { .. })
    ));
}
