//! A proposal's history: every step recorded against it, with when and by whom, in the order
//! the record folds them. What a resident reads to see how a project got where it is.

use crate::ids::{EventId, ProposalId, VoteId};
use crate::log::payload::Payload;
use crate::model::{Acceptance, Stance};
use crate::numbers::Fen;
use crate::record::Record;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub event: EventId,
    pub wall_ms: i64,
    pub author: String,
    pub what: StepKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepKind {
    RequestRaised {
        title: String,
    },
    Drafted,
    /// `renamed`: the new title, when the revision changed it.
    Revised {
        renamed: Option<String>,
    },
    NoticePosted {
        closes_ms: i64,
    },
    Response {
        stance: Stance,
    },
    Roadshow {
        presenter: String,
    },
    VoteOpened {
        vote: VoteId,
    },
    HandsCounted,
    VoteClosed {
        vote: VoteId,
        passed: bool,
    },
    ContractorSelectionStarted,
    BidSubmitted {
        contractor: String,
        amount: Fen,
    },
    ContractorChosen {
        bid: EventId,
    },
    Pledged {
        amount: Fen,
    },
    Received {
        amount: Fen,
    },
    Spent {
        amount: Fen,
        description: String,
        payee: String,
        /// The budget line's item, when the expense is booked against one.
        line: Option<String>,
    },
    WorkAccepted {
        report: Option<Acceptance>,
    },
    Closed {
        note: String,
    },
}

/// The steps of `proposal`, oldest first; empty for an unknown proposal. Individual ballots are
/// left out: the vote's own page lists them.
pub fn timeline(record: &Record, proposal: &ProposalId) -> Vec<Step> {
    let state = record.state();
    let Some(p) = state.proposals.get(proposal) else {
        return Vec::new();
    };
    let is_ours = |id: &ProposalId| id == proposal;
    let our_vote = |vote: &VoteId| {
        state
            .votes
            .get(vote)
            .is_some_and(|v| v.proposal.as_ref() == Some(proposal))
    };
    // What the rules set aside (a second acceptance from another device, a refused expense)
    // did not happen to the proposal.
    let rejected: std::collections::BTreeSet<EventId> =
        state.rejected.iter().map(|r| r.event).collect();
    let mut steps = Vec::new();
    // The title as it stood before each revision, to tell a rename from a new budget.
    let mut title: Option<String> = None;
    for e in record.events() {
        if rejected.contains(&e.id) {
            continue;
        }
        let what = match &e.payload {
            Payload::RequestRaised { title, .. } if p.request == Some(e.id) => {
                StepKind::RequestRaised {
                    title: title.clone(),
                }
            }
            Payload::ProposalDrafted { title: t, .. } if e.id == proposal.event() => {
                title = Some(t.trim().to_string());
                StepKind::Drafted
            }
            Payload::ProposalRevised {
                proposal, title: t, ..
            } if is_ours(proposal) => {
                let new = t.as_ref().map(|t| t.trim().to_string());
                let renamed = new.filter(|n| Some(n) != title.as_ref());
                if let Some(n) = &renamed {
                    title = Some(n.clone());
                }
                StepKind::Revised { renamed }
            }
            Payload::NoticePosted {
                proposal,
                closes_ms,
                ..
            } if is_ours(proposal) => StepKind::NoticePosted {
                closes_ms: *closes_ms,
            },
            Payload::NoticeResponse {
                proposal, stance, ..
            } if is_ours(proposal) => StepKind::Response { stance: *stance },
            Payload::RoadshowHeld {
                proposal,
                presenter,
                ..
            } if is_ours(proposal) => StepKind::Roadshow {
                presenter: presenter.clone(),
            },
            Payload::VoteOpened {
                proposal: Some(proposal),
                ..
            } if is_ours(proposal) => StepKind::VoteOpened { vote: VoteId(e.id) },
            Payload::HandsCounted { vote, .. } if our_vote(vote) => StepKind::HandsCounted,
            Payload::VoteClosed { vote, .. } if our_vote(vote) => StepKind::VoteClosed {
                vote: *vote,
                passed: state.votes[vote]
                    .closed
                    .as_ref()
                    .is_some_and(|c| c.result.passed()),
            },
            Payload::ContractorSelectionStarted { proposal } if is_ours(proposal) => {
                StepKind::ContractorSelectionStarted
            }
            Payload::BidSubmitted {
                proposal,
                contractor,
                amount,
                ..
            } if is_ours(proposal) => StepKind::BidSubmitted {
                contractor: contractor.clone(),
                amount: *amount,
            },
            Payload::ContractorChosen { proposal, bid, .. } if is_ours(proposal) => {
                StepKind::ContractorChosen { bid: *bid }
            }
            Payload::PledgeMade {
                proposal, amount, ..
            } if is_ours(proposal) => StepKind::Pledged { amount: *amount },
            Payload::ReceiptRecorded {
                proposal, amount, ..
            } if is_ours(proposal) => StepKind::Received { amount: *amount },
            Payload::ExpenseRecorded {
                proposal,
                amount,
                description,
                budget_line,
                payee,
                ..
            } if is_ours(proposal) => StepKind::Spent {
                amount: *amount,
                description: description.clone(),
                payee: payee.clone(),
                line: budget_line
                    .and_then(|i| p.budget.get(i as usize))
                    .map(|l| l.item.clone()),
            },
            Payload::WorkAccepted { proposal, report } if is_ours(proposal) => {
                StepKind::WorkAccepted {
                    report: report.clone(),
                }
            }
            Payload::ProposalClosed { proposal, note } if is_ours(proposal) => {
                StepKind::Closed { note: note.clone() }
            }
            _ => continue,
        };
        steps.push(Step {
            event: e.id,
            wall_ms: e.wall_ms,
            author: e.author.clone(),
            what,
        });
    }
    steps
}
