//! Self-raised funds: opened with a target, pledged and paid per household, spent, settled.

use super::*;
use crate::ids::ProposalId;
use crate::model::Scope;

/// The events this file folds, each with its fields, as `apply` hands them over: one
/// variant per kind, so a new kind does not compile until it is handled here.
// Each variant is named as its kind is in `Payload`, so a pattern here reads as the kind.
#[allow(clippy::enum_variant_names)]
pub(super) enum FundEvent<'a> {
    FundOpened {
        title: &'a String,
        scope: &'a Scope,
        target: &'a Fen,
        proposal: &'a Option<ProposalId>,
    },
    FundPledged {
        fund: &'a EventId,
        household: &'a HouseholdId,
        amount: &'a Fen,
    },
    FundReceived {
        fund: &'a EventId,
        household: &'a HouseholdId,
        amount: &'a Fen,
    },
    FundSpent {
        fund: &'a EventId,
        description: &'a String,
        amount: &'a Fen,
        payee: &'a String,
        paid_on_ms: &'a Option<i64>,
    },
    FundSettled {
        fund: &'a EventId,
        surplus: &'a Surplus,
    },
}

impl State {
    pub(super) fn apply_fund(
        &mut self,
        event: &Event,
        payload: FundEvent<'_>,
        commit: bool,
        // Only ballots and responses can wait for a clerk; none of this file's kinds.
        _unconfirmed: bool,
    ) -> Result<(), Refusal> {
        let id = event.id;
        match payload {
            FundEvent::FundOpened {
                title,
                scope,
                target,
                proposal,
            } => {
                non_empty(title, Field::FundTitle)?;
                self.require_scope(scope)?;
                positive(*target)?;
                need_opt(&self.proposals, proposal, EntityKind::Proposal)?;
                if commit {
                    self.funds.insert(
                        id,
                        Fund {
                            title: title.trim().to_string(),
                            scope: scope.clone(),
                            target: *target,
                            proposal: *proposal,
                            opened_ms: event.wall_ms,
                            pledges: BTreeMap::new(),
                            receipts: BTreeMap::new(),
                            pledged: Fen(0),
                            received: Fen(0),
                            spent: Fen(0),
                            expenses: Vec::new(),
                            settled: None,
                        },
                    );
                }
            }
            FundEvent::FundPledged {
                fund,
                household,
                amount,
            }
            | FundEvent::FundReceived {
                fund,
                household,
                amount,
            } => {
                let f = self.open_fund(fund)?;
                self.require_in_scope(household, &f.scope, EntityKind::Fund, &f.title)?;
                positive(*amount)?;
                let pledge = matches!(event.payload, Payload::FundPledged { .. });
                let total = add_within_limit(if pledge { f.pledged } else { f.received }, *amount)?;
                if commit {
                    let f = self.funds.get_mut(fund).expect("checked");
                    let (book, sum) = if pledge {
                        (&mut f.pledges, &mut f.pledged)
                    } else {
                        (&mut f.receipts, &mut f.received)
                    };
                    // Cannot overflow: one household's entry is part of the total just checked.
                    book.entry(*household).or_default().0 += amount.0;
                    *sum = total;
                }
            }
            FundEvent::FundSpent {
                fund,
                description,
                amount,
                payee,
                paid_on_ms,
            } => {
                let f = self.open_fund(fund)?;
                non_empty(description, Field::ExpenseDescription)?;
                positive(*amount)?;
                paid_by(*paid_on_ms, event.wall_ms)?;
                if *amount > f.balance() {
                    return Err(Refusal::FundOverdrawn {
                        fund_title: f.title.clone(),
                        balance: f.balance(),
                    });
                }
                if commit {
                    let f = self.funds.get_mut(fund).expect("checked");
                    f.spent.0 += amount.0;
                    f.expenses.push(Expense {
                        event: id,
                        budget_line: None,
                        description: description.trim().to_string(),
                        amount: *amount,
                        payee: payee.trim().to_string(),
                        wall_ms: event.wall_ms,
                        paid_on_ms: *paid_on_ms,
                    });
                }
            }
            FundEvent::FundSettled { fund, surplus } => {
                self.open_fund(fund)?;
                if let Surplus::Reassign { note } = surplus {
                    non_empty(note, Field::SurplusUse)?;
                }
                if commit {
                    let f = self.funds.get_mut(fund).expect("checked");
                    f.settled = Some(Settlement {
                        at_ms: event.wall_ms,
                        surplus: surplus.clone(),
                        amount: Fen(f.balance().0.max(0)),
                    });
                }
            }
        }
        Ok(())
    }

    fn open_fund(&self, fund: &EventId) -> Result<&Fund, Refusal> {
        let f = get(&self.funds, fund, EntityKind::Fund)?;
        if f.settled.is_some() {
            return Err(Refusal::FundSettled {
                fund_title: f.title.clone(),
            });
        }
        Ok(f)
    }
}
