//! One household's part in the owners' votes and notices, as its own phone shows it: the votes
//! it may take part in now, where each ballot cast for it stands (counted, waiting for a clerk,
//! changed by a correction, set aside and why) with the receipt that identifies it in any
//! record, and the notices it may respond to.
//!
//! Nothing here decides anything: each standing is read from what the fold already did, so the
//! phone, the clerk's laptop and the CLI say the same of the same record.

use crate::ids::{EventId, Hash, HouseholdId, ProposalId, VoteId};
use crate::log::payload::Payload;
use crate::model::VoteKind;
use crate::model::{Choice, Voter};
use crate::record::Record;
use crate::rules::lifecycle::check_response;
use crate::rules::refusal::Refusal;
use crate::rules::state::State;

/// Where one ballot stands in this record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Counted as cast (in the result, once the vote is closed).
    Counted,
    /// Counted, but a clerk corrected it: `choice` counts now, for `reason`.
    Corrected { choice: Choice, reason: String },
    /// Kept, but it counts only once a clerk has checked the voter: it came from a device not
    /// enrolled for the household.
    Waiting,
    /// A clerk set it aside while it waited, and wrote why.
    Dismissed { reason: String },
    /// Another ballot for the same owner counts instead: the first the record orders.
    Superseded { counted: EventId },
    /// The record's rules set it aside (after the close, from a revoked device, …).
    Refused(Refusal),
}

/// A ballot cast for the household, with what identifies it: the event's id and hash are the
/// same in every record that holds it, so a receipt can be checked against any of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ballot {
    pub event: EventId,
    pub hash: Hash,
    /// As the ballot was cast, before any correction.
    pub choice: Choice,
    /// The casting device's own clock: shown, never used to judge anything.
    pub wall_ms: i64,
    pub standing: Standing,
}

/// One owners' vote the household belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HouseholdVote {
    pub vote: VoteId,
    pub title: String,
    pub closes_ms: i64,
    pub closed: bool,
    /// Whether a ballot may be cast for the household now, and if not, the refusal that says
    /// why (its owner voted through another flat, say).
    pub may_cast: Result<(), Refusal>,
    /// Every ballot cast for this household, oldest first in the record's order.
    pub ballots: Vec<Ballot>,
}

impl HouseholdVote {
    /// Whether the phone should offer to vote: the rules allow a ballot now and none of the
    /// household's ballots counts or waits already (a second would only wait beside the first).
    pub fn offers_ballot(&self) -> bool {
        self.may_cast.is_ok()
            && !self.ballots.iter().any(|b| {
                matches!(
                    b.standing,
                    Standing::Counted | Standing::Corrected { .. } | Standing::Waiting
                )
            })
    }
}

/// The owners' votes `household` belongs to: every open one (whether or not it has voted) and
/// every closed one it cast a ballot in, the latest opened first.
pub fn votes(record: &Record, household: &HouseholdId, now_ms: i64) -> Vec<HouseholdVote> {
    let state = record.state();
    let voter = Voter::Household(*household);
    let mut out: Vec<HouseholdVote> = state
        .votes
        .iter()
        .filter(|(_, v)| match &v.kind {
            VoteKind::Owners { scope, .. } => state
                .households
                .get(household)
                .is_some_and(|h| state.in_scope(h, scope)),
            VoteKind::Council { .. } => false,
        })
        .filter_map(|(id, v)| {
            let ballots = ballots(record, id, household);
            let closed = v.closed.is_some() || now_ms >= v.closes_ms;
            (!closed || !ballots.is_empty()).then(|| HouseholdVote {
                vote: *id,
                title: v.title.clone(),
                closes_ms: v.closes_ms,
                closed,
                may_cast: state.may_vote(id, &voter, now_ms),
                ballots,
            })
        })
        .collect();
    out.sort_by_key(|v| std::cmp::Reverse(v.vote));
    out
}

/// Every ballot this record holds for `household` in `vote`, with its standing.
pub fn ballots(record: &Record, vote: &VoteId, household: &HouseholdId) -> Vec<Ballot> {
    let state = record.state();
    let Some(v) = state.votes.get(vote) else {
        return Vec::new();
    };
    let mut out: Vec<(u64, Ballot)> = record
        .vote_events(vote)
        .filter_map(|e| match &e.payload {
            Payload::BallotCast {
                voter: Voter::Household(h),
                choice,
                ..
            } if h == household => Some((
                e.lamport,
                Ballot {
                    event: e.id,
                    hash: e.hash,
                    choice: *choice,
                    wall_ms: e.wall_ms,
                    standing: standing(state, v, &e.id)?,
                },
            )),
            _ => None,
        })
        .collect();
    // The record's order: Lamport clock, then event id.
    out.sort_by_key(|(lamport, b)| (*lamport, b.event));
    out.into_iter().map(|(_, b)| b).collect()
}

/// The fold counts or sets aside every event it holds, so every ballot is in one of these
/// places; one that were in none could not be described, and is not listed as anything.
fn standing(state: &State, v: &crate::rules::state::Vote, event: &EventId) -> Option<Standing> {
    if let Some(b) = v.ballots.iter().find(|b| b.event == *event) {
        return Some(match b.corrections.last() {
            Some(c) => Standing::Corrected {
                choice: c.to,
                reason: c.reason.clone(),
            },
            None => Standing::Counted,
        });
    }
    if v.unconfirmed.contains_key(event) {
        return Some(Standing::Waiting);
    }
    if let Some(d) = v.dismissed.get(event) {
        return Some(Standing::Dismissed {
            reason: d.reason.clone(),
        });
    }
    if let Some(c) = v.conflicts.iter().find(|c| c.ignored == *event) {
        return Some(Standing::Superseded { counted: c.counted });
    }
    state
        .rejected
        .iter()
        .find(|r| r.event == *event)
        .map(|r| Standing::Refused(r.reason.clone()))
}

/// A project on public notice the household may respond to now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenNotice {
    pub proposal: ProposalId,
    pub title: String,
    pub closes_ms: i64,
}

/// The notices open to responses now whose project's place holds `household`.
pub fn notices(state: &State, household: &HouseholdId, now_ms: i64) -> Vec<OpenNotice> {
    let Some(h) = state.households.get(household) else {
        return Vec::new();
    };
    state
        .proposals
        .iter()
        .filter(|(_, p)| state.in_scope(h, &p.scope) && check_response(p, now_ms).is_ok())
        .filter_map(|(id, p)| {
            Some(OpenNotice {
                proposal: *id,
                title: p.title.clone(),
                closes_ms: p.notice?.closes_ms,
            })
        })
        .collect()
}
