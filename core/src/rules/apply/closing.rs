//! Closing a vote: its result frozen, and, when the record holds what its writer did not, the
//! vote taken as its writer counted it (its *view*, see `crate::record`'s fold).

use super::*;
use crate::cut::Cut;
use crate::ids::VoteId;
use crate::parties::PartyId;

impl State {
    /// Whether this state may differ from what the device that wrote `cut` held: the fold has
    /// passed an event the cut does not name, or set aside as written after a revocation an
    /// event it passed (a revocation the cut's writer may not have held).
    pub(crate) fn differs_from(&self, cut: &Cut) -> bool {
        self.seen.iter().any(|(device, seq)| *seq > cut.seq(device))
            || self
                .late
                .keys()
                .any(|id| id.seq <= self.held_of(&id.device))
    }

    /// What `cut` says the closing device held of the events this fold has passed: for each
    /// device, how many of its first events. Names the closer's view exactly (every device's
    /// events come without gaps and in order), so a view is counted once per set of events.
    pub(crate) fn view_bounds(&self, cut: &Cut) -> Vec<(crate::ids::DeviceId, u64)> {
        cut.0
            .iter()
            .map(|(d, c)| (*d, (*c).min(self.held_of(d))))
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
