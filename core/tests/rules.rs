//! The governance rules, exercised through the command API at their exact boundaries.

mod common;

use common::*;
use gongzhi_core::model::*;
use gongzhi_core::numbers::Ratio;
use gongzhi_core::rules::lookup::FlatLookup;
use gongzhi_core::rules::refusal::Field;
use gongzhi_core::rules::tally::result;
use gongzhi_core::{
    rules::ledger, rules::owners, rules::selection, CentiM2, EventId, Fen, HouseholdId, Payload,
    ProposalId, Refusal, VoteId, VoteResult,
};

fn owners_result(town: &Town, vote: VoteId) -> owners::OwnersResult {
    match result(town.record.state(), &vote).unwrap() {
        VoteResult::Owners(r) => r,
        other => panic!("not an owners' vote: {other:?}"),
    }
}

#[test]
fn one_buyer_of_several_units_is_one_owner_with_summed_area() {
    let mut t = Town::new(2);
    let zhang = [("张伟", "5101**********1234")];
    let a = t.household(1, 1, "101", registered(9_000), owners(&zhang));
    t.household(2, 1, "101", registered(11_000), owners(&zhang));
    // Same name, different ID number: a different person.
    t.household(
        1,
        2,
        "101",
        registered(10_000),
        owners(&[("张伟", "5101**********9999")]),
    );
    let vote = t.owners_vote(4, Scope::Community, T0 + DAY);
    t.ballot(vote, a, Choice::Yes);
    let r = owners_result(&t, vote);
    assert_eq!((r.owners, r.area), (2, CentiM2(30_000)));
    assert_eq!(
        (r.participating_owners, r.participating_area),
        (1, CentiM2(20_000))
    );
}

#[test]
fn a_party_votes_once_whichever_of_its_households_casts_it() {
    let mut t = Town::new(1);
    let zhang = [("张伟", "5101**********1234")];
    let a = t.household(1, 1, "501", registered(9_000), owners(&zhang));
    let b = t.household(1, 2, "502", registered(9_000), owners(&zhang));
    let vote = t.owners_vote(4, Scope::Community, T0 + DAY);
    t.ballot(vote, a, Choice::Yes);
    let again = t.record.submit(
        &t.admin,
        T0 + HOUR,
        "admin",
        Payload::BallotCast {
            vote,
            voter: Voter::Household(a),
            choice: Choice::No,
        },
    );
    assert_eq!(
        again.unwrap_err().to_string(),
        "household 1-1-501 has already voted, at 17:00 on 30 Apr 2025"
    );
    let other = t.record.submit(
        &t.admin,
        T0 + HOUR,
        "admin",
        Payload::BallotCast {
            vote,
            voter: Voter::Household(b),
            choice: Choice::No,
        },
    );
    assert_eq!(
        other.unwrap_err(),
        Refusal::HouseholdAlreadyVoted {
            household_label: "1-2-502".into(),
            voted_through: "1-1-501".into(),
            voted_at_ms: T0 + HOUR,
        }
    );
    assert_eq!(owners_result(&t, vote).yes_owners, 1);
}

#[test]
fn developer_held_units_are_one_owner_and_co_owners_share_one_vote() {
    let mut t = Town::new(1);
    let d1 = t.household(
        1,
        1,
        "101",
        registered(10_000),
        Ownership::DeveloperHeld {
            developer: "蓉城开发商".into(),
        },
    );
    let d2 = t.household(
        1,
        1,
        "102",
        registered(10_000),
        Ownership::DeveloperHeld {
            developer: "蓉城开发商".into(),
        },
    );
    let couple = t.household(
        1,
        2,
        "101",
        registered(10_000),
        owners(&[("王芳", "5101**1"), ("李强", "5101**2")]),
    );
    let vote = t.owners_vote(1, Scope::Community, T0 + DAY);
    t.ballot(vote, d1, Choice::Yes);
    assert!(matches!(
        t.record.submit(
            &t.admin,
            T0,
            "a",
            Payload::BallotCast {
                vote,
                voter: Voter::Household(d2),
                choice: Choice::Yes
            }
        ),
        Err(Refusal::HouseholdAlreadyVoted { .. })
    ));
    t.ballot(vote, couple, Choice::No);
    let r = owners_result(&t, vote);
    assert_eq!((r.owners, r.participating_owners, r.yes_owners), (2, 2, 1));
    assert_eq!((r.area, r.yes_area), (CentiM2(30_000), CentiM2(20_000)));
}

#[test]
fn area_source_precedence_decides_the_counted_area() {
    let mut t = Town::new(1);
    let all = AreaFigures {
        registered: Some(CentiM2(8_000)),
        surveyed: Some(CentiM2(8_500)),
        contract: Some(CentiM2(9_000)),
    };
    let surveyed = AreaFigures {
        registered: None,
        surveyed: Some(CentiM2(7_000)),
        contract: Some(CentiM2(7_500)),
    };
    let contract = AreaFigures {
        contract: Some(CentiM2(6_000)),
        ..Default::default()
    };
    t.household(1, 1, "101", all, owners(&[("甲", "1")]));
    t.household(1, 1, "102", surveyed, owners(&[("乙", "2")]));
    t.household(1, 1, "103", contract, owners(&[("丙", "3")]));
    let vote = t.owners_vote(1, Scope::Community, T0 + DAY);
    assert_eq!(owners_result(&t, vote).area, CentiM2(21_000));
    let none = t.record.submit(
        &t.admin,
        T0,
        "a",
        Payload::HouseholdAdded {
            unit: t.units[0][0],
            room: "104".into(),
            area: AreaFigures::default(),
            ownership: owners(&[("丁", "4")]),
            residents: 0,
        },
    );
    assert_eq!(
        none.unwrap_err(),
        Refusal::MissingArea {
            household_label: "1-1-104".into()
        }
    );
}

#[test]
fn a_vote_scoped_to_a_building_counts_only_its_owners() {
    let mut t = Town::new(2);
    let inside = t.household(1, 1, "101", registered(10_000), owners(&[("甲", "1")]));
    t.household(1, 2, "101", registered(10_000), owners(&[("乙", "2")]));
    let outside = t.household(2, 1, "101", registered(50_000), owners(&[("丙", "3")]));
    let building = t.buildings[0];
    let vote = t.owners_vote(5, Scope::Building(building), T0 + DAY);
    let refused = t.record.submit(
        &t.admin,
        T0,
        "a",
        Payload::BallotCast {
            vote,
            voter: Voter::Household(outside),
            choice: Choice::Yes,
        },
    );
    assert_eq!(
        refused.unwrap_err().to_string(),
        "household 2-1-101 of 北苑小区 is outside the area of the vote \"matter 5\""
    );
    t.ballot(vote, inside, Choice::Yes);
    let r = owners_result(&t, vote);
    assert_eq!(
        (r.owners, r.area, r.participating_owners),
        (2, CentiM2(20_000), 1)
    );
    // 1 of 2 owners is below 2/3 participation.
    assert!(!r.participation_met());
    let unit_vote = t.owners_vote(5, Scope::Unit(t.units[0][0]), T0 + DAY);
    t.ballot(unit_vote, inside, Choice::Yes);
    assert!(owners_result(&t, unit_vote).passed());
}

#[test]
fn owners_thresholds_hold_at_the_boundary_through_the_record() {
    // Three owners of equal area: 2 participating is exactly 2/3.
    for (matter, yes, passes) in [
        (4u8, 2usize, true),
        (4, 1, false),
        (7, 2, true),
        (7, 1, false),
    ] {
        let mut t = Town::new(1);
        let hh: Vec<HouseholdId> = (0..3)
            .map(|i| {
                t.household(
                    1,
                    1,
                    &format!("10{i}"),
                    registered(10_000),
                    owners(&[(&format!("主{i}"), &format!("{i}"))]),
                )
            })
            .collect();
        let vote = t.owners_vote(matter, Scope::Compound(t.compound), T0 + DAY);
        for (i, h) in hh.iter().take(2).enumerate() {
            t.ballot(vote, *h, if i < yes { Choice::Yes } else { Choice::No });
        }
        let r = owners_result(&t, vote);
        assert!(r.participation_met());
        assert_eq!(
            r.passed(),
            passes,
            "matter {matter}, {yes} of 2 yes: {:?}",
            r.lines()
        );
    }
}

#[test]
fn ballots_after_the_deadline_are_refused_in_plain_english() {
    let mut t = Town::new(1);
    let h = t.household(1, 1, "501", registered(10_000), owners(&[("甲", "1")]));
    let vote = t.owners_vote(1, Scope::Community, may_first_20h());
    let late = t.record.submit(
        &t.admin,
        may_first_20h() + 1,
        "a",
        Payload::BallotCast {
            vote,
            voter: Voter::Household(h),
            choice: Choice::Yes,
        },
    );
    assert_eq!(
        late.unwrap_err().to_string(),
        "voting closed at 20:00 on 1 May 2025"
    );
    // Exactly at the deadline still counts.
    t.record
        .submit(
            &t.admin,
            may_first_20h(),
            "a",
            Payload::BallotCast {
                vote,
                voter: Voter::Household(h),
                choice: Choice::Yes,
            },
        )
        .unwrap();
    t.submit_at(may_first_20h(), Payload::VoteClosed { vote, cut: None });
    let after = t.record.submit(
        &t.admin,
        may_first_20h(),
        "a",
        Payload::BallotCast {
            vote,
            voter: Voter::Household(h),
            choice: Choice::Yes,
        },
    );
    assert!(matches!(after, Err(Refusal::VotingClosed { .. })));
}

#[test]
fn a_matter_outside_one_to_nine_is_refused() {
    let mut t = Town::new(1);
    for matter in [0u8, 10] {
        let r = t.record.submit(
            &t.admin,
            T0,
            "a",
            Payload::VoteOpened {
                title: "x".into(),
                kind: VoteKind::Owners {
                    matter,
                    scope: Scope::Community,
                },
                proposal: None,
                closes_ms: T0 + DAY,
            },
        );
        assert_eq!(r.unwrap_err(), Refusal::MatterOutOfRange { matter });
    }
}

/// Drafts the back-gate proposal and takes it through public notice.
fn back_gate(t: &mut Town) -> ProposalId {
    let request = t.submit(Payload::RequestRaised {
        title: "后门坏了".into(),
        detail: "the back gate is broken".into(),
        scope: Scope::Compound(t.compound),
        raised_by: None,
        category: RequestCategory::Facilities,
        place: "北侧后门".into(),
        name: "刘德明".into(),
        household: None,
    });
    let proposal = ProposalId(t.submit(Payload::ProposalDrafted {
        request: Some(request),
        title: "北苑后门".into(),
        scope: Scope::Compound(t.compound),
        budget: vec![
            BudgetLine {
                item: "gate".into(),
                amount: yuan(30_000),
            },
            BudgetLine {
                item: "access control".into(),
                amount: yuan(6_000),
            },
        ],
        funding: vec![FundingLine {
            source: FundingSource::PublicServiceFunds,
            amount: yuan(36_000),
        }],
    }));
    t.submit(Payload::NoticePosted {
        gap_reason: String::new(),
        proposal,
        opens_ms: T0,
        closes_ms: T0 + 7 * DAY,
    });
    proposal
}

fn council_vote(t: &mut Town, org: EventId, proposal: ProposalId, quorum: Option<Ratio>) -> VoteId {
    VoteId(t.submit_at(
        T0 + 8 * DAY,
        Payload::VoteOpened {
            title: "北苑后门".into(),
            kind: VoteKind::Council {
                organisation: org,
                rule: CouncilRule::TwoThirdsOfAllMembers,
                quorum,
            },
            proposal: Some(proposal),
            closes_ms: T0 + 9 * DAY,
        },
    ))
}

#[test]
fn a_rejected_plan_is_revised_to_a_draft_and_goes_through_notice_and_the_council_again() {
    use gongzhi_core::rules::lifecycle::{check_revise, standing, Standing};
    let mut t = Town::new(1);
    let (org, members) = t.council(37);
    let proposal = back_gate(&mut t);
    let p = |t: &Town| t.record.state().proposals[&proposal].clone();
    assert_eq!(standing(&p(&t), T0), Standing::At(Stage::PublicNotice));
    assert_eq!(standing(&p(&t), T0 + 7 * DAY), Standing::NoticeEnded);
    // A resident's own phone responds during the notice; nobody confirms it.
    let flat = t.household(1, 1, "101", registered(9_000), owners(&[("张伟", "1")]));
    let l = t.record.events().map(|e| e.lamport).max().unwrap();
    let (phone, heads) = forged_chain(
        &key(8),
        vec![(
            l + 1,
            Payload::NoticeResponse {
                proposal,
                stance: Stance::Support,
                household: Some(flat),
                text: "支持".into(),
                name: String::new(),
            },
        )],
    );
    t.record.merge(phone, heads).unwrap();
    assert_eq!(p(&t).unconfirmed.len(), 1);
    // What residents saw on notice cannot change under them.
    assert!(matches!(
        check_revise(&p(&t)),
        Err(Refusal::NotAtStage { .. })
    ));
    let vote = council_vote(&mut t, org, proposal, None);
    for m in members.iter().take(20) {
        t.submit_at(
            T0 + 8 * DAY,
            Payload::BallotCast {
                vote,
                voter: Voter::Member(*m),
                choice: Choice::Yes,
            },
        );
    }
    t.submit_at(T0 + 8 * DAY, Payload::VoteClosed { vote, cut: None });
    assert_eq!(p(&t).stage, Stage::Rejected);
    assert_eq!(check_revise(&p(&t)), Ok(()));

    let cheaper = vec![BudgetLine {
        item: "gate".into(),
        amount: yuan(28_000),
    }];
    let funding = vec![FundingLine {
        source: FundingSource::PublicServiceFunds,
        amount: yuan(28_000),
    }];
    // Revised into a plan its funding does not cover, and renamed.
    let short = vec![FundingLine {
        source: FundingSource::PublicServiceFunds,
        amount: Fen(2_500_000),
    }];
    t.submit_at(
        T0 + 10 * DAY,
        Payload::ProposalRevised {
            title: Some(" 北苑后门（修改后） ".into()),
            proposal,
            budget: cheaper.clone(),
            funding: short,
        },
    );
    assert_eq!(p(&t).title, "北苑后门（修改后）");
    let gap = ledger::funding_gap(&p(&t)).unwrap();
    assert_eq!(
        (gap.budget, gap.funding, gap.difference()),
        (yuan(28_000), yuan(25_000), yuan(-3_000))
    );
    let unnamed = t.record.submit(
        &t.admin,
        T0 + 10 * DAY,
        "a",
        Payload::ProposalRevised {
            title: Some(" ".into()),
            proposal,
            budget: cheaper.clone(),
            funding: funding.clone(),
        },
    );
    assert!(
        matches!(unnamed, Err(Refusal::EmptyText { .. })),
        "{unnamed:?}"
    );
    t.submit_at(
        T0 + 10 * DAY,
        Payload::ProposalRevised {
            title: None,
            proposal,
            budget: cheaper.clone(),
            funding: funding.clone(),
        },
    );
    let revised = p(&t);
    assert_eq!(
        revised.title, "北苑后门（修改后）",
        "no title keeps the one it has"
    );
    assert!(
        revised.unconfirmed.is_empty(),
        "the old notice's waiting responses go with it"
    );
    {
        use gongzhi_core::read::timeline::{timeline, StepKind};
        let revisions: Vec<StepKind> = timeline(&t.record, &proposal)
            .into_iter()
            .filter(|s| matches!(s.what, StepKind::Revised { .. }))
            .map(|s| s.what)
            .collect();
        assert_eq!(
            revisions,
            [
                StepKind::Revised {
                    renamed: Some("北苑后门（修改后）".into())
                },
                StepKind::Revised { renamed: None },
            ]
        );
    }
    assert_eq!(ledger::funding_gap(&revised), None);
    assert_eq!(revised.stage, Stage::Draft);
    assert_eq!(revised.budget, cheaper);
    assert_eq!((revised.notice, revised.council_vote), (None, None));
    assert!(revised.responses.is_empty() && revised.roadshows.is_empty());
    // The old vote keeps its result.
    assert!(!result(t.record.state(), &vote).unwrap().passed());

    // Notice again, then a second council vote that passes.
    t.submit_at(
        T0 + 10 * DAY,
        Payload::NoticePosted {
            gap_reason: String::new(),
            proposal,
            opens_ms: T0 + 10 * DAY,
            closes_ms: T0 + 17 * DAY,
        },
    );
    let second = VoteId(t.submit_at(
        T0 + 18 * DAY,
        Payload::VoteOpened {
            title: "北苑后门（修改后）".into(),
            kind: VoteKind::Council {
                organisation: org,
                rule: CouncilRule::TwoThirdsOfAllMembers,
                quorum: None,
            },
            proposal: Some(proposal),
            closes_ms: T0 + 19 * DAY,
        },
    ));
    for m in members.iter().take(25) {
        t.submit_at(
            T0 + 18 * DAY,
            Payload::BallotCast {
                vote: second,
                voter: Voter::Member(*m),
                choice: Choice::Yes,
            },
        );
    }
    t.submit_at(
        T0 + 18 * DAY,
        Payload::VoteClosed {
            vote: second,
            cut: None,
        },
    );
    assert_eq!(p(&t).stage, Stage::Passed);
    assert_eq!(p(&t).council_vote, Some(second));
    // A passed plan is not revised.
    assert!(check_revise(&p(&t)).is_err());
    let refused = t.record.submit(
        &t.admin,
        T0 + 20 * DAY,
        "admin",
        Payload::ProposalRevised {
            title: None,
            proposal,
            budget: cheaper,
            funding,
        },
    );
    assert!(
        matches!(refused, Err(Refusal::NotAtStage { .. })),
        "{refused:?}"
    );
}

#[test]
fn the_council_passes_with_25_of_37_and_rejects_with_24() {
    for (yes, stage) in [(25usize, Stage::Passed), (24, Stage::Rejected)] {
        let mut t = Town::new(1);
        let (org, members) = t.council(37);
        let proposal = back_gate(&mut t);
        let vote = council_vote(&mut t, org, proposal, None);
        for (i, m) in members.iter().enumerate().take(30) {
            let choice = if i < yes { Choice::Yes } else { Choice::No };
            t.submit_at(
                T0 + 8 * DAY,
                Payload::BallotCast {
                    vote,
                    voter: Voter::Member(*m),
                    choice,
                },
            );
        }
        t.submit_at(T0 + 8 * DAY, Payload::VoteClosed { vote, cut: None });
        assert_eq!(
            t.record.state().proposals[&proposal].stage,
            stage,
            "{yes} yes"
        );
        let lines = result(t.record.state(), &vote).unwrap().lines();
        assert!(
            lines[0].starts_with(&format!("yes {yes} of 37 members")),
            "{lines:?}"
        );
    }
}

#[test]
fn show_of_hands_counts_and_quorum_apply() {
    let mut t = Town::new(1);
    let (org, members) = t.council(37);
    // A quorum belongs to a council's own business; a project's vote has none (see
    // `a_projects_vote_is_the_community_councils_by_two_thirds_of_all`).
    let vote = VoteId(t.submit_at(
        T0 + 8 * DAY,
        Payload::VoteOpened {
            title: "议事规则修订".into(),
            kind: VoteKind::Council {
                organisation: org,
                rule: CouncilRule::TwoThirdsOfAllMembers,
                quorum: Some(Ratio::TWO_THIRDS),
            },
            proposal: None,
            closes_ms: T0 + 9 * DAY,
        },
    ));
    let too_many = t.record.submit(
        &t.admin,
        T0 + 8 * DAY,
        "a",
        Payload::HandsCounted {
            vote,
            yes: 30,
            no: 8,
            abstain: 0,
        },
    );
    assert_eq!(
        too_many.unwrap_err(),
        Refusal::HandsExceedMembers {
            counted: 38,
            members: 37
        }
    );
    // 25 present is exactly the 2/3 quorum of 37, and 25 yes exactly the 2/3 rule.
    t.submit_at(
        T0 + 8 * DAY,
        Payload::HandsCounted {
            vote,
            yes: 25,
            no: 0,
            abstain: 0,
        },
    );
    let roll = t.record.submit(
        &t.admin,
        T0 + 8 * DAY,
        "a",
        Payload::BallotCast {
            vote,
            voter: Voter::Member(members[0]),
            choice: Choice::Yes,
        },
    );
    assert!(matches!(roll, Err(Refusal::CountedByShowOfHands { .. })));
    t.submit_at(T0 + 8 * DAY, Payload::VoteClosed { vote, cut: None });
    let closed = t.record.state().votes[&vote].closed.clone().unwrap();
    assert!(closed.result.passed());
}

#[test]
fn a_non_member_cannot_vote_in_council() {
    let mut t = Town::new(1);
    let (org, _) = t.council(5);
    let outsider = t.person("路人");
    let proposal = back_gate(&mut t);
    let vote = council_vote(&mut t, org, proposal, None);
    let r = t.record.submit(
        &t.admin,
        T0 + 8 * DAY,
        "a",
        Payload::BallotCast {
            vote,
            voter: Voter::Member(outsider),
            choice: Choice::Yes,
        },
    );
    assert_eq!(
        r.unwrap_err().to_string(),
        "路人 is not a member of 晋阳社区议事会"
    );
}

#[test]
fn the_council_cannot_vote_while_the_notice_is_posted() {
    let mut t = Town::new(1);
    let (org, _) = t.council(5);
    let proposal = back_gate(&mut t);
    let early = t.record.submit(
        &t.admin,
        T0 + DAY,
        "a",
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
    );
    assert_eq!(
        early.unwrap_err(),
        Refusal::NoticeStillOpen {
            proposal_title: "北苑后门".into(),
            closes_at_ms: T0 + 7 * DAY
        }
    );
    let objection = Payload::NoticeResponse {
        proposal,
        stance: Stance::Objection,
        household: None,
        text: "too dear".into(),
        name: String::new(),
    };
    t.submit_at(T0 + DAY, objection.clone());
    let support = Payload::NoticeResponse {
        proposal,
        stance: Stance::Support,
        household: None,
        text: "about time".into(),
        name: String::new(),
    };
    t.submit_at(T0 + 2 * DAY, support.clone());
    t.submit_at(T0 + 3 * DAY, support);
    let late = t.record.submit(&t.admin, T0 + 7 * DAY, "a", objection);
    assert!(matches!(late, Err(Refusal::OutsideNoticeWindow { .. })));
    let counted = &t.record.state().proposals[&proposal];
    assert_eq!(counted.responses.len(), 3);
    assert_eq!(counted.stances(), (2, 1), "two in support, one objecting");
}

#[test]
fn the_back_gate_project_runs_its_whole_cycle_and_saves_1500_yuan() {
    let mut t = Town::new(1);
    let (org, members) = t.council(37);
    let household = t.household(1, 1, "501", registered(9_000), owners(&[("甲", "1")]));
    let proposal = back_gate(&mut t);
    // Illegal steps are refused with the reason.
    let skip = t.record.submit(
        &t.admin,
        T0,
        "a",
        Payload::ContractorSelectionStarted { proposal },
    );
    assert_eq!(
        skip.unwrap_err().to_string(),
        "project \"北苑后门\" is at the public notice stage and cannot move to contractor selection"
    );
    let vote = council_vote(&mut t, org, proposal, None);
    for m in members.iter().take(25) {
        t.submit_at(
            T0 + 8 * DAY,
            Payload::BallotCast {
                vote,
                voter: Voter::Member(*m),
                choice: Choice::Yes,
            },
        );
    }
    t.submit_at(T0 + 8 * DAY, Payload::VoteClosed { vote, cut: None });
    t.submit(Payload::ContractorSelectionStarted { proposal });
    let early_expense = t.record.submit(
        &t.admin,
        T0,
        "a",
        Payload::ExpenseRecorded {
            payee: String::new(),
            proposal,
            budget_line: Some(0),
            description: "gate".into(),
            amount: yuan(1),
            paid_on_ms: None,
        },
    );
    assert!(matches!(early_expense, Err(Refusal::NotAtStage { .. })));
    let quote = |contractor: &str, amount, days, interest| Payload::BidSubmitted {
        proposal,
        contractor: contractor.into(),
        amount: yuan(amount),
        note: String::new(),
        duration_days: Some(days),
        warranty_months: Some(24),
        interest,
    };
    t.submit(quote("甲公司", 36_000, 20, Interest::NoneDeclared));
    let cheap = t.submit(quote("乙公司", 34_500, 30, Interest::NoneDeclared));
    let comparison = selection::compare(t.record.state(), &proposal).unwrap();
    assert!(comparison.too_few, "two quotes are fewer than three");
    assert_eq!(
        comparison
            .quotes
            .iter()
            .map(|q| (q.contractor.as_str(), q.lowest, q.against_budget))
            .collect::<Vec<_>>(),
        vec![("乙公司", true, yuan(-1_500)), ("甲公司", false, yuan(0))]
    );
    t.submit(quote(
        "丙公司",
        35_800,
        25,
        Interest::Declared("项目经理住在北苑 2 栋".into()),
    ));
    assert!(
        !selection::compare(t.record.state(), &proposal)
            .unwrap()
            .too_few
    );
    let no_reason = Payload::ContractorChosen {
        proposal,
        bid: cheap,
        reason: "  ".into(),
        meeting: None,
    };
    assert!(matches!(
        t.record.submit(&t.admin, T0, "a", no_reason),
        Err(Refusal::EmptyText { .. })
    ));
    let meeting = t.submit(Payload::MeetingScheduled {
        kind: MeetingKind::CouncilMeeting,
        organisation: None,
        title: "第三次比选会".into(),
        at_ms: T0,
        agenda: vec![],
        links: Vec::new(),
        place: String::new(),
        series: None,
    });
    t.submit(Payload::ContractorChosen {
        proposal,
        bid: cheap,
        reason: "报价最低，保修两年".into(),
        meeting: Some(meeting),
    });
    let chosen = selection::compare(t.record.state(), &proposal).unwrap();
    assert!(chosen.quotes[0].chosen && !chosen.quotes[1].chosen);
    assert_eq!(chosen.selection.as_ref().unwrap().meeting, Some(meeting));
    t.submit(Payload::ExpenseRecorded {
        payee: String::new(),
        proposal,
        budget_line: Some(0),
        description: "gate".into(),
        amount: yuan(29_000),
        paid_on_ms: None,
    });
    t.submit(Payload::ExpenseRecorded {
        payee: String::new(),
        proposal,
        budget_line: Some(1),
        description: "access control".into(),
        amount: yuan(5_500),
        paid_on_ms: None,
    });
    let bad_line = t.record.submit(
        &t.admin,
        T0,
        "a",
        Payload::ExpenseRecorded {
            payee: String::new(),
            proposal,
            budget_line: Some(2),
            description: "x".into(),
            amount: yuan(1),
            paid_on_ms: None,
        },
    );
    assert_eq!(
        bad_line.unwrap_err(),
        Refusal::NoSuchBudgetLine { index: 2, lines: 2 }
    );
    let report = |on_ms: i64, inspectors: &[&str], findings: &str, photo: Option<String>| {
        Payload::WorkAccepted {
            proposal,
            report: Some(Acceptance {
                on_ms,
                inspectors: inspectors.iter().map(|s| s.to_string()).collect(),
                findings: findings.into(),
                photo_sha256: photo,
            }),
        }
    };
    let refused = |t: &mut Town, p: Payload| t.record.submit(&t.admin, T0, "a", p).unwrap_err();
    assert_eq!(
        refused(&mut t, report(T0 + DAY, &["刘德明"], "合格", None)),
        Refusal::AcceptedInFuture { on_ms: T0 + DAY }
    );
    assert!(matches!(
        refused(&mut t, report(T0, &[], "合格", None)),
        Refusal::EmptyText {
            field: Field::InspectorName
        }
    ));
    assert!(matches!(
        refused(&mut t, report(T0, &["刘德明", " "], "合格", None)),
        Refusal::EmptyText {
            field: Field::InspectorName
        }
    ));
    assert!(matches!(
        refused(&mut t, report(T0, &["刘德明"], "", None)),
        Refusal::EmptyText {
            field: Field::Findings
        }
    ));
    assert_eq!(
        refused(
            &mut t,
            report(T0, &["刘德明"], "合格", Some("AB".repeat(32)))
        ),
        Refusal::PhotoHashInvalid
    );
    t.submit(report(
        T0,
        &["刘德明", "监理 陈工"],
        "门体牢固，门禁可用",
        Some("0f".repeat(32)),
    ));
    t.submit(Payload::ProposalClosed {
        proposal,
        note: "结余 1,500 元退回公共服务资金".into(),
    });
    let steps = gongzhi_core::read::timeline::timeline(&t.record, &proposal);
    let kinds: Vec<_> = steps.iter().rev().take(3).map(|s| s.what.clone()).collect();
    use gongzhi_core::read::timeline::StepKind;
    assert!(matches!(&kinds[0], StepKind::Closed { note } if note.starts_with("结余")));
    assert!(matches!(&kinds[1],
        StepKind::WorkAccepted { report: Some(r) } if r.inspectors.len() == 2 && r.findings == "门体牢固，门禁可用"));
    assert_eq!(
        kinds[2],
        StepKind::Spent {
            amount: yuan(5_500),
            description: "access control".into(),
            payee: String::new(),
            line: Some("access control".into()),
        }
    );
    let l = ledger::ledger(t.record.state(), &proposal).unwrap();
    assert_eq!(
        (l.budget, l.spent, l.savings()),
        (yuan(36_000), yuan(34_500), yuan(1_500))
    );
    assert_eq!(l.chosen_bid, Some(yuan(34_500)));
    assert_eq!(l.lines[1].spent, yuan(5_500));
    assert_eq!(
        l.summary(),
        "budget 36,000.00 yuan, spent 34,500.00 yuan, saved 1,500.00 yuan"
    );
    let after = t.record.submit(
        &t.admin,
        T0,
        "a",
        Payload::PledgeMade {
            proposal,
            household,
            amount: yuan(1),
        },
    );
    assert!(matches!(after, Err(Refusal::ProposalFinished { .. })));
}

#[test]
fn self_raised_pledges_and_receipts_are_kept_per_household() {
    let mut t = Town::new(1);
    let hh: Vec<HouseholdId> = (0..28)
        .map(|i| {
            t.household(
                1,
                1,
                &format!("{i}"),
                registered(9_000),
                owners(&[(&format!("户{i}"), &format!("{i}"))]),
            )
        })
        .collect();
    let proposal = ProposalId(t.submit(Payload::ProposalDrafted {
        request: None,
        title: "樱花树".into(),
        scope: Scope::Compound(t.compound),
        budget: vec![BudgetLine {
            item: "50 cherry trees".into(),
            amount: yuan(2_000),
        }],
        funding: vec![FundingLine {
            source: FundingSource::SelfRaised,
            amount: yuan(2_000),
        }],
    }));
    for (i, h) in hh.iter().enumerate() {
        let amount = if i < 20 { Fen(7_000) } else { Fen(7_500) };
        t.submit(Payload::PledgeMade {
            proposal,
            household: *h,
            amount,
        });
        if i % 2 == 0 {
            t.submit(Payload::ReceiptRecorded {
                proposal,
                household: *h,
                amount,
            });
        }
    }
    let zero = t.record.submit(
        &t.admin,
        T0,
        "a",
        Payload::PledgeMade {
            proposal,
            household: hh[0],
            amount: Fen(0),
        },
    );
    assert_eq!(
        zero.unwrap_err(),
        Refusal::AmountNotPositive { amount: Fen(0) }
    );
    let l = ledger::ledger(t.record.state(), &proposal).unwrap();
    assert_eq!(l.pledged, yuan(2_000));
    assert_eq!(l.received, Fen(10 * 7_000 + 4 * 7_500));
    assert_eq!(l.outstanding(), Fen(200_000 - 100_000));
    assert_eq!(
        t.record.state().proposals[&proposal].pledges[&hh[27]],
        Fen(7_500)
    );
}

#[test]
fn only_an_admin_device_changes_the_trusted_list() {
    let mut t = Town::new(1);
    let kiosk = key(2);
    t.submit(Payload::DeviceTrusted {
        device: kiosk.device(),
        label: "北苑 kiosk 2".into(),
        admin: false,
        role: None,
        household: None,
    });
    let third = key(3).device();
    let r = t.record.submit(
        &kiosk,
        T0,
        "kiosk",
        Payload::DeviceTrusted {
            device: third,
            label: "x".into(),
            admin: true,
            role: None,
            household: None,
        },
    );
    assert_eq!(
        r.unwrap_err(),
        Refusal::NotAllowed {
            device: kiosk.device(),
            kind: gongzhi_core::log::payload::Kind::DeviceTrusted,
            denied: gongzhi_core::rules::authority::Denied::WrongRole {
                role: gongzhi_core::rules::authority::DeviceRole::Clerk,
                needed: gongzhi_core::rules::authority::DeviceRole::Admin,
            },
        }
    );
    let state = t.record.state();
    assert_eq!(
        state.trust(&kiosk.device()),
        gongzhi_core::rules::state::Trust::Trusted {
            label: "北苑 kiosk 2".into(),
            role: gongzhi_core::rules::authority::DeviceRole::Clerk,
            household: None,
        }
    );
    assert_eq!(
        state.trust(&third),
        gongzhi_core::rules::state::Trust::Unknown
    );
    t.submit(Payload::DeviceRevoked {
        device: kiosk.device(),
        last_seq: None,
    });
    assert!(matches!(
        t.record.state().trust(&kiosk.device()),
        gongzhi_core::rules::state::Trust::Revoked { .. }
    ));
}

#[test]
fn amounts_and_totals_stop_at_the_limit_so_no_sum_can_overflow() {
    let mut t = Town::new(1);
    let h = t.household(1, 1, "501", registered(9_000), owners(&[("甲", "1")]));
    let draft = |amounts: &[Fen]| Payload::ProposalDrafted {
        request: None,
        title: "大项目".into(),
        scope: Scope::Community,
        budget: amounts
            .iter()
            .map(|a| BudgetLine {
                item: "x".into(),
                amount: *a,
            })
            .collect(),
        funding: vec![],
    };
    let refused = |t: &mut Town, p: Payload| t.record.submit(&t.admin, T0, "a", p).unwrap_err();
    let too_large = |total: i64| Refusal::AmountTooLarge {
        total: Fen(total),
        max: Fen::LIMIT,
    };
    let max = Fen::LIMIT.0;
    assert_eq!(refused(&mut t, draft(&[Fen(max + 1)])), too_large(max + 1));
    assert_eq!(
        refused(&mut t, draft(&[Fen(max), Fen(1)])),
        too_large(max + 1)
    );
    // i64::MAX itself is refused rather than wrapped.
    assert_eq!(
        refused(&mut t, draft(&[Fen(max), Fen(i64::MAX)])),
        too_large(i64::MAX)
    );
    let proposal = ProposalId(t.submit(draft(&[Fen(max - 1), Fen(1)])));
    // Pledges: one household may pledge the limit in two parts, never a fen more.
    let pledge = |amount| Payload::PledgeMade {
        proposal,
        household: h,
        amount: Fen(amount),
    };
    t.submit(pledge(max - 1));
    t.submit(pledge(1));
    assert_eq!(refused(&mut t, pledge(1)), too_large(max + 1));
    let receipt = |amount| Payload::ReceiptRecorded {
        proposal,
        household: h,
        amount: Fen(amount),
    };
    t.submit(receipt(max));
    assert_eq!(refused(&mut t, receipt(i64::MAX)), too_large(i64::MAX));
    let l = ledger::ledger(t.record.state(), &proposal).unwrap();
    assert_eq!(
        (l.budget, l.pledged, l.received),
        (Fen::LIMIT, Fen::LIMIT, Fen::LIMIT)
    );
    assert_eq!(l.outstanding(), Fen(0));
}

#[test]
fn an_area_over_the_limit_is_refused_and_the_limit_itself_is_tallied_exactly() {
    let mut t = Town::new(1);
    let over = t.record.submit(
        &t.admin,
        T0,
        "a",
        Payload::HouseholdAdded {
            unit: t.units[0][0],
            room: "101".into(),
            area: AreaFigures {
                registered: Some(CentiM2(9_000)),
                surveyed: None,
                contract: Some(CentiM2(CentiM2::LIMIT.0 + 1)),
            },
            ownership: owners(&[("甲", "1")]),
            residents: 1,
        },
    );
    assert_eq!(
        over.unwrap_err(),
        Refusal::AreaTooLarge {
            household_label: "1-1-101".into(),
            max: CentiM2::LIMIT
        }
    );
    let hh: Vec<HouseholdId> = (0..3)
        .map(|i| {
            t.household(
                1,
                1,
                &format!("10{i}"),
                registered(CentiM2::LIMIT.0),
                owners(&[(&format!("主{i}"), &format!("{i}"))]),
            )
        })
        .collect();
    let changed = t.record.submit(
        &t.admin,
        T0,
        "a",
        Payload::HouseholdChanged {
            household: hh[0],
            area: Some(registered(u64::MAX)),
            ownership: None,
            residents: None,
        },
    );
    assert!(matches!(changed, Err(Refusal::AreaTooLarge { .. })));
    let vote = t.owners_vote(4, Scope::Community, T0 + DAY);
    t.ballot(vote, hh[0], Choice::Yes);
    t.ballot(vote, hh[1], Choice::Yes);
    let r = owners_result(&t, vote);
    assert_eq!(r.area, CentiM2(3 * CentiM2::LIMIT.0));
    assert_eq!(r.yes_area, CentiM2(2 * CentiM2::LIMIT.0));
    assert!(r.passed());
}

#[test]
fn the_project_is_presented_to_the_council_only_between_notice_and_verdict() {
    let mut t = Town::new(1);
    let (org, members) = t.council(37);
    let proposal = back_gate(&mut t);
    let roadshow = || Payload::RoadshowHeld {
        proposal,
        presenter: "刘德明".into(),
        group: None,
        summary: "公共服务资金 36,000 元；公示期无异议".into(),
    };
    let early = t.record.submit(&t.admin, T0 + 6 * DAY, "a", roadshow());
    assert!(matches!(early, Err(Refusal::NoticeStillOpen { .. })));
    t.submit_at(T0 + 7 * DAY, roadshow());
    let vote = council_vote(&mut t, org, proposal, None);
    // A second group presents at the meeting itself, before the hands go up.
    t.submit_at(T0 + 8 * DAY, roadshow());
    assert_eq!(t.record.state().proposals[&proposal].roadshows.len(), 2);
    for m in &members[..25] {
        t.submit_at(
            T0 + 8 * DAY,
            Payload::BallotCast {
                vote,
                voter: Voter::Member(*m),
                choice: Choice::Yes,
            },
        );
    }
    t.submit_at(T0 + 8 * DAY, Payload::VoteClosed { vote, cut: None });
    let after = t.record.submit(&t.admin, T0 + 8 * DAY, "a", roadshow());
    assert!(matches!(after, Err(Refusal::NotAtStage { .. })));
    let nameless = Payload::RoadshowHeld {
        proposal: back_gate(&mut t),
        presenter: " ".into(),
        group: None,
        summary: String::new(),
    };
    let refused = t.record.submit(&t.admin, T0 + 7 * DAY, "a", nameless);
    assert!(matches!(refused, Err(Refusal::EmptyText { .. })));
}

#[test]
fn a_request_is_open_then_taken_up_or_answered_and_never_both() {
    use gongzhi_core::rules::state::RequestStatus;
    let mut t = Town::new(1);
    let h = t.household(1, 1, "101", registered(9_000), owners(&[("陈", "1")]));
    let request = |t: &mut Town, title: &str| {
        t.submit(Payload::RequestRaised {
            title: title.into(),
            detail: String::new(),
            scope: Scope::Community,
            raised_by: None,
            category: RequestCategory::Safety,
            place: " 沿河步道 ".into(),
            name: "陈秀兰".into(),
            household: Some(h),
        })
    };
    let lamp = request(&mut t, "路灯不亮");
    let state = t.record.state();
    let r = &state.requests[&lamp];
    assert_eq!(
        (r.category, r.place.as_str(), r.name.as_str()),
        (RequestCategory::Safety, "沿河步道", "陈秀兰")
    );
    assert_eq!(r.status(state), RequestStatus::Open);
    let empty_reply = Payload::RequestClosed {
        request: lamp,
        reply: " ".into(),
    };
    assert!(t.record.submit(&t.admin, T0, "a", empty_reply).is_err());
    t.submit(Payload::RequestClosed {
        request: lamp,
        reply: "物业已更换灯泡".into(),
    });
    let state = t.record.state();
    assert_eq!(state.requests[&lamp].status(state), RequestStatus::Closed);
    let draft = |request| Payload::ProposalDrafted {
        request: Some(request),
        title: "路灯".into(),
        scope: Scope::Community,
        budget: vec![],
        funding: vec![],
    };
    assert!(matches!(
        t.record.submit(&t.admin, T0, "a", draft(lamp)),
        Err(Refusal::RequestNotOpen { .. })
    ));
    let gate = request(&mut t, "后门");
    let proposal = ProposalId(t.submit(draft(gate)));
    let state = t.record.state();
    assert_eq!(
        state.requests[&gate].status(state),
        RequestStatus::Proposal(Stage::Draft)
    );
    assert_eq!(state.proposals[&proposal].request, Some(gate));
    let answer = Payload::RequestClosed {
        request: gate,
        reply: "不予立项".into(),
    };
    assert!(matches!(
        t.record.submit(&t.admin, T0, "a", answer),
        Err(Refusal::RequestNotOpen { .. })
    ));
}

#[test]
fn a_household_is_found_by_its_label_or_its_code_and_an_owner_by_every_flat() {
    let mut t = Town::new(1);
    let a = t.household(1, 1, "101", registered(9_000), owners(&[("张建国", "1")]));
    let b = t.household(1, 1, "102", registered(8_000), owners(&[("张建国", "1")]));
    let c = t.household(1, 1, "201", registered(8_000), owners(&[("张建国", "2")]));
    let state = t.record.state();
    let code = household_code(&b);
    assert_eq!(
        state.find_household(" 1-1-102 ", &Scope::Community).found(),
        Some(b)
    );
    assert_eq!(
        state
            .find_household(&code.to_lowercase(), &Scope::Community)
            .found(),
        Some(b)
    );
    assert_eq!(
        state.find_household("ZZZZ-ZZZZ", &Scope::Community),
        FlatLookup::NotFound
    );
    // Typed the way people type: full width from a Chinese input method, or spoken.
    for typed in [
        "１－１－１０２",
        "1栋1单元102",
        "1栋1单元102室",
        " 1 号楼 1 单元 102 ",
    ] {
        assert_eq!(
            state.find_household(typed, &Scope::Community).found(),
            Some(b),
            "{typed:?}"
        );
    }
    assert_eq!(
        state
            .find_household("1栋1单元201室", &Scope::Community)
            .found(),
        Some(c)
    );
    let wide_code: String = code
        .chars()
        .map(|ch| char::from_u32(ch as u32 + 0xFEE0).unwrap())
        .collect();
    assert_eq!(
        state.find_household(&wide_code, &Scope::Community).found(),
        Some(b)
    );
    assert_eq!(
        state.find_household("1栋1单元909室", &Scope::Community),
        FlatLookup::NotFound
    );
    let flats: Vec<HouseholdId> = state
        .flats_of_same_owner(&a)
        .into_iter()
        .map(|f| f.0)
        .collect();
    // Same name, different ID number: another person.
    assert_eq!(flats, vec![a, b]);
    assert_eq!(state.flats_of_same_owner(&c).len(), 1);
}

#[test]
fn events_written_before_the_newer_fields_hash_exactly_as_they_did() {
    use gongzhi_core::canonical::to_canonical_bytes;
    let old = [
        r#"{"detail":"坏了","raised_by":null,"scope":{"kind":"community"},"title":"后门","type":"request_raised"}"#,
        r#"{"household":null,"proposal":"0000000000000000000000000000000000000000000000000000000000000000:1","stance":"support","text":"好","type":"notice_response"}"#,
        // Given report, note, title, gap_reason and payee later.
        r#"{"proposal":"0000000000000000000000000000000000000000000000000000000000000000:1","type":"work_accepted"}"#,
        r#"{"proposal":"0000000000000000000000000000000000000000000000000000000000000000:1","type":"proposal_closed"}"#,
        r#"{"budget":[],"funding":[],"proposal":"0000000000000000000000000000000000000000000000000000000000000000:1","type":"proposal_revised"}"#,
        r#"{"closes_ms":2,"opens_ms":1,"proposal":"0000000000000000000000000000000000000000000000000000000000000000:1","type":"notice_posted"}"#,
        r#"{"amount":100,"budget_line":null,"description":"门","proposal":"0000000000000000000000000000000000000000000000000000000000000000:1","type":"expense_recorded"}"#,
        r#"{"amount":100,"description":"树","fund":"0000000000000000000000000000000000000000000000000000000000000000:1","type":"fund_spent"}"#,
    ];
    for text in old {
        let payload: Payload = match serde_json::from_str(text) {
            Ok(p) => p,
            Err(e) => panic!("{text}: {e}"),
        };
        assert_eq!(
            String::from_utf8(to_canonical_bytes(&payload)).unwrap(),
            text
        );
    }
}

#[test]
fn a_plan_posted_with_a_funding_gap_carries_its_reason() {
    let mut t = Town::new(1);
    let proposal = ProposalId(t.submit(Payload::ProposalDrafted {
        request: None,
        title: "楼道照明".into(),
        scope: Scope::Compound(t.compound),
        budget: vec![BudgetLine {
            item: "灯具".into(),
            amount: Fen(570_050),
        }],
        funding: vec![FundingLine {
            source: FundingSource::PublicServiceFunds,
            amount: yuan(5_000),
        }],
    }));
    let p = |t: &Town| t.record.state().proposals[&proposal].clone();
    let gap = ledger::funding_gap(&p(&t)).unwrap();
    assert_eq!(gap.difference(), Fen(-70_050));
    assert_eq!(
        ledger::check_gap_reason(&p(&t), "  "),
        Err(Refusal::GapReasonMissing {
            budget: Fen(570_050),
            funding: yuan(5_000)
        })
    );
    assert_eq!(ledger::check_gap_reason(&p(&t), "居民自筹差额"), Ok(()));
    t.submit(Payload::NoticePosted {
        proposal,
        opens_ms: T0,
        closes_ms: T0 + 7 * DAY,
        gap_reason: " 差额 700.50 元由居民自筹，另行公示 ".into(),
    });
    assert_eq!(p(&t).gap_reason, "差额 700.50 元由居民自筹，另行公示");
    assert_eq!(p(&t).stage, Stage::PublicNotice);
}

#[test]
fn the_timeline_leaves_out_what_the_rules_set_aside() {
    let mut t = Town::new(1);
    let proposal = back_gate(&mut t);
    // A device the community never trusted forges a roadshow and an acceptance: recorded,
    // set aside, and no step of the project's history.
    let l = t.record.events().map(|e| e.lamport).max().unwrap();
    let (forged, heads) = forged_chain(
        &key(9),
        vec![
            (
                l + 1,
                Payload::RoadshowHeld {
                    proposal,
                    presenter: "冒名者".into(),
                    group: None,
                    summary: "x".into(),
                },
            ),
            (
                l + 2,
                Payload::ProposalClosed {
                    proposal,
                    note: "冒名结项".into(),
                },
            ),
        ],
    );
    t.record.merge(forged, heads).unwrap();
    assert_eq!(t.record.state().rejected.len(), 2);
    let steps = gongzhi_core::read::timeline::timeline(&t.record, &proposal);
    assert!(
        steps.iter().all(|s| s.event.device != key(9).device()),
        "{steps:?}"
    );
    assert!(!steps.is_empty());
}
