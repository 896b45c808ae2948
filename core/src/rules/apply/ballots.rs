//! A ballot: whether it may be cast, how it counts, a second one from another device as a
//! conflict, one from a device not enrolled for its household kept for a clerk; and how
//! messages name the voter.

use super::*;
use crate::ids::VoteId;
use crate::model::Choice;

impl State {
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
                voted_at_ms: vote.ballots[index].wall_ms,
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

    pub(super) fn count_ballot(
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

/// Ballots, counts and corrections are taken until the vote is closed or its deadline passed.
pub(super) fn check_still_open(vote: &Vote, at_ms: i64) -> Result<(), Refusal> {
    check_not_closed(vote)?;
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

/// Whether no close has frozen the vote yet (whatever the deadline).
pub(super) fn check_not_closed(vote: &Vote) -> Result<(), Refusal> {
    match &vote.closed {
        Some(closed) => Err(Refusal::VotingClosed {
            closed_at_ms: closed.at_ms,
        }),
        None => Ok(()),
    }
}
