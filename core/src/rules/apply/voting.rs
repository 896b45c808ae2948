//! Votes: opening, ballots, show-of-hands counts, closing; and how a ballot is counted.

use super::ballots::{check_not_closed, check_still_open, BallotCheck};
use super::*;
use crate::cut::Cut;
use crate::ids::ProposalId;
use crate::ids::VoteId;
use crate::model::Choice;

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
    BallotDismissed {
        vote: &'a VoteId,
        ballot: &'a EventId,
        reason: &'a String,
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
                            dismissed: BTreeMap::new(),
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
                check_not_closed(v)?;
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
            VoteEvent::BallotDismissed {
                vote,
                ballot,
                reason,
            } => {
                let v = get(&self.votes, vote, EntityKind::Vote)?;
                // Only until the vote closes: a closed vote's record of what waited stays as it
                // was when it closed.
                check_not_closed(v)?;
                let pending = v
                    .unconfirmed
                    .get(ballot)
                    .ok_or(Refusal::NothingToConfirm { event: *ballot })?
                    .clone();
                super::non_empty(reason, Field::DismissalReason)?;
                if commit {
                    let v = self.votes.get_mut(vote).expect("checked");
                    v.unconfirmed.remove(ballot);
                    v.dismissed.insert(
                        *ballot,
                        DismissedBallot {
                            ballot: pending,
                            reason: reason.trim().to_string(),
                            by: event.author.clone(),
                            wall_ms: event.wall_ms,
                        },
                    );
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
}
