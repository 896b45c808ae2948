//! Budget against actual spending of one proposal, in fen.

use crate::ids::ProposalId;
use crate::numbers::Fen;
use crate::rules::state::{Proposal, State};

/// A plan whose budget and funding lines do not add up to the same sum.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FundingGap {
    pub budget: Fen,
    pub funding: Fen,
}

impl FundingGap {
    /// Funding minus budget: negative when the money found falls short.
    pub fn difference(&self) -> Fen {
        Fen(self.funding.0 - self.budget.0)
    }
}

/// Whether the plan's funding differs from its budget. Posting such a plan for notice asks for
/// a reason (`NoticePosted::gap_reason`), and a plan posted without one is shown flagged.
pub fn funding_gap(p: &Proposal) -> Option<FundingGap> {
    // Both sums were checked to stay within `Fen::LIMIT` when the lines were recorded.
    let budget = Fen(p.budget.iter().map(|l| l.amount.0).sum());
    let funding = Fen(p.funding.iter().map(|l| l.amount.0).sum());
    (budget != funding).then_some(FundingGap { budget, funding })
}

/// What the app asks before posting a plan for notice: a plan whose funding differs from its
/// budget goes on notice only with the reason. (The fold does not refuse a notice without one,
/// written before this rule, or by another tool; it shows flagged instead.)
pub fn check_gap_reason(p: &Proposal, reason: &str) -> Result<(), crate::Refusal> {
    match funding_gap(p) {
        Some(gap) if reason.trim().is_empty() => Err(crate::Refusal::GapReasonMissing {
            budget: gap.budget,
            funding: gap.funding,
        }),
        _ => Ok(()),
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineActual {
    pub item: String,
    pub budget: Fen,
    pub spent: Fen,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ledger {
    pub budget: Fen,
    pub funding: Fen,
    pub chosen_bid: Option<Fen>,
    pub pledged: Fen,
    pub received: Fen,
    pub spent: Fen,
    pub lines: Vec<LineActual>,
    /// Expenses recorded without a budget line.
    pub unassigned: Fen,
}

impl Ledger {
    /// Budget minus spending; negative when over budget.
    pub fn savings(&self) -> Fen {
        Fen(self.budget.0 - self.spent.0)
    }

    /// Pledged by households but not yet received.
    pub fn outstanding(&self) -> Fen {
        Fen(self.pledged.0 - self.received.0)
    }

    pub fn summary(&self) -> String {
        let s = self.savings();
        let tail = if s.0 >= 0 {
            format!("saved {s}")
        } else {
            format!("over budget by {}", Fen(-s.0))
        };
        format!("budget {}, spent {}, {tail}", self.budget, self.spent)
    }
}

/// Cannot overflow: the record refuses any budget or funding whose total passes [`Fen::LIMIT`].
fn sum(amounts: impl Iterator<Item = Fen>) -> Fen {
    Fen(amounts.map(|f| f.0).sum())
}

pub fn ledger(state: &State, proposal: &ProposalId) -> Option<Ledger> {
    let p = state.proposals.get(proposal)?;
    let mut lines: Vec<LineActual> = p
        .budget
        .iter()
        .map(|l| LineActual {
            item: l.item.clone(),
            budget: l.amount,
            spent: Fen(0),
        })
        .collect();
    let mut unassigned = Fen(0);
    for e in &p.expenses {
        match e.budget_line.and_then(|i| lines.get_mut(i as usize)) {
            Some(line) => line.spent.0 += e.amount.0,
            None => unassigned.0 += e.amount.0,
        }
    }
    Some(Ledger {
        budget: sum(p.budget.iter().map(|l| l.amount)),
        funding: sum(p.funding.iter().map(|l| l.amount)),
        chosen_bid: p
            .chosen_bid
            .and_then(|b| state.bids.get(&b))
            .map(|b| b.amount),
        pledged: p.pledged,
        received: p.received,
        spent: p.spent,
        lines,
        unassigned,
    })
}
