//! A household's phone: which votes it is offered and where each of its ballots stands, read
//! from the fold only. The attacks: a stranger's device casting for the household must show as
//! waiting, never counted; a ballot written after the close on a device whose clock says
//! otherwise must show as set aside; a phone without a role is offered no staff step.

mod common;

use common::*;
use gongzhi_core::log::payload::Kind;
use gongzhi_core::model::*;
use gongzhi_core::read::household::{ballots, votes, Standing};
use gongzhi_core::rules::authority::DeviceRole;
use gongzhi_core::{DeviceKey, HouseholdId, Payload, Refusal, VoteId};

fn cast(vote: VoteId, flat: HouseholdId, choice: Choice) -> Payload {
    Payload::BallotCast {
        vote,
        voter: Voter::Household(flat),
        choice,
    }
}

fn standings(t: &Town, vote: &VoteId, flat: &HouseholdId) -> Vec<Standing> {
    ballots(&t.record, vote, flat)
        .into_iter()
        .map(|b| b.standing)
        .collect()
}

#[test]
fn a_strangers_ballot_for_the_household_waits_and_counts_only_once_a_clerk_confirms() {
    let mut t = Town::new(1);
    let flat = t.household(1, 1, "101", registered(9_000), owners(&[("甲", "1")]));
    let vote = t.owners_vote(4, Scope::Compound(t.compound), T0 + DAY);
    let (phone, kiosk) = (key(40), key(41));
    trust(&mut t, &kiosk, DeviceRole::Clerk, None);
    let ballot = t
        .record
        .submit(&phone, T0 + HOUR, "phone", cast(vote, flat, Choice::Yes))
        .unwrap();

    let listed = votes(&t.record, &flat, T0 + 2 * HOUR);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].vote, vote);
    assert_eq!(listed[0].ballots[0].standing, Standing::Waiting);
    // The rules would take a second ballot, but it would only wait beside the first.
    assert!(listed[0].may_cast.is_ok());
    assert!(!listed[0].offers_ballot());
    // The receipt is the event's own id and hash, the same in every record holding it.
    let event = t.record.get(&ballot).unwrap();
    assert_eq!(
        (listed[0].ballots[0].event, listed[0].ballots[0].hash),
        (event.id, event.hash)
    );

    t.record
        .submit(
            &kiosk,
            T0 + 2 * HOUR,
            "kiosk",
            Payload::BallotConfirmed { vote, ballot },
        )
        .unwrap();
    assert_eq!(standings(&t, &vote, &flat), vec![Standing::Counted]);
    let listed = votes(&t.record, &flat, T0 + 3 * HOUR);
    assert!(matches!(
        listed[0].may_cast,
        Err(Refusal::HouseholdAlreadyVoted { .. })
    ));
    assert!(!listed[0].offers_ballot());

    // Closed, the vote stays listed with its ballot: the phone can say it was counted.
    t.submit_at(T0 + 3 * HOUR, Payload::VoteClosed { vote, cut: None });
    let listed = votes(&t.record, &flat, T0 + 4 * HOUR);
    assert!(listed[0].closed);
    assert_eq!(listed[0].ballots[0].standing, Standing::Counted);
}

#[test]
fn a_corrected_ballot_says_what_counts_now_and_why() {
    let mut t = Town::new(1);
    let flat = t.household(1, 1, "101", registered(9_000), owners(&[("甲", "1")]));
    let vote = t.owners_vote(4, Scope::Compound(t.compound), T0 + DAY);
    let ballot = t.ballot(vote, flat, Choice::Yes);
    t.submit_at(
        T0 + 2 * HOUR,
        Payload::BallotCorrected {
            vote,
            ballot,
            choice: Choice::No,
            reason: "录错了，本人当场更正".into(),
        },
    );
    let listed = ballots(&t.record, &vote, &flat);
    assert_eq!(
        listed[0].choice,
        Choice::Yes,
        "the receipt keeps the choice as cast"
    );
    assert_eq!(
        listed[0].standing,
        Standing::Corrected {
            choice: Choice::No,
            reason: "录错了，本人当场更正".into()
        }
    );
}

#[test]
fn a_dismissed_ballot_says_why_and_the_household_is_offered_a_ballot_again() {
    let mut t = Town::new(1);
    let flat = t.household(1, 1, "101", registered(9_000), owners(&[("甲", "1")]));
    let vote = t.owners_vote(4, Scope::Compound(t.compound), T0 + DAY);
    let ballot = t
        .record
        .submit(&key(40), T0 + HOUR, "phone", cast(vote, flat, Choice::No))
        .unwrap();
    t.submit_at(
        T0 + 2 * HOUR,
        Payload::BallotDismissed {
            vote,
            ballot,
            reason: "无法核实本人".into(),
        },
    );
    let listed = votes(&t.record, &flat, T0 + 3 * HOUR);
    assert_eq!(
        listed[0].ballots[0].standing,
        Standing::Dismissed {
            reason: "无法核实本人".into()
        }
    );
    assert!(listed[0].offers_ballot());
}

#[test]
fn a_second_devices_ballot_for_the_same_owner_shows_the_one_that_counts() {
    let mut t = Town::new(1);
    let flat = t.household(1, 1, "101", registered(9_000), owners(&[("甲", "1")]));
    let vote = t.owners_vote(4, Scope::Compound(t.compound), T0 + DAY);
    let kiosk = key(41);
    trust(&mut t, &kiosk, DeviceRole::Clerk, None);
    // Two kiosks offline: each takes a ballot for the flat, then their files meet.
    let mut other = t.record.clone();
    t.ballot(vote, flat, Choice::Yes);
    other
        .submit(&kiosk, T0 + 2 * HOUR, "kiosk", cast(vote, flat, Choice::No))
        .unwrap();
    other.seal(&kiosk);
    t.record.merge_record(&other).unwrap();
    let shown = standings(&t, &vote, &flat);
    assert_eq!(shown.len(), 2);
    assert!(shown.contains(&Standing::Counted));
    // Which one the record orders first is the fold's; the phone shows that one counting and
    // the other pointing at it.
    let counted = ballots(&t.record, &vote, &flat)
        .into_iter()
        .find(|b| b.standing == Standing::Counted)
        .unwrap()
        .event;
    assert!(shown.contains(&Standing::Superseded { counted }));
}

#[test]
fn a_ballot_written_after_the_close_shows_as_set_aside_whatever_its_clock_says() {
    let mut t = Town::new(1);
    let flat = t.household(1, 1, "101", registered(9_000), owners(&[("甲", "1")]));
    let vote = t.owners_vote(4, Scope::Compound(t.compound), T0 + DAY);
    let kiosk = key(41);
    trust(&mut t, &kiosk, DeviceRole::Clerk, None);
    let mut offline = t.record.clone();
    t.submit_at(T0 + 2 * HOUR, Payload::VoteClosed { vote, cut: None });
    // The kiosk never saw the close; its clock claims an hour before it.
    offline
        .submit(&kiosk, T0 + HOUR, "kiosk", cast(vote, flat, Choice::Yes))
        .unwrap();
    offline.seal(&kiosk);
    t.record.merge_record(&offline).unwrap();
    let shown = standings(&t, &vote, &flat);
    assert_eq!(shown.len(), 1);
    assert!(matches!(shown[0], Standing::Refused(_)), "{shown:?}");
    let listed = votes(&t.record, &flat, T0 + 3 * HOUR);
    assert!(listed[0].closed && !listed[0].offers_ballot());
}

#[test]
fn only_the_households_own_open_owners_votes_are_listed() {
    let mut t = Town::new(2);
    let flat = t.household(1, 1, "101", registered(9_000), owners(&[("甲", "1")]));
    let elsewhere = t.submit(Payload::CompoundAdded {
        name: "红运花园".into(),
    });
    let ours = t.owners_vote(4, Scope::Compound(t.compound), T0 + DAY);
    t.owners_vote(5, Scope::Compound(elsewhere), T0 + DAY);
    let building = t.buildings[1];
    t.owners_vote(6, Scope::Building(building), T0 + DAY);
    let community = t.owners_vote(7, Scope::Community, T0 + DAY);
    let (council, _) = t.council(3);
    t.submit(Payload::VoteOpened {
        title: "council".into(),
        kind: VoteKind::Council {
            organisation: council,
            rule: CouncilRule::TwoThirdsOfAllMembers,
            quorum: None,
        },
        proposal: None,
        closes_ms: T0 + DAY,
    });
    let listed: Vec<VoteId> = votes(&t.record, &flat, T0 + HOUR)
        .into_iter()
        .map(|v| v.vote)
        .collect();
    assert_eq!(listed, vec![community, ours]);
    // Past its deadline with no ballot of the household's, a vote is no longer offered at all.
    assert!(votes(&t.record, &flat, T0 + 2 * DAY).is_empty());
}

#[test]
fn a_device_is_offered_only_the_steps_its_role_may_take() {
    let mut t = Town::new(1);
    let flat = t.household(1, 1, "101", registered(9_000), owners(&[("甲", "1")]));
    let (stranger, resident, clerk, secretary) = (key(40), key(41), key(42), key(43));
    trust(&mut t, &resident, DeviceRole::Resident, Some(flat));
    trust(&mut t, &clerk, DeviceRole::Clerk, None);
    trust(&mut t, &secretary, DeviceRole::Secretary, None);
    let s = t.record.state();
    let may = |k: &DeviceKey, kind| s.may_write_kind(&k.device(), kind);
    for k in [&stranger, &resident] {
        assert!(may(k, Kind::BallotCast) && may(k, Kind::NoticeResponse));
        assert!(may(k, Kind::RequestRaised));
        for staff in [
            Kind::BallotConfirmed,
            Kind::VoteClosed,
            Kind::PaperBallotEntered,
            Kind::DeviceTrusted,
            Kind::CommunityFounded,
        ] {
            assert!(!may(k, staff), "{staff:?}");
        }
    }
    assert!(may(&clerk, Kind::BallotConfirmed) && !may(&clerk, Kind::VoteClosed));
    assert!(!may(&clerk, Kind::DeviceTrusted));
    assert!(may(&secretary, Kind::VoteClosed) && may(&secretary, Kind::DeviceTrusted));
    assert!(may(&t.admin, Kind::DeviceRevoked));
    // Revoked, a device is offered nothing, not even a ballot.
    t.submit(Payload::DeviceRevoked {
        device: clerk.device(),
        last_seq: None,
    });
    let s = t.record.state();
    assert!(!s.may_write_kind(&clerk.device(), Kind::BallotCast));
    assert!(!s.may_write_kind(&clerk.device(), Kind::RequestRaised));
}
