//! A clerk corrects a mis-tapped ballot before the vote closes: the ballot as cast stays on
//! record, the correction counts, and nothing corrects a closed vote.

mod common;

use common::*;
use gongzhi_core::model::*;
use gongzhi_core::rules::tally::result;
use gongzhi_core::{EventId, Payload, Record, Refusal, VoteId, VoteResult};

fn correct(
    t: &mut Town,
    vote: VoteId,
    ballot: EventId,
    choice: Choice,
) -> Result<EventId, Refusal> {
    t.record.submit(
        &t.admin,
        T0 + 2 * HOUR,
        "书记员 王",
        Payload::BallotCorrected {
            vote,
            ballot,
            choice,
            reason: "点错了".into(),
        },
    )
}

fn trust_clerk(t: &mut Town, k: &gongzhi_core::DeviceKey, label: &str) {
    t.submit(Payload::DeviceTrusted {
        device: k.device(),
        label: label.into(),
        admin: false,
        role: Some(gongzhi_core::rules::authority::DeviceRole::Clerk),
        household: None,
    });
}

/// A council of three: member 0 tapped 反对 by mistake, member 1 said 同意, member 2 反对; two
/// thirds of all (2 of 3) pass it.
fn roll_call() -> (Town, VoteId, Vec<EventId>, EventId) {
    let mut t = Town::new(1);
    let (org, members) = t.council(3);
    let vote = VoteId(t.submit(Payload::VoteOpened {
        title: "议事规则".into(),
        kind: VoteKind::Council {
            organisation: org,
            rule: CouncilRule::TwoThirdsOfAllMembers,
            quorum: None,
        },
        proposal: None,
        closes_ms: T0 + DAY,
    }));
    let ballots: Vec<EventId> = members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            t.submit_at(
                T0 + HOUR,
                Payload::BallotCast {
                    vote,
                    voter: Voter::Member(*m),
                    choice: if i == 1 { Choice::Yes } else { Choice::No },
                },
            )
        })
        .collect();
    (t, vote, members, ballots[0])
}

#[test]
fn a_corrected_roll_call_ballot_counts_as_corrected_and_keeps_what_was_cast() {
    let (mut t, vote, members, mistaken) = roll_call();
    assert!(!result(t.record.state(), &vote).unwrap().passed());
    let correction = correct(&mut t, vote, mistaken, Choice::Yes).unwrap();
    let s = t.record.state();
    assert!(
        result(s, &vote).unwrap().passed(),
        "2 of 3 yes after the correction"
    );
    let counted = s.counted_ballot(&vote, &Voter::Member(members[0])).unwrap();
    assert_eq!(
        counted.event, mistaken,
        "the ballot itself stays the one counted"
    );
    assert_eq!(
        (counted.cast_choice(), counted.choice),
        (Choice::No, Choice::Yes)
    );
    let c = &counted.corrections[0];
    assert_eq!(
        (c.event, c.from, c.to),
        (correction, Choice::No, Choice::Yes)
    );
    assert_eq!(
        (c.reason.as_str(), c.author.as_str()),
        ("点错了", "书记员 王")
    );
    // The original ballot and its correction are both events of the record.
    assert!(t.record.get(&mistaken).is_some() && t.record.get(&correction).is_some());

    // Correcting again is one more correction on top, and the vote's file carries both.
    correct(&mut t, vote, mistaken, Choice::Abstain).unwrap();
    let counted = t
        .record
        .state()
        .counted_ballot(&vote, &Voter::Member(members[0]))
        .unwrap();
    assert_eq!(counted.corrections.len(), 2);
    assert_eq!(
        (counted.cast_choice(), counted.choice),
        (Choice::No, Choice::Abstain)
    );
}

#[test]
fn a_correction_must_change_something_and_say_why() {
    let (mut t, vote, _, mistaken) = roll_call();
    assert!(matches!(
        correct(&mut t, vote, mistaken, Choice::No),
        Err(Refusal::CorrectionUnchanged {
            choice: Choice::No,
            ..
        })
    ));
    let no_reason = t.record.submit(
        &t.admin,
        T0 + 2 * HOUR,
        "a",
        Payload::BallotCorrected {
            vote,
            ballot: mistaken,
            choice: Choice::Yes,
            reason: "  ".into(),
        },
    );
    assert!(
        matches!(no_reason, Err(Refusal::EmptyText { .. })),
        "{no_reason:?}"
    );
    // Only a counted ballot of this vote can be corrected.
    let not_a_ballot = correct(&mut t, vote, vote.event(), Choice::Yes);
    assert_eq!(
        not_a_ballot,
        Err(Refusal::NothingToCorrect {
            event: vote.event()
        })
    );
}

#[test]
fn nothing_corrects_a_closed_vote_or_one_past_its_deadline() {
    let (mut t, vote, _, mistaken) = roll_call();
    let late = t.record.submit(
        &t.admin,
        T0 + 2 * DAY,
        "a",
        Payload::BallotCorrected {
            vote,
            ballot: mistaken,
            choice: Choice::Yes,
            reason: "迟到的更正".into(),
        },
    );
    assert!(
        matches!(late, Err(Refusal::VotingClosed { .. })),
        "{late:?}"
    );
    t.submit_at(T0 + 2 * HOUR, Payload::VoteClosed { vote, cut: None });
    assert!(matches!(
        correct(&mut t, vote, mistaken, Choice::Yes),
        Err(Refusal::VotingClosed { .. })
    ));
    let closed = t.record.state().votes[&vote].closed.clone().unwrap();
    assert!(
        !closed.result.passed(),
        "the frozen result is the uncorrected one"
    );
}

#[test]
fn a_household_ballot_is_corrected_in_both_art_278_counts() {
    let mut t = Town::new(1);
    let a = t.household(1, 1, "101", registered(9_000), owners(&[("张伟", "1")]));
    let b = t.household(1, 1, "102", registered(11_000), owners(&[("李娜", "2")]));
    let vote = t.owners_vote(4, Scope::Community, T0 + DAY);
    let mistaken = t.ballot(vote, a, Choice::No);
    t.ballot(vote, b, Choice::Yes);
    let yes = |t: &Town| match result(t.record.state(), &vote).unwrap() {
        VoteResult::Owners(r) => (r.yes_owners, r.yes_area),
        other => panic!("{other:?}"),
    };
    assert_eq!(yes(&t), (1, gongzhi_core::CentiM2(11_000)));
    correct(&mut t, vote, mistaken, Choice::Yes).unwrap();
    assert_eq!(yes(&t), (2, gongzhi_core::CentiM2(20_000)));
    let counted = t
        .record
        .state()
        .counted_ballot(&vote, &Voter::Household(a))
        .unwrap();
    assert_eq!(counted.cast_choice(), Choice::No);
}

#[test]
fn an_untrusted_device_cannot_correct_and_a_merged_correction_folds_the_same_everywhere() {
    let (mut t, vote, members, mistaken) = roll_call();
    // A device the community never trusted writes a correction: it is recorded, never counted.
    let stranger = key(9);
    let mut other = t.record.clone();
    other
        .submit(
            &stranger,
            T0 + 2 * HOUR,
            "?",
            Payload::BallotCorrected {
                vote,
                ballot: mistaken,
                choice: Choice::Yes,
                reason: "改一下".into(),
            },
        )
        .expect_err("a command from an untrusted device is refused");
    // The admin's correction, merged into a copy, gives the same state as where it was written.
    t.record.seal(&key(1));
    let mut merged: Record = t.record.clone();
    correct(&mut t, vote, mistaken, Choice::Yes).unwrap();
    t.record.seal(&key(1));
    merged.merge_record(&t.record).unwrap();
    assert_eq!(merged.state(), t.record.state());
    let counted = merged
        .state()
        .counted_ballot(&vote, &Voter::Member(members[0]))
        .unwrap();
    assert_eq!(counted.choice, Choice::Yes);
}

/// Two clerks' kiosks, each correcting the same ballot offline: merged either way round, both
/// corrections are on record, in the record's order, and the later one counts everywhere.
#[test]
fn two_clerks_correcting_one_ballot_offline_merge_to_the_same_result_either_way() {
    let (mut t, vote, members, mistaken) = roll_call();
    let clerks = [key(2), key(3)];
    for (i, k) in clerks.iter().enumerate() {
        trust_clerk(&mut t, k, &format!("书记员 {i}"));
    }
    t.record.seal(&key(1));
    let correct_on = |k: &gongzhi_core::DeviceKey, choice| {
        let mut r = t.record.clone();
        r.submit(
            k,
            T0 + 2 * HOUR,
            "clerk",
            Payload::BallotCorrected {
                vote,
                ballot: mistaken,
                choice,
                reason: "本人更正".into(),
            },
        )
        .unwrap();
        r.seal(k);
        r
    };
    let a = correct_on(&clerks[0], Choice::Yes);
    let b = correct_on(&clerks[1], Choice::Abstain);
    let mut ab = a.clone();
    ab.merge_record(&b).unwrap();
    let mut ba = b.clone();
    ba.merge_record(&a).unwrap();
    assert_eq!(ab.state(), ba.state());
    let counted = ab
        .state()
        .counted_ballot(&vote, &Voter::Member(members[0]))
        .unwrap();
    assert_eq!(counted.corrections.len(), 2, "neither correction is lost");
    let (first, second) = (&counted.corrections[0], &counted.corrections[1]);
    assert_eq!(first.from, Choice::No);
    assert_eq!(
        second.from, first.to,
        "each correction starts from the one before"
    );
    assert_eq!(counted.choice, second.to);
    assert!(ab.state().rejected.is_empty());
}

/// Corrections another device wrote after the vote was closed elsewhere are set aside once the
/// two records meet, the same way round either way, and the frozen result stands: the closing
/// device had neither, so both arrived after the close, whichever sorts before it.
#[test]
fn a_correction_after_the_close_on_another_device_is_set_aside() {
    let (mut t, vote, _, mistaken) = roll_call();
    let clerk = key(2);
    trust_clerk(&mut t, &clerk, "书记员");
    t.record.seal(&key(1));
    let mut closed = t.record.clone();
    closed
        .submit(
            &key(1),
            T0 + 2 * HOUR,
            "admin",
            Payload::VoteClosed { vote, cut: None },
        )
        .unwrap();
    closed.seal(&key(1));
    // The clerk, offline, corrects twice: the second is surely ordered after the close.
    let mut offline = t.record.clone();
    let mut last = None;
    for choice in [Choice::Yes, Choice::Abstain] {
        last = Some(
            offline
                .submit(
                    &clerk,
                    T0 + 2 * HOUR,
                    "clerk",
                    Payload::BallotCorrected {
                        vote,
                        ballot: mistaken,
                        choice,
                        reason: "本人更正".into(),
                    },
                )
                .unwrap(),
        );
    }
    offline.seal(&clerk);
    let mut one = closed.clone();
    one.merge_record(&offline).unwrap();
    let mut other = offline.clone();
    other.merge_record(&closed).unwrap();
    assert_eq!(one.state(), other.state());
    let aside: Vec<EventId> = one
        .state()
        .rejected
        .iter()
        .filter(|r| matches!(r.reason, Refusal::ArrivedAfterClose { .. }))
        .map(|r| r.event)
        .collect();
    assert_eq!(aside.len(), 2, "{:?}", one.state().rejected);
    assert_eq!(aside.last().copied(), last);
    assert_eq!(
        result(one.state(), &vote),
        result(closed.state(), &vote),
        "the frozen result stands"
    );
}
