//! Merge properties: three devices work offline from one shared start, syncing at random; any
//! way of combining or delivering their events must give one and the same record and tallies.

mod common;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use common::*;
use gongzhi_core::model::*;
use gongzhi_core::record::snapshot::{export, import, Limits, Scope as SnapshotScope};
use gongzhi_core::rules::tally::result;
use gongzhi_core::{
    DeviceKey, Event, EventId, Fen, HouseholdId, IntegrityError, Payload, ProposalId, Record,
    Refusal, VoteId,
};
use proptest::prelude::*;

struct World {
    base: Record,
    keys: Vec<DeviceKey>,
    households: Vec<HouseholdId>,
    members: Vec<EventId>,
    votes: [VoteId; 2],
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let mut t = Town::new(1);
        let keys = vec![key(1), key(2), key(3)];
        for (i, k) in keys.iter().enumerate().skip(1) {
            t.submit(Payload::DeviceTrusted {
                device: k.device(),
                label: format!("kiosk {i}"),
                admin: false,
                role: None,
                household: None,
            });
        }
        // 12 households; 0 and 1 share an owner, 10 and 11 are developer-held.
        let households = (0..12)
            .map(|i| {
                let ownership = match i {
                    0 | 1 => owners(&[("张伟", "1")]),
                    10 | 11 => Ownership::DeveloperHeld {
                        developer: "开发商".into(),
                    },
                    _ => owners(&[(&format!("主{i}"), &format!("{i}"))]),
                };
                t.household(
                    1,
                    1 + i % 2,
                    &format!("{}", 101 + i),
                    registered(8_000 + 100 * i as u64),
                    ownership,
                )
            })
            .collect();
        let (org, members) = t.council(5);
        let owners_vote = t.owners_vote(4, Scope::Compound(t.compound), T0 + 10 * HOUR);
        let council_vote = VoteId(t.submit(Payload::VoteOpened {
            title: "council".into(),
            kind: VoteKind::Council {
                organisation: org,
                rule: CouncilRule::TwoThirdsOfAllMembers,
                quorum: None,
            },
            proposal: None,
            closes_ms: T0 + 10 * HOUR,
        }));
        t.record.seal(&t.admin);
        World {
            base: t.record,
            keys,
            households,
            members,
            votes: [owners_vote, council_vote],
        }
    })
}

type Op = (usize, u8, u8, u8, u8);

fn choice(n: u8) -> Choice {
    [Choice::Yes, Choice::No, Choice::Abstain][n as usize % 3]
}

/// Runs each device's offline work; refused commands are simply not recorded, as in the app.
fn simulate(ops: &[Op]) -> Vec<Record> {
    let w = world();
    let mut recs = vec![w.base.clone(), w.base.clone(), w.base.clone()];
    for &(d, kind, x, y, t) in ops {
        let k = &w.keys[d];
        let wall = T0 + i64::from(t) * HOUR / 16;
        let payload = match kind % 8 {
            0..=2 => Payload::BallotCast {
                vote: w.votes[0],
                voter: Voter::Household(w.households[x as usize % 12]),
                choice: choice(y),
            },
            3 => Payload::BallotCast {
                vote: w.votes[1],
                voter: Voter::Member(w.members[x as usize % 5]),
                choice: choice(y),
            },
            4 => Payload::VoteClosed {
                vote: w.votes[x as usize % 2],
                cut: None,
            },
            5 => {
                let from = recs[x as usize % 3].state().households[&w.households[y as usize % 12]]
                    .ownership
                    .clone();
                Payload::HouseholdChanged {
                    household: w.households[x as usize % 12],
                    area: None,
                    ownership: Some(from),
                    residents: Some(u32::from(t)),
                }
            }
            _ => {
                let src = x as usize % 3;
                if src != d {
                    let mut other = recs[src].clone();
                    other.seal(&w.keys[src]);
                    recs[d]
                        .merge_record(&other)
                        .expect("honest devices never conflict");
                }
                continue;
            }
        };
        let _ = recs[d].submit(k, wall, &format!("operator {d}"), payload);
    }
    for (r, k) in recs.iter_mut().zip(&w.keys) {
        r.seal(k);
    }
    recs
}

fn merged(a: &Record, b: &Record) -> Record {
    let mut out = a.clone();
    out.merge_record(b).unwrap();
    out
}

fn ops() -> impl Strategy<Value = Vec<Op>> {
    prop::collection::vec(
        (
            0usize..3,
            any::<u8>(),
            any::<u8>(),
            any::<u8>(),
            any::<u8>(),
        ),
        0..40,
    )
}

/// Each of the union's ballots is counted once, or listed once as a conflict, or rejected once.
fn assert_no_ballot_counted_twice(r: &Record) {
    let s = r.state();
    let rejected: BTreeSet<EventId> = s.rejected.iter().map(|x| x.event).collect();
    for (vote_id, vote) in &s.votes {
        let keys: BTreeSet<_> = vote.ballots.iter().map(|b| &b.key).collect();
        assert_eq!(keys.len(), vote.ballots.len(), "a voter counted twice");
        let counted: BTreeSet<EventId> = vote.ballots.iter().map(|b| b.event).collect();
        let conflicts: BTreeSet<EventId> = vote.conflicts.iter().map(|c| c.ignored).collect();
        for e in r.events() {
            if let Payload::BallotCast { vote, .. } = &e.payload {
                if vote == vote_id {
                    let places = [
                        counted.contains(&e.id),
                        conflicts.contains(&e.id),
                        rejected.contains(&e.id),
                    ];
                    assert_eq!(
                        places.iter().filter(|p| **p).count(),
                        1,
                        "ballot {:?} in {places:?}",
                        e.id
                    );
                }
            }
        }
        for c in &vote.conflicts {
            assert_ne!(c.counted.device, c.ignored.device);
            assert!(counted.contains(&c.counted));
        }
    }
}

fn tallies(r: &Record) -> Vec<Vec<String>> {
    world()
        .votes
        .iter()
        .map(|v| result(r.state(), v).unwrap().lines())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn merge_is_commutative_associative_and_idempotent(ops in ops()) {
        let r = simulate(&ops);
        let (a, b, c) = (&r[0], &r[1], &r[2]);
        let ab = merged(a, b);
        let ba = merged(b, a);
        prop_assert_eq!(&ab, &ba);
        prop_assert_eq!(ab.state(), ba.state());
        let ab_c = merged(&ab, c);
        let a_bc = merged(a, &merged(b, c));
        prop_assert_eq!(&ab_c, &a_bc);
        prop_assert_eq!(ab_c.state(), a_bc.state());
        prop_assert_eq!(tallies(&ab_c), tallies(&a_bc));
        let mut again = ab_c.clone();
        let report = again.merge_record(&ab_c).unwrap();
        prop_assert_eq!(report.added, 0);
        prop_assert_eq!(report.duplicates, ab_c.len());
        prop_assert_eq!(again.state(), ab_c.state());
        prop_assert!(ab_c.verify().is_ok());
        assert_no_ballot_counted_twice(&ab_c);
        let mut saved = ab_c.clone();
        let file = export(&mut saved, &world().keys[0], T0, SnapshotScope::Community).to_json();
        let loaded = import(&file, &Limits::default()).unwrap().into_record().unwrap();
        prop_assert_eq!(&loaded, &saved);
        prop_assert_eq!(loaded.state(), ab_c.state());
    }

    #[test]
    fn any_delivery_order_converges(ops in ops(), picks in prop::collection::vec(any::<u8>(), 1..200)) {
        let r = simulate(&ops);
        let all = merged(&merged(&r[0], &r[1]), &r[2]);
        let w = world();
        let chains: Vec<Vec<Event>> = w.keys.iter().map(|k| {
            let d = k.device();
            all.events().filter(|e| e.id.device == d).cloned().collect::<Vec<_>>()
        }).map(|mut c| { c.sort_by_key(|e| e.id.seq); c }).collect();
        let mut delivered = [0usize; 3];
        let mut out = Record::new();
        let mut picks = picks.into_iter().cycle();
        while (0..3).any(|i| delivered[i] < chains[i].len()) {
            let p = picks.next().unwrap();
            let i = (0..3).map(|j| (p as usize + j) % 3).find(|&j| delivered[j] < chains[j].len()).unwrap();
            let end = (delivered[i] + 1 + (p as usize / 3) % 5).min(chains[i].len());
            let batch = chains[i][delivered[i]..end].to_vec();
            let last = batch.last().unwrap();
            let head = w.keys[i].sign_head(last.id.seq, last.hash);
            out.merge(batch, vec![head]).unwrap();
            delivered[i] = end;
        }
        prop_assert_eq!(out.state(), all.state());
        prop_assert_eq!(tallies(&out), tallies(&all));
        assert_no_ballot_counted_twice(&out);
    }
}

#[test]
fn offline_double_vote_is_a_conflict_naming_both_devices() {
    let w = world();
    let (a, b) = (&w.keys[1], &w.keys[2]);
    let mut one = w.base.clone();
    let mut two = w.base.clone();
    let ballot = |c| Payload::BallotCast {
        vote: w.votes[0],
        voter: Voter::Household(w.households[3]),
        choice: c,
    };
    one.submit(a, T0 + HOUR, "kiosk 1", ballot(Choice::Yes))
        .unwrap();
    two.submit(b, T0 + 2 * HOUR, "kiosk 2", ballot(Choice::No))
        .unwrap();
    one.seal(a);
    two.seal(b);
    let m = merged(&one, &two);
    let conflicts: Vec<_> = m.state().conflicts().collect();
    assert_eq!(conflicts.len(), 1);
    // Equal Lamport clocks: the device id breaks the tie, identically everywhere.
    let (first, second) = if a.device() < b.device() {
        (a, b)
    } else {
        (b, a)
    };
    assert_eq!(conflicts[0].counted.device, first.device());
    assert_eq!(conflicts[0].ignored.device, second.device());
    let text = conflicts[0].to_string();
    assert!(
        text.starts_with("household 1-2-104 voted on two devices: the ballot from device "),
        "{text}"
    );
    assert!(
        text.contains(&first.device().short()) && text.contains(&second.device().short()),
        "{text}"
    );
    assert_eq!(m.state(), merged(&two, &one).state());
}

#[test]
fn same_id_with_other_content_is_a_tamper_error_naming_the_event() {
    let w = world();
    let k = &w.keys[1];
    let mut honest = w.base.clone();
    let mut forked = w.base.clone();
    let ballot = |c| Payload::BallotCast {
        vote: w.votes[0],
        voter: Voter::Household(w.households[3]),
        choice: c,
    };
    let id = honest
        .submit(k, T0 + HOUR, "kiosk 1", ballot(Choice::Yes))
        .unwrap();
    forked
        .submit(k, T0 + HOUR, "kiosk 1", ballot(Choice::No))
        .unwrap();
    honest.seal(k);
    forked.seal(k);
    let err = merged_err(&honest, &forked);
    assert_eq!(err, IntegrityError::Tampered { event: id });
    assert!(err.to_string().contains(&format!("{id:?}")));
}

fn merged_err(a: &Record, b: &Record) -> IntegrityError {
    let mut out = a.clone();
    let before = out.clone();
    let err = out.merge_record(b).unwrap_err();
    assert_eq!(out, before, "a failed merge changes nothing");
    err
}

#[test]
fn extreme_figures_in_a_merged_file_are_set_aside_and_never_overflow() {
    let mut t = Town::new(1);
    let h = t.household(1, 1, "501", registered(9_000), owners(&[("甲", "1")]));
    let proposal = ProposalId(t.submit(Payload::ProposalDrafted {
        request: None,
        title: "樱花树".into(),
        scope: Scope::Community,
        budget: vec![],
        funding: vec![],
    }));
    let vote = t.owners_vote(4, Scope::Community, T0 + DAY);
    // A secretary's device, so the rules of money and area are what set these aside, not
    // the rules of who may write.
    t.submit(Payload::DeviceTrusted {
        device: key(66).device(),
        label: "secretary".into(),
        admin: false,
        role: Some(gongzhi_core::rules::authority::DeviceRole::Secretary),
        household: None,
    });
    let base = t.record.events().map(|e| e.lamport).max().unwrap();
    let pledge = Payload::PledgeMade {
        proposal,
        household: h,
        amount: Fen(i64::MAX),
    };
    let huge = |room: &str| Payload::HouseholdAdded {
        unit: t.units[0][0],
        room: room.into(),
        area: registered(u64::MAX),
        ownership: owners(&[("乙", "2")]),
        residents: 1,
    };
    let (events, heads) = forged_chain(
        &key(66),
        vec![
            (base + 1, pledge.clone()),
            (base + 2, pledge),
            (base + 3, huge("502")),
            (base + 4, huge("503")),
            (base + 5, Payload::VoteClosed { vote, cut: None }),
            (u64::MAX, Payload::CompoundAdded { name: "x".into() }),
        ],
    );
    let ids: Vec<EventId> = events.iter().map(|e| e.id).collect();
    let mut record = t.record.clone();
    record.merge(events, heads).unwrap();
    let s = record.state();
    let rejected: Vec<EventId> = s.rejected.iter().map(|r| r.event).collect();
    assert_eq!(rejected, ids[..4].to_vec(), "{:?}", s.rejected);
    assert_eq!(s.proposals[&proposal].pledged, Fen(0));
    assert!(s.votes[&vote].closed.is_some());
    // The clock cannot go past u64::MAX: writing is refused, not wrapped around to 0.
    let next = record.submit(
        &t.admin,
        T0,
        "admin",
        Payload::CompoundAdded { name: "y".into() },
    );
    assert_eq!(next.unwrap_err(), Refusal::ClockExhausted);
}
