//! What a tally says: the explained result of a council vote and of an owners' vote, with the
//! thresholds and meters they are judged by. Only the results and their explanations live here;
//! [`crate::rules::tally`], [`crate::rules::council`] and [`crate::rules::owners`] compute them from the state, which
//! keeps a closed vote's result frozen.

use serde::{Deserialize, Serialize};

mod council;
mod owners;

pub use council::CouncilResult;
pub use owners::{Meter, MeterKind, OwnersResult, Threshold, PARTICIPATION};

/// One result type for both kinds of vote, so the app renders any vote the same way.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoteResult {
    Council(CouncilResult),
    Owners(OwnersResult),
}

impl VoteResult {
    pub fn passed(&self) -> bool {
        match self {
            VoteResult::Council(r) => r.passed(),
            VoteResult::Owners(r) => r.passed(),
        }
    }

    /// The explanation, one figure per line, ending with the verdict.
    pub fn lines(&self) -> Vec<String> {
        match self {
            VoteResult::Council(r) => r.lines(),
            VoteResult::Owners(r) => r.lines(),
        }
    }
}
