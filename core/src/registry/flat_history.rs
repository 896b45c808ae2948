//! A flat's history for the register: when it was added and each change since, with what it
//! was before, when and by whom, in the record's total order. Only events that count are
//! listed: one the rules set aside (a change from a device without the right to write it)
//! never changed the flat.

use std::collections::BTreeSet;

use crate::ids::{DeviceId, EventId, HouseholdId};
use crate::log::payload::Payload;
use crate::model::{AreaFigures, Ownership};
use crate::record::Record;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlatEntry {
    pub event: EventId,
    pub wall_ms: i64,
    /// Who operated the device, as they signed in.
    pub author: String,
    pub device: DeviceId,
    pub what: FlatStep,
}

/// A field's value before and after one change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Before<T> {
    pub before: T,
    pub after: T,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FlatStep {
    Added {
        area: AreaFigures,
        ownership: Ownership,
        residents: u32,
    },
    /// Only the fields the event set; `None` was left as it was.
    Changed {
        area: Option<Before<AreaFigures>>,
        ownership: Option<Before<Ownership>>,
        residents: Option<Before<u32>>,
    },
}

/// The entries of `household`, oldest first; empty for a household the record does not hold.
pub fn flat_history(record: &Record, household: &HouseholdId) -> Vec<FlatEntry> {
    let set_aside: BTreeSet<EventId> = record.state().rejected.iter().map(|r| r.event).collect();
    let mut current: Option<(AreaFigures, Ownership, u32)> = None;
    let mut entries = Vec::new();
    for e in record.events().filter(|e| !set_aside.contains(&e.id)) {
        let what = match (&e.payload, &mut current) {
            (
                Payload::HouseholdAdded {
                    area,
                    ownership,
                    residents,
                    ..
                },
                None,
            ) if e.id == household.event() => {
                current = Some((area.clone(), ownership.clone(), *residents));
                FlatStep::Added {
                    area: area.clone(),
                    ownership: ownership.clone(),
                    residents: *residents,
                }
            }
            (
                Payload::HouseholdChanged {
                    household: changed,
                    area,
                    ownership,
                    residents,
                },
                Some((now_area, now_owners, now_residents)),
            ) if changed == household => FlatStep::Changed {
                area: area.as_ref().map(|a| Before {
                    before: std::mem::replace(now_area, a.clone()),
                    after: a.clone(),
                }),
                ownership: ownership.as_ref().map(|o| Before {
                    before: std::mem::replace(now_owners, o.clone()),
                    after: o.clone(),
                }),
                residents: residents.map(|r| Before {
                    before: std::mem::replace(now_residents, r),
                    after: r,
                }),
            },
            _ => continue,
        };
        entries.push(FlatEntry {
            event: e.id,
            wall_ms: e.wall_ms,
            author: e.author.clone(),
            device: e.id.device,
            what,
        });
    }
    entries
}
