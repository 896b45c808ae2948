//! 比选: the quotes for a project side by side, as the resident-group council compares them
//! before choosing a contractor.

use crate::ids::{EventId, ProposalId};
use crate::model::Interest;
use crate::numbers::Fen;
use crate::rules::refusal::{Field, QuoteFigure, Refusal};
use crate::rules::state::{Selection, State};

/// The longest duration (ten years) and warranty (fifty years) a quote may state; both from 1.
pub const MAX_DURATION_DAYS: u32 = 3_650;
pub const MAX_WARRANTY_MONTHS: u32 = 600;

/// Whether a quote's figures and declared interest may be recorded: what the fold checks of
/// every `bid_submitted`, and what a quote form asks before it sends one.
pub fn check_quote(
    duration_days: Option<u32>,
    warranty_months: Option<u32>,
    interest: &Interest,
) -> Result<(), Refusal> {
    for (figure, found, max) in [
        (QuoteFigure::DurationDays, duration_days, MAX_DURATION_DAYS),
        (
            QuoteFigure::WarrantyMonths,
            warranty_months,
            MAX_WARRANTY_MONTHS,
        ),
    ] {
        if let Some(found) = found.filter(|n| !(1..=max).contains(n)) {
            return Err(Refusal::QuoteFigureOutOfRange { figure, found, max });
        }
    }
    match interest {
        Interest::Declared(text) if text.trim().is_empty() => Err(Refusal::EmptyText {
            field: Field::DeclaredInterest,
        }),
        _ => Ok(()),
    }
}

/// Fewer quotes than this are shown with a warning: three is the usual minimum for a fair
/// comparison. The choice itself is not refused, since a small job may draw fewer bidders.
pub const MIN_QUOTES: usize = 3;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    pub bid: EventId,
    pub contractor: String,
    pub amount: Fen,
    /// The quote minus the budget: negative when under it.
    pub against_budget: Fen,
    pub duration_days: Option<u32>,
    pub warranty_months: Option<u32>,
    pub interest: Interest,
    pub note: String,
    /// The lowest price (all tied lowest are marked).
    pub lowest: bool,
    pub chosen: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// Cheapest first; equal prices in the order they were recorded.
    pub quotes: Vec<Quote>,
    pub budget: Fen,
    /// Fewer than [`MIN_QUOTES`] quotes.
    pub too_few: bool,
    pub selection: Option<Selection>,
}

/// The quotes of `proposal`; `None` for an unknown proposal.
pub fn compare(state: &State, proposal: &ProposalId) -> Option<Comparison> {
    let p = state.proposals.get(proposal)?;
    // Cannot overflow: the record refuses a budget whose total passes `Fen::LIMIT`.
    let budget = Fen(p.budget.iter().map(|l| l.amount.0).sum());
    let mut quotes: Vec<Quote> = p
        .bids
        .iter()
        .filter_map(|id| state.bids.get(id).map(|b| (id, b)))
        .map(|(id, b)| Quote {
            bid: *id,
            contractor: b.contractor.clone(),
            amount: b.amount,
            against_budget: Fen(b.amount.0 - budget.0),
            duration_days: b.duration_days,
            warranty_months: b.warranty_months,
            interest: b.interest.clone(),
            note: b.note.clone(),
            lowest: false,
            chosen: p.chosen_bid == Some(*id),
        })
        .collect();
    quotes.sort_by_key(|q| q.amount);
    if let Some(min) = quotes.first().map(|q| q.amount) {
        for q in quotes.iter_mut().filter(|q| q.amount == min) {
            q.lowest = true;
        }
    }
    Some(Comparison {
        too_few: quotes.len() < MIN_QUOTES,
        quotes,
        budget,
        selection: p.selection.clone(),
    })
}
