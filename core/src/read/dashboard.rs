//! The community at a glance: who took part in each open vote, money raised and spent, projects
//! by stage, notices still open, and the next meetings. One fold of the state, so the home page
//! draws it without counting anything itself.

use crate::ids::{ProposalId, VoteId};
use crate::model::Stage;
use crate::numbers::Fen;
use crate::rules::meetings::upcoming;
use crate::rules::state::State;
use crate::rules::tally::{result, VoteResult};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Turnout {
    pub vote: VoteId,
    pub title: String,
    /// Owners (or council members) who voted, and all who may.
    pub voted: u64,
    pub eligible: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dashboard {
    /// Open votes, oldest first.
    pub turnout: Vec<Turnout>,
    /// Self-raised money received, and spent from those funds.
    pub raised: Fen,
    pub raised_spent: Fen,
    /// Projects' budgets and spending so far.
    pub budgeted: Fen,
    pub spent: Fen,
    /// How many projects are at each stage, in the order of the process; stages with none
    /// are left out.
    pub stages: Vec<(Stage, usize)>,
    /// Proposals on public notice whose window is still open: (proposal, title, closes).
    pub notices: Vec<(ProposalId, String, i64)>,
    /// (when, title) of the next meetings.
    pub meetings: Vec<(i64, String)>,
}

const STAGES: [Stage; 9] = [
    Stage::Draft,
    Stage::PublicNotice,
    Stage::CouncilVote,
    Stage::Passed,
    Stage::ContractorSelection,
    Stage::InProgress,
    Stage::Accepted,
    Stage::Closed,
    Stage::Rejected,
];

pub fn dashboard(state: &State, now_ms: i64) -> Dashboard {
    let turnout = state
        .votes
        .iter()
        .filter(|(_, v)| v.closed.is_none())
        .filter_map(|(id, v)| {
            let (voted, eligible) = match result(state, id)? {
                VoteResult::Owners(r) => (r.participating_owners, r.owners),
                VoteResult::Council(_) => (
                    v.hands.map_or(v.ballots.len() as u64, |h| {
                        u64::from(h.yes) + u64::from(h.no) + u64::from(h.abstain)
                    }),
                    v.electorate.len() as u64,
                ),
            };
            Some(Turnout {
                vote: *id,
                title: v.title.clone(),
                voted,
                eligible,
            })
        })
        .collect();
    // Cannot overflow: each fund's and proposal's totals are bounded by `Fen::LIMIT`, and i64
    // holds millions of those.
    let sum = |it: &mut dyn Iterator<Item = Fen>| Fen(it.map(|f| f.0).sum());
    let budgeted = sum(&mut state
        .proposals
        .values()
        .filter(|p| p.stage != Stage::Rejected)
        .flat_map(|p| p.budget.iter().map(|l| l.amount)));
    let stages = STAGES
        .iter()
        .map(|s| {
            (
                *s,
                state.proposals.values().filter(|p| p.stage == *s).count(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    let notices = state
        .proposals
        .iter()
        .filter(|(_, p)| p.stage == Stage::PublicNotice)
        .filter_map(|(id, p)| {
            let w = p.notice?;
            (now_ms < w.closes_ms).then(|| (*id, p.title.clone(), w.closes_ms))
        })
        .collect();
    Dashboard {
        turnout,
        raised: sum(&mut state.funds.values().map(|f| f.received)),
        raised_spent: sum(&mut state.funds.values().map(|f| f.spent)),
        budgeted,
        spent: sum(&mut state.proposals.values().map(|p| p.spent)),
        stages,
        notices,
        meetings: upcoming(state, now_ms, 3)
            .into_iter()
            .map(|(at, title, _)| (at, title))
            .collect(),
    }
}
