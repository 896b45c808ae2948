//! Final means final: a closed vote and a revoked device are cuts of the record, not points on
//! a clock anyone can set. Each attack below is what a stolen kiosk, a dishonest clerk or a
//! stranger's hand-written file does, clocks and all; none may move a posted result or count
//! a revoked device's later events.

mod common;

use common::*;
use gongzhi_core::model::*;
use gongzhi_core::record::snapshot::{export, import, vote_digest, Limits, Scope as FileScope};
use gongzhi_core::rules::authority::DeviceRole;
use gongzhi_core::rules::tally::result;
use gongzhi_core::{
    DeviceKey, EventId, Hash, HouseholdId, Payload, Record, Refusal, VoteId, VoteResult,
};

fn trust(t: &mut Town, k: &DeviceKey, label: &str, role: DeviceRole) {
    t.submit(Payload::DeviceTrusted {
        device: k.device(),
        label: label.into(),
        admin: role == DeviceRole::Admin,
        role: Some(role),
        household: None,
    });
}

fn ballot(vote: VoteId, h: HouseholdId, choice: Choice) -> Payload {
    Payload::BallotCast {
        vote,
        voter: Voter::Household(h),
        choice,
    }
}

/// Eight owners of one compound, each with 90 m², and an owners' vote on matter 2 (more than
/// half of the participants, by owners and by area, once two thirds take part).
fn eight_owners() -> (Town, Vec<HouseholdId>, VoteId) {
    let mut t = Town::new(1);
    let hs = (0..8)
        .map(|i| {
            t.household(
                1,
                1 + i % 2,
                &format!("{}01", i + 1),
                registered(9_000),
                owners(&[(&format!("业主{i}"), &format!("5101**{i}"))]),
            )
        })
        .collect();
    let vote = t.owners_vote(2, Scope::Community, T0 + 10 * DAY);
    (t, hs, vote)
}

/// What another device holds after taking in this record's file: a copy with its heads
/// signed.
fn copy_of(t: &mut Town) -> Record {
    t.record.seal(&t.admin);
    t.record.clone()
}

/// Work that moves the secretary's clock on.
fn busy(t: &mut Town, n: usize) {
    for i in 0..n {
        t.submit(Payload::PersonAdded {
            name: format!("来访者{i}"),
            masked_id: None,
            household: None,
        });
    }
}

/// A device's file as it reaches another: sealed and passed through the snapshot format.
fn file_of(record: &mut Record, k: &DeviceKey) -> Vec<u8> {
    export(record, k, T0 + DAY, FileScope::Community).to_json()
}

fn take_in(record: &mut Record, bytes: &[u8]) {
    import(bytes, &Limits::default())
        .unwrap()
        .merge_into(record)
        .unwrap();
}

fn owners_result(r: &Record, vote: &VoteId) -> gongzhi_core::rules::outcome::OwnersResult {
    match result(r.state(), vote).unwrap() {
        VoteResult::Owners(o) => o,
        other => panic!("not an owners' vote: {other:?}"),
    }
}

fn set_aside_as<'a>(r: &'a Record, pick: impl Fn(&Refusal) -> bool + 'a) -> Vec<EventId> {
    r.state()
        .rejected
        .iter()
        .filter(|x| pick(&x.reason))
        .map(|x| x.event)
        .collect()
}

/// The attack of the issue, as the app's own records play it: a kiosk casts two ballots, the
/// secretary takes them in and revokes it, the kiosk never hears and casts five more. Its
/// clock stays below the revocation's, so by the clock they would count: 7 of 8, passed.
#[test]
fn a_stolen_kiosk_that_keeps_voting_after_its_revocation_counts_only_what_was_taken_in() {
    let (mut t, hs, vote) = eight_owners();
    let kiosk = key(40);
    trust(&mut t, &kiosk, "服务中心自助机", DeviceRole::Clerk);
    let mut stolen = copy_of(&mut t);
    for h in &hs[..2] {
        stolen
            .submit(&kiosk, T0 + HOUR, "kiosk", ballot(vote, *h, Choice::Yes))
            .unwrap();
    }
    let first = file_of(&mut stolen, &kiosk);
    take_in(&mut t.record, &first);
    // The secretary works on; then revokes the kiosk.
    busy(&mut t, 6);
    let revocation = t.submit_at(
        T0 + 2 * HOUR,
        Payload::DeviceRevoked {
            device: kiosk.device(),
            last_seq: None,
        },
    );
    let revoked_at = t.record.get(&revocation).unwrap().lamport;
    for h in &hs[2..7] {
        stolen
            .submit(
                &kiosk,
                T0 + 3 * HOUR,
                "kiosk",
                ballot(vote, *h, Choice::Yes),
            )
            .unwrap();
    }
    let later: Vec<EventId> = stolen
        .chain(&kiosk.device())
        .skip(2)
        .map(|e| e.id)
        .collect();
    assert!(
        stolen
            .chain(&kiosk.device())
            .all(|e| e.lamport < revoked_at),
        "the kiosk's clock is behind the revocation: by the clock its ballots would count"
    );
    let second = file_of(&mut stolen, &kiosk);
    take_in(&mut t.record, &second);

    let r = owners_result(&t.record, &vote);
    assert_eq!((r.participating_owners, r.owners), (2, 8));
    assert!(!result(t.record.state(), &vote).unwrap().passed());
    let after = set_aside_as(&t.record, |why| {
        matches!(why, Refusal::AfterRevocation { last_seq: 2, .. })
    });
    assert_eq!(after, later, "the five later ballots, with their reason");

    // A third device taking the files in any order, before or after the revocation reaches it,
    // counts the same.
    let mut admin_file = t.record.clone();
    let admin_bytes = file_of(&mut admin_file, &t.admin);
    for order in [
        [&first, &second, &admin_bytes],
        [&second, &admin_bytes, &first],
    ] {
        let mut third = Record::new();
        for bytes in order {
            take_in(&mut third, bytes);
        }
        assert_eq!(third.state(), t.record.state());
    }
}

/// The same kiosk, but its later events were written with any clock at all, back to 1: still
/// after the revocation, because the secretary held only two of them.
#[test]
fn a_revoked_kiosk_cannot_back_date_its_way_before_the_revocation() {
    let (mut t, hs, vote) = eight_owners();
    let kiosk = key(40);
    trust(&mut t, &kiosk, "服务中心自助机", DeviceRole::Clerk);
    let trusted_at = t.record.events().map(|e| e.lamport).max().unwrap();
    let (two, head) = extend_chain(
        &t.record,
        &kiosk,
        vec![
            (trusted_at + 1, T0 + HOUR, ballot(vote, hs[0], Choice::Yes)),
            (trusted_at + 2, T0 + HOUR, ballot(vote, hs[1], Choice::Yes)),
        ],
    );
    t.record.merge(two.clone(), head).unwrap();
    t.submit(Payload::DeviceRevoked {
        device: kiosk.device(),
        last_seq: None,
    });
    let mut holder = t.record.clone();
    holder.merge(two, vec![]).unwrap();
    let (later, head) = extend_chain(
        &holder,
        &kiosk,
        (2..7)
            .map(|i| {
                (
                    trusted_at + 1 + i as u64,
                    T0 + HOUR,
                    ballot(vote, hs[i], Choice::Yes),
                )
            })
            .collect(),
    );
    t.record.merge(later.clone(), head).unwrap();
    assert_eq!(owners_result(&t.record, &vote).participating_owners, 2);
    let after = set_aside_as(&t.record, |why| {
        matches!(why, Refusal::AfterRevocation { .. })
    });
    assert_eq!(after, later.iter().map(|e| e.id).collect::<Vec<_>>());
}

/// What a posted sheet states of a vote: its figures, its verdict and its check code.
fn posted(r: &Record, vote: &VoteId) -> (VoteResult, bool, Hash) {
    let result = result(r.state(), vote).unwrap();
    let passed = result.passed();
    (result, passed, vote_digest(r, vote))
}

/// An owners' vote closed at 3 no, not passed, and posted; a clerk kiosk trusted all along,
/// holding an old copy, then writes 5 yes ballots dated before the close.
fn closed_at_three_no() -> (Town, Vec<HouseholdId>, VoteId, DeviceKey, Record) {
    let (mut t, hs, vote) = eight_owners();
    let kiosk = key(41);
    trust(&mut t, &kiosk, "北苑 kiosk 2", DeviceRole::Clerk);
    let copy = copy_of(&mut t);
    for h in &hs[..3] {
        t.submit_at(T0 + HOUR, ballot(vote, *h, Choice::No));
    }
    busy(&mut t, 3);
    t.submit_at(T0 + 2 * HOUR, Payload::VoteClosed { vote, cut: None });
    (t, hs, vote, kiosk, copy)
}

#[test]
fn a_closed_and_posted_result_does_not_move_when_a_trusted_kiosk_back_dates_ballots() {
    let (mut t, hs, vote, kiosk, mut copy) = closed_at_three_no();
    let sheet = posted(&t.record, &vote);
    assert!(!sheet.1);
    // The kiosk's own record: its clock is behind the close, its times before it.
    for h in &hs[3..8] {
        copy.submit(&kiosk, T0 + HOUR, "kiosk", ballot(vote, *h, Choice::Yes))
            .unwrap();
    }
    let close = t.record.state().votes[&vote].closed.as_ref().unwrap().event;
    let close_at = t.record.get(&close).unwrap().lamport;
    assert!(copy.chain(&kiosk.device()).all(|e| e.lamport < close_at));
    let bytes = file_of(&mut copy, &kiosk);
    take_in(&mut t.record, &bytes);
    assert_eq!(
        posted(&t.record, &vote),
        sheet,
        "figures, verdict and check code"
    );
    let late = set_aside_as(&t.record, |why| {
        matches!(why, Refusal::ArrivedAfterClose { .. })
    });
    assert_eq!(late.len(), 5);

    // Its next clocks still behind the close, a ballot dated at the opening and a second close
    // of its own: still late.
    let prev = t.record.last_of(&kiosk.device()).unwrap().lamport;
    assert!(prev + 1 < close_at);
    let (forged, head) = extend_chain(
        &t.record,
        &kiosk,
        vec![
            (prev + 1, T0, ballot(vote, hs[3], Choice::Yes)),
            (prev + 2, T0, Payload::VoteClosed { vote, cut: None }),
        ],
    );
    t.record.merge(forged, head).unwrap();
    assert_eq!(posted(&t.record, &vote), sheet);
}

/// A trusted secretary's device, holding an old copy, adds a flat with a huge area to the
/// vote's place and changes another's owner, its clock behind the close: the register changes,
/// the posted figures do not.
#[test]
fn a_back_dated_change_to_the_register_does_not_move_a_closed_result() {
    let (mut t, hs, vote) = eight_owners();
    let secretary = key(42);
    trust(&mut t, &secretary, "second laptop", DeviceRole::Secretary);
    let mut copy = copy_of(&mut t);
    for h in &hs[..3] {
        t.submit_at(T0 + HOUR, ballot(vote, *h, Choice::No));
    }
    t.submit_at(T0 + 2 * HOUR, Payload::VoteClosed { vote, cut: None });
    let sheet = posted(&t.record, &vote);
    let unit = t.units[0][0];
    copy.submit(
        &secretary,
        T0 + HOUR,
        "secretary",
        Payload::HouseholdAdded {
            unit,
            room: "999".into(),
            area: registered(10_000_000),
            ownership: owners(&[("开发商代持", "0")]),
            residents: 0,
        },
    )
    .unwrap();
    copy.submit(
        &secretary,
        T0 + HOUR,
        "secretary",
        Payload::HouseholdChanged {
            household: hs[0],
            area: None,
            ownership: Some(owners(&[("新业主", "9")])),
            residents: None,
        },
    )
    .unwrap();
    let bytes = file_of(&mut copy, &secretary);
    take_in(&mut t.record, &bytes);
    assert_eq!(
        t.record.state().households.len(),
        9,
        "the register has the new flat"
    );
    assert_eq!(posted(&t.record, &vote), sheet);
    let r = owners_result(&t.record, &vote);
    assert_eq!((r.owners, r.no_owners), (8, 3));
}

/// A stranger's one ballot naming a closed vote changed its check code, so the QR on the
/// posted sheet no longer matched any device that took the file in.
#[test]
fn a_strangers_file_cannot_break_a_closed_votes_check_code() {
    let (mut t, hs, vote, _, _) = closed_at_three_no();
    let sheet = posted(&t.record, &vote);
    let high = t.record.events().map(|e| e.lamport).max().unwrap() + 100;
    for (n, lamport) in [(50u8, 1), (51, high)] {
        let stranger = key(n);
        let (events, head) = extend_chain(
            &t.record,
            &stranger,
            vec![
                (lamport, T0 + HOUR, ballot(vote, hs[7], Choice::Yes)),
                (
                    lamport + 1,
                    T0 + HOUR,
                    Payload::BallotConfirmed {
                        vote,
                        ballot: EventId {
                            device: stranger.device(),
                            seq: 1,
                        },
                    },
                ),
            ],
        );
        t.record.merge(events, head).unwrap();
        assert_eq!(posted(&t.record, &vote), sheet, "lamport {lamport}");
    }
}

/// A stolen admin laptop, revoked holding none of its later events, trusts a device of the
/// thief's with a clock far behind the revocation, and that device votes. Trusting it was
/// written after the revocation, so its ballots come from a device nobody trusted: they wait
/// unconfirmed and count for nothing.
#[test]
fn a_revoked_admin_cannot_trust_a_new_device_behind_its_revocation() {
    let (mut t, hs, vote) = eight_owners();
    let stolen = key(43);
    trust(&mut t, &stolen, "second admin laptop", DeviceRole::Admin);
    let copy = copy_of(&mut t);
    busy(&mut t, 5);
    t.submit(Payload::DeviceRevoked {
        device: stolen.device(),
        last_seq: None,
    });
    let thief = key(44);
    let at = copy.events().map(|e| e.lamport).max().unwrap();
    let (mut events, heads) = extend_chain(
        &copy,
        &stolen,
        vec![(
            at + 1,
            T0 + HOUR,
            Payload::DeviceTrusted {
                device: thief.device(),
                label: "kiosk".into(),
                admin: false,
                role: Some(DeviceRole::Clerk),
                household: None,
            },
        )],
    );
    let mut with_trust = copy.clone();
    with_trust.merge(events.clone(), heads.clone()).unwrap();
    let (ballots, thief_heads) = extend_chain(
        &with_trust,
        &thief,
        (0..6)
            .map(|i| {
                (
                    at + 2 + i as u64,
                    T0 + HOUR,
                    ballot(vote, hs[i], Choice::Yes),
                )
            })
            .collect(),
    );
    events.extend(ballots);
    t.record
        .merge(events, heads.into_iter().chain(thief_heads).collect())
        .unwrap();
    let s = t.record.state();
    assert!(!s.devices.contains_key(&thief.device()), "never trusted");
    assert_eq!(owners_result(&t.record, &vote).participating_owners, 0);
    assert_eq!(s.votes[&vote].unconfirmed.len(), 6);
    // The same, folded from nothing.
    assert_eq!(s, &gongzhi_core::record::fold(t.record.events()));
}

mod any_merge {
    use super::*;
    use proptest::prelude::*;

    /// One event a device may write by hand: which, and with what in it.
    #[derive(Clone, Debug)]
    enum Act {
        Ballot(usize, u8),
        Correct(usize, u8),
        Confirm(usize),
        Paper(usize, u8),
        Hands(u32),
        Close(Option<u64>),
        Flat(u64),
        Sale(usize),
    }

    fn act() -> impl Strategy<Value = Act> {
        prop_oneof![
            (0..8usize, 0..3u8).prop_map(|(h, c)| Act::Ballot(h, c)),
            (0..8usize, 0..3u8).prop_map(|(b, c)| Act::Correct(b, c)),
            (0..8usize).prop_map(Act::Confirm),
            (0..8usize, 0..3u8).prop_map(|(h, c)| Act::Paper(h, c)),
            (0..9u32).prop_map(Act::Hands),
            proptest::option::of(0..40u64).prop_map(Act::Close),
            (1..100_000_000u64).prop_map(Act::Flat),
            (0..8usize).prop_map(Act::Sale),
        ]
    }

    /// A device's file: its acts, each with a clock and a time of its choosing.
    fn file() -> impl Strategy<Value = Vec<(u64, i64, Act)>> {
        proptest::collection::vec((0..60u64, 0..20 * DAY, act()), 1..5)
    }

    fn choice(c: u8) -> Choice {
        [Choice::Yes, Choice::No, Choice::Abstain][c as usize % 3]
    }

    struct Closed {
        record: Record,
        hs: Vec<HouseholdId>,
        vote: VoteId,
        /// Trusted clerk kiosk, revoked kiosk, a stranger, a trusted secretary.
        devices: Vec<DeviceKey>,
        /// What each of them held before the close.
        copies: Vec<Record>,
    }

    fn closed_vote(choices: &[u8]) -> Closed {
        let (mut t, hs, vote) = eight_owners();
        let devices = vec![key(60), key(61), key(62), key(63)];
        trust(&mut t, &devices[0], "kiosk", DeviceRole::Clerk);
        trust(&mut t, &devices[1], "lost kiosk", DeviceRole::Clerk);
        trust(&mut t, &devices[3], "laptop", DeviceRole::Secretary);
        let mut lost = copy_of(&mut t);
        lost.submit(
            &devices[1],
            T0 + HOUR,
            "kiosk",
            ballot(vote, hs[7], Choice::Yes),
        )
        .unwrap();
        lost.seal(&devices[1]);
        t.record.merge_record(&lost).unwrap();
        t.submit(Payload::DeviceRevoked {
            device: devices[1].device(),
            last_seq: None,
        });
        let copies = vec![copy_of(&mut t), lost, copy_of(&mut t), copy_of(&mut t)];
        for (h, c) in hs.iter().zip(choices) {
            t.submit_at(T0 + 2 * HOUR, ballot(vote, *h, choice(*c)));
        }
        t.submit_at(T0 + 3 * HOUR, Payload::VoteClosed { vote, cut: None });
        copy_of(&mut t);
        Closed {
            record: t.record,
            hs,
            vote,
            devices,
            copies,
        }
    }

    fn payload(c: &Closed, base: &Record, act: &Act, device: usize) -> Payload {
        let vote = c.vote;
        // A secretary may close a vote: two secretaries closing one vote apart is a conflict
        // of two closes (see `two_secretaries_closing_apart`), not a late event.
        let act = match act {
            Act::Close(_) if device == 3 => &Act::Sale(0),
            other => other,
        };
        let counted: Vec<EventId> = base.state().votes[&vote]
            .ballots
            .iter()
            .map(|b| b.event)
            .collect();
        let pick = |i: usize| counted.get(i % counted.len().max(1)).copied();
        let any_ballot = pick(0).unwrap_or(vote.event());
        match act {
            Act::Ballot(h, x) => ballot(vote, c.hs[*h], choice(*x)),
            Act::Correct(b, x) => Payload::BallotCorrected {
                vote,
                ballot: pick(*b).unwrap_or(any_ballot),
                choice: choice(*x),
                reason: "更正".into(),
            },
            Act::Confirm(b) => Payload::BallotConfirmed {
                vote,
                ballot: pick(*b).unwrap_or(any_ballot),
            },
            Act::Paper(h, x) => Payload::PaperBallotEntered {
                vote,
                household: c.hs[*h],
                choice: choice(*x),
                round: EntryRound::First,
                clerk: "王".into(),
            },
            Act::Hands(n) => Payload::HandsCounted {
                vote,
                yes: *n,
                no: 0,
                abstain: 0,
            },
            Act::Close(seq) => Payload::VoteClosed {
                vote,
                cut: seq.map(|s| {
                    gongzhi_core::cut::Cut(c.devices.iter().map(|d| (d.device(), s)).collect())
                }),
            },
            Act::Flat(area) => Payload::HouseholdAdded {
                unit: *base.state().units.keys().next().unwrap(),
                room: format!("x{area}"),
                area: registered(*area),
                ownership: owners(&[("新", &area.to_string())]),
                residents: 1,
            },
            Act::Sale(h) => Payload::HouseholdChanged {
                household: c.hs[*h],
                area: None,
                ownership: Some(owners(&[("买家", &h.to_string())])),
                residents: None,
            },
        }
    }

    /// The device's events with its chosen clocks, made to rise along its chain as a chain's
    /// must, from whatever its copy last held.
    fn written(c: &Closed, device: usize, acts: &[(u64, i64, Act)]) -> Record {
        let copy = &c.copies[device];
        let mut at = copy
            .last_of(&c.devices[device].device())
            .map_or(0, |e| e.lamport);
        let mut clocks: Vec<u64> = acts.iter().map(|(l, _, _)| *l).collect();
        clocks.sort_unstable();
        let items = clocks
            .into_iter()
            .zip(acts)
            .map(|(l, (_, wall, a))| {
                at = at.max(l) + 1;
                (at, T0 + wall, payload(c, copy, a, device))
            })
            .collect();
        let (events, heads) = extend_chain(copy, &c.devices[device], items);
        let mut out = copy.clone();
        out.merge(events, heads).unwrap();
        out
    }

    fn posted_now(r: &Record, vote: &VoteId) -> (VoteResult, bool, Hash) {
        posted(r, vote)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

        /// Whatever trusted, revoked and unknown devices write with whatever clocks, and in
        /// whatever order their files are taken in, a closed vote reads as it was posted.
        #[test]
        fn a_closed_vote_reads_as_posted_whatever_is_merged_in_any_order(
            choices in proptest::collection::vec(0..3u8, 3..7),
            files in proptest::collection::vec(file(), 4),
            order in Just((0..4usize).collect::<Vec<_>>()).prop_shuffle(),
        ) {
            let c = closed_vote(&choices);
            let sheet = posted_now(&c.record, &c.vote);
            let written: Vec<Record> = (0..4).map(|d| written(&c, d, &files[d])).collect();
            let mut r = c.record.clone();
            for d in &order {
                r.merge_record(&written[*d]).unwrap();
                prop_assert_eq!(&posted_now(&r, &c.vote), &sheet, "after file {}", d);
            }
            // The files merged among themselves first, then into the posted record.
            let mut files_only = written[order[3]].clone();
            for d in &order[..3] {
                files_only.merge_record(&written[*d]).unwrap();
            }
            let mut other = c.record.clone();
            other.merge_record(&files_only).unwrap();
            prop_assert_eq!(other.state(), r.state());
            prop_assert_eq!(r.state(), &gongzhi_core::record::fold(r.events()));
        }
    }
}

/// An admin laptop revoked a kiosk holding two of its ballots; the secretary, not yet holding
/// the revocation, took in three more and closed the vote. What the closing device held
/// decides the vote: the revocation, arriving later, sets those ballots aside everywhere else
/// but not in the posted result; and no stranger's file, however early its clock, flips it.
#[test]
fn a_revocation_the_closer_had_not_received_does_not_move_its_result() {
    let (mut t, hs, vote) = eight_owners();
    let kiosk = key(45);
    let other_admin = key(53);
    trust(&mut t, &kiosk, "kiosk", DeviceRole::Clerk);
    trust(&mut t, &other_admin, "admin laptop", DeviceRole::Admin);
    let mut k = copy_of(&mut t);
    for h in &hs[..2] {
        k.submit(&kiosk, T0 + HOUR, "kiosk", ballot(vote, *h, Choice::Yes))
            .unwrap();
    }
    let two = file_of(&mut k, &kiosk);
    take_in(&mut t.record, &two);
    let mut admin = copy_of(&mut t);
    busy(&mut t, 3);
    admin
        .submit(
            &other_admin,
            T0 + 2 * HOUR,
            "admin",
            Payload::DeviceRevoked {
                device: kiosk.device(),
                last_seq: None,
            },
        )
        .unwrap();
    for h in &hs[2..5] {
        k.submit(
            &kiosk,
            T0 + 3 * HOUR,
            "kiosk",
            ballot(vote, *h, Choice::Yes),
        )
        .unwrap();
    }
    let five = file_of(&mut k, &kiosk);
    take_in(&mut t.record, &five);
    t.submit_at(T0 + 4 * HOUR, Payload::VoteClosed { vote, cut: None });
    let sheet = posted(&t.record, &vote);
    assert_eq!(owners_result(&t.record, &vote).participating_owners, 5);
    // The admin laptop's file, with the revocation, reaches the secretary.
    let bytes = file_of(&mut admin, &other_admin);
    take_in(&mut t.record, &bytes);
    assert_eq!(posted(&t.record, &vote), sheet);
    assert!(t.record.state().devices[&kiosk.device()].revoked);
    // A stranger's event with the lowest clock changes nothing either.
    let stranger = key(46);
    let (events, head) = extend_chain(
        &t.record,
        &stranger,
        vec![(1, T0, ballot(vote, hs[7], Choice::No))],
    );
    t.record.merge(events, head).unwrap();
    assert_eq!(posted(&t.record, &vote), sheet);
    assert_eq!(
        t.record.state(),
        &gongzhi_core::record::fold(t.record.events())
    );
}

/// A close written by a secretary's laptop after the laptop was revoked never counts, like
/// any of its later events: the vote stays open until a device still trusted closes it.
#[test]
fn a_close_written_after_its_device_was_revoked_does_not_count() {
    let (mut t, hs, vote) = eight_owners();
    let laptop = key(47);
    trust(&mut t, &laptop, "secretary laptop", DeviceRole::Secretary);
    let mut stolen = copy_of(&mut t);
    t.submit_at(T0 + HOUR, ballot(vote, hs[0], Choice::Yes));
    t.submit(Payload::DeviceRevoked {
        device: laptop.device(),
        last_seq: None,
    });
    stolen
        .submit(
            &laptop,
            T0 + 2 * HOUR,
            "thief",
            Payload::VoteClosed { vote, cut: None },
        )
        .unwrap();
    let bytes = file_of(&mut stolen, &laptop);
    take_in(&mut t.record, &bytes);
    assert!(t.record.state().votes[&vote].closed.is_none());
    assert!(
        set_aside_as(&t.record, |why| matches!(
            why,
            Refusal::AfterRevocation { .. }
        ))
        .len()
            == 1
    );
}

/// Closes whose views nest (a phone's weekly request, each taken in between two closes, all
/// sorting before every close) are each counted once: without that, each close would count
/// every earlier one again inside its own view, twice as long for each close.
#[test]
fn nested_views_are_counted_once_each() {
    let (mut t, _, _) = eight_owners();
    let phone = key(48);
    let mut on_phone = copy_of(&mut t);
    let mut phone_at = on_phone.events().map(|e| e.lamport).max().unwrap();
    for week in 0..30 {
        let vote = t.owners_vote(2, Scope::Community, T0 + 100 * DAY);
        phone_at += 1;
        let (events, head) = extend_chain(
            &on_phone,
            &phone,
            vec![(
                phone_at,
                T0 + week * DAY,
                Payload::RequestRaised {
                    title: format!("第{week}周"),
                    detail: String::new(),
                    scope: Scope::Community,
                    raised_by: None,
                    category: RequestCategory::Other,
                    place: String::new(),
                    name: String::new(),
                    household: None,
                },
            )],
        );
        on_phone.merge(events.clone(), head.clone()).unwrap();
        t.submit_at(
            T0 + week * DAY + HOUR,
            Payload::VoteClosed { vote, cut: None },
        );
        t.record.merge(events, head).unwrap();
    }
    let closed = t
        .record
        .state()
        .votes
        .values()
        .filter(|v| v.closed.is_some())
        .count();
    assert_eq!(closed, 30);
    assert_eq!(
        t.record.state(),
        &gongzhi_core::record::fold(t.record.events())
    );
}

/// Two admin devices revoke each other, each beyond the other's cut; a third device first
/// holds both without the promotion that makes one of them an admin, then takes that in. It
/// must end where a device folding all of it from nothing ends.
#[test]
fn revocations_that_undo_each_other_fold_the_same_whatever_was_held_before() {
    let (mut t, _, _) = eight_owners();
    let (a, b) = (key(49), key(50));
    trust(&mut t, &a, "a", DeviceRole::Clerk);
    trust(&mut t, &b, "b", DeviceRole::Admin);
    let base = copy_of(&mut t);
    let promotion = t.submit(Payload::DeviceTrusted {
        device: a.device(),
        label: "a".into(),
        admin: true,
        role: Some(DeviceRole::Admin),
        household: None,
    });
    let promoted = copy_of(&mut t);
    let at = promoted.events().map(|e| e.lamport).max().unwrap();
    let (by_a, head_a) = extend_chain(
        &promoted,
        &a,
        vec![(
            at + 1,
            T0,
            Payload::DeviceRevoked {
                device: b.device(),
                last_seq: Some(0),
            },
        )],
    );
    let (by_b, head_b) = extend_chain(
        &base,
        &b,
        vec![(
            at + 2,
            T0,
            Payload::DeviceRevoked {
                device: a.device(),
                last_seq: Some(0),
            },
        )],
    );
    let everything: Vec<_> = t
        .record
        .events()
        .cloned()
        .chain(by_a.clone())
        .chain(by_b.clone())
        .collect();
    let from_nothing = gongzhi_core::record::fold(everything.iter());
    let mut x = base.clone();
    x.merge(by_a, head_a).unwrap_or_else(|e| panic!("{e}"));
    x.merge(by_b, head_b).unwrap();
    let promotion_event = t.record.get(&promotion).unwrap().clone();
    let mut rest: Vec<_> = t
        .record
        .events()
        .filter(|e| x.get(&e.id).is_none())
        .cloned()
        .collect();
    rest.sort_by_key(|e| e.id);
    assert!(rest.contains(&promotion_event));
    x.merge(rest, t.record.heads().values().cloned().collect())
        .unwrap();
    assert_eq!(x.state(), &from_nothing);
}

/// A close whose cut names an event written with a clock not below its own claims what its
/// writer cannot have held: an event it passed so is refused with the close, and one still to
/// come arrives after it. A device that has written cuts cannot drop them to be judged by its
/// clock; and a revocation's `last_seq` at the largest number breaks nothing.
#[test]
fn cuts_that_cannot_be_true_are_refused() {
    let (mut t, hs, vote) = eight_owners();
    let admin = t.admin.device();
    // Two kiosks, one sorting before the admin's device at an equal clock, one after.
    let (before, after) = {
        let mut keys: Vec<DeviceKey> = (60..80).map(key).collect();
        keys.sort_by_key(|k| k.device());
        let split = keys.iter().position(|k| k.device() > admin).unwrap();
        (keys.remove(split - 1), keys.remove(split - 1))
    };
    trust(&mut t, &before, "kiosk a", DeviceRole::Clerk);
    trust(&mut t, &after, "kiosk b", DeviceRole::Clerk);
    let at = t.record.events().map(|e| e.lamport).max().unwrap() + 10;
    for (k, h) in [(&before, hs[0]), (&after, hs[1])] {
        let (events, head) = extend_chain(
            &t.record,
            k,
            vec![(at, T0 + HOUR, ballot(vote, h, Choice::Yes))],
        );
        t.record.merge(events, head).unwrap();
    }
    let claiming = |r: &Record, who: &DeviceKey| {
        let mut cut = r.state().seen.clone();
        cut.remove(&before.device());
        cut.remove(&after.device());
        cut.insert(who.device(), 1);
        Payload::VoteClosed {
            vote,
            cut: Some(gongzhi_core::cut::Cut(cut)),
        }
    };
    // Claims the ballot that sorts before it at the same clock: refused.
    let mut r = t.record.clone();
    let (close, head) = extend_chain(
        &r,
        &t.admin,
        vec![(at, T0 + 2 * HOUR, claiming(&r, &before))],
    );
    r.merge(close, head).unwrap();
    assert!(r.state().votes[&vote].closed.is_none());
    assert_eq!(
        set_aside_as(&r, |why| *why == Refusal::CutBeyondItself).len(),
        1
    );
    // Claims the ballot that sorts after it: the close counts, the ballot arrived after it, and
    // the check code leaves it out.
    let mut r = t.record.clone();
    let (close, head) = extend_chain(
        &r,
        &t.admin,
        vec![(at, T0 + 2 * HOUR, claiming(&r, &after))],
    );
    r.merge(close, head).unwrap();
    assert!(r.state().votes[&vote].closed.is_some());
    let late = set_aside_as(&r, |why| matches!(why, Refusal::ArrivedAfterClose { .. }));
    assert_eq!(
        late.len(),
        2,
        "both kiosks' ballots: neither is held by this close"
    );
    let sheet = posted(&r, &vote);
    let stranger = key(81);
    let (events, head) = extend_chain(
        &r,
        &stranger,
        vec![(1, T0, ballot(vote, hs[2], Choice::No))],
    );
    r.merge(events, head).unwrap();
    assert_eq!(posted(&r, &vote), sheet);

    // Once a device wrote a cut, a close of its without one is set aside.
    t.submit(Payload::DeviceRevoked {
        device: after.device(),
        last_seq: None,
    });
    let mut r = t.record.clone();
    let l = r.events().map(|e| e.lamport).max().unwrap();
    let (close, head) = extend_chain(
        &r,
        &t.admin,
        vec![(
            l + 1,
            T0 + 3 * HOUR,
            Payload::VoteClosed { vote, cut: None },
        )],
    );
    r.merge(close, head).unwrap();
    assert!(r.state().votes[&vote].closed.is_none());
    assert_eq!(
        set_aside_as(&r, |why| matches!(why, Refusal::CutMissing { .. })).len(),
        1
    );

    // The largest `last_seq` a file can hold.
    let l = t.record.events().map(|e| e.lamport).max().unwrap();
    let (revoke, head) = extend_chain(
        &t.record,
        &t.admin,
        vec![(
            l + 1,
            T0,
            Payload::DeviceRevoked {
                device: before.device(),
                last_seq: Some(u64::MAX),
            },
        )],
    );
    t.record.merge(revoke, head).unwrap();
    assert!(t.record.state().devices[&before.device()].revoked);
    assert!(t.record.state().late.is_empty());
}

/// Before a close, the devices whose ballots would no longer count unless taken in: every other
/// device that may record ballots or wrote for the vote, the one heard from least recently
/// first; before a revocation, what it keeps.
#[test]
fn closing_lists_the_devices_to_take_in_and_revoking_says_what_it_keeps() {
    use gongzhi_core::read::takein::{before_closing, before_revoking, vote_set_aside};
    let (mut t, hs, vote) = eight_owners();
    let (taken, missing, phone) = (key(82), key(83), key(84));
    trust(&mut t, &taken, "taken in", DeviceRole::Clerk);
    trust(&mut t, &missing, "missing", DeviceRole::Clerk);
    let mut on_taken = copy_of(&mut t);
    let mut on_missing = t.record.clone();
    on_taken
        .submit(&taken, T0 + HOUR, "kiosk", ballot(vote, hs[0], Choice::Yes))
        .unwrap();
    on_missing
        .submit(
            &missing,
            T0 + HOUR,
            "kiosk",
            ballot(vote, hs[1], Choice::Yes),
        )
        .unwrap();
    let mut on_phone = t.record.clone();
    on_phone
        .submit(
            &phone,
            T0 + 2 * HOUR,
            "resident",
            ballot(vote, hs[2], Choice::No),
        )
        .unwrap();
    for (r, k) in [(&mut on_taken, &taken), (&mut on_phone, &phone)] {
        let bytes = file_of(r, k);
        take_in(&mut t.record, &bytes);
    }
    let listed = before_closing(&t.record, &vote, &t.admin.device());
    let devices: Vec<_> = listed.iter().map(|h| h.device).collect();
    assert_eq!(
        devices,
        vec![missing.device(), taken.device(), phone.device()],
        "never heard from first, then by the time of the last record held"
    );
    assert_eq!(
        (listed[0].held, listed[0].for_vote, listed[0].last_wall_ms),
        (0, 0, None)
    );
    assert_eq!((listed[1].held, listed[1].for_vote), (1, 1));
    assert_eq!(listed[2].last_wall_ms, Some(T0 + 2 * HOUR));
    assert_eq!(before_revoking(&t.record, &taken.device()).held, 1);

    t.submit_at(T0 + 3 * HOUR, Payload::VoteClosed { vote, cut: None });
    let bytes = file_of(&mut on_missing, &missing);
    take_in(&mut t.record, &bytes);
    let aside = vote_set_aside(&t.record, &vote);
    assert_eq!(aside.len(), 1);
    assert!(aside[0].arrived_late());
    assert_eq!(aside[0].wall_ms, T0 + HOUR);
}
