//! Written consultation (书面征求意见): owners answer on paper, and two clerks key every sheet
//! independently. A sheet becomes a ballot only when both keyings agree; every disagreement is
//! listed so that someone looks at the paper again. This catches the slip of one tired clerk
//! without trusting either.
//!
//! The keyings are events in the record ([`crate::Payload::PaperBallotEntered`]), so the two
//! clerks may work on two devices and merge their files, and the audit trail keeps both.

use crate::ids::{HouseholdId, VoteId};
use crate::log::payload::Payload;
use crate::model::{Choice, Voter};
use crate::rules::batch::Batch;
use crate::rules::refusal::Refusal;
use crate::rules::state::{PaperEntry, State, VoterKey};

/// Where one household's paper ballot stands.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum SheetStatus {
    /// The rounds disagree: someone must look at the paper and decide.
    Mismatch { first: Choice, second: Choice },
    /// Keyed in one round only.
    AwaitingOtherRound { keyed: Choice },
    /// Both rounds agree and nothing counts yet for the owner: ready to confirm.
    Agreed { choice: Choice },
    /// A ballot already counts for the household's owner, cast through `through` (this flat,
    /// or another flat of the same owner, on paper or at a kiosk).
    Counted {
        choice: Choice,
        through: HouseholdId,
        /// Whether the counted choice is what the paper says, when both keyings agree on it.
        matches_paper: Option<bool>,
    },
}

impl SheetStatus {
    /// Order of the list: what needs a person first.
    fn rank(&self) -> u8 {
        match self {
            SheetStatus::Mismatch { .. } => 0,
            SheetStatus::Counted {
                matches_paper: Some(false),
                ..
            } => 1,
            SheetStatus::AwaitingOtherRound { .. } => 2,
            SheetStatus::Agreed { .. } => 3,
            SheetStatus::Counted { .. } => 4,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetRow {
    pub household: HouseholdId,
    pub label: String,
    pub first: Option<PaperEntry>,
    pub second: Option<PaperEntry>,
    pub status: SheetStatus,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PaperReport {
    /// Mismatches first, then sheets awaiting a round, then agreed, then counted; by flat.
    pub rows: Vec<SheetRow>,
    pub mismatched: usize,
    pub awaiting: usize,
    pub agreed: usize,
    pub counted: usize,
}

/// The paper ballots of `vote`, reconciled; `None` for an unknown vote.
pub fn reconcile(state: &State, vote: &VoteId) -> Option<PaperReport> {
    let v = state.votes.get(vote)?;
    let mut report = PaperReport::default();
    for (household, sheet) in &v.paper {
        let h = state.households.get(household)?;
        let keyed = match (&sheet.first, &sheet.second) {
            (Some(a), Some(b)) if a.choice == b.choice => Ok(a.choice),
            (Some(a), Some(b)) => Err(SheetStatus::Mismatch {
                first: a.choice,
                second: b.choice,
            }),
            (Some(e), None) | (None, Some(e)) => {
                Err(SheetStatus::AwaitingOtherRound { keyed: e.choice })
            }
            (None, None) => continue,
        };
        // The owner's counted ballot, through whichever of its flats: a member's ballot is no
        // household's sheet.
        let counted = v
            .counted_by
            .get(&VoterKey::Party(h.party))
            .map(|&i| &v.ballots[i])
            .and_then(|ballot| match ballot.voter {
                Voter::Household(through) => Some((ballot.choice, through)),
                Voter::Member(_) => None,
            });
        let status = match (counted, keyed) {
            (Some((choice, through)), keyed) => SheetStatus::Counted {
                choice,
                through,
                matches_paper: keyed.ok().map(|c| c == choice),
            },
            (None, Ok(choice)) => SheetStatus::Agreed { choice },
            (None, Err(open)) => open,
        };
        match status {
            SheetStatus::Mismatch { .. } => report.mismatched += 1,
            SheetStatus::AwaitingOtherRound { .. } => report.awaiting += 1,
            SheetStatus::Agreed { .. } => report.agreed += 1,
            SheetStatus::Counted { .. } => report.counted += 1,
        }
        report.rows.push(SheetRow {
            household: *household,
            label: h.label.clone(),
            first: sheet.first.clone(),
            second: sheet.second.clone(),
            status,
        });
    }
    report
        .rows
        .sort_by(|a, b| (a.status.rank(), &a.label).cmp(&(b.status.rank(), &b.label)));
    Some(report)
}

/// What confirming the agreed sheets did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Confirmed {
    pub recorded: usize,
    /// Agreed sheets that could not count, by flat, with why: typically a second flat of an
    /// owner who already voted through the first.
    pub skipped: Vec<(String, Refusal)>,
}

/// Adds a ballot to `batch` for every agreed sheet of `vote`. A sheet the rules refuse is
/// skipped and reported rather than failing the whole pile.
pub fn confirm_agreed(batch: &mut Batch, vote: &VoteId) -> Result<Confirmed, Refusal> {
    let report = reconcile(batch.state(), vote).ok_or(Refusal::Unknown {
        kind: crate::rules::refusal::EntityKind::Vote,
        id: vote.event(),
    })?;
    let mut done = Confirmed::default();
    for row in report.rows {
        let SheetStatus::Agreed { choice } = row.status else {
            continue;
        };
        let ballot = Payload::BallotCast {
            vote: *vote,
            voter: Voter::Household(row.household),
            choice,
        };
        match batch.add(ballot) {
            Ok(_) => done.recorded += 1,
            Err(why) => done.skipped.push((row.label, why)),
        }
    }
    Ok(done)
}
