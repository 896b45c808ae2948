//! One result type for both kinds of vote, so the app renders any vote the same way.

use crate::ids::VoteId;
use crate::model::VoteKind;
use crate::rules::council;
use crate::rules::owners;
use crate::rules::state::State;

pub use crate::rules::outcome::VoteResult;

/// The frozen result of a closed vote, or the live tally of an open one.
pub fn result(state: &State, vote_id: &VoteId) -> Option<VoteResult> {
    let vote = state.votes.get(vote_id)?;
    if let Some(closed) = &vote.closed {
        return Some(closed.result.clone());
    }
    Some(live_result(state, vote))
}

/// Counts the ballots now, ignoring any frozen result; what closing the vote would record.
pub fn live_result(state: &State, vote: &crate::rules::state::Vote) -> VoteResult {
    match &vote.kind {
        VoteKind::Council { rule, quorum, .. } => {
            VoteResult::Council(council::tally(vote, *rule, *quorum))
        }
        VoteKind::Owners { matter, scope } => {
            VoteResult::Owners(owners::tally(state, vote, *matter, scope))
        }
    }
}
