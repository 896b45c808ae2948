//! Votes: opening, ballots, show-of-hands counts, closing; and how a ballot is counted.

use super::*;
use crate::cut::Cut;
use crate::ids::ProposalId;
use crate::ids::VoteId;
use crate::model::Choice;
use crate::parties::PartyId;

/// The events this file folds, each with its fields, as `apply` hands them over: one
/// variant per kind, so a new kind does not compile until it is handled here.
pub(super) enum VoteEvent<'a> {
    VoteOpened {
        title: &'a String,
        kind: &'a VoteKind,
        proposal: &'a Option<ProposalId>,
        closes_ms: &'a i64,
    },
    BallotCast {
        vote: &'a VoteId,
        voter: &'a Voter,
        choice: &'a Choice,
    },
    PaperBallotEntered {
        vote: &'a VoteId,
        household: &'a HouseholdId,
        choice: &'a Choice,
        round: &'a EntryRound,
        clerk: &'a String,
    },
    HandsCounted {
        vote: &'a VoteId,
        yes: &'a u32,
        no: &'a u32,
        abstain: &'a u32,
    },
    VoteClosed {
        vote: &'a VoteId,
        cut: &'a Option<Cut>,
    },
    BallotConfirmed {
        vote: &'a VoteId,
        ballot: &'a EventId,
    },
    BallotCorrected {
        vote: &'a VoteId,
        ballot: &'a EventId,
        choice: &'a Choice,
        reason: &'a String,
    },
}

impl State {
    pub(super) fn apply_vote(
        &mut self,
        event: &Event,
        payload: VoteEvent<'_>,
        commit: bool,
        unconfirmed: bool,
    ) -> Result<(), Refusal> {
        let id = event.id;
        match payload {
            VoteEvent::VoteOpened {
                title,
                kind,
                proposal,
                closes_ms,
            } => {
                non_empty(title, Field::VoteTitle)?;
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
                    self.check_project_vote(kind)?;
                    check_council_vote(pr, event.wall_ms)?;
                }
                if commit {
                    let id = VoteId(id);
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
                            unconfirmed: BTreeMap::new(),
                            paper: BTreeMap::new(),
                            paper_clerks: PaperClerks::default(),
                            closed: None,
                        },
                    );
                }
            }
            VoteEvent::BallotCast {
                vote,
                voter,
                choice,
            } if unconfirmed => self.keep_unconfirmed_ballot(event, vote, voter, choice, commit)?,
            VoteEvent::BallotCast {
                vote,
                voter,
                choice,
            } => match self.check_ballot(event.wall_ms, vote, voter)? {
                BallotCheck::Duplicate(i) => return Err(self.already_voted(vote, i, voter)),
                BallotCheck::Counts(key) => {
                    if commit {
                        let ballot = PendingBallot {
                            voter: *voter,
                            choice: *choice,
                            wall_ms: event.wall_ms,
                        };
                        self.count_ballot(event.id, vote, &ballot, key);
                    }
                }
            },
            VoteEvent::PaperBallotEntered {
                vote,
                household,
                choice,
                round,
                clerk,
            } => {
                // The household must be one that may vote; one that already voted another way
                // may still be keyed, and reconciliation shows the clash.
                self.check_ballot(event.wall_ms, vote, &Voter::Household(*household))?;
                non_empty(clerk, Field::ClerkName)?;
                let clerk = clerk.trim();
                let v = &self.votes[vote];
                let other_round = match round {
                    EntryRound::First => &v.paper_clerks.second,
                    EntryRound::Second => &v.paper_clerks.first,
                };
                if other_round.contains(clerk) {
                    return Err(Refusal::SameClerkBothRounds {
                        clerk: clerk.to_string(),
                    });
                }
                if commit {
                    let entry = PaperEntry {
                        event: id,
                        choice: *choice,
                        clerk: clerk.to_string(),
                    };
                    let v = self.votes.get_mut(vote).expect("checked");
                    let sheet = v.paper.entry(*household).or_default();
                    let (slot, clerks) = match round {
                        EntryRound::First => (&mut sheet.first, &mut v.paper_clerks.first),
                        EntryRound::Second => (&mut sheet.second, &mut v.paper_clerks.second),
                    };
                    *slot = Some(entry);
                    clerks.insert(clerk.to_string());
                }
            }
            VoteEvent::HandsCounted {
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
                        expected: VoterKind::Households,
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
            VoteEvent::VoteClosed { vote, cut } => {
                let v = get(&self.votes, vote, EntityKind::Vote)?;
                if v.closed.is_some() {
                    return Err(Refusal::VoteAlreadyClosed {
                        vote_title: v.title.clone(),
                    });
                }
                if commit {
                    let result = live_result(self, v);
                    self.freeze(
                        vote,
                        ClosedVote {
                            at_ms: event.wall_ms,
                            result,
                            by: event.author.clone(),
                            event: id,
                            lamport: event.lamport,
                            cut: cut.clone(),
                        },
                    );
                }
            }
            VoteEvent::BallotConfirmed { vote, ballot } => {
                let v = get(&self.votes, vote, EntityKind::Vote)?;
                let pending = v
                    .unconfirmed
                    .get(ballot)
                    .ok_or(Refusal::NothingToConfirm { event: *ballot })?
                    .clone();
                // Judged as of when the resident voted: a ballot cast before the deadline may
                // be confirmed until the vote is closed.
                match self.check_ballot(pending.wall_ms, vote, &pending.voter)? {
                    BallotCheck::Duplicate(i) => {
                        return Err(self.already_voted(vote, i, &pending.voter))
                    }
                    BallotCheck::Counts(key) => {
                        if commit {
                            let v = self.votes.get_mut(vote).expect("checked");
                            v.unconfirmed.remove(ballot);
                            self.count_ballot(*ballot, vote, &pending, key);
                        }
                    }
                }
            }
            VoteEvent::BallotCorrected {
                vote,
                ballot,
                choice,
                reason,
            } => {
                let v = get(&self.votes, vote, EntityKind::Vote)?;
                check_still_open(v, event.wall_ms)?;
                let index = v
                    .ballots
                    .iter()
                    .position(|b| b.event == *ballot)
                    .ok_or(Refusal::NothingToCorrect { event: *ballot })?;
                let counted = &v.ballots[index];
                if counted.choice == *choice {
                    return Err(Refusal::CorrectionUnchanged {
                        voter: self.voter_label(&counted.voter),
                        choice: *choice,
                    });
                }
                non_empty(reason, Field::CorrectionReason)?;
                if commit {
                    let counted = &mut self.votes.get_mut(vote).expect("checked").ballots[index];
                    counted.corrections.push(BallotCorrection {
                        event: id,
                        from: counted.choice,
                        to: *choice,
                        reason: reason.trim().to_string(),
                        wall_ms: event.wall_ms,
                        author: event.author.clone(),
                    });
                    counted.choice = *choice;
                }
            }
        }
        Ok(())
    }

    /// Whether this state may differ from what the device that wrote `cut` held: the fold has
    /// passed an event the cut does not name, or set aside as written after a revocation an
    /// event it passed (a revocation the cut's writer may not have held).
    pub(crate) fn differs_from(&self, cut: &Cut) -> bool {
        let seen = |d: &crate::ids::DeviceId| self.seen.get(d).copied().unwrap_or(0);
        self.seen.iter().any(|(device, seq)| *seq > cut.seq(device))
            || self.late.keys().any(|id| id.seq <= seen(&id.device))
    }

    /// What `cut` says the closing device held of the events this fold has passed: for each
    /// device, how many of its first events. Names the closer's view exactly (every device's
    /// events come without gaps and in order), so a view is counted once per set of events.
    pub(crate) fn view_bounds(&self, cut: &Cut) -> Vec<(crate::ids::DeviceId, u64)> {
        cut.0
            .iter()
            .map(|(d, c)| (*d, (*c).min(self.seen.get(d).copied().unwrap_or(0))))
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// Sets `event` aside with `reason`, as the fold does any event that does not count.
    pub(crate) fn set_aside(&mut self, event: &Event, reason: Refusal) {
        self.rejected.push(RejectedEvent {
            event: event.id,
            reason,
        });
        self.note_seen(event);
    }

    /// Whether `event` would count if folded now, changing nothing.
    pub(crate) fn would_apply(&mut self, event: &Event) -> bool {
        !self.late.contains_key(&event.id)
            && self.after_close(event).is_none()
            && self.transition(event, false).is_ok()
    }

    /// Folds `close`, which counts here, as its writer counted it (`viewed`). The vote becomes
    /// the view's: its figures, ballots and the view's judgement of the events of it that the
    /// closer held; those of `before` (the events naming the vote that this fold passed) that
    /// the closer did not hold arrived after the close. When the closer could not have closed
    /// it from what it held, the close does not count.
    pub(crate) fn close_as_viewed(
        &mut self,
        close: &Event,
        (vote_id, cut): (&VoteId, &Cut),
        viewed: &Viewed,
        before: &[&Event],
    ) {
        let (mut vote, closed, parties) = match &viewed.closed {
            Ok(closed) => closed.clone(),
            Err(reason) => return self.set_aside(close, reason.clone()),
        };
        self.restate_parties(&mut vote, &parties);
        let named: std::collections::BTreeSet<EventId> = before.iter().map(|e| e.id).collect();
        self.rejected.retain(|r| !named.contains(&r.event));
        let judged: BTreeMap<EventId, &Refusal> = viewed
            .rejected
            .iter()
            .map(|r| (r.event, &r.reason))
            .collect();
        for e in before {
            let reason = match judged.get(&e.id) {
                Some(reason) => (*reason).clone(),
                None if !cut.holds(&e.id, e.lamport, close.lamport) => Refusal::ArrivedAfterClose {
                    vote_title: vote.title.clone(),
                    closed_at_ms: closed.at_ms,
                },
                None => continue,
            };
            self.rejected.push(RejectedEvent {
                event: e.id,
                reason,
            });
        }
        self.votes.insert(*vote_id, vote);
        self.freeze(vote_id, closed);
        self.note_seen(close);
    }

    /// A vote taken from another state names owner parties by that state's numbers (`parties`
    /// says whom each names); here they are this state's.
    fn restate_parties(&mut self, vote: &mut Vote, parties: &BTreeMap<PartyId, OwnerParty>) {
        vote.counted_by.clear();
        for (i, ballot) in vote.ballots.iter_mut().enumerate() {
            if let VoterKey::Party(id) = ballot.key {
                if let Some(party) = parties.get(&id) {
                    ballot.key = VoterKey::Party(self.parties.number(party.clone()));
                }
            }
            vote.counted_by.insert(ballot.key.clone(), i);
        }
    }

    /// Closes `vote` with its frozen result; a council vote on a proposal moves it to passed or
    /// rejected.
    pub(crate) fn freeze(&mut self, vote: &VoteId, closed: ClosedVote) {
        let passed = closed.result.passed();
        let v = self.votes.get_mut(vote).expect("checked");
        v.closed = Some(closed);
        if let Some(pid) = v.proposal {
            self.proposal_mut(&pid).stage = if passed {
                Stage::Passed
            } else {
                Stage::Rejected
            };
        }
    }

    /// The counted ballot of `voter` in `vote`, corrections included; what a clerk corrects.
    pub fn counted_ballot(&self, vote: &VoteId, voter: &Voter) -> Option<&CountedBallot> {
        let v = self.votes.get(vote)?;
        let key = match voter {
            Voter::Member(p) => VoterKey::Member(*p),
            Voter::Household(h) => VoterKey::Party(self.households.get(h)?.party),
        };
        v.counted_by.get(&key).and_then(|&i| v.ballots.get(i))
    }

    /// A project goes to the community council, decided by two thirds of ALL its members
    /// (the Chengdu rule: 25 of 37), whatever a page or a file asks for.
    fn check_project_vote(&self, kind: &VoteKind) -> Result<(), Refusal> {
        let council = self
            .community_council()
            .ok_or(Refusal::NoCommunityCouncil)?;
        match kind {
            VoteKind::Council {
                organisation,
                rule: crate::model::CouncilRule::TwoThirdsOfAllMembers,
                quorum: None,
            } if *organisation == council => Ok(()),
            VoteKind::Council { .. } => Err(Refusal::ProjectVoteRule {
                council: self.organisations[&council].name.clone(),
            }),
            VoteKind::Owners { .. } => Err(Refusal::CouncilVoteNeedsCouncilKind),
        }
    }

    /// A household ballot from a device not enrolled for it: it must be one the household
    /// could cast, and it waits for a clerk instead of counting.
    pub(super) fn keep_unconfirmed_ballot(
        &mut self,
        event: &Event,
        vote: &VoteId,
        voter: &Voter,
        choice: &Choice,
        commit: bool,
    ) -> Result<(), Refusal> {
        if let BallotCheck::Duplicate(i) = self.check_ballot(event.wall_ms, vote, voter)? {
            return Err(self.already_voted(vote, i, voter));
        }
        if commit {
            let pending = PendingBallot {
                voter: *voter,
                choice: *choice,
                wall_ms: event.wall_ms,
            };
            let v = self.votes.get_mut(vote).expect("checked");
            v.unconfirmed.insert(event.id, pending);
        }
        Ok(())
    }

    /// Checks a ballot against its vote; `Duplicate` is left to the caller, which alone knows
    /// whether the second ballot is a refusal (a command) or a conflict (a merge).
    /// Whether `voter` may cast a ballot in `vote` at `at_ms`, by the same rules a ballot command
    /// meets: a kiosk asks before it shows the question, so nobody answers in vain.
    pub fn may_vote(&self, vote: &VoteId, voter: &Voter, at_ms: i64) -> Result<(), Refusal> {
        match self.check_ballot(at_ms, vote, voter)? {
            BallotCheck::Duplicate(i) => Err(self.already_voted(vote, i, voter)),
            BallotCheck::Counts(_) => Ok(()),
        }
    }

    pub(crate) fn check_ballot(
        &self,
        at_ms: i64,
        vote_id: &VoteId,
        voter: &Voter,
    ) -> Result<BallotCheck, Refusal> {
        let vote = get(&self.votes, vote_id, EntityKind::Vote)?;
        check_still_open(vote, at_ms)?;
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
                let household = self.require_in_scope(h, scope, EntityKind::Vote, &vote.title)?;
                VoterKey::Party(household.party)
            }
            (VoteKind::Council { .. }, _) => {
                return Err(Refusal::WrongKindOfVoter {
                    vote_title: vote.title.clone(),
                    expected: VoterKind::CouncilMembers,
                })
            }
            (VoteKind::Owners { .. }, _) => {
                return Err(Refusal::WrongKindOfVoter {
                    vote_title: vote.title.clone(),
                    expected: VoterKind::Households,
                })
            }
        };
        Ok(match vote.counted_by.get(&key) {
            Some(&i) => BallotCheck::Duplicate(i),
            None => BallotCheck::Counts(key),
        })
    }

    /// The refusal a command gets for a second ballot of an already counted voter.
    pub(crate) fn already_voted(&self, vote_id: &VoteId, index: usize, voter: &Voter) -> Refusal {
        let vote = &self.votes[vote_id];
        match voter {
            Voter::Household(_) => Refusal::HouseholdAlreadyVoted {
                household_label: self.voter_label(voter),
                voted_through: self.voter_label(&vote.ballots[index].voter),
            },
            Voter::Member(_) => Refusal::MemberAlreadyVoted {
                member_name: self.voter_label(voter),
            },
        }
    }

    /// How a message names a voter: a flat by [`State::flat_name`], a member by name; never
    /// fails, since a conflict must still be listed.
    pub fn voter_label(&self, voter: &Voter) -> String {
        match voter {
            Voter::Household(h) => self.flat_name(h).unwrap_or_else(|| "?".to_string()),
            Voter::Member(p) => self
                .persons
                .get(p)
                .map(|p| p.name.clone())
                .unwrap_or_default(),
        }
    }

    /// How messages name a flat: its label (`1-1-101`), with its compound's name before it
    /// (`西苑 1-1-101`) when another compound of the community has a flat of the same label,
    /// so no message names two flats alike.
    pub fn flat_name(&self, household: &HouseholdId) -> Option<String> {
        let h = self.households.get(household)?;
        let shared = self
            .labels
            .of(&self.households)
            .verbatim
            .get(&h.label)
            .is_some_and(|alike| {
                alike
                    .iter()
                    .any(|other| self.households[other].compound != h.compound)
            });
        Some(match self.compounds.get(&h.compound) {
            Some(c) if shared => format!("{} {}", c.name, h.label),
            _ => h.label.clone(),
        })
    }

    pub(super) fn fold_ballot(
        &mut self,
        event: &Event,
        vote: &VoteId,
        voter: &Voter,
        choice: &Choice,
    ) -> Result<(), Refusal> {
        match self.check_ballot(event.wall_ms, vote, voter)? {
            BallotCheck::Counts(key) => {
                let ballot = PendingBallot {
                    voter: *voter,
                    choice: *choice,
                    wall_ms: event.wall_ms,
                };
                self.count_ballot(event.id, vote, &ballot, key)
            }
            BallotCheck::Duplicate(i) => {
                let counted = &self.votes[vote].ballots[i];
                if counted.event.device == event.id.device {
                    return Err(self.already_voted(vote, i, voter));
                }
                let conflict = BallotConflict {
                    vote: *vote,
                    voter: *voter,
                    named: self.voter_label(voter),
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
            }
        }
        Ok(())
    }

    fn count_ballot(
        &mut self,
        event: EventId,
        vote: &VoteId,
        ballot: &PendingBallot,
        key: VoterKey,
    ) {
        let v = self.votes.get_mut(vote).expect("checked");
        v.counted_by.insert(key.clone(), v.ballots.len());
        v.ballots.push(CountedBallot {
            event,
            voter: ballot.voter,
            key,
            choice: ballot.choice,
            wall_ms: ballot.wall_ms,
            corrections: Vec::new(),
        });
    }
}

/// A close as its writer counted it: taken from the fold of what it held, with the close folded
/// last, and kept so that a record folds each view once (see `crate::record`).
#[derive(Clone, Debug)]
pub(crate) struct Viewed {
    /// The vote as the close left it there (its frozen result apart), with the owner party
    /// behind each party number its ballots name; or why the close did not count there.
    #[allow(clippy::type_complexity)]
    closed: Result<(Vote, ClosedVote, BTreeMap<PartyId, OwnerParty>), Refusal>,
    /// The view's judgement of the events naming the vote that it set aside.
    rejected: Vec<RejectedEvent>,
}

impl Viewed {
    /// What `view` (the fold of what the closer held, `close` folded last) says of `vote_id`;
    /// `names_vote` tells the events naming the vote among those it set aside.
    pub(crate) fn of(
        view: &State,
        close: &Event,
        vote_id: &VoteId,
        names_vote: impl Fn(&EventId) -> bool,
    ) -> Viewed {
        let closed = match view.votes.get(vote_id).and_then(|v| {
            let closed = v.closed.clone().filter(|c| c.event == close.id)?;
            Some((v, closed))
        }) {
            Some((v, closed)) => {
                let named: std::collections::BTreeSet<PartyId> = v
                    .ballots
                    .iter()
                    .filter_map(|b| match b.key {
                        VoterKey::Party(p) => Some(p),
                        VoterKey::Member(_) => None,
                    })
                    .collect();
                let parties = view
                    .parties
                    .iter()
                    .filter(|(_, id)| named.contains(id))
                    .map(|(party, id)| (id, party.clone()))
                    .collect();
                let mut vote = v.clone();
                vote.closed = None;
                Ok((vote, closed, parties))
            }
            _ => Err(view
                .rejected
                .iter()
                .rev()
                .find(|r| r.event == close.id)
                .map(|r| r.reason.clone())
                .unwrap_or(Refusal::Unknown {
                    kind: EntityKind::Vote,
                    id: vote_id.event(),
                })),
        };
        Viewed {
            closed,
            rejected: view
                .rejected
                .iter()
                .filter(|r| r.event != close.id && names_vote(&r.event))
                .cloned()
                .collect(),
        }
    }
}

/// Ballots, counts and corrections are taken until the vote is closed or its deadline passed.
fn check_still_open(vote: &Vote, at_ms: i64) -> Result<(), Refusal> {
    if let Some(closed) = &vote.closed {
        return Err(Refusal::VotingClosed {
            closed_at_ms: closed.at_ms,
        });
    }
    if at_ms > vote.closes_ms {
        return Err(Refusal::VotingClosed {
            closed_at_ms: vote.closes_ms,
        });
    }
    Ok(())
}

/// Whether a ballot counts, and for whom.
pub(crate) enum BallotCheck {
    Counts(VoterKey),
    /// The voter's ballot is already counted; index into `Vote::ballots`.
    Duplicate(usize),
}
