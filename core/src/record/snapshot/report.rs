//! What an app shows before it merges a verified file: who signed it, how far each signer is
//! trusted, and what a merge would add. Computed on a copy, so the record is untouched until the
//! user confirms.

use std::collections::BTreeMap;

use std::collections::BTreeSet;

use crate::ids::{DeviceId, EventId, Hash, VoteId};
use crate::log::payload::{Kind, Payload};
use crate::record::Record;
use crate::rules::authority::Denied;
use crate::rules::refusal::Refusal;
use crate::rules::state::{BallotConflict, RejectedEvent, State, Trust};

use super::{Scope, Snapshot, SnapshotError};

/// One device whose chain the file carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signer {
    pub device: DeviceId,
    /// Events of this device in the file.
    pub events: usize,
    /// The last sequence number its signed head vouches for.
    pub signed_to: u64,
    pub trust: Trust,
}

/// The verification report of a file that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileReport {
    pub version: u64,
    pub exported_at_ms: i64,
    pub exported_by: DeviceId,
    pub scope: Scope,
    pub events: usize,
    pub digest: Hash,
    pub signers: Vec<Signer>,
    /// Trust was judged by the file's own device list, not by a community this device holds
    /// (a fresh device joining, or a file opened read-only): "trusted" then means "by the
    /// file's own word", which the app must say.
    pub trust_from_file: bool,
}

/// New ballot events of one vote that a merge would add.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoteBallots {
    pub vote: VoteId,
    pub title: String,
    pub new_ballots: usize,
    /// How many more ballots would count (a second ballot of a household does not).
    pub newly_counted: usize,
    /// How many would wait for a clerk's confirmation (from devices not enrolled for them).
    pub newly_unconfirmed: usize,
}

/// Why the rules set an event aside, in the few classes a resident is told about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SetAsideWhy {
    /// From a device the community never trusted.
    NotTrusted,
    /// From a device revoked before it wrote the event, by the record's order (a revocation
    /// written before cuts).
    Revoked,
    /// Written after its device was revoked: beyond what the revocation kept, whatever its
    /// clock.
    AfterRevocation,
    /// Naming a vote that was closed without it: the closing device had not received it.
    AfterClose,
    /// From a device whose role does not allow this kind.
    WrongRole,
    /// From a resident's device, for another household than its own.
    NotEnrolled,
    /// Any other rule (a ballot after the close, a second ballot from one device...).
    Rules,
}

impl SetAsideWhy {
    pub fn of(reason: &Refusal) -> SetAsideWhy {
        match reason {
            Refusal::NotAllowed { denied, .. } => match denied {
                Denied::NotTrusted => SetAsideWhy::NotTrusted,
                Denied::Revoked => SetAsideWhy::Revoked,
                Denied::WrongRole { .. } => SetAsideWhy::WrongRole,
                Denied::NotEnrolledFor { .. } => SetAsideWhy::NotEnrolled,
            },
            Refusal::AfterRevocation { .. } => SetAsideWhy::AfterRevocation,
            Refusal::ArrivedAfterClose { .. } => SetAsideWhy::AfterClose,
            _ => SetAsideWhy::Rules,
        }
    }
}

/// Events set aside, counted by kind and why: "6 ballots from unauthorised devices".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAsideGroup {
    pub kind: Kind,
    pub why: SetAsideWhy,
    pub count: usize,
}

/// Groups set-aside events of `record` by kind and why, largest group first.
pub fn group_set_aside(record: &Record, set_aside: &[RejectedEvent]) -> Vec<SetAsideGroup> {
    let mut counts: BTreeMap<(Kind, SetAsideWhy), usize> = BTreeMap::new();
    for r in set_aside {
        if let Some(e) = record.get(&r.event) {
            *counts
                .entry((e.payload.kind(), SetAsideWhy::of(&r.reason)))
                .or_default() += 1;
        }
    }
    let mut groups: Vec<SetAsideGroup> = counts
        .into_iter()
        .map(|((kind, why), count)| SetAsideGroup { kind, why, count })
        .collect();
    groups.sort_by_key(|g| std::cmp::Reverse(g.count));
    groups
}

/// What merging the file would change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergePreview {
    pub report: FileReport,
    pub new_events: usize,
    pub known_events: usize,
    /// Event kinds (the `type` of the payload as written in the file) with their counts.
    pub by_kind: Vec<(String, usize)>,
    pub ballots: Vec<VoteBallots>,
    pub new_conflicts: Vec<BallotConflict>,
    /// Events the rules would set aside when folded, with their reasons, in fold order: from a
    /// device without the right, a ballot after a concurrent close...
    pub set_aside: Vec<RejectedEvent>,
    /// The same, by kind and why, for the one-line summary.
    pub set_aside_groups: Vec<SetAsideGroup>,
    /// Household ballots and notice responses that would wait for a clerk's confirmation.
    pub newly_unconfirmed: usize,
}

impl MergePreview {
    pub fn changes_nothing(&self) -> bool {
        self.new_events == 0
    }
}

/// The report of a verified file, with trust as `judge` sees it (the record the file is merged
/// into, or for a file opened on its own, the file's own record).
pub fn report(snapshot: &Snapshot, judge: &State) -> FileReport {
    let mut counts: BTreeMap<DeviceId, usize> = BTreeMap::new();
    for e in &snapshot.events {
        *counts.entry(e.id.device).or_default() += 1;
    }
    let signers = snapshot
        .heads
        .iter()
        .map(|h| Signer {
            device: h.device,
            events: counts.get(&h.device).copied().unwrap_or(0),
            signed_to: h.seq,
            trust: judge.trust(&h.device),
        })
        .collect();
    FileReport {
        version: snapshot.version,
        exported_at_ms: snapshot.exported_at_ms,
        exported_by: snapshot.exported_by,
        scope: snapshot.scope.clone(),
        events: snapshot.events.len(),
        digest: snapshot.digest,
        signers,
        trust_from_file: false,
    }
}

/// Merges a copy of `record` with the file and reports the difference. Errors are those the
/// real merge would give (e.g. a file contradicting an event this device already holds).
pub fn preview(record: &Record, snapshot: &Snapshot) -> Result<MergePreview, SnapshotError> {
    let mut merged = record.clone();
    let merge = snapshot.clone().merge_into(&mut merged)?;
    let before = record.state();
    let after = merged.state();

    let mut by_kind: BTreeMap<String, usize> = BTreeMap::new();
    let mut new_ballots: BTreeMap<VoteId, usize> = BTreeMap::new();
    for e in snapshot
        .events
        .iter()
        .filter(|e| record.get(&e.id).is_none())
    {
        *by_kind
            .entry(e.payload.kind().name().to_string())
            .or_default() += 1;
        if let Payload::BallotCast { vote, .. } = &e.payload {
            *new_ballots.entry(*vote).or_default() += 1;
        }
    }
    let ballots = new_ballots
        .into_iter()
        .map(|(vote, new)| {
            let counted = |s: &State| s.votes.get(&vote).map_or(0, |v| v.ballots.len());
            let waiting = |s: &State| s.votes.get(&vote).map_or(0, |v| v.unconfirmed.len());
            VoteBallots {
                vote,
                title: after
                    .votes
                    .get(&vote)
                    .map_or_else(String::new, |v| v.title.clone()),
                new_ballots: new,
                newly_counted: counted(after).saturating_sub(counted(before)),
                newly_unconfirmed: waiting(after).saturating_sub(waiting(before)),
            }
        })
        .collect();
    let new_conflicts = after
        .conflicts()
        .filter(|c| !before.conflicts().any(|b| b == *c))
        .cloned()
        .collect();
    let known: BTreeSet<EventId> = before.rejected.iter().map(|r| r.event).collect();
    let set_aside: Vec<RejectedEvent> = after
        .rejected
        .iter()
        .filter(|r| !known.contains(&r.event))
        .cloned()
        .collect();
    let mut by_kind: Vec<(String, usize)> = by_kind.into_iter().collect();
    by_kind.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(MergePreview {
        report: FileReport {
            trust_from_file: before.community.is_none(),
            ..report(snapshot, after)
        },
        new_events: merge.added,
        known_events: merge.duplicates,
        by_kind,
        ballots,
        new_conflicts,
        set_aside_groups: group_set_aside(&merged, &set_aside),
        set_aside,
        newly_unconfirmed: unconfirmed(after).saturating_sub(unconfirmed(before)),
    })
}

/// Ballots and notice responses waiting for a clerk, over the whole community.
pub fn unconfirmed(state: &State) -> usize {
    state
        .votes
        .values()
        .map(|v| v.unconfirmed.len())
        .sum::<usize>()
        + state
            .proposals
            .values()
            .map(|p| p.unconfirmed.len())
            .sum::<usize>()
}
