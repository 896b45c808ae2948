//! A newer roster against the register: what changed per flat, shown before anything is saved,
//! and the confirmed groups of changes recorded as events.
//!
//! A flat missing from the new file stays in the register. Property offices leave flats out of
//! an export for many reasons (a filter, a sheet per building, a flat in dispute), and a
//! household's vote must not vanish because a file omitted it; removing a flat is not something
//! an import can decide.

use std::collections::{BTreeMap, BTreeSet};

use super::values::with_figure;
use super::RosterRow;
use crate::ids::{EventId, HouseholdId};
use crate::log::payload::Payload;
use crate::model::{AreaFigures, Ownership};
use crate::rules::batch::Batch;
use crate::rules::owners::OwnerParty;
use crate::rules::refusal::Refusal;
use crate::rules::state::State;

/// One field of one registered flat, as the register has it and as the file has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlatChange<T> {
    pub household: HouseholdId,
    pub label: String,
    /// The file's line with the new value.
    pub line: usize,
    pub before: T,
    pub after: T,
}

/// What importing a roster into a compound would change, per flat, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Flats the register does not have yet.
    pub new_flats: Vec<RosterRow>,
    /// A sale, an inheritance, a co-owner added: the owners as a set differ.
    pub owners: Vec<FlatChange<Ownership>>,
    /// The file's figure differs from the register's figure of the same source. `after` keeps
    /// the register's figures of other sources; `counted()` gives the area and its source.
    pub areas: Vec<FlatChange<AreaFigures>>,
    /// Only for rows that state residents (a residents column with a value).
    pub residents: Vec<FlatChange<u32>>,
    /// Registered flats (id, label) the file does not list; left in the register (see the
    /// module's comment). A flat whose line was refused is listed here too; the problems say why.
    pub missing: Vec<(HouseholdId, String)>,
    /// Registered flats the file lists with nothing different.
    pub unchanged: usize,
}

impl Changes {
    /// Nothing to record: the same file again.
    pub fn is_empty(&self) -> bool {
        self.new_flats.is_empty()
            && self.owners.is_empty()
            && self.areas.is_empty()
            && self.residents.is_empty()
    }
}

/// Which groups of changes to record; the others are left as the register has them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Groups {
    pub new_flats: bool,
    pub owners: bool,
    pub areas: bool,
    pub residents: bool,
}

impl Groups {
    pub const ALL: Groups = Groups {
        new_flats: true,
        owners: true,
        areas: true,
        residents: true,
    };
}

/// Compares `rows` with the households of `compound` in `state`, by flat label.
pub fn changes(state: &State, compound: EventId, rows: &[RosterRow]) -> Changes {
    let registered: BTreeMap<&str, (HouseholdId, &crate::rules::state::Household)> = state
        .households
        .iter()
        .filter(|(_, h)| h.compound == compound)
        .map(|(id, h)| (h.label.as_str(), (*id, h)))
        .collect();
    let mut found = Changes::default();
    let mut listed = BTreeSet::new();
    for row in rows {
        let label = row.label();
        let Some(&(household, h)) = registered.get(label.as_str()) else {
            found.new_flats.push(row.clone());
            continue;
        };
        listed.insert(household);
        let change = |before, after| FlatChange {
            household,
            label: label.clone(),
            line: row.line,
            before,
            after,
        };
        let mut same = true;
        if OwnerParty::of(&h.ownership) != OwnerParty::of(&row.ownership) {
            found
                .owners
                .push(change(h.ownership.clone(), row.ownership.clone()));
            same = false;
        }
        if let Some(after) = row
            .area
            .counted()
            .map(|(m2, source)| with_figure(&h.area, source, m2))
            .filter(|after| *after != h.area)
        {
            found.areas.push(FlatChange {
                household,
                label: label.clone(),
                line: row.line,
                before: h.area.clone(),
                after,
            });
            same = false;
        }
        if let Some(after) = row.residents.filter(|r| *r != h.residents) {
            found.residents.push(FlatChange {
                household,
                label: label.clone(),
                line: row.line,
                before: h.residents,
                after,
            });
            same = false;
        }
        if same {
            found.unchanged += 1;
        }
    }
    found.missing = registered
        .values()
        .filter(|(id, _)| !listed.contains(id))
        .map(|(id, h)| (*id, h.label.clone()))
        .collect();
    found
}

/// What a confirmed import recorded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    pub buildings: usize,
    pub units: usize,
    pub households: usize,
    /// Registered flats given one `HouseholdChanged` each, whatever number of fields changed.
    pub changed: usize,
}

/// Adds the chosen groups of `found` to `batch`: new flats as `HouseholdAdded` (with the
/// buildings and units the compound lacks), and per registered flat one `HouseholdChanged`
/// carrying only the chosen fields that differ. Missing flats are never removed.
pub fn apply_changes(
    batch: &mut Batch,
    compound: EventId,
    found: &Changes,
    groups: Groups,
) -> Result<Applied, Refusal> {
    let mut applied = Applied::default();
    type Fields = (Option<AreaFigures>, Option<Ownership>, Option<u32>);
    let mut per_flat: BTreeMap<HouseholdId, Fields> = BTreeMap::new();
    if groups.areas {
        for c in &found.areas {
            per_flat.entry(c.household).or_default().0 = Some(c.after.clone());
        }
    }
    if groups.owners {
        for c in &found.owners {
            per_flat.entry(c.household).or_default().1 = Some(c.after.clone());
        }
    }
    if groups.residents {
        for c in &found.residents {
            per_flat.entry(c.household).or_default().2 = Some(c.after);
        }
    }
    for (household, (area, ownership, residents)) in per_flat {
        batch.add(Payload::HouseholdChanged {
            household,
            area,
            ownership,
            residents,
        })?;
        applied.changed += 1;
    }
    if groups.new_flats {
        add_flats(batch, compound, &found.new_flats, &mut applied)?;
    }
    Ok(applied)
}

fn add_flats(
    batch: &mut Batch,
    compound: EventId,
    rows: &[RosterRow],
    applied: &mut Applied,
) -> Result<(), Refusal> {
    let mut buildings: BTreeMap<String, EventId> = batch
        .state()
        .buildings
        .iter()
        .filter(|(_, b)| b.compound == compound)
        .map(|(id, b)| (b.name.clone(), *id))
        .collect();
    let ours: BTreeSet<EventId> = buildings.values().copied().collect();
    let mut units: BTreeMap<(EventId, String), EventId> = batch
        .state()
        .units
        .iter()
        .filter(|(_, u)| ours.contains(&u.building))
        .map(|(id, u)| ((u.building, u.name.clone()), *id))
        .collect();
    for row in rows {
        let building = match buildings.get(&row.building) {
            Some(id) => *id,
            None => {
                let id = batch.add(Payload::BuildingAdded {
                    compound,
                    name: row.building.clone(),
                })?;
                applied.buildings += 1;
                buildings.insert(row.building.clone(), id);
                id
            }
        };
        let unit = match units.get(&(building, row.unit.clone())) {
            Some(id) => *id,
            None => {
                let id = batch.add(Payload::UnitAdded {
                    building,
                    name: row.unit.clone(),
                })?;
                applied.units += 1;
                units.insert((building, row.unit.clone()), id);
                id
            }
        };
        batch.add(Payload::HouseholdAdded {
            unit,
            room: row.room.clone(),
            area: row.area.clone(),
            ownership: row.ownership.clone(),
            residents: row.residents.unwrap_or(0),
        })?;
        applied.households += 1;
    }
    Ok(())
}
