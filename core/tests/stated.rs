//! What docs/snapshot-format.md states and a second independent writer found unstated or
//! unclear, each held to the code: budget lines from 0, a quote's bounds, a choice's reason, the stages that take
//! money, enrolments whose fields disagree, a revoked device's household ballot, flats numbered
//! alike in two compounds, which end of each bound is included, the area in a QR line, an
//! acceptance without a report, and a file that names no community.

mod common;

use common::*;
use gongzhi_core::log::payload::Kind;
use gongzhi_core::model::*;
use gongzhi_core::record::snapshot::{export, import, Limits, Scope as FileScope, SnapshotError};
use gongzhi_core::rules::authority::{Denied, DeviceRole};
use gongzhi_core::rules::refusal::Field;
use gongzhi_core::{read::qr, EventId, HouseholdId, Payload, ProposalId, Refusal, VoteId};

fn refusal(t: &Town, wall_ms: i64, payload: Payload) -> Refusal {
    t.record
        .clone()
        .submit(&t.admin, wall_ms, "admin", payload)
        .unwrap_err()
}

/// A plan of two budget lines, on notice for a week from T0, and a council of 3.
fn plan(t: &mut Town) -> (ProposalId, EventId, Vec<EventId>) {
    let (org, members) = t.council(3);
    let proposal = ProposalId(t.submit(Payload::ProposalDrafted {
        request: None,
        title: "北苑后门".into(),
        scope: Scope::Community,
        budget: vec![
            BudgetLine {
                item: "门体".into(),
                amount: yuan(30_000),
            },
            BudgetLine {
                item: "门禁".into(),
                amount: yuan(6_000),
            },
        ],
        funding: vec![FundingLine {
            source: FundingSource::PublicServiceFunds,
            amount: yuan(36_000),
        }],
    }));
    t.submit(Payload::NoticePosted {
        proposal,
        opens_ms: T0,
        closes_ms: T0 + 7 * DAY,
        gap_reason: String::new(),
    });
    (proposal, org, members)
}

/// The plan passed by its council.
fn passed(t: &mut Town) -> ProposalId {
    let (proposal, org, members) = plan(t);
    let vote = VoteId(t.submit_at(
        T0 + 7 * DAY,
        Payload::VoteOpened {
            title: "北苑后门".into(),
            kind: VoteKind::Council {
                organisation: org,
                rule: CouncilRule::TwoThirdsOfAllMembers,
                quorum: None,
            },
            proposal: Some(proposal),
            closes_ms: T0 + 8 * DAY,
        },
    ));
    for m in &members {
        t.submit_at(
            T0 + 7 * DAY,
            Payload::BallotCast {
                vote,
                voter: Voter::Member(*m),
                choice: Choice::Yes,
            },
        );
    }
    t.submit_at(T0 + 7 * DAY, Payload::VoteClosed { vote, cut: None });
    proposal
}

fn expense(proposal: ProposalId, line: Option<u32>) -> Payload {
    Payload::ExpenseRecorded {
        proposal,
        budget_line: line,
        description: "门".into(),
        amount: yuan(100),
        payee: String::new(),
        paid_on_ms: None,
    }
}

#[test]
fn money_goes_in_at_the_stages_the_document_names_and_budget_lines_count_from_zero() {
    let mut t = Town::new(1);
    let h = t.household(1, 1, "101", registered(9_000), owners(&[("甲", "1")]));
    let proposal = passed(&mut t);
    let pledge = Payload::PledgeMade {
        proposal,
        household: h,
        amount: yuan(10),
    };
    // Pledges and receipts: any stage but rejected or closed (here: passed).
    t.submit(pledge.clone());
    // Expenses: only while the work is in progress.
    assert!(matches!(
        refusal(&t, T0, expense(proposal, Some(0))),
        Refusal::NotAtStage { .. }
    ));
    t.submit(Payload::ContractorSelectionStarted { proposal });
    let bid = t.submit(Payload::BidSubmitted {
        proposal,
        contractor: "蓉安门业".into(),
        amount: yuan(34_500),
        note: String::new(),
        duration_days: None,
        warranty_months: None,
        interest: Interest::NoneDeclared,
    });
    // A quote's duration is 1 to 3,650 days and its warranty 1 to 600 months, when given; a
    // declared tie names itself.
    let quote = |days, months, interest| Payload::BidSubmitted {
        proposal,
        contractor: "乙公司".into(),
        amount: yuan(35_000),
        note: String::new(),
        duration_days: days,
        warranty_months: months,
        interest,
    };
    for (days, months, interest, refused) in [
        (Some(0), None, Interest::NoneDeclared, true),
        (Some(3_650), Some(600), Interest::NoneDeclared, false),
        (Some(3_651), None, Interest::NoneDeclared, true),
        (None, Some(601), Interest::NoneDeclared, true),
        (None, None, Interest::Declared(" ".into()), true),
        (None, None, Interest::Declared("表亲".into()), false),
    ] {
        let shown = format!("{days:?} {months:?} {interest:?}");
        let got = t
            .record
            .clone()
            .submit(&t.admin, T0, "admin", quote(days, months, interest));
        assert_eq!(got.is_err(), refused, "{shown}: {got:?}");
    }
    assert_eq!(
        refusal(&t, T0, quote(Some(3_651), None, Interest::Unknown)),
        Refusal::QuoteFigureOutOfRange {
            figure: gongzhi_core::rules::refusal::QuoteFigure::DurationDays,
            found: 3_651,
            max: 3_650
        }
    );
    // A choice needs its reason.
    let unexplained = Payload::ContractorChosen {
        proposal,
        bid,
        reason: String::new(),
        meeting: None,
    };
    assert_eq!(
        refusal(&t, T0, unexplained),
        Refusal::EmptyText {
            field: Field::ChoiceReason
        }
    );
    t.submit(Payload::ContractorChosen {
        proposal,
        bid,
        reason: "最低价".into(),
        meeting: None,
    });
    // Line 0 is the first line; the number of lines is past the last.
    t.submit(expense(proposal, Some(0)));
    t.submit(expense(proposal, Some(1)));
    assert_eq!(
        refusal(&t, T0, expense(proposal, Some(2))),
        Refusal::NoSuchBudgetLine { index: 2, lines: 2 }
    );
    let spent = &t.record.state().proposals[&proposal].expenses;
    assert_eq!(
        spent.iter().map(|e| e.budget_line).collect::<Vec<_>>(),
        vec![Some(0), Some(1)]
    );
    // An acceptance without a report is taken, as events written before reports were.
    t.submit(Payload::WorkAccepted {
        proposal,
        report: None,
    });
    t.submit(Payload::ProposalClosed {
        proposal,
        note: String::new(),
    });
    assert!(matches!(
        refusal(&t, T0, pledge),
        Refusal::ProposalFinished { .. }
    ));
}

#[test]
fn an_enrolment_whose_fields_disagree_is_set_aside_whoever_writes_it() {
    let mut t = Town::new(1);
    let h = t.household(1, 1, "101", registered(9_000), owners(&[("甲", "1")]));
    let device = key(20).device();
    for (admin, role, household) in [
        (true, Some(DeviceRole::Clerk), None),
        (false, Some(DeviceRole::Admin), None),
        (false, Some(DeviceRole::Resident), None),
        (false, Some(DeviceRole::Clerk), Some(h)),
        (false, None, Some(h)),
    ] {
        let why = refusal(
            &t,
            T0,
            Payload::DeviceTrusted {
                device,
                label: "x".into(),
                admin,
                role,
                household,
            },
        );
        assert!(
            matches!(why, Refusal::EnrolmentInvalid { .. }),
            "{admin} {role:?} {household:?}: {why:?}"
        );
    }
}

#[test]
fn a_revoked_devices_household_ballot_is_set_aside_not_kept_unconfirmed() {
    for with_cut in [true, false] {
        let mut t = Town::new(1);
        let h = t.household(1, 1, "101", registered(9_000), owners(&[("甲", "1")]));
        let vote = t.owners_vote(2, Scope::Community, T0 + DAY);
        let kiosk = key(21);
        t.submit(Payload::DeviceTrusted {
            device: kiosk.device(),
            label: "kiosk".into(),
            admin: false,
            role: Some(DeviceRole::Clerk),
            household: None,
        });
        let revoke = Payload::DeviceRevoked {
            device: kiosk.device(),
            last_seq: None,
        };
        if with_cut {
            t.submit(revoke);
        } else {
            let l = t.record.events().map(|e| e.lamport).max().unwrap();
            let (e, head) = extend_chain(&t.record, &t.admin, vec![(l + 1, T0, revoke)]);
            t.record.merge(e, head).unwrap();
        }
        let l = t.record.events().map(|e| e.lamport).max().unwrap();
        let (ballot, head) = extend_chain(
            &t.record,
            &kiosk,
            vec![(
                l + 1,
                T0 + HOUR,
                Payload::BallotCast {
                    vote,
                    voter: Voter::Household(h),
                    choice: Choice::Yes,
                },
            )],
        );
        t.record.merge(ballot, head).unwrap();
        let s = t.record.state();
        assert!(s.votes[&vote].unconfirmed.is_empty());
        assert!(s.votes[&vote].ballots.is_empty());
        let why = &s.rejected.last().unwrap().reason;
        if with_cut {
            assert!(
                matches!(why, Refusal::AfterRevocation { last_seq: 0, .. }),
                "{why:?}"
            );
        } else {
            assert_eq!(
                why,
                &Refusal::NotAllowed {
                    device: kiosk.device(),
                    kind: Kind::BallotCast,
                    denied: Denied::Revoked
                }
            );
        }
    }
}

#[test]
fn flats_numbered_alike_in_two_compounds_are_named_with_their_compound() {
    let mut t = Town::new(1);
    let west = t.household(1, 1, "101", registered(9_000), owners(&[("甲", "1")]));
    let unique = t.household(1, 1, "102", registered(9_000), owners(&[("丙", "3")]));
    let east = t.submit(Payload::CompoundAdded {
        name: "东苑小区".into(),
    });
    let b = t.submit(Payload::BuildingAdded {
        compound: east,
        name: "1".into(),
    });
    let u = t.submit(Payload::UnitAdded {
        building: b,
        name: "1".into(),
    });
    let east_flat = HouseholdId(t.submit(Payload::HouseholdAdded {
        unit: u,
        room: "101".into(),
        area: registered(9_000),
        ownership: owners(&[("乙", "2")]),
        residents: 1,
    }));
    let s = t.record.state();
    assert_eq!(s.flat_name(&west).unwrap(), "北苑小区 1-1-101");
    assert_eq!(s.flat_name(&east_flat).unwrap(), "东苑小区 1-1-101");
    assert_eq!(s.flat_name(&unique).unwrap(), "1-1-102");
    // Every message names them so: an owner voting twice, a double ballot.
    let vote = t.owners_vote(2, Scope::Community, T0 + DAY);
    t.ballot(vote, east_flat, Choice::Yes);
    let twice = refusal(
        &t,
        T0 + HOUR,
        Payload::BallotCast {
            vote,
            voter: Voter::Household(east_flat),
            choice: Choice::No,
        },
    );
    assert!(twice.to_string().contains("东苑小区 1-1-101"), "{twice}");
    let kiosk = key(22);
    t.submit(Payload::DeviceTrusted {
        device: kiosk.device(),
        label: "kiosk".into(),
        admin: false,
        role: Some(DeviceRole::Clerk),
        household: None,
    });
    t.record.seal(&t.admin);
    let mut other = t.record.clone();
    t.ballot(vote, west, Choice::Yes);
    other
        .submit(
            &kiosk,
            T0 + HOUR,
            "kiosk",
            Payload::BallotCast {
                vote,
                voter: Voter::Household(west),
                choice: Choice::No,
            },
        )
        .unwrap();
    t.record.seal(&t.admin);
    other.seal(&kiosk);
    t.record.merge_record(&other).unwrap();
    let conflict = t.record.state().conflicts().next().unwrap().to_string();
    assert!(
        conflict.starts_with("household 北苑小区 1-1-101 voted on two devices"),
        "{conflict}"
    );
}

#[test]
fn each_bound_includes_the_end_the_document_says() {
    let mut t = Town::new(1);
    let h = t.household(1, 1, "101", registered(9_000), owners(&[("甲", "1")]));
    let (proposal, _, _) = plan(&mut t);
    // A notice runs from 1 to 60 days, both included.
    for (length, ok) in [
        (DAY - 1, false),
        (DAY, true),
        (60 * DAY, true),
        (60 * DAY + 1, false),
    ] {
        let mut draft = Town::new(1);
        let (p, _, _) = {
            let (org, members) = draft.council(1);
            let p = ProposalId(draft.submit(Payload::ProposalDrafted {
                request: None,
                title: "x".into(),
                scope: Scope::Community,
                budget: vec![],
                funding: vec![],
            }));
            (p, org, members)
        };
        let posted = draft.record.submit(
            &draft.admin,
            T0,
            "admin",
            Payload::NoticePosted {
                proposal: p,
                opens_ms: T0,
                closes_ms: T0 + length,
                gap_reason: String::new(),
            },
        );
        assert_eq!(posted.is_ok(), ok, "a notice of {length} ms");
    }
    // Responses from its opening (included) to its close (excluded).
    let response = |at: i64| {
        t.record.clone().submit(
            &t.admin,
            at,
            "admin",
            Payload::NoticeResponse {
                proposal,
                stance: Stance::Support,
                household: Some(h),
                text: "好".into(),
                name: String::new(),
            },
        )
    };
    assert!(response(T0).is_ok());
    assert!(response(T0 + 7 * DAY - 1).is_ok());
    assert!(response(T0 + 7 * DAY).is_err());
    // A ballot dated at the vote's `closes_ms` counts; a millisecond later it does not.
    let vote = t.owners_vote(2, Scope::Community, T0 + DAY);
    let ballot = |at: i64| {
        t.record.clone().submit(
            &t.admin,
            at,
            "admin",
            Payload::BallotCast {
                vote,
                voter: Voter::Household(h),
                choice: Choice::Yes,
            },
        )
    };
    assert!(ballot(T0 + DAY).is_ok());
    assert!(matches!(
        ballot(T0 + DAY + 1),
        Err(Refusal::VotingClosed { .. })
    ));
}

#[test]
fn a_qr_line_writes_an_area_in_square_metres_with_two_decimals_and_thousands() {
    let mut t = Town::new(1);
    let h = t.household(1, 1, "101", registered(1_234_567), owners(&[("甲", "1")]));
    let vote = t.owners_vote(2, Scope::Community, T0 + DAY);
    t.ballot(vote, h, Choice::Yes);
    let text = qr::result_text(&t.record, &vote).unwrap();
    assert!(
        text.contains("eligible 1 / 12,345.67 m²; voted 1 / 12,345.67 m²"),
        "{text}"
    );
}

/// A contributions file without its community (a hand-written one: an app always names it)
/// could be meant for any community: a founded record refuses it; a fresh one may look.
#[test]
fn a_file_that_names_no_community_is_refused_by_a_founded_record() {
    let mut t = Town::new(1);
    t.record.seal(&t.admin);
    let mut phone = t.record.clone();
    let device = key(23);
    phone
        .submit(
            &device,
            T0,
            "resident",
            Payload::RequestRaised {
                title: "路灯".into(),
                detail: String::new(),
                scope: Scope::Community,
                raised_by: None,
                category: RequestCategory::Facilities,
                place: String::new(),
                name: String::new(),
                household: None,
            },
        )
        .unwrap();
    let mut file = export(
        &mut phone,
        &device,
        T0,
        FileScope::Contributions {
            device: device.device(),
        },
    );
    file.community = None;
    file.digest = file.computed_digest();
    let read = import(&file.to_json(), &Limits::default()).unwrap();
    assert_eq!(
        read.clone().merge_into(&mut t.record),
        Err(SnapshotError::NamesNoCommunity {
            here: "晋阳社区".into()
        })
    );
    assert!(read.into_record().is_ok());
}
