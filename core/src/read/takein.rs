//! What a device holds of the others, for the two steps that end something: a close counts,
//! and a revocation keeps, exactly what this device holds (see [`crate::cut`]), so before either
//! the app shows what it holds and from whom it has heard least; after a close, the events that
//! arrived too late to count.

use crate::ids::{DeviceId, EventId, VoteId};
use crate::log::payload::Kind;
use crate::record::Record;
use crate::rules::authority::DeviceRole;
use crate::rules::refusal::Refusal;
use crate::rules::state::Trust;

/// One device as this record knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heard {
    pub device: DeviceId,
    pub trust: Trust,
    /// How many of its events the record holds: what a close or revocation written here now
    /// would keep of it.
    pub held: u64,
    /// The time its last event held gives (its own clock's word), if any is held.
    pub last_wall_ms: Option<i64>,
    /// Of them, the events naming the vote asked about.
    pub for_vote: usize,
}

fn heard(record: &Record, device: DeviceId, vote: Option<&VoteId>) -> Heard {
    let state = record.state();
    Heard {
        device,
        trust: state.trust(&device),
        held: state.held_of(&device),
        last_wall_ms: record.last_of(&device).map(|e| e.wall_ms),
        for_vote: vote.map_or(0, |v| {
            record
                .vote_events(v)
                .filter(|e| e.id.device == device)
                .count()
        }),
    }
}

/// Before `own` closes `vote`: every other device that may record ballots (a clerk's role or
/// more, not revoked) or that wrote for this vote, the one heard from least recently first and
/// a device never heard from before all. Ballots still on any of them and not taken in will
/// not count once the vote is closed.
pub fn before_closing(record: &Record, vote: &VoteId, own: &DeviceId) -> Vec<Heard> {
    let state = record.state();
    let voters = record.vote_events(vote).map(|e| e.id.device);
    let clerks = state
        .devices
        .iter()
        .filter(|(_, d)| !d.revoked && d.role >= DeviceRole::Clerk)
        .map(|(id, _)| *id);
    let mut devices: Vec<DeviceId> = clerks.chain(voters).filter(|d| d != own).collect();
    devices.sort();
    devices.dedup();
    let mut out: Vec<Heard> = devices
        .into_iter()
        .map(|d| heard(record, d, Some(vote)))
        .collect();
    out.sort_by_key(|h| (h.last_wall_ms, h.device));
    out
}

/// Before revoking `device`: what this record holds of it, which the revocation keeps; every
/// later event of it will be set aside.
pub fn before_revoking(record: &Record, device: &DeviceId) -> Heard {
    heard(record, *device, None)
}

/// An event of a vote the rules set aside, with what a page shows of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAside {
    pub event: EventId,
    pub kind: Kind,
    pub trust: Trust,
    pub wall_ms: i64,
    pub reason: Refusal,
}

impl SetAside {
    /// The closing device had not received it: it arrived after the close.
    pub fn arrived_late(&self) -> bool {
        matches!(self.reason, Refusal::ArrivedAfterClose { .. })
    }
}

/// Every event naming `vote` that the rules set aside, in the order they were folded.
pub fn vote_set_aside(record: &Record, vote: &VoteId) -> Vec<SetAside> {
    let state = record.state();
    crate::record::snapshot::vote_set_aside(record, vote)
        .filter_map(|r| {
            let e = record.get(&r.event)?;
            Some(SetAside {
                event: r.event,
                kind: e.payload.kind(),
                trust: state.trust(&r.event.device),
                wall_ms: e.wall_ms,
                reason: r.reason.clone(),
            })
        })
        .collect()
}
