//! A vote as the fold holds it: its ballots (counted, waiting for a clerk, corrected, set aside
//! as a second ballot), its paper keying, and what froze it when it closed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::cut::Cut;
use crate::ids::{EventId, HouseholdId, ProposalId, VoteId};
use crate::model::{Choice, VoteKind, Voter};
use crate::parties::PartyId;
use crate::rules::outcome::VoteResult;
use crate::time::format_cst;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    pub title: String,
    pub kind: VoteKind,
    pub proposal: Option<ProposalId>,
    pub opened_ms: i64,
    pub closes_ms: i64,
    /// Council votes: the members whose term covered the opening, frozen so later appointments
    /// cannot change the denominator of a vote already under way.
    pub electorate: Vec<EventId>,
    /// Counted ballots, at most one per voter key, in fold order.
    pub ballots: Vec<CountedBallot>,
    pub counted_by: BTreeMap<VoterKey, usize>,
    pub hands: Option<Hands>,
    pub conflicts: Vec<BallotConflict>,
    /// Household ballots from devices not enrolled for the household (a resident's own
    /// phone), kept and listed until a clerk confirms them; see [`crate::rules::authority`].
    pub unconfirmed: BTreeMap<EventId, PendingBallot>,
    /// Waiting ballots a clerk dismissed (the household voted since, or the person could not be
    /// checked), each with why: off the waiting list, never counted, still shown.
    pub dismissed: BTreeMap<EventId, DismissedBallot>,
    /// Paper ballots as the two clerks keyed them, by household; see [`crate::rules::paper`].
    pub paper: BTreeMap<HouseholdId, PaperSheet>,
    pub paper_clerks: PaperClerks,
    /// Frozen when the vote is closed, so later sales or appointments cannot rewrite it.
    pub closed: Option<ClosedVote>,
}

/// One household's paper ballot, keyed once in each round.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperSheet {
    pub first: Option<PaperEntry>,
    pub second: Option<PaperEntry>,
}

/// Who keyed each round, so nobody checks their own keying.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperClerks {
    pub first: std::collections::BTreeSet<String>,
    pub second: std::collections::BTreeSet<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PaperEntry {
    pub event: EventId,
    pub choice: Choice,
    pub clerk: String,
}

/// A ballot waiting for a clerk's confirmation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingBallot {
    pub voter: Voter,
    pub choice: Choice,
    pub wall_ms: i64,
}

/// A waiting ballot a clerk dismissed, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DismissedBallot {
    pub ballot: PendingBallot,
    pub reason: String,
    /// The name the dismissing device signs with, and when it did.
    pub by: String,
    pub wall_ms: i64,
}

/// Who a ballot counts for: a council member, or an owner party (one vote per party).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum VoterKey {
    Member(EventId),
    Party(PartyId),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountedBallot {
    pub event: EventId,
    pub voter: Voter,
    pub key: VoterKey,
    /// What counts now: the last correction's choice, or the ballot's own.
    pub choice: Choice,
    pub wall_ms: i64,
    /// Oldest first; the ballot as cast stays on record beside them.
    pub corrections: Vec<BallotCorrection>,
}

impl CountedBallot {
    /// The choice as the ballot was cast, before any correction.
    pub fn cast_choice(&self) -> Choice {
        self.corrections.first().map_or(self.choice, |c| c.from)
    }
}

/// A clerk's correction of a counted ballot (`ballot_corrected`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotCorrection {
    pub event: EventId,
    pub from: Choice,
    pub to: Choice,
    pub reason: String,
    pub wall_ms: i64,
    /// The name the correcting device signs with.
    pub author: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hands {
    pub yes: u32,
    pub no: u32,
    pub abstain: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosedVote {
    pub at_ms: i64,
    pub result: VoteResult,
    /// The name the closing device signs with.
    pub by: String,
    /// The `vote_closed` event that froze it, and its clock.
    pub event: EventId,
    pub lamport: u64,
    /// What the closing device held, when the close says (see [`crate::cut`]): the result is
    /// counted from inside it, and any event naming the vote outside it arrived after the close.
    pub cut: Option<Cut>,
}

impl ClosedVote {
    /// Whether `event` (naming this vote) came after the close: outside its cut, whatever its
    /// clock says of its place. A close written before cuts says nothing here; the total order
    /// decides alone.
    pub fn arrived_after(&self, event: &crate::log::event::Event) -> bool {
        event.id != self.event
            && self
                .cut
                .as_ref()
                .is_some_and(|cut| !cut.holds(&event.id, event.lamport, self.lamport))
    }
}

/// A voter's second ballot from another device: the first in the total order counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotConflict {
    pub vote: VoteId,
    pub voter: Voter,
    /// The flat's label (`3-2-501`) or the member's name, as the register had it when the second
    /// ballot was folded.
    pub named: String,
    pub counted: EventId,
    pub counted_wall_ms: i64,
    pub ignored: EventId,
    pub ignored_wall_ms: i64,
}

impl BallotConflict {
    /// `household 3-2-501`, or the member's name.
    pub fn voter_text(&self) -> String {
        match self.voter {
            Voter::Household(_) => format!("household {}", self.named),
            Voter::Member(_) => self.named.clone(),
        }
    }
}

impl std::fmt::Display for BallotConflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} voted on two devices: the ballot from device {} at {} counts; the one from device {} at {} does not",
            self.voter_text(),
            self.counted.device.short(),
            format_cst(self.counted_wall_ms),
            self.ignored.device.short(),
            format_cst(self.ignored_wall_ms)
        )
    }
}
