//! Snapshot format v1: the one JSON file devices exchange to merge their records offline.
//! docs/snapshot-format.md describes it for other tools; public/snapshot.schema.json is its
//! JSON Schema.
//!
//! Import order matters for safety: byte limits first ([`limits::scan`]), then the version is
//! read and dispatched, then the typed parse, then the digest, then every hash, link and
//! signature ([`crate::record::verify_events`]). Nothing panics on any input.

pub mod error;
pub mod limits;
mod path;
pub mod report;

use serde::{Deserialize, Serialize};

use crate::canonical::canonical_hash;
use crate::ids::{DeviceId, EventId, Hash, ProposalId, VoteId};
use crate::log::event::Event;
use crate::log::keys::{DeviceKey, SignedHead};
use crate::log::payload::Payload;
use crate::log::verify::IntegrityError;
use crate::record::{verify_events, MergeReport, Record};

pub use error::SnapshotError;
pub use limits::Limits;

pub const FORMAT: &str = "gongzhi-snapshot";
/// The version this build writes and the newest it reads.
pub const VERSION: u64 = 1;

/// What the file is about. A vote-scoped file still carries every event: signed heads cover
/// whole chains, so a trimmed file could not be verified. The scope tells the reader which vote
/// to open. A contributions file carries one device's own chain only (a resident's requests,
/// responses and ballots, for the council secretary): a whole chain, so its head still vouches
/// for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Scope {
    Community,
    Vote { vote: VoteId },
    Contributions { device: DeviceId },
}

/// A v1 snapshot document; field order here is the order written to the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub format: String,
    pub version: u64,
    pub exported_at_ms: i64,
    pub exported_by: DeviceId,
    pub scope: Scope,
    /// Which community the file belongs to. Files written before this field lack it; their
    /// community is then the one their `community_founded` event names, if they hold it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub community: Option<CommunityRef>,
    /// In the record's total order (Lamport clock, device, sequence number).
    pub events: Vec<Event>,
    pub heads: Vec<SignedHead>,
    pub digest: Hash,
    /// Set once every hash, link and signature has been checked (by [`import`]) or the file was
    /// written from a record (by [`export`]); lets loading skip re-hashing every event.
    #[serde(skip)]
    verified: bool,
}

/// A community as a file names it: by its founding event, which no other community shares,
/// and by the name residents know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommunityRef {
    pub founded: EventId,
    pub name: String,
}

/// The digested content: the document with each event replaced by its hash (which seals the
/// event), so the digest is cheap to compute and to check by hand with jq.
#[derive(Serialize)]
struct DigestInput<'a> {
    format: &'a str,
    version: u64,
    exported_at_ms: i64,
    exported_by: DeviceId,
    scope: &'a Scope,
    #[serde(skip_serializing_if = "Option::is_none")]
    community: Option<&'a CommunityRef>,
    events: Vec<Hash>,
    heads: &'a [SignedHead],
}

impl Snapshot {
    pub fn computed_digest(&self) -> Hash {
        canonical_hash(&DigestInput {
            format: &self.format,
            version: self.version,
            exported_at_ms: self.exported_at_ms,
            exported_by: self.exported_by,
            scope: &self.scope,
            community: self.community.as_ref(),
            events: self.events.iter().map(|e| e.hash).collect(),
            heads: &self.heads,
        })
    }

    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("snapshots always serialise")
    }

    /// The community the file belongs to, declared or found among its events.
    pub fn community(&self) -> Option<CommunityRef> {
        self.community.clone().or_else(|| {
            self.events.iter().find_map(|e| match &e.payload {
                Payload::CommunityFounded { name, .. } => Some(CommunityRef {
                    founded: e.id,
                    name: name.clone(),
                }),
                _ => None,
            })
        })
    }

    /// Refused when the file belongs to another community than `record` holds, or holds events
    /// and names no community at all while `record` holds one: every file a device writes
    /// names its community (a device with none has written nothing), so a file naming none
    /// was written by hand and could be meant for any community.
    pub fn check_community(&self, record: &Record) -> Result<(), SnapshotError> {
        match (&record.state().community, self.community()) {
            (Some(here), Some(file)) if here.id != file.founded => {
                Err(SnapshotError::OtherCommunity {
                    file: file.name,
                    here: here.name.clone(),
                })
            }
            (Some(here), None) if !self.events.is_empty() => Err(SnapshotError::NamesNoCommunity {
                here: here.name.clone(),
            }),
            _ => Ok(()),
        }
    }

    /// Adds the file's events to a record (see [`Record::merge`]), unless the file belongs to
    /// another community.
    pub fn merge_into(self, record: &mut Record) -> Result<MergeReport, SnapshotError> {
        self.check_community(record)?;
        Ok(record.merge_checked(self.events, self.heads, self.verified)?)
    }

    pub fn into_record(self) -> Result<Record, SnapshotError> {
        let mut record = Record::new();
        self.merge_into(&mut record)?;
        Ok(record)
    }
}

/// `gongzhi-<community>-<scope>-<date>.json`, dated in China Standard Time. Characters that file
/// systems or chat apps mangle become `-`; Chinese names are kept as they are.
pub fn file_name(community: &str, scope: &str, at_ms: i64) -> String {
    let clean = |s: &str| -> String {
        let kept: String = s
            .trim()
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        if kept.is_empty() {
            "community".to_string()
        } else {
            kept
        }
    };
    let t = crate::time::civil_cst(at_ms);
    format!(
        "gongzhi-{}-{}-{:04}-{:02}-{:02}.json",
        clean(community),
        clean(scope),
        t.year,
        t.month,
        t.day
    )
}

/// Seals this device's chain and writes the record: all of it, or for a contributions scope
/// this device's own chain.
pub fn export(record: &mut Record, key: &DeviceKey, exported_at_ms: i64, scope: Scope) -> Snapshot {
    record.seal(key);
    let (events, heads) = match &scope {
        Scope::Contributions { device } => {
            let mut events: Vec<Event> = record.chain(device).cloned().collect();
            events.sort_by_key(Event::order_key);
            (
                events,
                record.heads().get(device).cloned().into_iter().collect(),
            )
        }
        _ => (
            record.events().cloned().collect(),
            record.heads().values().cloned().collect(),
        ),
    };
    let community = record.state().community.as_ref().map(|c| CommunityRef {
        founded: c.id,
        name: c.name.clone(),
    });
    let mut s = Snapshot {
        format: FORMAT.to_string(),
        version: VERSION,
        exported_at_ms,
        exported_by: key.device(),
        scope,
        community,
        events,
        heads,
        digest: Hash([0; 32]),
        verified: true,
    };
    s.digest = s.computed_digest();
    s
}

/// Only the fields needed to choose a reader; everything else is skipped unread.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u64>,
}

/// Reads and fully verifies a snapshot file.
pub fn import(bytes: &[u8], limits: &Limits) -> Result<Snapshot, SnapshotError> {
    limits::scan(bytes, limits)?;
    let header: Header =
        serde_json::from_slice(bytes).map_err(|e| SnapshotError::unreadable(e, bytes))?;
    if header.format.as_deref() != Some(FORMAT) {
        return Err(SnapshotError::NotASnapshot);
    }
    let snapshot = match header.version {
        Some(1) => serde_json::from_slice::<Snapshot>(bytes)
            .map_err(|e| SnapshotError::unreadable(e, bytes))?,
        // A future v2 reader adds `Some(1) => upgrade_v1(parse_v1(bytes)?)` here, keeping every
        // older format readable.
        Some(v) if v > VERSION => {
            return Err(SnapshotError::NewerVersion {
                found: v,
                supported: VERSION,
            })
        }
        Some(v) => return Err(SnapshotError::OlderVersion { found: v }),
        None => return Err(SnapshotError::NotASnapshot),
    };
    if snapshot.computed_digest() != snapshot.digest {
        return Err(SnapshotError::DigestMismatch);
    }
    let founding = snapshot
        .events
        .iter()
        .find(|e| matches!(e.payload, Payload::CommunityFounded { .. }));
    if let (Some(declared), Some(founding)) = (&snapshot.community, founding) {
        if declared.founded != founding.id {
            return Err(SnapshotError::CommunityMismatch {
                declared: declared.founded,
                founded: founding.id,
            });
        }
    }
    verify_events(&snapshot.events, &snapshot.heads).map_err(|e| match e {
        IntegrityError::Altered { event } => {
            empty_optional_field(bytes, &snapshot, event).unwrap_or(SnapshotError::Integrity(e))
        }
        other => SnapshotError::Integrity(other),
    })?;
    check_order(&snapshot.events)?;
    let snapshot = Snapshot {
        verified: true,
        ..snapshot
    };
    match snapshot.scope {
        Scope::Vote { vote } => {
            let opens_vote =
                |e: &Event| e.id == vote.event() && matches!(e.payload, Payload::VoteOpened { .. });
            if !snapshot.events.iter().any(opens_vote) {
                return Err(SnapshotError::ScopeVoteMissing { vote });
            }
        }
        Scope::Contributions { device } => {
            if let Some(e) = snapshot.events.iter().find(|e| e.id.device != device) {
                return Err(SnapshotError::ScopeForeignEvent { event: e.id });
            }
        }
        Scope::Community => {}
    }
    Ok(snapshot)
}

/// An altered event whose bytes as written hash to its `hash`: its writer hashed a field every
/// reader drops because it is empty (`"payee":""`, see docs/snapshot-format.md, *Event kinds*),
/// so the writer needs to hear which field, not that the event was altered.
fn empty_optional_field(
    bytes: &[u8],
    snapshot: &Snapshot,
    event: EventId,
) -> Option<SnapshotError> {
    let index = snapshot.events.iter().position(|e| e.id == event)?;
    let written: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let mut as_written = written["events"].get(index)?.clone();
    as_written.as_object_mut()?.remove("hash");
    if canonical_hash(&as_written) != snapshot.events[index].hash {
        return None;
    }
    let read = serde_json::to_value(&snapshot.events[index].payload).ok()?;
    let read = read.as_object()?;
    let field = as_written["payload"]
        .as_object()?
        .keys()
        .find(|k| !read.contains_key(*k))?
        .clone();
    Some(SnapshotError::EmptyOptionalField { event, field })
}

/// Events are listed once each, in the record's total order. The record would fold any order
/// the same, but the vote digest and the documented hand checks hash events in file order, so
/// a file in another order would verify here and disagree there. Run after the hashes are
/// checked, so a changed clock is reported as an altered event rather than a misplaced one.
fn check_order(events: &[Event]) -> Result<(), SnapshotError> {
    for i in 1..events.len() {
        let (before, e) = (&events[i - 1], &events[i]);
        if before.order_key() < e.order_key() {
            continue;
        }
        // The order key holds the id, so finding it among the (sorted) earlier events means
        // the same event again, wherever the repeat stands.
        let earlier = &events[..i];
        return Err(
            if earlier
                .binary_search_by_key(&e.order_key(), Event::order_key)
                .is_ok()
            {
                SnapshotError::EventTwice { event: e.id }
            } else {
                SnapshotError::OutOfOrder {
                    event: e.id,
                    after: before.id,
                }
            },
        );
    }
    Ok(())
}

/// The events a vote's result is made of: its opening, every ballot, paper keying, show of
/// hands and confirmation, and its closing, in the record's total order.
pub fn concerns_vote(e: &Event, vote: &VoteId) -> bool {
    e.vote() == Some(*vote)
}

/// The events of a vote that the rules set aside, with why, in fold order.
pub fn vote_set_aside<'a>(
    record: &'a Record,
    vote: &'a VoteId,
) -> impl Iterator<Item = &'a crate::rules::state::RejectedEvent> {
    record
        .state()
        .rejected
        .iter()
        .filter(move |r| record.get(&r.event).is_some_and(|e| concerns_vote(e, vote)))
}

/// A posted document's check code: SHA-256 of the canonical JSON of
/// `{"events":[<hashes>],"format":"gongzhi-<kind>-digest","<kind>":"<id>"}` (canonical JSON sorts
/// the keys, so this is the document docs/snapshot-format.md spells out for each kind).
fn posted_digest<'a>(kind: &str, id: &EventId, events: impl Iterator<Item = &'a Event>) -> Hash {
    let hashes: Vec<Hash> = events.map(|e| e.hash).collect();
    let mut doc =
        serde_json::json!({ "format": format!("gongzhi-{kind}-digest"), "events": hashes });
    doc[kind] = serde_json::json!(id);
    canonical_hash(&doc)
}

/// The project digest printed on a project's posted sheets: SHA-256 over the hashes of every
/// event that names the proposal (its draft, and each event whose `proposal` is it), in the
/// record's order, whether the rules counted it or not; like the vote digest, the same on every
/// device that holds those events.
pub fn project_digest(record: &Record, project: &ProposalId) -> Hash {
    posted_digest(
        "project",
        project,
        record.events().filter(|e| e.proposal() == Some(*project)),
    )
}

/// The fund digest printed on a fund's posted list: SHA-256 over the hashes of every event that
/// names the fund (its `fund_opened`, and each event whose `fund` is it), in the record's order,
/// counted or set aside; the same on every device that holds those events.
pub fn fund_digest(record: &Record, fund: &EventId) -> Hash {
    posted_digest(
        "fund",
        fund,
        record.events().filter(|e| e.fund() == Some(*fund)),
    )
}

/// The vote digest printed in a result's QR code: SHA-256 over the hashes of the events that
/// make the vote's result. Once the vote is closed with a cut, those are the events naming the
/// vote that the cut holds, and the close itself: what the closing device counted, so nothing
/// written later (a late ballot, a stranger's file) moves it. Otherwise (open, or closed before
/// cuts) every event naming the vote. It is the same on every device holding those events,
/// whoever exported the file and whatever else happened since, so a printed sheet can be
/// checked against any later file (docs/snapshot-format.md gives the jq line).
pub fn vote_digest(record: &Record, vote: &VoteId) -> Hash {
    let closed = record
        .state()
        .votes
        .get(vote)
        .and_then(|v| v.closed.as_ref());
    match closed.and_then(|c| Some((c, c.cut.as_ref()?))) {
        Some((close, cut)) => posted_digest(
            "vote",
            vote,
            record
                .vote_events(vote)
                .filter(|e| e.id == close.event || cut.holds(&e.id, e.lamport, close.lamport)),
        ),
        None => posted_digest("vote", vote, record.vote_events(vote)),
    }
}
