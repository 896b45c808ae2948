//! Files in and out: a snapshot of what this device holds, and a verified file merged in.

use super::{RecordStore, SubmitError, CHECKPOINT_AFTER};
use crate::engine::engine;
use crate::persist::PersistError;
use gongzhi_core::ids::DeviceId;
use gongzhi_core::record::snapshot::{self, Scope, Snapshot, SnapshotError};
use gongzhi_core::record::MergeReport;
use gongzhi_core::{DeviceKey, Event, Record, VoteId};
use leptos::prelude::*;

impl RecordStore {
    /// A snapshot file's name and text, with this device's head signed and kept: the whole
    /// community, one vote, or this device's own contributions.
    pub async fn export(
        self,
        now_ms: i64,
        scope: ExportScope,
    ) -> Result<(String, Vec<u8>), SubmitError> {
        let lock = self.writing.get_value();
        let _turn = lock.lock().await;
        let key = self
            .seed
            .get_untracked()
            .map(DeviceKey::from_seed)
            .ok_or(SubmitError::NotReady)?;
        let (file_scope, label) = match scope {
            ExportScope::Community => (Scope::Community, "all".to_string()),
            ExportScope::Vote(vote) => {
                let title = self.record.with_untracked(|r| {
                    r.state()
                        .votes
                        .get(&vote)
                        .map(|v| v.title.clone())
                        .unwrap_or_default()
                });
                (Scope::Vote { vote }, format!("vote-{title}"))
            }
            ExportScope::Mine => (
                Scope::Contributions {
                    device: key.device(),
                },
                format!("mine-{}", key.device().short()),
            ),
        };
        let engine = engine().await.map_err(|_| SubmitError::CodeMissing)?;
        let snapshot = self
            .record
            .try_update(|r| engine.export(r, &key, now_ms, file_scope))
            .ok_or(SubmitError::NotReady)?;
        let own_head: Vec<_> = snapshot
            .heads
            .iter()
            .filter(|h| h.device == key.device())
            .cloned()
            .collect();
        // Keeping the signed head saves signing again later; the file carries it either way, so
        // a full store must not stop the export that is the way out of it.
        let _ = self.persistence().append(&[], &own_head, engine).await;
        let community = self.record.with_untracked(|r| {
            r.state()
                .community
                .as_ref()
                .map_or_else(|| "community".to_string(), |c| c.name.clone())
        });
        let name = snapshot::file_name(&community, &label, now_ms);
        Ok((name, engine.to_json(&snapshot)))
    }

    /// Adds a verified file's events: stored first, in one transaction, then shown. When either
    /// step fails the record is exactly as it was.
    pub async fn merge(self, file: Snapshot) -> Result<MergeReport, MergeError> {
        let lock = self.writing.get_value();
        let _turn = lock.lock().await;
        let devices: Vec<DeviceId> = file.heads.iter().map(|h| h.device).collect();
        let mut merged = self.record.with_untracked(Record::clone);
        let report = file.merge_into(&mut merged).map_err(MergeError::Refused)?;
        if report.added == 0 {
            return Ok(report);
        }
        let fresh: Vec<Event> = self.record.with_untracked(|r| {
            merged
                .events()
                .filter(|e| r.get(&e.id).is_none())
                .cloned()
                .collect()
        });
        let heads: Vec<_> = devices
            .iter()
            .filter_map(|d| merged.heads().get(d).cloned())
            .collect();
        let engine = engine().await.map_err(|_| MergeError::CodeMissing)?;
        self.persistence()
            .append(&fresh, &heads, engine)
            .await
            .map_err(MergeError::NotSaved)?;
        self.record.set(merged);
        if report.added >= CHECKPOINT_AFTER {
            let persistence = self.persistence();
            leptos::task::spawn_local(async move { self.save_checkpoint(&persistence).await });
        }
        Ok(report)
    }
}

/// What to write into a snapshot file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportScope {
    Community,
    Vote(VoteId),
    Mine,
}

/// Why a verified file was not merged; the record is unchanged either way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeError {
    /// It contradicts what this device holds (a different event under a known id, a fork).
    Refused(SnapshotError),
    NotSaved(PersistError),
    /// The record's engine (crate::engine) is fetched on demand and could not be.
    CodeMissing,
}
