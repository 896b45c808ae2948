//! Flat numbers are per compound: two compounds of one community both have 1-1-101, and a flat
//! typed for a vote, a proposal or a fund is found in its place, or the person is asked which.

mod common;

use common::*;
use gongzhi_core::model::*;
use gongzhi_core::rules::authority::DeviceRole;
use gongzhi_core::rules::funds::{parse_payments, EntryProblem};
use gongzhi_core::rules::lookup::{Candidate, FlatLookup};
use gongzhi_core::rules::refusal::EntityKind;
use gongzhi_core::{EventId, HouseholdId, Payload, ProposalId, Refusal};

/// 北苑小区 (the town's own compound, buildings 1 and 2) and 红运花园, both numbered from 1-1-101.
struct TwoCompounds {
    t: Town,
    hongyun: EventId,
    /// 北苑 1-1-101, 北苑 1-1-102 (only 北苑 has it), 北苑 2-1-101.
    beiyuan_101: HouseholdId,
    beiyuan_102: HouseholdId,
    beiyuan_2_101: HouseholdId,
    hongyun_101: HouseholdId,
}

fn two_compounds() -> TwoCompounds {
    let mut t = Town::new(2);
    let beiyuan_101 = t.household(1, 1, "101", registered(9_000), owners(&[("甲", "1")]));
    let beiyuan_102 = t.household(1, 1, "102", registered(8_000), owners(&[("乙", "2")]));
    let beiyuan_2_101 = t.household(2, 1, "101", registered(8_500), owners(&[("丙", "3")]));
    let hongyun = t.submit(Payload::CompoundAdded {
        name: "红运花园".into(),
    });
    let building = t.submit(Payload::BuildingAdded {
        compound: hongyun,
        name: "1".into(),
    });
    let unit = t.submit(Payload::UnitAdded {
        building,
        name: "1".into(),
    });
    let hongyun_101 = HouseholdId(t.submit(Payload::HouseholdAdded {
        unit,
        room: "101".into(),
        area: registered(7_000),
        ownership: owners(&[("丁", "4")]),
        residents: 2,
    }));
    TwoCompounds {
        t,
        hongyun,
        beiyuan_101,
        beiyuan_102,
        beiyuan_2_101,
        hongyun_101,
    }
}

fn households(found: &[Candidate]) -> Vec<(HouseholdId, &str)> {
    found
        .iter()
        .map(|c| (c.household, c.compound_name.as_str()))
        .collect()
}

#[test]
fn a_flat_typed_for_a_compound_is_that_compounds_flat() {
    let c = two_compounds();
    let s = c.t.record.state();
    let beiyuan = Scope::Compound(c.t.compound);
    let hongyun = Scope::Compound(c.hongyun);
    for typed in ["1-1-101", " １－１－１０１ ", "1栋1单元101室"] {
        assert_eq!(
            s.find_household(typed, &beiyuan).found(),
            Some(c.beiyuan_101),
            "{typed}"
        );
        assert_eq!(
            s.find_household(typed, &hongyun).found(),
            Some(c.hongyun_101),
            "{typed}"
        );
    }
    // A building's vote finds its own building's 2-1-101 too.
    let building_2 = Scope::Building(c.t.buildings[1]);
    assert_eq!(
        s.find_household("2-1-101", &building_2).found(),
        Some(c.beiyuan_2_101)
    );
}

#[test]
fn a_flat_in_two_compounds_of_the_place_lists_both_and_finds_neither() {
    let c = two_compounds();
    let s = c.t.record.state();
    let FlatLookup::Ambiguous(found) = s.find_household("1-1-101", &Scope::Community) else {
        panic!("expected both compounds' 1-1-101");
    };
    assert_eq!(
        households(&found),
        vec![(c.beiyuan_101, "北苑小区"), (c.hongyun_101, "红运花园")]
    );
    assert!(found.iter().all(|f| f.label == "1-1-101"));
    assert_eq!(s.find_household("1-1-101", &Scope::Community).found(), None);
    // A flat only one compound has needs no choice, even community-wide.
    assert_eq!(
        s.find_household("1-1-102", &Scope::Community).found(),
        Some(c.beiyuan_102)
    );
    // Choosing a compound settles it.
    assert_eq!(
        s.find_household("1-1-101", &Scope::Compound(found[1].compound))
            .found(),
        Some(c.hongyun_101)
    );
}

#[test]
fn a_flat_outside_the_place_names_where_it_is() {
    let c = two_compounds();
    let s = c.t.record.state();
    let FlatLookup::Elsewhere(found) = s.find_household("1-1-102", &Scope::Compound(c.hongyun))
    else {
        panic!("1-1-102 is only in 北苑");
    };
    assert_eq!(households(&found), vec![(c.beiyuan_102, "北苑小区")]);
    // Same compound, another building than the one voting.
    let building_2 = Scope::Building(c.t.buildings[1]);
    let FlatLookup::Elsewhere(found) = s.find_household("1-1-102", &building_2) else {
        panic!("1-1-102 is in building 1");
    };
    assert_eq!(households(&found), vec![(c.beiyuan_102, "北苑小区")]);
    assert_eq!(
        s.find_household("9-9-909", &Scope::Community),
        FlatLookup::NotFound
    );
    assert_eq!(
        s.find_household("", &Scope::Community),
        FlatLookup::NotFound
    );
}

#[test]
fn a_household_code_finds_its_own_flat_anywhere_and_is_out_of_scope_elsewhere() {
    let c = two_compounds();
    let s = c.t.record.state();
    let hongyun_code = household_code(&c.hongyun_101);
    assert_ne!(hongyun_code, household_code(&c.beiyuan_101));
    assert_eq!(
        s.find_household(&hongyun_code, &Scope::Community).found(),
        Some(c.hongyun_101)
    );
    assert_eq!(
        s.find_household(&hongyun_code.to_lowercase(), &Scope::Compound(c.hongyun))
            .found(),
        Some(c.hongyun_101)
    );
    let FlatLookup::Elsewhere(found) =
        s.find_household(&hongyun_code, &Scope::Compound(c.t.compound))
    else {
        panic!("红运花园's code at 北苑's vote");
    };
    assert_eq!(households(&found), vec![(c.hongyun_101, "红运花园")]);
}

#[test]
fn the_core_refuses_a_ballot_for_another_compounds_flat_however_it_is_written() {
    let mut c = two_compounds();
    let vote = c.t.owners_vote(5, Scope::Compound(c.t.compound), T0 + DAY);
    assert_eq!(
        c.t.record.state().vote_scope(&vote),
        Some(&Scope::Compound(c.t.compound))
    );
    let ballot = |household| Payload::BallotCast {
        vote,
        voter: Voter::Household(household),
        choice: Choice::Yes,
    };
    let refused =
        c.t.record
            .submit(&c.t.admin, T0 + HOUR, "a", ballot(c.hongyun_101))
            .unwrap_err();
    assert_eq!(
        refused,
        Refusal::OutOfScope {
            household_label: "1-1-101".into(),
            compound: "红运花园".into(),
            of: EntityKind::Vote,
            title: "matter 5".into(),
        }
    );
    // The same ballot signed by a clerk's device elsewhere and merged is set aside by the fold.
    let clerk = key(7);
    c.t.submit(Payload::DeviceTrusted {
        device: clerk.device(),
        label: "红运 kiosk".into(),
        admin: false,
        role: Some(DeviceRole::Clerk),
        household: None,
    });
    let l = c.t.record.events().map(|e| e.lamport).max().unwrap();
    let (events, heads) = forged_chain(
        &clerk,
        vec![
            (l + 1, ballot(c.hongyun_101)),
            (l + 2, ballot(c.beiyuan_101)),
        ],
    );
    c.t.record.merge(events.clone(), heads).unwrap();
    let s = c.t.record.state();
    let counted: Vec<EventId> = s.votes[&vote].ballots.iter().map(|b| b.event).collect();
    assert_eq!(counted, vec![events[1].id]);
    assert!(s
        .rejected
        .iter()
        .any(|r| r.event == events[0].id && matches!(r.reason, Refusal::OutOfScope { .. })));
}

#[test]
fn the_core_refuses_responses_and_pledges_for_flats_outside_the_proposal_or_fund() {
    let mut c = two_compounds();
    let proposal = ProposalId(c.t.submit(Payload::ProposalDrafted {
        request: None,
        title: "红运樱花".into(),
        scope: Scope::Compound(c.hongyun),
        budget: vec![BudgetLine {
            item: "trees".into(),
            amount: yuan(2_000),
        }],
        funding: vec![FundingLine {
            source: FundingSource::SelfRaised,
            amount: yuan(2_000),
        }],
    }));
    c.t.submit(Payload::NoticePosted {
        gap_reason: String::new(),
        proposal,
        opens_ms: T0,
        closes_ms: T0 + 7 * DAY,
    });
    let out_of_scope = |of, title: &str| Refusal::OutOfScope {
        household_label: "1-1-101".into(),
        compound: "北苑小区".into(),
        of,
        title: title.into(),
    };
    let respond = |household| Payload::NoticeResponse {
        proposal,
        stance: Stance::Support,
        household: Some(household),
        text: String::new(),
        name: "甲".into(),
    };
    let admin = key(1); // the town's admin
    let refused =
        c.t.record
            .submit(&admin, T0 + HOUR, "a", respond(c.beiyuan_101));
    assert_eq!(
        refused.unwrap_err(),
        out_of_scope(EntityKind::Proposal, "红运樱花")
    );
    c.t.submit_at(T0 + HOUR, respond(c.hongyun_101));
    let pledge = |household| Payload::PledgeMade {
        proposal,
        household,
        amount: yuan(50),
    };
    let refused =
        c.t.record
            .submit(&admin, T0 + HOUR, "a", pledge(c.beiyuan_101));
    assert_eq!(
        refused.unwrap_err(),
        out_of_scope(EntityKind::Proposal, "红运樱花")
    );
    c.t.submit(pledge(c.hongyun_101));

    let fund = c.t.submit(Payload::FundOpened {
        title: "红运自筹".into(),
        scope: Scope::Compound(c.hongyun),
        target: yuan(2_000),
        proposal: None,
    });
    let paid = |household| Payload::FundReceived {
        fund,
        household,
        amount: yuan(70),
    };
    let refused = c.t.record.submit(&admin, T0, "a", paid(c.beiyuan_101));
    assert_eq!(
        refused.unwrap_err(),
        out_of_scope(EntityKind::Fund, "红运自筹")
    );
    c.t.submit(paid(c.hongyun_101));
    let s = c.t.record.state();
    assert_eq!(
        s.funds[&fund].receipts.keys().collect::<Vec<_>>(),
        vec![&c.hongyun_101]
    );
}

#[test]
fn a_pasted_fund_list_reads_flats_in_the_funds_place() {
    let c = two_compounds();
    let s = c.t.record.state();
    let hongyun = Scope::Compound(c.hongyun);
    assert_eq!(
        parse_payments(s, &hongyun, "1-1-101 70").unwrap(),
        vec![(c.hongyun_101, yuan(70))]
    );
    let problems = parse_payments(s, &hongyun, "1-1-101 70\n1-1-102 70").unwrap_err();
    assert_eq!(
        problems,
        vec![(
            2,
            EntryProblem::FlatElsewhere("1-1-102".into(), vec!["北苑小区".into()])
        )]
    );
    let problems = parse_payments(s, &Scope::Community, "1-1-101 70").unwrap_err();
    assert_eq!(
        problems,
        vec![(
            1,
            EntryProblem::AmbiguousFlat(
                "1-1-101".into(),
                vec!["北苑小区".into(), "红运花园".into()]
            )
        )]
    );
    // A code is never ambiguous.
    let code = household_code(&c.beiyuan_101);
    assert_eq!(
        parse_payments(s, &Scope::Community, &format!("{code} 70")).unwrap(),
        vec![(c.beiyuan_101, yuan(70))]
    );
}

#[test]
fn a_flat_added_after_a_lookup_is_found_by_the_next_one() {
    // Lookups keep an index of the labels; adding a household must not leave it stale.
    let mut t = Town::new(1);
    let first = t.household(1, 1, "101", registered(9_000), owners(&[("甲", "1")]));
    let everywhere = Scope::Community;
    assert_eq!(
        t.record
            .state()
            .find_household("1-1-101", &everywhere)
            .found(),
        Some(first)
    );
    assert_eq!(
        t.record.state().find_household("1-1-102", &everywhere),
        FlatLookup::NotFound
    );
    let later = t.household(1, 1, "102", registered(8_000), owners(&[("乙", "2")]));
    assert_eq!(
        t.record
            .state()
            .find_household("1栋1单元102室", &everywhere)
            .found(),
        Some(later)
    );
    // A state rebuilt from the same log, whose index was never built, is the same state.
    let mut rebuilt = gongzhi_core::Record::new();
    let mut log: Vec<_> = t.record.events().cloned().collect();
    log.sort_by_key(|e| e.order_key());
    assert!(rebuilt.restore_chunk(log).is_empty());
    assert_eq!(rebuilt.state(), t.record.state());
}
