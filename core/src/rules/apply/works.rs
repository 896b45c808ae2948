//! A project's works and money: contractor comparison (比选) and the chosen quote, the
//! acceptance of the works, residents' pledges and receipts, and what was spent.

use super::*;
use crate::ids::ProposalId;
use crate::model::{Acceptance, Interest};

/// The events this file folds, each with its fields, as `apply` hands them over: one
/// variant per kind, so a new kind does not compile until it is handled here.
pub(super) enum WorksEvent<'a> {
    ContractorSelectionStarted {
        proposal: &'a ProposalId,
    },
    BidSubmitted {
        proposal: &'a ProposalId,
        contractor: &'a String,
        amount: &'a Fen,
        note: &'a String,
        duration_days: &'a Option<u32>,
        warranty_months: &'a Option<u32>,
        interest: &'a Interest,
    },
    ContractorChosen {
        proposal: &'a ProposalId,
        bid: &'a EventId,
        reason: &'a String,
        meeting: &'a Option<EventId>,
    },
    WorkAccepted {
        proposal: &'a ProposalId,
        report: &'a Option<Acceptance>,
    },
    PledgeMade {
        proposal: &'a ProposalId,
        household: &'a HouseholdId,
        amount: &'a Fen,
    },
    ReceiptRecorded {
        proposal: &'a ProposalId,
        household: &'a HouseholdId,
        amount: &'a Fen,
    },
    ExpenseRecorded {
        proposal: &'a ProposalId,
        budget_line: &'a Option<u32>,
        description: &'a String,
        amount: &'a Fen,
        payee: &'a String,
        paid_on_ms: &'a Option<i64>,
    },
}

impl State {
    pub(super) fn apply_works(
        &mut self,
        event: &Event,
        payload: WorksEvent<'_>,
        commit: bool,
        _unconfirmed: bool,
    ) -> Result<(), Refusal> {
        let id = event.id;
        match payload {
            WorksEvent::ContractorSelectionStarted { proposal } => {
                self.step(proposal, Stage::ContractorSelection, commit)?;
            }
            WorksEvent::BidSubmitted {
                proposal,
                contractor,
                amount,
                note,
                duration_days,
                warranty_months,
                interest,
            } => {
                let pr = get(&self.proposals, proposal, EntityKind::Proposal)?;
                check_at(pr, Stage::ContractorSelection, StageAction::TakeBids)?;
                non_empty(contractor, Field::ContractorName)?;
                positive(*amount)?;
                crate::rules::selection::check_quote(*duration_days, *warranty_months, interest)?;
                if commit {
                    self.bids.insert(
                        id,
                        Bid {
                            proposal: *proposal,
                            contractor: contractor.trim().to_string(),
                            amount: *amount,
                            note: note.clone(),
                            duration_days: *duration_days,
                            warranty_months: *warranty_months,
                            interest: interest.clone(),
                        },
                    );
                    self.proposal_mut(proposal).bids.push(id);
                }
            }
            WorksEvent::ContractorChosen {
                proposal,
                bid,
                reason,
                meeting,
            } => {
                let pr = get(&self.proposals, proposal, EntityKind::Proposal)?;
                check_step(pr, Stage::InProgress)?;
                if get(&self.bids, bid, EntityKind::Bid)?.proposal != *proposal {
                    return Err(Refusal::BidOfOtherProposal {
                        bid: *bid,
                        proposal_title: pr.title.clone(),
                    });
                }
                non_empty(reason, Field::ChoiceReason)?;
                need_opt(&self.meetings, meeting, EntityKind::Meeting)?;
                if commit {
                    let pr = self.proposal_mut(proposal);
                    pr.stage = Stage::InProgress;
                    pr.chosen_bid = Some(*bid);
                    pr.selection = Some(Selection {
                        bid: *bid,
                        reason: reason.trim().to_string(),
                        meeting: *meeting,
                        wall_ms: event.wall_ms,
                    });
                }
            }
            WorksEvent::WorkAccepted { proposal, report } => {
                if let Some(report) = report {
                    check_acceptance(report, event.wall_ms)?;
                }
                self.step(proposal, Stage::Accepted, commit)?
            }
            WorksEvent::PledgeMade {
                proposal,
                household,
                amount,
            }
            | WorksEvent::ReceiptRecorded {
                proposal,
                household,
                amount,
            } => {
                let pr = get(&self.proposals, proposal, EntityKind::Proposal)?;
                check_open(pr)?;
                self.require_in_scope(household, &pr.scope, EntityKind::Proposal, &pr.title)?;
                positive(*amount)?;
                let pledge = matches!(event.payload, Payload::PledgeMade { .. });
                let total =
                    add_within_limit(if pledge { pr.pledged } else { pr.received }, *amount)?;
                if commit {
                    let pr = self.proposal_mut(proposal);
                    let (book, sum) = if pledge {
                        (&mut pr.pledges, &mut pr.pledged)
                    } else {
                        (&mut pr.receipts, &mut pr.received)
                    };
                    // Cannot overflow: one household's entry is part of the total just checked.
                    book.entry(*household).or_default().0 += amount.0;
                    *sum = total;
                }
            }
            WorksEvent::ExpenseRecorded {
                proposal,
                budget_line,
                description,
                amount,
                payee,
                paid_on_ms,
            } => {
                let pr = get(&self.proposals, proposal, EntityKind::Proposal)?;
                check_at(pr, Stage::InProgress, StageAction::RecordExpenses)?;
                non_empty(description, Field::ExpenseDescription)?;
                positive(*amount)?;
                paid_by(*paid_on_ms, event.wall_ms)?;
                let spent = add_within_limit(pr.spent, *amount)?;
                if let Some(i) = budget_line {
                    if *i as usize >= pr.budget.len() {
                        return Err(Refusal::NoSuchBudgetLine {
                            index: *i,
                            lines: pr.budget.len() as u32,
                        });
                    }
                }
                if commit {
                    let e = Expense {
                        event: id,
                        budget_line: *budget_line,
                        description: description.trim().to_string(),
                        amount: *amount,
                        payee: payee.trim().to_string(),
                        wall_ms: event.wall_ms,
                        paid_on_ms: *paid_on_ms,
                    };
                    let pr = self.proposal_mut(proposal);
                    pr.expenses.push(e);
                    pr.spent = spent;
                }
            }
        }
        Ok(())
    }
}

/// An acceptance names its day (not a later one than the recording), at least one inspector,
/// and what was found; a photo is named by its SHA-256 in lowercase hex.
fn check_acceptance(report: &crate::model::Acceptance, wall_ms: i64) -> Result<(), Refusal> {
    if report.on_ms > wall_ms {
        return Err(Refusal::AcceptedInFuture {
            on_ms: report.on_ms,
        });
    }
    if report.inspectors.is_empty() {
        return Err(Refusal::EmptyText {
            field: Field::InspectorName,
        });
    }
    for name in &report.inspectors {
        non_empty(name, Field::InspectorName)?;
    }
    non_empty(&report.findings, Field::Findings)?;
    if let Some(hash) = &report.photo_sha256 {
        let hex = |c: char| c.is_ascii_digit() || ('a'..='f').contains(&c);
        if hash.len() != 64 || !hash.chars().all(hex) {
            return Err(Refusal::PhotoHashInvalid);
        }
    }
    Ok(())
}
