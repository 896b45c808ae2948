//! A request and the project it grows into, as the fold holds them: the plan, its notice and
//! the responses, the roadshow, quotes and the one chosen, and what was spent.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::State;
use crate::ids::{EventId, HouseholdId, ProposalId, VoteId};
use crate::model::{BudgetLine, FundingLine, Interest, RequestCategory, Scope, Stage, Stance};
use crate::numbers::Fen;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub title: String,
    pub detail: String,
    pub scope: Scope,
    pub category: RequestCategory,
    pub place: String,
    pub raised_by: Option<EventId>,
    /// The name the resident gave, else the registered person's name; may be empty.
    pub name: String,
    pub household: Option<HouseholdId>,
    pub raised_ms: i64,
    /// Raised from a device the community gave no role: anyone may raise a need, and the list
    /// says where it came from.
    pub unverified: bool,
    pub proposal: Option<ProposalId>,
    /// When and how it was answered without a project.
    pub closed: Option<(i64, String)>,
}

/// Where a request stands, as its list shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RequestStatus {
    /// Waiting for a council to take it up.
    Open,
    /// Taken up as a proposal, now at this stage.
    Proposal(Stage),
    /// Answered without a project.
    Closed,
}

impl Request {
    pub fn status(&self, state: &State) -> RequestStatus {
        if let Some(p) = self.proposal.and_then(|p| state.proposals.get(&p)) {
            RequestStatus::Proposal(p.stage)
        } else if self.closed.is_some() {
            RequestStatus::Closed
        } else {
            RequestStatus::Open
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub title: String,
    pub scope: Scope,
    pub request: Option<EventId>,
    pub budget: Vec<BudgetLine>,
    pub funding: Vec<FundingLine>,
    pub stage: Stage,
    pub notice: Option<NoticeWindow>,
    /// Why the plan went on notice with a budget its funding does not cover (or exceed); empty
    /// when they agree or nobody said.
    pub gap_reason: String,
    pub responses: Vec<NoticeResponse>,
    /// Responses from devices not enrolled for their household, waiting for a clerk.
    pub unconfirmed: BTreeMap<EventId, NoticeResponse>,
    pub roadshows: Vec<Roadshow>,
    pub council_vote: Option<VoteId>,
    pub bids: Vec<EventId>,
    pub chosen_bid: Option<EventId>,
    pub selection: Option<Selection>,
    pub pledges: BTreeMap<HouseholdId, Fen>,
    pub receipts: BTreeMap<HouseholdId, Fen>,
    pub expenses: Vec<Expense>,
    /// Totals of `pledges`, `receipts` and `expenses`, kept as they grow so that an amount
    /// taking one past [`Fen::LIMIT`] is refused without re-summing every household.
    pub pledged: Fen,
    pub received: Fen,
    pub spent: Fen,
}

impl Proposal {
    /// How the counted responses to the notice fall: in support, and objecting.
    pub fn stances(&self) -> (usize, usize) {
        // A match, not a subtraction: a new kind of stance must say where it counts.
        self.responses
            .iter()
            .fold((0, 0), |(support, objection), r| match r.stance {
                Stance::Support => (support + 1, objection),
                Stance::Objection => (support, objection + 1),
            })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeWindow {
    pub opens_ms: i64,
    pub closes_ms: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeResponse {
    pub event: EventId,
    pub stance: Stance,
    pub household: Option<HouseholdId>,
    pub name: String,
    pub text: String,
    pub wall_ms: i64,
}

/// A presentation of the project to the community council (路演).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Roadshow {
    pub event: EventId,
    pub presenter: String,
    pub group: Option<EventId>,
    pub summary: String,
    pub wall_ms: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bid {
    pub proposal: ProposalId,
    pub contractor: String,
    pub amount: Fen,
    pub note: String,
    pub duration_days: Option<u32>,
    pub warranty_months: Option<u32>,
    pub interest: Interest,
}

/// Which quote was chosen, why, and where it was decided.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selection {
    pub bid: EventId,
    pub reason: String,
    pub meeting: Option<EventId>,
    pub wall_ms: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expense {
    pub event: EventId,
    pub budget_line: Option<u32>,
    pub description: String,
    pub amount: Fen,
    /// Who was paid; empty when not recorded.
    pub payee: String,
    /// When it was recorded.
    pub wall_ms: i64,
    /// The day it was paid, when the record says one.
    pub paid_on_ms: Option<i64>,
}

impl Expense {
    /// The day a list shows it under: the day it was paid, or else the day it was recorded.
    pub fn day_ms(&self) -> i64 {
        self.paid_on_ms.unwrap_or(self.wall_ms)
    }
}
