//! The register going out again: every flat of a compound in the order people walk it
//! (building 2 before building 10), as a table a property office can reopen — the roster
//! reader takes it back unchanged — and as the sign-in sheet an owners' meeting signs.

use std::cmp::Ordering;

use crate::ids::{EventId, HouseholdId};
use crate::model::{household_code, AreaSource, Ownership};
use crate::numbers::CentiM2;
use crate::registry::roster::DEVELOPER;
use crate::rules::state::{Household, State};

/// Compares flat parts as people count them: digit runs by value (`2` < `10`, `02` = `2`),
/// everything else as text (`2A` after `2`).
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a, b);
    loop {
        match (a.is_empty(), b.is_empty()) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            _ => {}
        }
        let (ra, rest_a) = run(a);
        let (rb, rest_b) = run(b);
        let by_run = match (ra.parse::<u128>(), rb.parse::<u128>()) {
            (Ok(x), Ok(y)) => x.cmp(&y),
            (Ok(_), Err(_)) => Ordering::Less,
            (Err(_), Ok(_)) => Ordering::Greater,
            _ => ra.cmp(rb),
        };
        if by_run != Ordering::Equal {
            return by_run;
        }
        (a, b) = (rest_a, rest_b);
    }
}

/// The leading run of digits, or of non-digits.
fn run(s: &str) -> (&str, &str) {
    let digits = s.starts_with(|c: char| c.is_ascii_digit());
    let end = s
        .find(|c: char| c.is_ascii_digit() != digits)
        .unwrap_or(s.len());
    s.split_at(end)
}

/// One flat as the register lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegisterLine {
    pub household: HouseholdId,
    pub compound: String,
    pub building: String,
    pub unit: String,
    pub room: String,
    pub label: String,
    pub ownership: Ownership,
    pub area: Option<(CentiM2, AreaSource)>,
    pub residents: u32,
}

impl RegisterLine {
    pub fn owner_names(&self) -> String {
        owner_names(&self.ownership)
    }

    pub fn owner_ids(&self) -> String {
        match &self.ownership {
            Ownership::DeveloperHeld { .. } => String::new(),
            Ownership::Owners { owners } => owners
                .iter()
                .map(|o| o.masked_id.as_str())
                .collect::<Vec<_>>()
                .join("、"),
        }
    }

    /// The household code residents type at a kiosk.
    pub fn code(&self) -> String {
        household_code(&self.household)
    }
}

/// The owners' names as a register writes them: co-owners joined by `、`, or the developer.
pub fn owner_names(ownership: &Ownership) -> String {
    match ownership {
        Ownership::DeveloperHeld { developer } => developer.clone(),
        Ownership::Owners { owners } => owners
            .iter()
            .map(|o| o.name.as_str())
            .collect::<Vec<_>>()
            .join("、"),
    }
}

fn line(state: &State, id: HouseholdId, h: &Household) -> RegisterLine {
    let name = |m: Option<&String>| m.cloned().unwrap_or_default();
    RegisterLine {
        household: id,
        compound: name(state.compounds.get(&h.compound).map(|c| &c.name)),
        building: name(state.buildings.get(&h.building).map(|b| &b.name)),
        unit: name(state.units.get(&h.unit).map(|u| &u.name)),
        room: h.room.clone(),
        label: h.label.clone(),
        ownership: h.ownership.clone(),
        area: h.area.counted(),
        residents: h.residents,
    }
}

/// Every flat of `compound` (or of the community), by compound name, building, unit and room
/// in natural order.
pub fn lines(state: &State, compound: Option<EventId>) -> Vec<RegisterLine> {
    let mut lines: Vec<RegisterLine> = state
        .households
        .iter()
        .filter(|(_, h)| compound.is_none_or(|c| h.compound == c))
        .map(|(id, h)| line(state, *id, h))
        .collect();
    lines.sort_by(|a, b| {
        a.compound
            .cmp(&b.compound)
            .then_with(|| natural_cmp(&a.building, &b.building))
            .then_with(|| natural_cmp(&a.unit, &b.unit))
            .then_with(|| natural_cmp(&a.room, &b.room))
            .then_with(|| a.household.cmp(&b.household))
    });
    lines
}

/// `8950` -> `89.50`: an area as a spreadsheet cell, without the unit (the header has it).
pub fn area_cell(area: CentiM2) -> String {
    format!("{}.{:02}", area.0 / 100, area.0 % 100)
}

/// The export's columns, in the order the roster reader reads them back.
pub const EXPORT_COLUMNS: usize = 10;

/// One flat as export cells: building, unit, room, owners, ID numbers, area, where the area
/// comes from (`source` names it in the reader's words), residents, household code, compound.
pub fn export_cells(
    line: &RegisterLine,
    source: impl Fn(AreaSource) -> String,
) -> [String; EXPORT_COLUMNS] {
    let (area, from) = match line.area {
        Some((a, s)) => (area_cell(a), source(s)),
        None => (String::new(), String::new()),
    };
    [
        line.building.clone(),
        line.unit.clone(),
        line.room.clone(),
        match &line.ownership {
            // Marked so the roster reader takes it back as developer-held.
            Ownership::DeveloperHeld { developer } if !developer.contains(DEVELOPER) => {
                format!("{DEVELOPER}：{developer}")
            }
            _ => line.owner_names(),
        },
        line.owner_ids(),
        area,
        from,
        line.residents.to_string(),
        line.code(),
        line.compound.clone(),
    ]
}

/// One building's page of the sign-in sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignInPage {
    pub compound: String,
    pub building: String,
    pub lines: Vec<RegisterLine>,
    pub area: CentiM2,
}

/// The sign-in sheet of an owners' meeting: one page per building of `compound` (or only
/// `building`), each flat once with its owner and area and room to sign.
pub fn sign_in_pages(
    state: &State,
    compound: EventId,
    building: Option<EventId>,
) -> Vec<SignInPage> {
    let mut pages: Vec<SignInPage> = Vec::new();
    for l in lines(state, Some(compound)) {
        let in_building = state.households.get(&l.household).map(|h| h.building);
        if building.is_some() && in_building != building {
            continue;
        }
        match pages.last_mut() {
            Some(p) if p.building == l.building => {
                p.area.0 += l.area.map_or(0, |(a, _)| a.0);
                p.lines.push(l);
            }
            _ => pages.push(SignInPage {
                compound: l.compound.clone(),
                building: l.building.clone(),
                area: CentiM2(l.area.map_or(0, |(a, _)| a.0)),
                lines: vec![l],
            }),
        }
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_parts_sort_as_people_count() {
        let mut parts = vec!["10", "2", "1", "2A", "02B", "B1", "101", "1001", "1-2"];
        parts.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(
            parts,
            vec!["1", "1-2", "2", "2A", "02B", "10", "101", "1001", "B1"]
        );
        assert_eq!(natural_cmp("02", "2"), Ordering::Equal);
        assert_eq!(area_cell(CentiM2(8950)), "89.50");
        assert_eq!(area_cell(CentiM2(5)), "0.05");
    }
}
