//! The fold step: how each event changes the state, and why it may not.
//!
//! Validation and mutation live in one function per event so they can never drift apart: every
//! arm first checks everything, then returns early when only checking, then mutates. Commands
//! (checking before appending) and the fold (re-checking in total order) run the same code.

use std::collections::BTreeMap;

use crate::event::Event;
use crate::ids::EventId;
use crate::lifecycle::{check_at, check_open, check_step};
use crate::model::{Choice, OrgKind, Ownership, Stage, VoteKind, Voter};
use crate::numbers::Fen;
use crate::owners::OwnerParty;
use crate::payload::Payload;
use crate::refusal::{EntityKind, Refusal};
use crate::state::*;
use crate::tally::live_result;

fn get<'a, T>(
    map: &'a BTreeMap<EventId, T>,
    id: &EventId,
    kind: EntityKind,
) -> Result<&'a T, Refusal> {
    map.get(id).ok_or(Refusal::Unknown { kind, id: *id })
}

fn need_opt<T>(
    map: &BTreeMap<EventId, T>,
    id: &Option<EventId>,
    kind: EntityKind,
) -> Result<(), Refusal> {
    match id {
        Some(id) => get(map, id, kind).map(|_| ()),
        None => Ok(()),
    }
}

fn non_empty(text: &str, field: &'static str) -> Result<(), Refusal> {
    if text.trim().is_empty() {
        Err(Refusal::EmptyText { field })
    } else {
        Ok(())
    }
}

fn positive(amount: Fen) -> Result<(), Refusal> {
    if amount.0 > 0 {
        Ok(())
    } else {
        Err(Refusal::AmountNotPositive { amount })
    }
}

fn household_facts(
    label: &str,
    area: &crate::model::AreaFigures,
    ownership: &Ownership,
) -> Result<(), Refusal> {
    if area.counted().is_none() {
        return Err(Refusal::MissingArea {
            household_label: label.to_string(),
        });
    }
    if let Ownership::Owners { owners } = ownership {
        if owners.is_empty() {
            return Err(Refusal::NoOwners {
                household_label: label.to_string(),
            });
        }
    }
    Ok(())
}

/// Whether a ballot counts, and for whom.
pub(crate) enum BallotCheck {
    Counts(VoterKey),
    /// The voter's ballot is already counted; index into `Vote::ballots`.
    Duplicate(usize),
}

impl State {
    /// Checks a ballot against its vote; `Duplicate` is left to the caller, which alone knows
    /// whether the second ballot is a refusal (a command) or a conflict (a merge).
    pub(crate) fn check_ballot(
        &self,
        event: &Event,
        vote_id: &EventId,
        voter: &Voter,
    ) -> Result<BallotCheck, Refusal> {
        let vote = get(&self.votes, vote_id, EntityKind::Vote)?;
        if let Some(closed) = &vote.closed {
            return Err(Refusal::VotingClosed {
                closed_at_ms: closed.at_ms,
            });
        }
        if event.wall_ms > vote.closes_ms {
            return Err(Refusal::VotingClosed {
                closed_at_ms: vote.closes_ms,
            });
        }
        let key = match (&vote.kind, voter) {
            (VoteKind::Council { organisation, .. }, Voter::Member(person)) => {
                if vote.hands.is_some() {
                    return Err(Refusal::CountedByShowOfHands {
                        vote_title: vote.title.clone(),
                    });
                }
                if !vote.electorate.contains(person) {
                    let org = get(&self.organisations, organisation, EntityKind::Organisation)?;
                    let name = get(&self.persons, person, EntityKind::Person)?.name.clone();
                    return Err(Refusal::NotAMember {
                        person_name: name,
                        organisation: org.name.clone(),
                    });
                }
                VoterKey::Member(*person)
            }
            (VoteKind::Owners { scope, .. }, Voter::Household(h)) => {
                let household = get(&self.households, h, EntityKind::Household)?;
                if !self.in_scope(household, scope) {
                    return Err(Refusal::OutOfScope {
                        household_label: household.label.clone(),
                        vote_title: vote.title.clone(),
                    });
                }
                VoterKey::Party(household.party.clone())
            }
            (VoteKind::Council { .. }, _) => {
                return Err(Refusal::WrongKindOfVoter {
                    vote_title: vote.title.clone(),
                    expected: "council members",
                })
            }
            (VoteKind::Owners { .. }, _) => {
                return Err(Refusal::WrongKindOfVoter {
                    vote_title: vote.title.clone(),
                    expected: "households",
                })
            }
        };
        Ok(match vote.counted_by.get(&key) {
            Some(&i) => BallotCheck::Duplicate(i),
            None => BallotCheck::Counts(key),
        })
    }

    /// The refusal a command gets for a second ballot of an already counted voter.
    pub(crate) fn already_voted(&self, vote_id: &EventId, index: usize, voter: &Voter) -> Refusal {
        let vote = &self.votes[vote_id];
        let label = |v: &Voter| match v {
            Voter::Household(h) => self
                .households
                .get(h)
                .map(|h| h.label.clone())
                .unwrap_or_default(),
            Voter::Member(p) => self
                .persons
                .get(p)
                .map(|p| p.name.clone())
                .unwrap_or_default(),
        };
        match voter {
            Voter::Household(_) => Refusal::HouseholdAlreadyVoted {
                household_label: label(voter),
                voted_through: label(&vote.ballots[index].voter),
            },
            Voter::Member(_) => Refusal::MemberAlreadyVoted {
                member_name: label(voter),
            },
        }
    }

    /// How the ledger names a voter in a conflict line.
    pub(crate) fn voter_label(&self, voter: &Voter) -> String {
        match voter {
            Voter::Household(h) => {
                format!(
                    "household {}",
                    self.households
                        .get(h)
                        .map(|h| h.label.as_str())
                        .unwrap_or("?")
                )
            }
            Voter::Member(p) => self
                .persons
                .get(p)
                .map(|p| p.name.clone())
                .unwrap_or_default(),
        }
    }

    /// Checks `event` against the state and, when `commit`, applies it. Nothing is changed when
    /// an error is returned. A duplicate ballot is refused here; the fold handles it first.
    pub(crate) fn transition(&mut self, event: &Event, commit: bool) -> Result<(), Refusal> {
        let id = event.id;
        let p = &event.payload;
        if self.community.is_none() && !matches!(p, Payload::CommunityFounded { .. }) {
            return Err(Refusal::NoCommunity);
        }
        match p {
            Payload::CommunityFounded { name, device_label } => {
                if let Some(c) = &self.community {
                    return Err(Refusal::CommunityAlreadyFounded {
                        name: c.name.clone(),
                    });
                }
                non_empty(name, "community name")?;
                if commit {
                    self.community = Some(Community {
                        name: name.clone(),
                        founded_by: id.device,
                    });
                    self.devices.insert(
                        id.device,
                        DeviceEntry {
                            label: device_label.clone(),
                            admin: true,
                            revoked: false,
                        },
                    );
                }
            }
            Payload::DeviceTrusted {
                device,
                label,
                admin,
            } => {
                self.require_admin(event)?;
                non_empty(label, "device label")?;
                if commit {
                    self.devices.insert(
                        *device,
                        DeviceEntry {
                            label: label.clone(),
                            admin: *admin,
                            revoked: false,
                        },
                    );
                }
            }
            Payload::DeviceRevoked { device } => {
                self.require_admin(event)?;
                if !self.devices.contains_key(device) {
                    return Err(Refusal::UnknownDevice { device: *device });
                }
                if commit {
                    self.devices.get_mut(device).expect("checked").revoked = true;
                }
            }
            Payload::CompoundAdded { name } => {
                non_empty(name, "compound name")?;
                if commit {
                    self.compounds.insert(id, Compound { name: name.clone() });
                }
            }
            Payload::BuildingAdded { compound, name } => {
                get(&self.compounds, compound, EntityKind::Compound)?;
                non_empty(name, "building name")?;
                if commit {
                    self.buildings.insert(
                        id,
                        Building {
                            compound: *compound,
                            name: name.clone(),
                        },
                    );
                }
            }
            Payload::UnitAdded { building, name } => {
                get(&self.buildings, building, EntityKind::Building)?;
                non_empty(name, "unit name")?;
                if commit {
                    self.units.insert(
                        id,
                        Unit {
                            building: *building,
                            name: name.clone(),
                        },
                    );
                }
            }
            Payload::HouseholdAdded {
                unit,
                room,
                area,
                ownership,
                residents,
            } => {
                let u = get(&self.units, unit, EntityKind::Unit)?;
                non_empty(room, "room number")?;
                let building = &self.buildings[&u.building];
                let label = format!("{}-{}-{}", building.name, u.name, room);
                household_facts(&label, area, ownership)?;
                if commit {
                    let household = Household {
                        unit: *unit,
                        building: u.building,
                        compound: building.compound,
                        room: room.clone(),
                        label,
                        area: area.clone(),
                        party: OwnerParty::of(ownership),
                        ownership: ownership.clone(),
                        residents: *residents,
                    };
                    self.households.insert(id, household);
                }
            }
            Payload::HouseholdChanged {
                household,
                area,
                ownership,
                residents,
            } => {
                let h = get(&self.households, household, EntityKind::Household)?;
                household_facts(
                    &h.label,
                    area.as_ref().unwrap_or(&h.area),
                    ownership.as_ref().unwrap_or(&h.ownership),
                )?;
                if commit {
                    let h = self.households.get_mut(household).expect("checked");
                    if let Some(a) = area {
                        h.area = a.clone();
                    }
                    if let Some(o) = ownership {
                        h.party = OwnerParty::of(o);
                        h.ownership = o.clone();
                    }
                    if let Some(r) = residents {
                        h.residents = *r;
                    }
                }
            }
            Payload::PersonAdded {
                name,
                masked_id,
                household,
            } => {
                non_empty(name, "name")?;
                need_opt(&self.households, household, EntityKind::Household)?;
                if commit {
                    self.persons.insert(
                        id,
                        Person {
                            name: name.clone(),
                            masked_id: masked_id.clone(),
                            household: *household,
                        },
                    );
                }
            }
            Payload::OrganisationAdded { kind, name, scope } => {
                non_empty(name, "organisation name")?;
                self.require_scope(scope)?;
                if commit {
                    let org = Organisation {
                        kind: *kind,
                        name: name.clone(),
                        scope: scope.clone(),
                        members: BTreeMap::new(),
                    };
                    self.organisations.insert(id, org);
                }
            }
            Payload::MemberAppointed {
                organisation,
                person,
                role,
                term_start_ms,
                term_end_ms,
            } => {
                get(&self.organisations, organisation, EntityKind::Organisation)?;
                get(&self.persons, person, EntityKind::Person)?;
                if commit {
                    let m = Membership {
                        role: *role,
                        term_start_ms: *term_start_ms,
                        term_end_ms: *term_end_ms,
                        left_ms: None,
                    };
                    self.organisations
                        .get_mut(organisation)
                        .expect("checked")
                        .members
                        .insert(*person, m);
                }
            }
            Payload::MemberLeft {
                organisation,
                person,
            } => {
                let org = get(&self.organisations, organisation, EntityKind::Organisation)?;
                let p = get(&self.persons, person, EntityKind::Person)?;
                if org.members.get(person).is_none_or(|m| m.left_ms.is_some()) {
                    return Err(Refusal::NotAMember {
                        person_name: p.name.clone(),
                        organisation: org.name.clone(),
                    });
                }
                if commit {
                    let org = self.organisations.get_mut(organisation).expect("checked");
                    org.members.get_mut(person).expect("checked").left_ms = Some(event.wall_ms);
                }
            }
            Payload::RequestRaised {
                title,
                detail,
                scope,
                raised_by,
            } => {
                non_empty(title, "request title")?;
                self.require_scope(scope)?;
                need_opt(&self.persons, raised_by, EntityKind::Person)?;
                if commit {
                    let r = Request {
                        title: title.clone(),
                        detail: detail.clone(),
                        scope: scope.clone(),
                        raised_by: *raised_by,
                        raised_ms: event.wall_ms,
                        proposal: None,
                    };
                    self.requests.insert(id, r);
                }
            }
            Payload::ProposalDrafted {
                request,
                title,
                scope,
                budget,
                funding,
            } => {
                non_empty(title, "proposal title")?;
                self.require_scope(scope)?;
                if let Some(r) = request {
                    let r = get(&self.requests, r, EntityKind::Request)?;
                    if r.proposal.is_some() {
                        return Err(Refusal::RequestAlreadyTaken {
                            request_title: r.title.clone(),
                        });
                    }
                }
                check_money(budget, funding)?;
                if commit {
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
                            responses: Vec::new(),
                            council_vote: None,
                            bids: Vec::new(),
                            chosen_bid: None,
                            pledges: BTreeMap::new(),
                            receipts: BTreeMap::new(),
                            expenses: Vec::new(),
                        },
                    );
                }
            }
            Payload::ProposalRevised {
                proposal,
                budget,
                funding,
            } => {
                let pr = get(&self.proposals, proposal, EntityKind::Proposal)?;
                check_at(pr, Stage::Draft, "the budget can be revised")?;
                check_money(budget, funding)?;
                if commit {
                    let pr = self.proposal_mut(proposal);
                    pr.budget = budget.clone();
                    pr.funding = funding.clone();
                }
            }
            Payload::NoticePosted {
                proposal,
                opens_ms,
                closes_ms,
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
                if commit {
                    let pr = self.proposal_mut(proposal);
                    pr.stage = Stage::PublicNotice;
                    pr.notice = Some(NoticeWindow {
                        opens_ms: *opens_ms,
                        closes_ms: *closes_ms,
                    });
                }
            }
            Payload::NoticeResponse {
                proposal,
                stance,
                household,
                text,
            } => {
                let pr = get(&self.proposals, proposal, EntityKind::Proposal)?;
                check_at(
                    pr,
                    Stage::PublicNotice,
                    "residents can respond to the notice",
                )?;
                let w = pr.notice.expect("a proposal on notice has a window");
                if event.wall_ms < w.opens_ms || event.wall_ms >= w.closes_ms {
                    return Err(Refusal::OutsideNoticeWindow {
                        opens_ms: w.opens_ms,
                        closes_ms: w.closes_ms,
                    });
                }
                need_opt(&self.households, household, EntityKind::Household)?;
                if commit {
                    let r = NoticeResponse {
                        event: id,
                        stance: *stance,
                        household: *household,
                        text: text.clone(),
                    };
                    self.proposal_mut(proposal).responses.push(r);
                }
            }
            Payload::VoteOpened {
                title,
                kind,
                proposal,
                closes_ms,
            } => {
                non_empty(title, "vote title")?;
                if *closes_ms <= event.wall_ms {
                    return Err(Refusal::VoteDeadlineInPast {
                        closes_at_ms: *closes_ms,
                    });
                }
                let electorate = match kind {
                    VoteKind::Council {
                        organisation,
                        quorum,
                        ..
                    } => {
                        let org = get(&self.organisations, organisation, EntityKind::Organisation)?;
                        if !matches!(
                            org.kind,
                            OrgKind::CommunityCouncil
                                | OrgKind::ResidentGroupCouncil
                                | OrgKind::OwnersCommittee
                        ) {
                            return Err(Refusal::NotACouncil {
                                organisation: org.name.clone(),
                            });
                        }
                        if let Some(q) = quorum {
                            if q.den == 0 || q.num > q.den {
                                return Err(Refusal::QuorumInvalid {
                                    num: q.num,
                                    den: q.den,
                                });
                            }
                        }
                        org.members
                            .iter()
                            .filter(|(_, m)| m.active_at(event.wall_ms))
                            .map(|(p, _)| *p)
                            .collect()
                    }
                    VoteKind::Owners { matter, scope } => {
                        if !(1..=9).contains(matter) {
                            return Err(Refusal::MatterOutOfRange { matter: *matter });
                        }
                        self.require_scope(scope)?;
                        Vec::new()
                    }
                };
                if let Some(pid) = proposal {
                    let pr = get(&self.proposals, pid, EntityKind::Proposal)?;
                    if !matches!(kind, VoteKind::Council { .. }) {
                        return Err(Refusal::CouncilVoteNeedsCouncilKind);
                    }
                    check_step(pr, Stage::CouncilVote)?;
                    let closes = pr
                        .notice
                        .expect("a proposal on notice has a window")
                        .closes_ms;
                    if event.wall_ms < closes {
                        return Err(Refusal::NoticeStillOpen {
                            proposal_title: pr.title.clone(),
                            closes_at_ms: closes,
                        });
                    }
                }
                if commit {
                    if let Some(pid) = proposal {
                        let pr = self.proposal_mut(pid);
                        pr.stage = Stage::CouncilVote;
                        pr.council_vote = Some(id);
                    }
                    self.votes.insert(
                        id,
                        Vote {
                            title: title.clone(),
                            kind: kind.clone(),
                            proposal: *proposal,
                            opened_ms: event.wall_ms,
                            closes_ms: *closes_ms,
                            electorate,
                            ballots: Vec::new(),
                            counted_by: BTreeMap::new(),
                            hands: None,
                            conflicts: Vec::new(),
                            closed: None,
                        },
                    );
                }
            }
            Payload::BallotCast {
                vote,
                voter,
                choice,
            } => match self.check_ballot(event, vote, voter)? {
                BallotCheck::Duplicate(i) => return Err(self.already_voted(vote, i, voter)),
                BallotCheck::Counts(key) => {
                    if commit {
                        self.count_ballot(event, vote, voter, *choice, key);
                    }
                }
            },
            Payload::HandsCounted {
                vote,
                yes,
                no,
                abstain,
            } => {
                let v = get(&self.votes, vote, EntityKind::Vote)?;
                if let Some(c) = &v.closed {
                    return Err(Refusal::VotingClosed {
                        closed_at_ms: c.at_ms,
                    });
                }
                if !matches!(v.kind, VoteKind::Council { .. }) {
                    return Err(Refusal::WrongKindOfVoter {
                        vote_title: v.title.clone(),
                        expected: "households",
                    });
                }
                if v.hands.is_some() || !v.ballots.is_empty() {
                    return Err(Refusal::CountedByRollCall {
                        vote_title: v.title.clone(),
                    });
                }
                let counted = u64::from(*yes) + u64::from(*no) + u64::from(*abstain);
                if counted > v.electorate.len() as u64 {
                    return Err(Refusal::HandsExceedMembers {
                        counted,
                        members: v.electorate.len() as u64,
                    });
                }
                if commit {
                    self.votes.get_mut(vote).expect("checked").hands = Some(Hands {
                        yes: *yes,
                        no: *no,
                        abstain: *abstain,
                    });
                }
            }
            Payload::VoteClosed { vote } => {
                let v = get(&self.votes, vote, EntityKind::Vote)?;
                if v.closed.is_some() {
                    return Err(Refusal::VoteAlreadyClosed {
                        vote_title: v.title.clone(),
                    });
                }
                if commit {
                    let result = live_result(self, v);
                    let passed = result.passed();
                    let proposal = v.proposal;
                    self.votes.get_mut(vote).expect("checked").closed = Some(ClosedVote {
                        at_ms: event.wall_ms,
                        result,
                    });
                    if let Some(pid) = proposal {
                        self.proposal_mut(&pid).stage = if passed {
                            Stage::Passed
                        } else {
                            Stage::Rejected
                        };
                    }
                }
            }
            Payload::ContractorSelectionStarted { proposal } => {
                self.step(proposal, Stage::ContractorSelection, commit)?;
            }
            Payload::BidSubmitted {
                proposal,
                contractor,
                amount,
                note,
            } => {
                let pr = get(&self.proposals, proposal, EntityKind::Proposal)?;
                check_at(pr, Stage::ContractorSelection, "bids are taken")?;
                non_empty(contractor, "contractor name")?;
                positive(*amount)?;
                if commit {
                    self.bids.insert(
                        id,
                        Bid {
                            proposal: *proposal,
                            contractor: contractor.clone(),
                            amount: *amount,
                            note: note.clone(),
                        },
                    );
                    self.proposal_mut(proposal).bids.push(id);
                }
            }
            Payload::ContractorChosen { proposal, bid } => {
                let pr = get(&self.proposals, proposal, EntityKind::Proposal)?;
                check_step(pr, Stage::InProgress)?;
                if get(&self.bids, bid, EntityKind::Bid)?.proposal != *proposal {
                    return Err(Refusal::BidOfOtherProposal {
                        bid: *bid,
                        proposal_title: pr.title.clone(),
                    });
                }
                if commit {
                    let pr = self.proposal_mut(proposal);
                    pr.stage = Stage::InProgress;
                    pr.chosen_bid = Some(*bid);
                }
            }
            Payload::WorkAccepted { proposal } => self.step(proposal, Stage::Accepted, commit)?,
            Payload::ProposalClosed { proposal } => self.step(proposal, Stage::Closed, commit)?,
            Payload::PledgeMade {
                proposal,
                household,
                amount,
            }
            | Payload::ReceiptRecorded {
                proposal,
                household,
                amount,
            } => {
                check_open(get(&self.proposals, proposal, EntityKind::Proposal)?)?;
                get(&self.households, household, EntityKind::Household)?;
                positive(*amount)?;
                if commit {
                    let pr = self.proposal_mut(proposal);
                    let book = if matches!(p, Payload::PledgeMade { .. }) {
                        &mut pr.pledges
                    } else {
                        &mut pr.receipts
                    };
                    book.entry(*household).or_default().0 += amount.0;
                }
            }
            Payload::ExpenseRecorded {
                proposal,
                budget_line,
                description,
                amount,
            } => {
                let pr = get(&self.proposals, proposal, EntityKind::Proposal)?;
                check_at(pr, Stage::InProgress, "expenses are recorded")?;
                non_empty(description, "expense description")?;
                positive(*amount)?;
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
                        description: description.clone(),
                        amount: *amount,
                    };
                    self.proposal_mut(proposal).expenses.push(e);
                }
            }
            Payload::MeetingScheduled {
                kind,
                organisation,
                title,
                at_ms,
                agenda,
            } => {
                non_empty(title, "meeting title")?;
                need_opt(&self.organisations, organisation, EntityKind::Organisation)?;
                if commit {
                    let m = Meeting {
                        kind: *kind,
                        organisation: *organisation,
                        title: title.clone(),
                        at_ms: *at_ms,
                        agenda: agenda.clone(),
                        attendance: BTreeMap::new(),
                        minutes: None,
                    };
                    self.meetings.insert(id, m);
                }
            }
            Payload::AttendanceRecorded {
                meeting,
                person,
                present,
            } => {
                get(&self.meetings, meeting, EntityKind::Meeting)?;
                get(&self.persons, person, EntityKind::Person)?;
                if commit {
                    self.meetings
                        .get_mut(meeting)
                        .expect("checked")
                        .attendance
                        .insert(*person, *present);
                }
            }
            Payload::MinutesRecorded { meeting, text } => {
                get(&self.meetings, meeting, EntityKind::Meeting)?;
                non_empty(text, "minutes")?;
                if commit {
                    self.meetings.get_mut(meeting).expect("checked").minutes = Some(text.clone());
                }
            }
            Payload::ActivityHeld {
                title,
                organisation,
                at_ms,
                participants,
                note,
            } => {
                non_empty(title, "activity title")?;
                need_opt(&self.organisations, organisation, EntityKind::Organisation)?;
                if commit {
                    let a = Activity {
                        title: title.clone(),
                        organisation: *organisation,
                        at_ms: *at_ms,
                        participants: *participants,
                        note: note.clone(),
                    };
                    self.activities.insert(id, a);
                }
            }
        }
        Ok(())
    }

    /// Applies an event of the record in fold order. A second ballot of a voter from another
    /// device becomes a conflict; anything else that does not fit is set aside as rejected.
    pub(crate) fn fold_event(&mut self, event: &Event) {
        // Ballots are most of any record, so they are checked once here rather than again in
        // `transition`.
        if let Payload::BallotCast {
            vote,
            voter,
            choice,
        } = &event.payload
        {
            let reason = match self.check_ballot(event, vote, voter) {
                Ok(BallotCheck::Counts(key)) => {
                    return self.count_ballot(event, vote, voter, *choice, key)
                }
                Ok(BallotCheck::Duplicate(i)) => {
                    let counted = &self.votes[vote].ballots[i];
                    if counted.event.device != event.id.device {
                        let conflict = BallotConflict {
                            vote: *vote,
                            voter: self.voter_label(voter),
                            counted: counted.event,
                            counted_wall_ms: counted.wall_ms,
                            ignored: event.id,
                            ignored_wall_ms: event.wall_ms,
                        };
                        self.votes
                            .get_mut(vote)
                            .expect("checked")
                            .conflicts
                            .push(conflict);
                        return;
                    }
                    self.already_voted(vote, i, voter)
                }
                Err(reason) => reason,
            };
            self.rejected.push(RejectedEvent {
                event: event.id,
                reason,
            });
            return;
        }
        if let Err(reason) = self.transition(event, true) {
            self.rejected.push(RejectedEvent {
                event: event.id,
                reason,
            });
        }
    }

    fn count_ballot(
        &mut self,
        event: &Event,
        vote: &EventId,
        voter: &Voter,
        choice: Choice,
        key: VoterKey,
    ) {
        let v = self.votes.get_mut(vote).expect("checked");
        v.counted_by.insert(key.clone(), v.ballots.len());
        v.ballots.push(CountedBallot {
            event: event.id,
            voter: *voter,
            key,
            choice,
            wall_ms: event.wall_ms,
        });
    }

    fn require_admin(&self, event: &Event) -> Result<(), Refusal> {
        match self.devices.get(&event.id.device) {
            Some(d) if d.admin && !d.revoked => Ok(()),
            _ => Err(Refusal::NotAdminDevice {
                device: event.id.device,
            }),
        }
    }

    fn require_scope(&self, scope: &crate::model::Scope) -> Result<(), Refusal> {
        use crate::model::Scope;
        let (kind, id) = match scope {
            Scope::Community => return Ok(()),
            Scope::Compound(id) => (EntityKind::Compound, id),
            Scope::Building(id) => (EntityKind::Building, id),
            Scope::Unit(id) => (EntityKind::Unit, id),
        };
        if self.scope_exists(scope) {
            Ok(())
        } else {
            Err(Refusal::Unknown { kind, id: *id })
        }
    }

    fn proposal_mut(&mut self, id: &EventId) -> &mut Proposal {
        self.proposals
            .get_mut(id)
            .expect("checked before committing")
    }

    fn step(&mut self, proposal: &EventId, to: Stage, commit: bool) -> Result<(), Refusal> {
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
    for line in budget {
        non_empty(&line.item, "budget item")?;
        positive(line.amount)?;
    }
    for line in funding {
        positive(line.amount)?;
    }
    Ok(())
}
