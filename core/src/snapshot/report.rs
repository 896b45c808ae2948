//! What an app shows before it merges a verified file: who signed it, how far each signer is
//! trusted, and what a merge would add. Computed on a copy, so the record is untouched until the
//! user confirms.

use std::collections::BTreeMap;

use crate::ids::{DeviceId, EventId, Hash};
use crate::payload::Payload;
use crate::record::Record;
use crate::state::{BallotConflict, State, Trust};

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
}

/// New ballot events of one vote that a merge would add.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoteBallots {
    pub vote: EventId,
    pub title: String,
    pub new_ballots: usize,
    /// How many more ballots would count (a second ballot of a household does not).
    pub newly_counted: usize,
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
    /// Events the rules would set aside when folded (e.g. a ballot after a concurrent close).
    pub newly_rejected: usize,
}

impl MergePreview {
    pub fn changes_nothing(&self) -> bool {
        self.new_events == 0
    }
}

/// The `type` a payload is written with.
pub fn kind_name(payload: &Payload) -> String {
    serde_json::to_value(payload)
        .ok()
        .and_then(|v| v.get("type").and_then(|t| t.as_str()).map(str::to_string))
        .unwrap_or_default()
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
    let mut new_ballots: BTreeMap<EventId, usize> = BTreeMap::new();
    for e in snapshot
        .events
        .iter()
        .filter(|e| record.get(&e.id).is_none())
    {
        *by_kind.entry(kind_name(&e.payload)).or_default() += 1;
        if let Payload::BallotCast { vote, .. } = &e.payload {
            *new_ballots.entry(*vote).or_default() += 1;
        }
    }
    let ballots = new_ballots
        .into_iter()
        .map(|(vote, new)| {
            let counted = |s: &State| s.votes.get(&vote).map_or(0, |v| v.ballots.len());
            VoteBallots {
                vote,
                title: after
                    .votes
                    .get(&vote)
                    .map_or_else(String::new, |v| v.title.clone()),
                new_ballots: new,
                newly_counted: counted(after).saturating_sub(counted(before)),
            }
        })
        .collect();
    let new_conflicts = after
        .conflicts()
        .filter(|c| !before.conflicts().any(|b| b == *c))
        .cloned()
        .collect();
    let mut by_kind: Vec<(String, usize)> = by_kind.into_iter().collect();
    by_kind.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(MergePreview {
        report: report(snapshot, after),
        new_events: merge.added,
        known_events: merge.duplicates,
        by_kind,
        ballots,
        new_conflicts,
        newly_rejected: after.rejected.len().saturating_sub(before.rejected.len()),
    })
}
