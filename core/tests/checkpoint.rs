//! The checkpoint: a restore that starts from a stored state and folds only the events after it
//! must give the record a restore from the log alone gives, and any checkpoint that does not fit
//! the log must be refused with the log handed back untouched.

mod common;

use common::*;
use gongzhi_core::fixtures::dataset::{generate, Spec};
use gongzhi_core::fixtures::demo;
use gongzhi_core::model::*;
use gongzhi_core::record::checkpoint::{read_state, CheckpointRefused, CHECKPOINT_FORMAT};
use gongzhi_core::rules::refusal::Refusal;
use gongzhi_core::{
    DeviceKey, Event, EventId, IntegrityError, Payload, Record, SignedHead, VoteId,
};
use sha2::{Digest, Sha256};

/// A restore from the stored log alone, as the app does it without a checkpoint.
fn restore(events: &[Event], heads: &[SignedHead]) -> Record {
    let mut r = Record::new();
    assert_eq!(r.restore_chunk(events.to_vec()), vec![]);
    assert_eq!(r.restore_heads(heads.to_vec()), vec![]);
    r
}

/// A restore that starts from a checkpoint of the first `cut` events of the log.
fn restore_via_checkpoint(events: &[Event], heads: &[SignedHead], cut: usize) -> Record {
    let mut prefix = Record::new();
    assert_eq!(prefix.restore_chunk(events[..cut].to_vec()), vec![]);
    let bytes = prefix.checkpoint().expect("the prefix has events");
    let (mut r, tail) = Record::from_checkpoint(&bytes, events.to_vec())
        .unwrap_or_else(|(why, _)| panic!("refused at {cut}: {why}"));
    assert_eq!(tail, events[cut..].to_vec());
    assert_eq!(r.len(), cut);
    assert_eq!(r.state(), prefix.state());
    assert_eq!(r.restore_chunk(tail), vec![]);
    assert_eq!(r.restore_heads(heads.to_vec()), vec![]);
    r
}

/// Equal as records and states, and in every private field too (the fold position, the Lamport
/// clock), which `Debug` shows; and the next command gets the same event on both.
fn assert_same(via: &Record, full: &Record, key: &DeviceKey) {
    assert_eq!(via, full);
    assert_eq!(via.state(), full.state());
    assert_eq!(format!("{via:?}"), format!("{full:?}"));
    assert_eq!(via.checkpoint(), full.checkpoint());
    let next = |r: &Record| {
        r.clone().prepare(
            key,
            T0 + 9 * DAY,
            "admin",
            Payload::PersonAdded {
                name: "新人".into(),
                masked_id: None,
                household: None,
            },
        )
    };
    assert_eq!(next(via), next(full));
}

fn log_of(record: &Record) -> (Vec<Event>, Vec<SignedHead>) {
    (
        record.events().cloned().collect(),
        record.heads().values().cloned().collect(),
    )
}

fn cuts(n: usize) -> Vec<usize> {
    let mut cuts = vec![1, 2, n / 7, n / 3, n / 2, n - 2, n - 1, n];
    cuts.dedup();
    cuts
}

fn assert_equivalent_at_every_cut(record: &Record, key: &DeviceKey) {
    let (events, heads) = log_of(record);
    let full = restore(&events, &heads);
    for cut in cuts(events.len()) {
        let via = restore_via_checkpoint(&events, &heads, cut);
        assert_same(&via, &full, key);
    }
}

/// An event of `key`'s chain that `Record::submit` would refuse, written as another version
/// of the app might have: the fold sets it aside with its reason.
fn forced(record: &Record, key: &DeviceKey, lamport: u64, payload: Payload) -> Event {
    let device = key.device();
    let last = record.last_of(&device);
    Event::seal(
        EventId {
            device,
            seq: last.map_or(1, |e| e.id.seq + 1),
        },
        lamport,
        T0 + 5 * DAY,
        "another app".into(),
        last.map(|e| e.hash),
        payload,
    )
}

/// Every kind of event, plus what only offline devices produce: a double ballot (a conflict),
/// a ballot after a concurrent close, events from a device the community never trusted, and
/// events the rules refuse with a literal in their reason (an empty title, the wrong stage, the
/// wrong kind of voter).
fn contested() -> (Record, Vec<DeviceKey>) {
    let (mut record, keys) = every_kind();
    let (admin, kiosk) = (&keys[0], &keys[1]);
    let household = *record.state().households.keys().next().unwrap();
    let vote = VoteId(
        record
            .submit(
                admin,
                T0 + 3 * DAY,
                "admin",
                Payload::VoteOpened {
                    title: "停车".into(),
                    kind: VoteKind::Owners {
                        matter: 5,
                        scope: Scope::Community,
                    },
                    proposal: None,
                    closes_ms: T0 + 30 * DAY,
                },
            )
            .unwrap(),
    );
    // A secretary's laptop with an app from before cuts, which never wrote one.
    let old_app = key(41);
    record
        .submit(
            admin,
            T0 + 3 * DAY,
            "admin",
            Payload::DeviceTrusted {
                device: old_app.device(),
                label: "old laptop".into(),
                admin: false,
                role: Some(gongzhi_core::rules::authority::DeviceRole::Secretary),
                household: None,
            },
        )
        .unwrap();
    record.seal(admin);
    let mut one = record.clone();
    let mut two = record.clone();
    let ballot = |household, choice| Payload::BallotCast {
        vote,
        voter: Voter::Household(household),
        choice,
    };
    one.submit(admin, T0 + 4 * DAY, "admin", ballot(household, Choice::Yes))
        .unwrap();
    // A close as apps wrote it before cuts: the total order alone says what it counted.
    let before_cuts = forced(
        &one,
        &old_app,
        one.events().map(|e| e.lamport).max().unwrap() + 1,
        Payload::VoteClosed { vote, cut: None },
    );
    assert_eq!(one.absorb(vec![before_cuts]), vec![]);
    two.submit(kiosk, T0 + 4 * DAY, "kiosk", ballot(household, Choice::No))
        .unwrap();
    // Two more of the kiosk's ballots: the second sorts after the close.
    for other in record.state().households.keys().skip(1).take(2) {
        two.submit(kiosk, T0 + 4 * DAY, "kiosk", ballot(*other, Choice::No))
            .unwrap();
    }
    one.seal(admin);
    one.seal(&old_app);
    two.seal(kiosk);
    one.merge_record(&two).unwrap();
    let mut record = one;

    let stranger = key(40);
    let lamport = |r: &Record| r.events().map(|e| e.lamport).max().unwrap() + 1;
    let council = record.state().community_council().unwrap();
    let mut forced_events = Vec::new();
    for payload in [
        Payload::VoteOpened {
            title: " ".into(),
            kind: VoteKind::Owners {
                matter: 3,
                scope: Scope::Community,
            },
            proposal: None,
            closes_ms: T0 + 30 * DAY,
        },
        Payload::VoteOpened {
            title: "roll call".into(),
            kind: VoteKind::Council {
                organisation: council,
                rule: CouncilRule::MajorityOfPresent,
                quorum: None,
            },
            proposal: None,
            closes_ms: T0 + 30 * DAY,
        },
    ] {
        let e = forced(&record, admin, lamport(&record), payload);
        assert_eq!(record.absorb(vec![e.clone()]), vec![]);
        forced_events.push(e);
    }
    let roll_call = VoteId(forced_events[1].id);
    let proposal = *record.state().proposals.keys().next().unwrap();
    for payload in [
        Payload::BallotCast {
            vote: roll_call,
            voter: Voter::Household(household),
            choice: Choice::Yes,
        },
        Payload::BidSubmitted {
            proposal,
            contractor: "迟到公司".into(),
            amount: yuan(1),
            note: String::new(),
            duration_days: None,
            warranty_months: None,
            interest: Interest::NoneDeclared,
        },
    ] {
        let e = forced(&record, admin, lamport(&record), payload);
        assert_eq!(record.absorb(vec![e]), vec![]);
    }
    let e = forced(
        &record,
        &stranger,
        lamport(&record),
        Payload::CompoundAdded {
            name: "无名".into(),
        },
    );
    assert_eq!(record.absorb(vec![e]), vec![]);
    // A close with a cut, and a kiosk's ballot its writer had not received.
    let late_vote = VoteId(
        record
            .submit(
                admin,
                T0 + 5 * DAY,
                "admin",
                Payload::VoteOpened {
                    title: "晚到".into(),
                    kind: VoteKind::Owners {
                        matter: 9,
                        scope: Scope::Community,
                    },
                    proposal: None,
                    closes_ms: T0 + 30 * DAY,
                },
            )
            .unwrap(),
    );
    let mut three = record.clone();
    let late_ballot = Payload::BallotCast {
        vote: late_vote,
        voter: Voter::Household(household),
        choice: Choice::Yes,
    };
    three
        .submit(kiosk, T0 + 5 * DAY, "kiosk", late_ballot)
        .unwrap();
    record
        .submit(
            admin,
            T0 + 5 * DAY,
            "admin",
            Payload::VoteClosed {
                vote: late_vote,
                cut: None,
            },
        )
        .unwrap();
    three.seal(kiosk);
    record.merge_record(&three).unwrap();
    record.seal(admin);
    record.seal(&stranger);

    let s = record.state();
    assert!(s.conflicts().count() >= 1, "a double ballot");
    let reasons: Vec<&Refusal> = s.rejected.iter().map(|r| &r.reason).collect();
    for expected in [
        "EmptyText",
        "NotAllowed",
        "WrongKindOfVoter",
        "NotAtStage",
        "VotingClosed",
        "ArrivedAfterClose",
    ] {
        assert!(
            reasons
                .iter()
                .any(|r| format!("{r:?}").starts_with(expected)),
            "no {expected} among {reasons:?}"
        );
    }
    (record, keys)
}

#[test]
fn from_a_checkpoint_at_any_cut_the_record_is_the_one_the_log_gives() {
    for seed in [1, 2] {
        let data = generate(Spec::small(seed));
        assert_equivalent_at_every_cut(&data.record, &data.keys[0]);
    }
}

#[test]
fn the_demo_and_a_contested_record_restore_the_same_through_a_checkpoint() {
    let key = DeviceKey::from_seed([9; 32]);
    let mut record = Record::new();
    let mut batch = record.batch(&key, T0, "secretary");
    demo::jinyang(&mut batch, "社区办公室", T0).unwrap();
    record.commit_all(batch.into_events()).unwrap();
    record.seal(&key);
    assert_equivalent_at_every_cut(&record, &key);

    let (record, keys) = contested();
    assert_equivalent_at_every_cut(&record, &keys[0]);
}

#[test]
fn the_state_read_back_is_the_state_written() {
    let (record, _) = contested();
    let bytes = record.checkpoint().unwrap();
    assert_eq!(&read_state(&bytes).unwrap(), record.state());
}

/// If this fails, the state's encoding or what the fold makes of these events changed. When
/// the shape of the state or a rule of the fold changed, bump `CHECKPOINT_FORMAT` (old
/// checkpoints must be ignored, not misread) and update both figures; when only the test data
/// changed, update the digest.
#[test]
fn the_checkpoint_format_is_pinned_to_its_bytes() {
    let (record, _) = contested();
    let bytes = record.checkpoint().unwrap();
    let digest = hex::encode(Sha256::digest(&bytes));
    assert_eq!(
        (CHECKPOINT_FORMAT, digest.as_str()),
        (
            7,
            "72d6df106ae933bfb3aaa53995f2db7325371d8f1c2adf3adcb9368b1208b036"
        ),
        "{} bytes",
        bytes.len()
    );
}

#[test]
fn a_checkpoint_of_everything_leaves_no_tail_and_verifies() {
    let (record, keys) = contested();
    let (events, heads) = log_of(&record);
    let (mut r, tail) = Record::from_checkpoint(&record.checkpoint().unwrap(), events).unwrap();
    assert!(tail.is_empty());
    assert_eq!(r.restore_heads(heads), vec![]);
    assert!(r.verify().is_ok());
    assert_same(
        &r,
        &restore(&log_of(&record).0, &log_of(&record).1),
        &keys[0],
    );
    assert_eq!(r.check_stored_hashes(None, usize::MAX), (vec![], None));
}

#[test]
fn the_events_after_the_checkpoint_are_folded_and_checked_as_in_any_restore() {
    let data = generate(Spec::small(3));
    let (mut events, _) = log_of(&data.record);
    let cut = events.len() / 2;
    let mut prefix = Record::new();
    assert_eq!(prefix.restore_chunk(events[..cut].to_vec()), vec![]);
    let bytes = prefix.checkpoint().unwrap();
    // An event after the checkpoint was damaged: the tail's restore reports it, as ever.
    let victim = cut + 10;
    events[victim].author.push('!');
    let (mut r, tail) = Record::from_checkpoint(&bytes, events.clone()).unwrap();
    let problems = r.restore_chunk(tail);
    assert_eq!(
        problems[0],
        IntegrityError::Altered {
            event: events[victim].id
        }
    );
    let mut full = Record::new();
    assert_eq!(full.restore_chunk(events), problems);
    assert_eq!(r.state(), full.state());
    assert_eq!(r, full);
}

#[test]
fn an_empty_record_has_no_checkpoint_and_an_empty_log_fits_none() {
    assert_eq!(Record::new().checkpoint(), None);
    let (record, _) = contested();
    let bytes = record.checkpoint().unwrap();
    let (why, back) = Record::from_checkpoint(&bytes, Vec::new()).unwrap_err();
    assert_eq!(why, CheckpointRefused::Stale);
    assert!(back.is_empty());
}

/// The refusal, after checking that the log came back exactly as it was given.
fn refused(bytes: &[u8], log: Vec<Event>) -> CheckpointRefused {
    match Record::from_checkpoint(bytes, log.clone()) {
        Ok(_) => panic!("a checkpoint that does not fit was used"),
        Err((why, back)) => {
            assert_eq!(back, log, "the log must come back untouched");
            why
        }
    }
}

fn contested_checkpoint() -> (Vec<u8>, Vec<Event>, usize) {
    let (record, _) = contested();
    let (events, _) = log_of(&record);
    let cut = events.len() - 5;
    let mut prefix = Record::new();
    assert_eq!(prefix.restore_chunk(events[..cut].to_vec()), vec![]);
    (prefix.checkpoint().unwrap(), events, cut)
}

#[test]
fn torn_or_garbled_bytes_are_damaged_and_another_format_is_named() {
    let (bytes, events, _) = contested_checkpoint();
    for len in [0, 3, 7, 8, 20, 48, 49, bytes.len() / 2, bytes.len() - 1] {
        assert_eq!(
            refused(&bytes[..len], events.clone()),
            CheckpointRefused::Damaged,
            "cut to {len} bytes"
        );
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(refused(&longer, events.clone()), CheckpointRefused::Damaged);
    for at in [0, 9, 20, 48, 60, bytes.len() / 2, bytes.len() - 1] {
        let mut flipped = bytes.clone();
        flipped[at] ^= 0x10;
        assert_eq!(
            refused(&flipped, events.clone()),
            CheckpointRefused::Damaged,
            "byte {at} flipped"
        );
    }
    let mut other = bytes.clone();
    other[4..8].copy_from_slice(&(CHECKPOINT_FORMAT + 1).to_le_bytes());
    assert_eq!(
        refused(&other, events.clone()),
        CheckpointRefused::OtherFormat {
            found: CHECKPOINT_FORMAT + 1
        }
    );
    // The format is read before the length, so even a torn checkpoint of another version
    // says which version it is.
    assert_eq!(
        refused(&other[..10], events),
        CheckpointRefused::OtherFormat {
            found: CHECKPOINT_FORMAT + 1
        }
    );
    assert_eq!(read_state(&bytes[..100]), Err(CheckpointRefused::Damaged));
}

#[test]
fn a_covered_event_missing_or_replaced_makes_the_checkpoint_stale() {
    let (bytes, events, cut) = contested_checkpoint();
    let covered = cut - 1;

    let mut missing = events.clone();
    missing.remove(covered);
    assert_eq!(refused(&bytes, missing), CheckpointRefused::Stale);

    let mut replaced = events.clone();
    replaced[covered].author.push_str(" (edited)");
    replaced[covered].hash = replaced[covered].computed_hash();
    assert_eq!(refused(&bytes, replaced), CheckpointRefused::Stale);
}

#[test]
fn other_events_before_the_covered_one_change_the_chain() {
    let (bytes, events, cut) = contested_checkpoint();
    let n = cut as u64;

    // Another tab merged a device's event that sorts near the start.
    let early = Event::seal(
        EventId {
            device: key(50).device(),
            seq: 1,
        },
        3,
        T0,
        "another tab".into(),
        None,
        Payload::CompoundAdded {
            name: "南苑".into(),
        },
    );
    let mut inserted = events.clone();
    let at = inserted
        .iter()
        .position(|e| e.order_key() > early.order_key())
        .unwrap();
    inserted.insert(at, early);
    assert_eq!(
        refused(&bytes, inserted),
        CheckpointRefused::ChainChanged {
            checkpoint: n,
            log: n + 1
        }
    );

    let mut missing = events.clone();
    missing.remove(cut / 2);
    assert_eq!(
        refused(&bytes, missing),
        CheckpointRefused::ChainChanged {
            checkpoint: n,
            log: n - 1
        }
    );

    // As many events as before, but one is another: the last covered event of a chain that
    // does not hold the covered one, edited and re-hashed, so no link shows it.
    let covered_device = events[cut - 1].id.device;
    let at = (0..cut - 1)
        .rev()
        .find(|&i| {
            let d = events[i].id.device;
            d != covered_device && !events[i + 1..cut].iter().any(|e| e.id.device == d)
        })
        .expect("another chain ends in the covered part");
    let mut swapped = events.clone();
    swapped[at].author.push_str(" (edited)");
    swapped[at].hash = swapped[at].computed_hash();
    assert_eq!(
        refused(&bytes, swapped),
        CheckpointRefused::ChainChanged {
            checkpoint: n,
            log: n
        }
    );
}

#[test]
fn a_covered_event_that_does_not_link_or_a_log_out_of_order_is_broken() {
    let (bytes, events, cut) = contested_checkpoint();
    let at = cut / 2;
    let mut unlinked = events.clone();
    unlinked[at].prev = Some(gongzhi_core::Hash([1; 32]));
    assert!(matches!(
        refused(&bytes, unlinked),
        CheckpointRefused::Broken(IntegrityError::BrokenLink { event, .. }) if event == events[at].id
    ));

    let mut unsorted = events.clone();
    unsorted.swap(1, 2);
    assert!(matches!(
        refused(&bytes, unsorted),
        CheckpointRefused::Broken(_)
    ));
}

#[test]
fn stored_hashes_are_checked_later_in_slices_and_an_edit_is_found() {
    let (bytes, mut events, cut) = contested_checkpoint();
    // Content edited in storage, its hash left as it was: links still hold, so the
    // checkpoint is used, and only re-hashing shows the edit.
    let victim = cut / 3;
    events[victim].author.push_str(" (edited)");
    let (mut r, tail) = Record::from_checkpoint(&bytes, events.clone()).unwrap();
    assert_eq!(r.restore_chunk(tail), vec![]);

    let mut problems = Vec::new();
    let mut after = None;
    let mut slices = 0;
    loop {
        let (found, next) = r.check_stored_hashes(after, 10);
        problems.extend(found);
        slices += 1;
        match next {
            Some(key) => after = Some(key),
            None => break,
        }
    }
    assert_eq!(
        problems,
        vec![IntegrityError::Altered {
            event: events[victim].id
        }]
    );
    assert_eq!(slices, events.len().div_ceil(10));
    // No slice is empty, and it goes on from where it stopped.
    let (none, next) = r.check_stored_hashes(None, 0);
    assert!(none.is_empty());
    assert_eq!(next, Some(events[0].order_key()));
    assert_eq!(
        r.check_stored_hashes(Some(events[events.len() - 1].order_key()), 5),
        (vec![], None)
    );
}

/// A vote's digest reads the record's index of each vote's events: however the record was
/// built, the index must hold exactly the events that concern the vote.
#[test]
fn every_way_of_building_a_record_indexes_the_same_events_of_each_vote() {
    let data = generate(Spec::small(9));
    let (events, heads) = log_of(&data.record);
    let by_filter = |record: &Record, vote: &VoteId| -> Vec<EventId> {
        record
            .events()
            .filter(|e| e.vote() == Some(*vote))
            .map(|e| e.id)
            .collect()
    };
    let merged = Record::from_parts(events.clone(), heads.clone()).unwrap();
    let mut absorbed = Record::new();
    assert!(absorbed.absorb(events.clone()).is_empty());
    let built = [
        &data.record,
        &merged,
        &absorbed,
        &restore(&events, &heads),
        &restore_via_checkpoint(&events, &heads, events.len() / 3),
    ];
    let votes: Vec<VoteId> = data.record.state().votes.keys().copied().collect();
    assert!(!votes.is_empty());
    for vote in &votes {
        let expected = by_filter(&data.record, vote);
        assert!(expected.len() > 1, "the vote has ballots");
        for record in built {
            let indexed: Vec<EventId> = record.vote_events(vote).map(|e| e.id).collect();
            assert_eq!(indexed, expected);
            assert_eq!(
                gongzhi_core::record::snapshot::vote_digest(record, vote),
                gongzhi_core::record::snapshot::vote_digest(&data.record, vote)
            );
        }
    }
}
