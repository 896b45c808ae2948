//! The demo community and the batch it is recorded in.

use gongzhi_core::fixtures::demo::{self, BACK_GATE_PROPOSAL, RIVERSIDE_PROPOSAL};
use gongzhi_core::model::{OrgKind, Ownership, Stage};
use gongzhi_core::rules::lifecycle::check_council_vote;
use gongzhi_core::rules::owners::electorate;
use gongzhi_core::{DeviceKey, Fen, Payload, Record, Refusal, VoteId};

const NOW: i64 = 1_764_000_000_000;

fn key() -> DeviceKey {
    DeviceKey::from_seed([9; 32])
}

fn loaded() -> (Record, demo::Demo) {
    let mut record = Record::new();
    let mut batch = record.batch(&key(), NOW, "secretary");
    let made = demo::jinyang(&mut batch, "社区办公室", NOW).expect("the demo follows the rules");
    let events = batch.into_events();
    record.commit_all(events).expect("commits whole");
    (record, made)
}

#[test]
fn the_demo_is_a_living_example_of_the_whole_cycle() {
    let (record, made) = loaded();
    let state = record.state();
    assert_eq!(state.community.as_ref().unwrap().name, "晋阳社区");
    let names: Vec<&str> = made
        .compounds
        .iter()
        .map(|c| state.compounds[c].name.as_str())
        .collect();
    assert_eq!(names, ["红运花园", "北苑小区"]);
    assert_eq!(state.households.len(), 60);

    let council = &state.organisations[&made.community_council];
    assert_eq!(council.kind, OrgKind::CommunityCouncil);
    assert_eq!(
        council
            .members
            .values()
            .filter(|m| m.active_at(NOW))
            .count(),
        37
    );
    assert_eq!(state.organisations[&made.group_council].members.len(), 5);

    let proposal = &state.proposals[&made.proposal];
    assert_eq!(proposal.title, BACK_GATE_PROPOSAL);
    assert_eq!(proposal.stage, Stage::PublicNotice);
    assert_eq!(proposal.request, Some(made.request));
    let budget: i64 = proposal.budget.iter().map(|l| l.amount.0).sum();
    assert_eq!(Fen(budget), Fen::yuan(36_000));
    let notice = proposal.notice.expect("posted");
    assert!(notice.opens_ms <= NOW && NOW < notice.closes_ms);

    // Its notice runs a week yet; the riverside plan's has ended, so the council can vote on
    // it the day the demo loads.
    assert!(check_council_vote(proposal, NOW).is_err());
    let riverside = &state.proposals[&made.riverside];
    assert_eq!(riverside.title, RIVERSIDE_PROPOSAL);
    assert_eq!(riverside.stage, Stage::PublicNotice);
    assert_eq!(check_council_vote(riverside, NOW), Ok(()));

    let vote = &state.votes[&made.council_vote];
    assert!(vote.closed.is_none());
    assert_eq!(vote.electorate.len(), 37);

    // The counting rules' cases are all there: developer-held flats count as one owner, and
    // 张建国's two flats as one.
    let developer_held = state
        .households
        .values()
        .filter(|h| matches!(h.ownership, Ownership::DeveloperHeld { .. }))
        .count();
    assert_eq!(developer_held, 6);
    let parties = electorate(state, &gongzhi_core::model::Scope::Community).len();
    assert_eq!(parties, 60 - 6 + 1 - 1);
}

#[test]
fn a_batch_is_refused_whole_and_a_stale_batch_is_not_committed() {
    let (mut record, _) = loaded();
    let before = record.clone();
    // A second demo in a founded community: the first command is refused.
    let mut again = record.batch(&key(), NOW, "secretary");
    assert!(demo::jinyang(&mut again, "x", NOW).is_err());
    assert!(again.is_empty());

    let mut first = record.batch(&key(), NOW, "secretary");
    first
        .add(Payload::CompoundAdded {
            name: "锦城小区".into(),
        })
        .unwrap();
    record
        .submit(
            &key(),
            NOW,
            "secretary",
            Payload::CompoundAdded {
                name: "欧城花园".into(),
            },
        )
        .unwrap();
    assert_eq!(
        record.commit_all(first.into_events()),
        Err(Refusal::OutOfDate)
    );
    assert_eq!(record.len(), before.len() + 1);
}

#[test]
fn the_back_gate_timeline_tells_every_step_in_order() {
    use gongzhi_core::model::{CouncilRule, Stance, VoteKind};
    use gongzhi_core::read::timeline::{timeline, StepKind};
    let (mut record, made) = loaded();
    let day = 86_400_000;
    let mut put = |at: i64, payload: Payload| record.submit(&key(), at, "secretary", payload);
    put(
        NOW + day,
        Payload::NoticeResponse {
            proposal: made.proposal,
            stance: Stance::Support,
            household: Some(made.households[30]),
            text: "早该修了".into(),
            name: "周桂芳".into(),
        },
    )
    .unwrap();
    put(
        NOW + 8 * day,
        Payload::RoadshowHeld {
            proposal: made.proposal,
            presenter: "刘德明".into(),
            group: Some(made.group_council),
            summary: "公共服务资金 36,000 元；公示期支持 1 户，无异议".into(),
        },
    )
    .unwrap();
    let council = VoteId(
        put(
            NOW + 8 * day,
            Payload::VoteOpened {
                title: BACK_GATE_PROPOSAL.into(),
                kind: VoteKind::Council {
                    organisation: made.community_council,
                    rule: CouncilRule::TwoThirdsOfAllMembers,
                    quorum: None,
                },
                proposal: Some(made.proposal),
                closes_ms: NOW + 9 * day,
            },
        )
        .unwrap(),
    );
    put(
        NOW + 8 * day + 1,
        Payload::HandsCounted {
            vote: council,
            yes: 25,
            no: 10,
            abstain: 2,
        },
    )
    .unwrap();
    put(
        NOW + 8 * day + 2,
        Payload::VoteClosed {
            vote: council,
            cut: None,
        },
    )
    .unwrap();

    assert_eq!(
        record.state().community_council(),
        Some(made.community_council)
    );
    assert_eq!(
        record.state().proposals[&made.proposal].stage,
        Stage::Passed
    );
    let steps: Vec<StepKind> = timeline(&record, &made.proposal)
        .into_iter()
        .map(|s| s.what)
        .collect();
    assert_eq!(
        steps,
        vec![
            StepKind::RequestRaised {
                title: "北苑小区后门损坏".into()
            },
            StepKind::Drafted,
            StepKind::NoticePosted {
                closes_ms: NOW + 7 * day
            },
            StepKind::Response {
                stance: Stance::Support
            },
            StepKind::Roadshow {
                presenter: "刘德明".into()
            },
            StepKind::VoteOpened { vote: council },
            StepKind::HandsCounted,
            StepKind::VoteClosed {
                vote: council,
                passed: true
            },
        ]
    );
}

#[test]
fn the_dashboard_of_the_demo_shows_its_open_vote_notice_and_project() {
    use gongzhi_core::read::dashboard::dashboard;
    let (record, made) = loaded();
    let d = dashboard(record.state(), NOW + 1);
    assert_eq!(d.turnout.len(), 1);
    assert_eq!(d.turnout[0].vote, made.council_vote);
    assert_eq!((d.turnout[0].voted, d.turnout[0].eligible), (0, 37));
    // Two plans posted; only the back gate's notice is still open.
    assert_eq!(d.stages, vec![(Stage::PublicNotice, 2)]);
    assert_eq!(d.notices.len(), 1);
    assert_eq!(d.notices[0].0, made.proposal);
    assert_eq!(d.budgeted, Fen::yuan(36_000 + 12_800));
    assert_eq!((d.raised, d.spent), (Fen(0), Fen(0)));
    // A week later the notice has run out.
    let later = dashboard(record.state(), NOW + 8 * 86_400_000);
    assert!(later.notices.is_empty());
}
