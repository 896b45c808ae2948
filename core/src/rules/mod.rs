//! The fold and every governance rule: the state, each event's validation and effect (`apply`), who may write what, refusals, council and owners' tallies, stages, money, paper ballots, meetings.

pub(crate) mod apply;
pub mod authority;
pub mod batch;
pub mod council;
pub mod funds;
pub mod ledger;
pub mod lifecycle;
pub mod lookup;
pub mod meetings;
pub mod outcome;
pub mod owners;
pub mod paper;
pub mod refusal;
pub mod selection;
pub mod state;
pub mod tally;
