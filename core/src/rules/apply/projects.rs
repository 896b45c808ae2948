//! Requests and proposals through their lifecycle, with their money.

use super::*;
use crate::ids::ProposalId;
use crate::model::{BudgetLine, FundingLine, RequestCategory, Scope, Stance};
use crate::rules::lifecycle::check_revise;

/// The events this file folds, each with its fields, as `apply` hands them over: one
/// variant per kind, so a new kind does not compile until it is handled here.
pub(super) enum ProjectEvent<'a> {
    RequestRaised {
        title: &'a String,
        detail: &'a String,
        scope: &'a Scope,
        raised_by: &'a Option<EventId>,
        category: &'a RequestCategory,
        place: &'a String,
        name: &'a String,
        household: &'a Option<HouseholdId>,
    },
    RequestClosed {
        request: &'a EventId,
        reply: &'a String,
    },
    ProposalDrafted {
        request: &'a Option<EventId>,
        title: &'a String,
        scope: &'a Scope,
        budget: &'a Vec<BudgetLine>,
        funding: &'a Vec<FundingLine>,
    },
    ProposalRevised {
        proposal: &'a ProposalId,
        budget: &'a Vec<BudgetLine>,
        funding: &'a Vec<FundingLine>,
        title: &'a Option<String>,
    },
    NoticePosted {
        proposal: &'a ProposalId,
        opens_ms: &'a i64,
        closes_ms: &'a i64,
        gap_reason: &'a String,
    },
    NoticeResponse {
        proposal: &'a ProposalId,
        stance: &'a Stance,
        household: &'a Option<HouseholdId>,
        text: &'a String,
        name: &'a String,
    },
    ResponseConfirmed {
        proposal: &'a ProposalId,
        response: &'a EventId,
    },
    RoadshowHeld {
        proposal: &'a ProposalId,
        presenter: &'a String,
        group: &'a Option<EventId>,
        summary: &'a String,
    },
    ProposalClosed {
        proposal: &'a ProposalId,
        /// The timeline reads it from the event; closing records nothing else.
        #[allow(dead_code)]
        note: &'a String,
    },
}

impl State {
    pub(super) fn apply_project(
        &mut self,
        event: &Event,
        payload: ProjectEvent<'_>,
        commit: bool,
        unconfirmed: bool,
    ) -> Result<(), Refusal> {
        let id = event.id;
        match payload {
            ProjectEvent::RequestRaised {
                title,
                detail,
                scope,
                raised_by,
                category,
                place,
                name,
                household,
            } => {
                non_empty(title, Field::RequestTitle)?;
                self.require_scope(scope)?;
                need_opt(&self.persons, raised_by, EntityKind::Person)?;
                need_opt(&self.households, household, EntityKind::Household)?;
                if commit {
                    let name = match raised_by {
                        Some(p) if name.trim().is_empty() => self.persons[p].name.clone(),
                        _ => name.trim().to_string(),
                    };
                    let r = Request {
                        title: title.clone(),
                        detail: detail.clone(),
                        scope: scope.clone(),
                        category: *category,
                        place: place.trim().to_string(),
                        raised_by: *raised_by,
                        name,
                        household: *household,
                        raised_ms: event.wall_ms,
                        unverified: !matches!(
                            self.holder(&id.device),
                            crate::rules::authority::Holder::Role(..)
                        ),
                        proposal: None,
                        closed: None,
                    };
                    self.requests.insert(id, r);
                }
            }
            ProjectEvent::RequestClosed { request, reply } => {
                let r = get(&self.requests, request, EntityKind::Request)?;
                if r.proposal.is_some() || r.closed.is_some() {
                    return Err(Refusal::RequestNotOpen {
                        request_title: r.title.clone(),
                    });
                }
                non_empty(reply, Field::Reply)?;
                if commit {
                    self.requests.get_mut(request).expect("checked").closed =
                        Some((event.wall_ms, reply.trim().to_string()));
                }
            }
            ProjectEvent::ProposalDrafted {
                request,
                title,
                scope,
                budget,
                funding,
            } => {
                non_empty(title, Field::ProposalTitle)?;
                self.require_scope(scope)?;
                if let Some(r) = request {
                    let r = get(&self.requests, r, EntityKind::Request)?;
                    if r.closed.is_some() {
                        return Err(Refusal::RequestNotOpen {
                            request_title: r.title.clone(),
                        });
                    }
                    if r.proposal.is_some() {
                        return Err(Refusal::RequestAlreadyTaken {
                            request_title: r.title.clone(),
                        });
                    }
                }
                check_money(budget, funding)?;
                if commit {
                    let id = ProposalId(id);
                    if let Some(r) = request {
                        self.requests.get_mut(r).expect("checked").proposal = Some(id);
                    }
                    self.proposals.insert(
                        id,
                        Proposal {
                            title: title.clone(),
                            scope: scope.clone(),
                            request: *request,
                            budget: budget.clone(),
                            funding: funding.clone(),
                            stage: Stage::Draft,
                            notice: None,
                            gap_reason: String::new(),
                            responses: Vec::new(),
                            unconfirmed: BTreeMap::new(),
                            roadshows: Vec::new(),
                            council_vote: None,
                            bids: Vec::new(),
                            chosen_bid: None,
                            selection: None,
                            pledges: BTreeMap::new(),
                            receipts: BTreeMap::new(),
                            expenses: Vec::new(),
                            pledged: Fen(0),
                            received: Fen(0),
                            spent: Fen(0),
                        },
                    );
                }
            }
            ProjectEvent::ProposalRevised {
                proposal,
                budget,
                funding,
                title,
            } => {
                check_revise(get(&self.proposals, proposal, EntityKind::Proposal)?)?;
                check_money(budget, funding)?;
                if let Some(title) = title {
                    non_empty(title, Field::ProposalTitle)?;
                }
                if commit {
                    let pr = self.proposal_mut(proposal);
                    pr.budget = budget.clone();
                    pr.funding = funding.clone();
                    if let Some(title) = title {
                        pr.title = title.trim().to_string();
                    }
                    if pr.stage == Stage::Rejected {
                        // A new plan gets its own notice, responses, roadshow and vote; the old
                        // ones stay in the record and the timeline.
                        pr.stage = Stage::Draft;
                        pr.notice = None;
                        pr.gap_reason.clear();
                        pr.responses.clear();
                        pr.unconfirmed.clear();
                        pr.roadshows.clear();
                        pr.council_vote = None;
                    }
                }
            }
            ProjectEvent::NoticePosted {
                proposal,
                opens_ms,
                closes_ms,
                gap_reason,
            } => {
                check_step(
                    get(&self.proposals, proposal, EntityKind::Proposal)?,
                    Stage::PublicNotice,
                )?;
                if closes_ms <= opens_ms {
                    return Err(Refusal::NoticeWindowInvalid {
                        opens_ms: *opens_ms,
                        closes_ms: *closes_ms,
                    });
                }
                check_notice_period(*opens_ms, *closes_ms)?;
                if commit {
                    let pr = self.proposal_mut(proposal);
                    pr.stage = Stage::PublicNotice;
                    pr.notice = Some(NoticeWindow {
                        opens_ms: *opens_ms,
                        closes_ms: *closes_ms,
                    });
                    pr.gap_reason = gap_reason.trim().to_string();
                }
            }
            ProjectEvent::NoticeResponse {
                proposal,
                stance,
                household,
                text,
                name,
            } => {
                let r =
                    self.check_notice_response(event, proposal, stance, household, text, name)?;
                if commit {
                    let pr = self.proposal_mut(proposal);
                    if unconfirmed {
                        // From a device not enrolled for the household: kept for a clerk.
                        pr.unconfirmed.insert(r.event, r);
                    } else {
                        pr.responses.push(r);
                    }
                }
            }
            ProjectEvent::ResponseConfirmed { proposal, response } => {
                let pr = get(&self.proposals, proposal, EntityKind::Proposal)?;
                let pending = pr
                    .unconfirmed
                    .get(response)
                    .ok_or(Refusal::NothingToConfirm { event: *response })?;
                check_response(pr, pending.wall_ms)?;
                if commit {
                    let pr = self.proposal_mut(proposal);
                    let r = pr.unconfirmed.remove(response).expect("checked");
                    pr.responses.push(r);
                }
            }
            ProjectEvent::RoadshowHeld {
                proposal,
                presenter,
                group,
                summary,
            } => {
                let pr = get(&self.proposals, proposal, EntityKind::Proposal)?;
                check_roadshow(pr, event.wall_ms)?;
                non_empty(presenter, Field::Presenter)?;
                need_opt(&self.organisations, group, EntityKind::Organisation)?;
                if commit {
                    let r = Roadshow {
                        event: id,
                        presenter: presenter.trim().to_string(),
                        group: *group,
                        summary: summary.clone(),
                        wall_ms: event.wall_ms,
                    };
                    self.proposal_mut(proposal).roadshows.push(r);
                }
            }
            ProjectEvent::ProposalClosed { proposal, .. } => {
                self.step(proposal, Stage::Closed, commit)?
            }
        }
        Ok(())
    }

    fn check_notice_response(
        &self,
        event: &Event,
        proposal: &ProposalId,
        stance: &Stance,
        household: &Option<HouseholdId>,
        text: &str,
        name: &str,
    ) -> Result<NoticeResponse, Refusal> {
        let pr = get(&self.proposals, proposal, EntityKind::Proposal)?;
        check_response(pr, event.wall_ms)?;
        if let Some(h) = household {
            self.require_in_scope(h, &pr.scope, EntityKind::Proposal, &pr.title)?;
        }
        Ok(NoticeResponse {
            event: event.id,
            stance: *stance,
            household: *household,
            name: name.trim().to_string(),
            text: text.to_string(),
            wall_ms: event.wall_ms,
        })
    }

    pub(super) fn proposal_mut(&mut self, id: &ProposalId) -> &mut Proposal {
        self.proposals
            .get_mut(id)
            .expect("checked before committing")
    }

    pub(super) fn step(
        &mut self,
        proposal: &ProposalId,
        to: Stage,
        commit: bool,
    ) -> Result<(), Refusal> {
        check_step(get(&self.proposals, proposal, EntityKind::Proposal)?, to)?;
        if commit {
            self.proposal_mut(proposal).stage = to;
        }
        Ok(())
    }
}

fn check_money(
    budget: &[crate::model::BudgetLine],
    funding: &[crate::model::FundingLine],
) -> Result<(), Refusal> {
    let mut total = Fen(0);
    for line in budget {
        non_empty(&line.item, Field::BudgetItem)?;
        positive(line.amount)?;
        total = add_within_limit(total, line.amount)?;
    }
    let mut total = Fen(0);
    for line in funding {
        positive(line.amount)?;
        total = add_within_limit(total, line.amount)?;
    }
    Ok(())
}
