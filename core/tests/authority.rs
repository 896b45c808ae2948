//! Who may write what: every kind against every role, the moment a device is trusted or
//! revoked in the total order, files merged in any order, and the three forgeries an outsider
//! tried with files written from the format document alone.

mod common;

use common::*;
use gongzhi_core::log::payload::Kind;
use gongzhi_core::model::*;
use gongzhi_core::record::snapshot::{export, import, report, Limits, Scope as FileScope};
use gongzhi_core::rules::authority::{writers, Denied, DeviceRole, Standing, Writers};
use gongzhi_core::rules::tally::result;
use gongzhi_core::{DeviceKey, EventId, HouseholdId, Payload, ProposalId, Record, Refusal, VoteId};

/// What the table must say, written out independently of the code under test.
fn expected_writers(kind: Kind) -> &'static str {
    match kind.name() {
        "community_founded" => "founder",
        "device_trusted" | "device_revoked" => "trust",
        "request_raised" => "anyone",
        "ballot_cast" | "notice_response" => "voter",
        "ballot_confirmed"
        | "ballot_dismissed"
        | "ballot_corrected"
        | "response_confirmed"
        | "paper_ballot_entered"
        | "hands_counted"
        | "attendance_recorded" => "clerk",
        _ => "secretary",
    }
}

#[test]
fn every_kind_against_every_role() {
    let (mut record, keys) = every_kind();
    let admin = &keys[0];
    let (clerk, resident, stranger) = (key(30), key(31), key(32));
    // Enrolled for a household that no sample payload names.
    let unit = *record.state().units.keys().next().unwrap();
    let elsewhere = HouseholdId(
        record
            .submit(
                admin,
                T0 + 3 * DAY,
                "admin",
                Payload::HouseholdAdded {
                    unit,
                    room: "999".into(),
                    area: registered(5_000),
                    ownership: owners(&[("孙", "9")]),
                    residents: 1,
                },
            )
            .unwrap(),
    );
    for (k, role, household) in [
        (&clerk, DeviceRole::Clerk, None),
        (&resident, DeviceRole::Resident, Some(elsewhere)),
    ] {
        record
            .submit(
                admin,
                T0 + 3 * DAY,
                "admin",
                Payload::DeviceTrusted {
                    device: k.device(),
                    label: role.name().into(),
                    admin: false,
                    role: Some(role),
                    household,
                },
            )
            .unwrap();
    }
    let state = record.state();
    let revoked = key(9).device();
    let holders = [
        ("admin", admin.device()),
        ("secretary", keys[1].device()),
        ("clerk", clerk.device()),
        ("resident", resident.device()),
        ("revoked", revoked),
        ("stranger", stranger.device()),
    ];
    let mut seen = std::collections::BTreeSet::new();
    for e in record.events() {
        let kind = e.payload.kind();
        seen.insert(kind);
        let rule = expected_writers(kind);
        for (who, device) in holders {
            let got = state.may_write(&device, &e.payload);
            let member_ballot = matches!(
                e.payload,
                Payload::BallotCast {
                    voter: Voter::Member(_),
                    ..
                }
            );
            let enrols_resident = matches!(
                e.payload,
                Payload::DeviceTrusted {
                    role: Some(DeviceRole::Resident),
                    ..
                }
            );
            let want: Result<Standing, &str> = match (rule, who) {
                ("founder", _) => Ok(Standing::Counts),
                ("anyone", "revoked" | "stranger") => Ok(Standing::Unverified),
                ("anyone", _) => Ok(Standing::Counts),
                (_, "revoked") => Err("revoked"),
                ("voter", "stranger") if member_ballot => Err("not trusted"),
                ("voter", "stranger") => Ok(Standing::Unconfirmed),
                ("voter", "resident") if member_ballot => Err("role"),
                ("voter", "resident") => Err("not enrolled"),
                ("voter", _) => Ok(Standing::Counts),
                (_, "stranger") => Err("not trusted"),
                ("trust", "admin") => Ok(Standing::Counts),
                ("trust", "secretary") if enrols_resident => Ok(Standing::Counts),
                ("trust", _) => Err("role"),
                ("secretary", "admin" | "secretary") => Ok(Standing::Counts),
                ("secretary", _) => Err("role"),
                ("clerk", "resident") => Err("role"),
                ("clerk", _) => Ok(Standing::Counts),
                _ => unreachable!(),
            };
            let got = got.map_err(|d| match d {
                Denied::NotTrusted => "not trusted",
                Denied::Revoked => "revoked",
                Denied::WrongRole { .. } => "role",
                Denied::NotEnrolledFor { .. } => "not enrolled",
            });
            assert_eq!(got, want, "{} by the {who} device", kind.name());
        }
    }
    assert_eq!(seen.len(), Kind::ALL.len(), "the fixture holds every kind");
    for k in Kind::ALL {
        let table = match writers(*k) {
            Writers::Founder => "founder",
            Writers::Trust => "trust",
            Writers::Anyone => "anyone",
            Writers::Voter => "voter",
            Writers::AtLeast(DeviceRole::Clerk) => "clerk",
            Writers::AtLeast(DeviceRole::Secretary) => "secretary",
            other => panic!("{} needs {other:?}", k.name()),
        };
        assert_eq!(table, expected_writers(*k), "{}", k.name());
    }
}

#[test]
fn a_resident_device_writes_for_its_own_household_only() {
    let mut t = Town::new(1);
    let mine = t.household(1, 1, "101", registered(9_000), owners(&[("甲", "1")]));
    let other = t.household(1, 1, "102", registered(9_000), owners(&[("乙", "2")]));
    let vote = t.owners_vote(4, Scope::Compound(t.compound), T0 + DAY);
    let phone = key(40);
    trust(&mut t, &phone, DeviceRole::Resident, Some(mine));
    let ballot = |h| Payload::BallotCast {
        vote,
        voter: Voter::Household(h),
        choice: Choice::Yes,
    };
    let refused = t.record.submit(&phone, T0 + HOUR, "phone", ballot(other));
    assert_eq!(
        refused.unwrap_err(),
        Refusal::NotAllowed {
            device: phone.device(),
            kind: Kind::BallotCast,
            denied: Denied::NotEnrolledFor { enrolled: mine },
        }
    );
    let id = t
        .record
        .submit(&phone, T0 + HOUR, "phone", ballot(mine))
        .unwrap();
    assert_eq!(t.record.state().votes[&vote].ballots[0].event, id);
    let opened = t.record.submit(
        &phone,
        T0 + HOUR,
        "phone",
        Payload::CompoundAdded { name: "x".into() },
    );
    assert!(matches!(
        opened,
        Err(Refusal::NotAllowed {
            denied: Denied::WrongRole {
                role: DeviceRole::Resident,
                needed: DeviceRole::Secretary
            },
            ..
        })
    ));
    // A secretary enrols residents' phones; only an admin makes a device a clerk.
    let secretary = key(41);
    trust(&mut t, &secretary, DeviceRole::Secretary, None);
    let enrol = |device, role, household| Payload::DeviceTrusted {
        device,
        label: "x".into(),
        admin: false,
        role: Some(role),
        household,
    };
    t.record
        .submit(
            &secretary,
            T0,
            "s",
            enrol(key(42).device(), DeviceRole::Resident, Some(other)),
        )
        .unwrap();
    let clerk = t.record.submit(
        &secretary,
        T0,
        "s",
        enrol(key(43).device(), DeviceRole::Clerk, None),
    );
    assert!(matches!(clerk, Err(Refusal::NotAllowed { .. })));
    let no_household = t.record.submit(
        &t.admin,
        T0,
        "a",
        enrol(key(43).device(), DeviceRole::Resident, None),
    );
    assert_eq!(
        no_household.unwrap_err(),
        Refusal::EnrolmentInvalid {
            role: DeviceRole::Resident
        }
    );
}

/// A phone nobody enrolled votes for a flat, then the owner votes at the kiosk: the phone's
/// ballot can never be confirmed, and used to wait for ever. A clerk dismisses it with a reason
/// on record; nobody else can, a blank reason is refused, and a closed vote stays as it closed.
#[test]
fn a_waiting_ballot_nobody_can_confirm_is_dismissed_by_a_clerk_with_its_reason() {
    let mut t = Town::new(1);
    let flat = t.household(1, 1, "101", registered(9_000), owners(&[("甲", "1")]));
    let vote = t.owners_vote(4, Scope::Compound(t.compound), T0 + DAY);
    let (phone, kiosk, resident, stranger) = (key(40), key(41), key(42), key(43));
    trust(&mut t, &kiosk, DeviceRole::Clerk, None);
    let other = t.household(1, 1, "102", registered(9_000), owners(&[("乙", "2")]));
    trust(&mut t, &resident, DeviceRole::Resident, Some(other));
    let cast = |choice| Payload::BallotCast {
        vote,
        voter: Voter::Household(flat),
        choice,
    };
    let waiting = t
        .record
        .submit(&phone, T0 + HOUR, "phone", cast(Choice::No))
        .unwrap();
    t.record
        .submit(&kiosk, T0 + 2 * HOUR, "kiosk", cast(Choice::Yes))
        .unwrap();
    let confirm = Payload::BallotConfirmed {
        vote,
        ballot: waiting,
    };
    assert!(matches!(
        t.record
            .submit(&kiosk, T0 + 3 * HOUR, "kiosk", confirm.clone()),
        Err(Refusal::HouseholdAlreadyVoted { .. })
    ));
    let dismiss = |reason: &str| Payload::BallotDismissed {
        vote,
        ballot: waiting,
        reason: reason.into(),
    };
    assert_eq!(
        t.record
            .submit(&kiosk, T0 + 3 * HOUR, "kiosk", dismiss("  "))
            .unwrap_err(),
        Refusal::EmptyText {
            field: gongzhi_core::rules::refusal::Field::DismissalReason
        }
    );
    // A resident's phone and an unknown device are not clerks.
    for (k, denied) in [
        (
            &resident,
            Denied::WrongRole {
                role: DeviceRole::Resident,
                needed: DeviceRole::Clerk,
            },
        ),
        (&stranger, Denied::NotTrusted),
    ] {
        assert_eq!(
            t.record
                .submit(k, T0 + 3 * HOUR, "x", dismiss("不是本人"))
                .unwrap_err(),
            Refusal::NotAllowed {
                device: k.device(),
                kind: Kind::BallotDismissed,
                denied,
            }
        );
    }
    let counted_before = result(t.record.state(), &vote);
    t.record
        .submit(
            &kiosk,
            T0 + 3 * HOUR,
            "kiosk",
            dismiss("该户已在自助机投票。"),
        )
        .unwrap();
    let v = &t.record.state().votes[&vote];
    assert!(v.unconfirmed.is_empty());
    let gone = &v.dismissed[&waiting];
    assert_eq!(
        (gone.reason.as_str(), gone.by.as_str(), gone.ballot.choice),
        ("该户已在自助机投票。", "kiosk", Choice::No)
    );
    // It counted nothing before and counts nothing now; it cannot come back.
    assert_eq!(result(t.record.state(), &vote), counted_before);
    assert_eq!(
        t.record
            .submit(&kiosk, T0 + 4 * HOUR, "kiosk", confirm)
            .unwrap_err(),
        Refusal::NothingToConfirm { event: waiting }
    );
    // Once the vote is closed, what waited stays as it closed.
    let late = t
        .record
        .submit(
            &phone,
            T0 + 4 * HOUR,
            "phone",
            Payload::BallotCast {
                vote,
                voter: Voter::Household(other),
                choice: Choice::Yes,
            },
        )
        .unwrap();
    t.record
        .submit(
            &t.admin,
            T0 + 5 * HOUR,
            "admin",
            Payload::VoteClosed { vote, cut: None },
        )
        .unwrap();
    assert!(matches!(
        t.record.submit(
            &kiosk,
            T0 + 6 * HOUR,
            "kiosk",
            Payload::BallotDismissed {
                vote,
                ballot: late,
                reason: "x".into()
            }
        ),
        Err(Refusal::VotingClosed { .. })
    ));
}

/// A council vote and a kiosk whose trust and revocation fall between its ballots.
#[test]
fn the_right_is_judged_at_the_events_place_in_the_total_order() {
    let mut t = Town::new(1);
    let (org, members) = t.council(5);
    let vote = VoteId(t.submit(Payload::VoteOpened {
        title: "活动经费".into(),
        kind: VoteKind::Council {
            organisation: org,
            rule: CouncilRule::MajorityOfAllMembers,
            quorum: None,
        },
        proposal: None,
        closes_ms: T0 + DAY,
    }));
    let kiosk = key(2);
    let l = t.record.events().map(|e| e.lamport).max().unwrap();
    trust(&mut t, &kiosk, DeviceRole::Clerk, None); // lamport l + 1
    let ballot = |m: usize| Payload::BallotCast {
        vote,
        voter: Voter::Member(members[m]),
        choice: Choice::Yes,
    };
    let (events, _) = forged_chain(
        &kiosk,
        vec![
            (l, ballot(0)),     // just before it was trusted
            (l + 2, ballot(1)), // just after
            (l + 3, ballot(2)), // just before it is revoked
            (l + 5, ballot(3)), // just after
        ],
    );
    let head_at = |n: usize| kiosk.sign_head(events[n - 1].id.seq, events[n - 1].hash);
    t.record
        .merge(events[..3].to_vec(), vec![head_at(3)])
        .unwrap();
    t.submit(Payload::DeviceRevoked {
        device: kiosk.device(),
        last_seq: None,
    }); // lamport l + 4
    t.record.merge(events.clone(), vec![head_at(4)]).unwrap();
    let s = t.record.state();
    let counted: Vec<EventId> = s.votes[&vote].ballots.iter().map(|b| b.event).collect();
    assert_eq!(counted, vec![events[1].id, events[2].id]);
    let aside: Vec<(EventId, Refusal)> = s
        .rejected
        .iter()
        .map(|r| (r.event, r.reason.clone()))
        .collect();
    let denied = |d| Refusal::NotAllowed {
        device: kiosk.device(),
        kind: Kind::BallotCast,
        denied: d,
    };
    // The revocation kept the three ballots the admin held; the fourth was written after it.
    assert_eq!(
        aside,
        vec![
            (events[0].id, denied(Denied::NotTrusted)),
            (
                events[3].id,
                Refusal::AfterRevocation {
                    device: kiosk.device(),
                    last_seq: 3
                }
            ),
        ]
    );
    // Nothing is deleted: the log keeps all four.
    assert!(events.iter().all(|e| t.record.get(&e.id).is_some()));
}

struct Files {
    base: Record,
    files: Vec<Record>,
    owners_vote: VoteId,
    council_vote: VoteId,
}

/// One community's start, then four devices' files: the admin trusting and revoking a kiosk,
/// the kiosk's ballots, a stranger's ballots and a resident's phone confirmed by a clerk.
fn four_files() -> Files {
    let mut t = Town::new(1);
    let households: Vec<HouseholdId> = (0..4)
        .map(|i| {
            t.household(
                1,
                1,
                &format!("{}", 101 + i),
                registered(9_000),
                owners(&[(&format!("业主{i}"), &format!("{i}"))]),
            )
        })
        .collect();
    let (org, members) = t.council(5);
    let owners_vote = t.owners_vote(4, Scope::Compound(t.compound), T0 + DAY);
    let council_vote = VoteId(t.submit(Payload::VoteOpened {
        title: "活动经费".into(),
        kind: VoteKind::Council {
            organisation: org,
            rule: CouncilRule::MajorityOfAllMembers,
            quorum: None,
        },
        proposal: None,
        closes_ms: T0 + DAY,
    }));
    let (kiosk, phone, stranger) = (key(2), key(3), key(4));
    trust(&mut t, &kiosk, DeviceRole::Clerk, None);
    t.record.seal(&t.admin);
    let base = t.record.clone();
    let cast = |r: &mut Record, k: &DeviceKey, at: i64, voter: Voter| {
        let vote = match voter {
            Voter::Household(_) => owners_vote,
            Voter::Member(_) => council_vote,
        };
        let p = Payload::BallotCast {
            vote,
            voter,
            choice: Choice::Yes,
        };
        r.submit(k, at, "x", p).ok()
    };
    let mut k_rec = base.clone();
    cast(
        &mut k_rec,
        &kiosk,
        T0 + HOUR,
        Voter::Household(households[0]),
    );
    cast(&mut k_rec, &kiosk, T0 + HOUR, Voter::Member(members[0]));
    let mut p_rec = base.clone();
    let pending = cast(
        &mut p_rec,
        &phone,
        T0 + HOUR,
        Voter::Household(households[1]),
    )
    .unwrap();
    p_rec.seal(&phone);
    // The stranger's record does not know the kiosk is trusted either way: it forges.
    let l = base.events().map(|e| e.lamport).max().unwrap();
    let (forged, heads) = forged_chain(
        &stranger,
        vec![
            (
                l + 1,
                Payload::BallotCast {
                    vote: council_vote,
                    voter: Voter::Member(members[1]),
                    choice: Choice::Yes,
                },
            ),
            (
                l + 2,
                Payload::VoteClosed {
                    vote: council_vote,
                    cut: None,
                },
            ),
        ],
    );
    let mut s_rec = base.clone();
    s_rec.merge(forged, heads).unwrap();
    let mut a_rec = base.clone();
    a_rec.merge_record(&p_rec).unwrap();
    a_rec
        .submit(
            &t.admin,
            T0 + 2 * HOUR,
            "clerk",
            Payload::BallotConfirmed {
                vote: owners_vote,
                ballot: pending,
            },
        )
        .unwrap();
    a_rec
        .submit(
            &t.admin,
            T0 + 2 * HOUR,
            "admin",
            Payload::DeviceRevoked {
                device: kiosk.device(),
                last_seq: None,
            },
        )
        .unwrap();
    let mut files = vec![a_rec, k_rec, p_rec, s_rec];
    for (r, k) in files.iter_mut().zip([&t.admin, &kiosk, &phone, &stranger]) {
        r.seal(k);
    }
    Files {
        base,
        files,
        owners_vote,
        council_vote,
    }
}

fn outcome(r: &Record, f: &Files) -> (Vec<EventId>, Vec<EventId>, Vec<(EventId, String)>) {
    let s = r.state();
    let counted = |v: &VoteId| {
        s.votes[v]
            .ballots
            .iter()
            .map(|b| b.event)
            .collect::<Vec<_>>()
    };
    let aside = s
        .rejected
        .iter()
        .map(|x| (x.event, x.reason.to_string()))
        .collect();
    (counted(&f.owners_vote), counted(&f.council_vote), aside)
}

fn permutations(n: usize) -> Vec<Vec<usize>> {
    if n == 0 {
        return vec![vec![]];
    }
    let mut out = Vec::new();
    for p in permutations(n - 1) {
        for i in 0..=p.len() {
            let mut q = p.clone();
            q.insert(i, n - 1);
            out.push(q);
        }
    }
    out
}

#[test]
fn any_merge_order_counts_and_sets_aside_the_same_events() {
    let f = four_files();
    let mut first = None;
    for order in permutations(f.files.len()) {
        let mut r = f.base.clone();
        for i in &order {
            r.merge_record(&f.files[i.to_owned()]).unwrap();
        }
        let got = outcome(&r, &f);
        match &first {
            None => first = Some(got),
            Some(want) => assert_eq!(&got, want, "merge order {order:?}"),
        }
    }
    // Merged in pairs first, then together.
    let mut ab = f.files[0].clone();
    ab.merge_record(&f.files[3]).unwrap();
    let mut cd = f.files[2].clone();
    cd.merge_record(&f.files[1]).unwrap();
    cd.merge_record(&ab).unwrap();
    let (owners, council, aside) = first.unwrap();
    assert_eq!(
        outcome(&cd, &f),
        (owners.clone(), council.clone(), aside.clone())
    );
    // What that one outcome is: the phone's confirmed ballot counts. The admin revoked the
    // kiosk holding none of its events, so its two ballots were written after the revocation
    // as far as the record can tell, whatever their clocks and times say; the stranger's
    // ballot and close do not count either.
    assert_eq!(owners.len(), 1);
    assert_eq!(council.len(), 0);
    assert_eq!(aside.len(), 4, "{aside:?}");
    assert_eq!(
        aside
            .iter()
            .filter(|(_, why)| why.contains("not trusted"))
            .count(),
        2
    );
    assert_eq!(
        aside
            .iter()
            .filter(|(_, why)| why.contains("written after device"))
            .count(),
        2
    );
    assert!(cd.state().votes[&f.council_vote].closed.is_none());
}

/// Case 1: a phone the community never trusted votes for three of four households.
#[test]
fn a_strangers_ballots_for_households_wait_unconfirmed_and_do_not_pass_a_vote() {
    let mut t = Town::new(1);
    let households: Vec<HouseholdId> = (0..4)
        .map(|i| {
            let room = format!("{}", 101 + i);
            t.household(1, 1, &room, registered(9_000), owners(&[(&room, &room)]))
        })
        .collect();
    let vote = t.owners_vote(4, Scope::Compound(t.compound), T0 + DAY);
    t.record.seal(&t.admin);
    let mut phone = t.record.clone();
    let stranger = key(50);
    for h in &households[..3] {
        phone
            .submit(
                &stranger,
                T0 + HOUR,
                "phone",
                Payload::BallotCast {
                    vote,
                    voter: Voter::Household(*h),
                    choice: Choice::Yes,
                },
            )
            .unwrap();
    }
    let file = export(&mut phone, &stranger, T0 + HOUR, FileScope::Community).to_json();
    let file = import(&file, &Limits::default()).unwrap();
    let preview = report::preview(&t.record, &file).unwrap();
    assert_eq!(preview.newly_unconfirmed, 3);
    assert_eq!(preview.ballots[0].newly_counted, 0);
    let mut secretary = t.record.clone();
    file.merge_into(&mut secretary).unwrap();
    let s = secretary.state();
    assert_eq!(s.votes[&vote].unconfirmed.len(), 3);
    assert!(!result(s, &vote).unwrap().passed());
    assert!(s.votes[&vote].ballots.is_empty());
}

fn council_of_37_at_20_yes() -> (Town, ProposalId, VoteId, Vec<EventId>) {
    let mut t = Town::new(1);
    let (org, members) = t.council(37);
    let request = t.submit(Payload::RequestRaised {
        title: "后门坏了".into(),
        detail: String::new(),
        scope: Scope::Compound(t.compound),
        raised_by: None,
        category: RequestCategory::Facilities,
        place: String::new(),
        name: String::new(),
        household: None,
    });
    let proposal = ProposalId(t.submit(Payload::ProposalDrafted {
        request: Some(request),
        title: "北苑后门".into(),
        scope: Scope::Compound(t.compound),
        budget: vec![],
        funding: vec![],
    }));
    t.submit(Payload::NoticePosted {
        gap_reason: String::new(),
        proposal,
        opens_ms: T0,
        closes_ms: T0 + 7 * DAY,
    });
    let vote = VoteId(t.submit_at(
        T0 + 8 * DAY,
        Payload::VoteOpened {
            title: "北苑后门".into(),
            kind: VoteKind::Council {
                organisation: org,
                rule: CouncilRule::TwoThirdsOfAllMembers,
                quorum: None,
            },
            proposal: Some(proposal),
            closes_ms: T0 + 9 * DAY,
        },
    ));
    for m in &members[..20] {
        t.submit_at(
            T0 + 8 * DAY,
            Payload::BallotCast {
                vote,
                voter: Voter::Member(*m),
                choice: Choice::Yes,
            },
        );
    }
    (t, proposal, vote, members)
}

/// Case 2: a stranger adds six member ballots to a council vote at 20 yes and closes it.
#[test]
fn a_strangers_member_ballots_and_close_are_set_aside_with_their_reason() {
    let (mut t, proposal, vote, members) = council_of_37_at_20_yes();
    t.record.seal(&t.admin);
    let l = t.record.events().map(|e| e.lamport).max().unwrap();
    let mut forged: Vec<(u64, Payload)> = members[20..26]
        .iter()
        .enumerate()
        .map(|(i, m)| {
            (
                l + 1 + i as u64,
                Payload::BallotCast {
                    vote,
                    voter: Voter::Member(*m),
                    choice: Choice::Yes,
                },
            )
        })
        .collect();
    forged.push((l + 10, Payload::VoteClosed { vote, cut: None }));
    let (events, heads) = forged_chain(&key(66), forged);
    let mut stranger = t.record.clone();
    stranger.merge(events, heads).unwrap();
    let file = export(&mut stranger, &key(66), T0, FileScope::Community).to_json();
    let file = import(&file, &Limits::default()).unwrap();
    let preview = report::preview(&t.record, &file).unwrap();
    assert_eq!(preview.set_aside.len(), 7);
    let groups: Vec<(Kind, report::SetAsideWhy, usize)> = preview
        .set_aside_groups
        .iter()
        .map(|g| (g.kind, g.why, g.count))
        .collect();
    assert_eq!(
        groups,
        vec![
            (Kind::BallotCast, report::SetAsideWhy::NotTrusted, 6),
            (Kind::VoteClosed, report::SetAsideWhy::NotTrusted, 1),
        ]
    );
    let mut secretary = t.record.clone();
    file.merge_into(&mut secretary).unwrap();
    let s = secretary.state();
    assert_eq!(s.votes[&vote].ballots.len(), 20);
    assert!(s.votes[&vote].closed.is_none());
    assert_eq!(s.proposals[&proposal].stage, Stage::CouncilVote);
    let r = result(s, &vote).unwrap();
    assert!(!r.passed());
}

/// Case 3: a stranger opens its own council vote on the project, by majority of those present.
#[test]
fn a_project_vote_is_the_community_councils_by_two_thirds_of_all() {
    let mut t = Town::new(1);
    let (org, members) = t.council(37);
    let proposal = ProposalId(t.submit(Payload::ProposalDrafted {
        request: None,
        title: "北苑后门".into(),
        scope: Scope::Compound(t.compound),
        budget: vec![],
        funding: vec![],
    }));
    t.submit(Payload::NoticePosted {
        gap_reason: String::new(),
        proposal,
        opens_ms: T0,
        closes_ms: T0 + 7 * DAY,
    });
    let lax = VoteKind::Council {
        organisation: org,
        rule: CouncilRule::MajorityOfPresent,
        quorum: None,
    };
    let open = |kind: VoteKind| Payload::VoteOpened {
        title: "北苑后门".into(),
        kind,
        proposal: Some(proposal),
        closes_ms: T0 + 9 * DAY,
    };
    // Even the admin's own device cannot choose a laxer rule for a project.
    let refused = t
        .record
        .submit(&t.admin, T0 + 8 * DAY, "a", open(lax.clone()));
    assert_eq!(
        refused.unwrap_err(),
        Refusal::ProjectVoteRule {
            council: "晋阳社区议事会".into()
        }
    );
    let l = t.record.events().map(|e| e.lamport).max().unwrap();
    let vote = VoteId(EventId {
        device: key(66).device(),
        seq: 1,
    });
    let (events, heads) = forged_chain(
        &key(66),
        vec![
            (l + 1, open(lax)),
            (
                l + 2,
                Payload::BallotCast {
                    vote,
                    voter: Voter::Member(members[0]),
                    choice: Choice::Yes,
                },
            ),
            (l + 3, Payload::VoteClosed { vote, cut: None }),
        ],
    );
    let mut r = t.record.clone();
    r.merge(events, heads).unwrap();
    let s = r.state();
    assert!(
        !s.votes.contains_key(&vote),
        "the stranger's vote was never opened"
    );
    assert_eq!(s.proposals[&proposal].stage, Stage::PublicNotice);
    assert_eq!(s.rejected.len(), 3);
    assert!(s.rejected.iter().all(|x| matches!(
        x.reason,
        Refusal::NotAllowed {
            denied: Denied::NotTrusted,
            ..
        }
    )));
}

#[test]
fn the_format_document_prints_the_table() {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../docs/snapshot-format.md"
    ))
    .unwrap();
    let table = gongzhi_core::rules::authority::table_markdown();
    assert!(
        doc.contains(&table),
        "docs/snapshot-format.md must hold the table of who may write what:\n{table}"
    );
}
