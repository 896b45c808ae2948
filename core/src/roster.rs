//! A household roster as property-management software exports it (CSV, Chinese headers in any
//! order), read into rows the registry can take, with every problem named by its line. Nothing
//! here touches the record: the app shows the preview, and only a confirmed import becomes a
//! batch of commands ([`add_to_batch`]).

use std::collections::BTreeMap;

use crate::batch::Batch;
use crate::flat::{bare, BUILDING_SUFFIXES, ROOM_SUFFIXES, UNIT_SUFFIXES};
use crate::ids::EventId;
use crate::model::{AreaFigures, OwnerIdentity, Ownership};
use crate::numbers::{parse_hundredths, CentiM2};
use crate::owners::OwnerParty;
use crate::payload::Payload;
use crate::refusal::Refusal;
use crate::sheet::Sheet;
use crate::state::State;

/// The columns a roster must or may have, by the headers spreadsheets use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Column {
    Building,
    Unit,
    Room,
    OwnerNames,
    OwnerIds,
    Area,
    AreaSource,
    Residents,
}

impl Column {
    /// Header texts accepted for the column (a header matches when it starts with one of them,
    /// so `建筑面积(㎡)` and `建筑面积（平方米）` both do).
    pub fn headers(self) -> &'static [&'static str] {
        match self {
            Column::Building => &["楼栋", "楼号", "building"],
            Column::Unit => &["单元", "unit"],
            Column::Room => &["房号", "房间号", "room"],
            Column::OwnerNames => &["业主姓名", "业主", "owner"],
            Column::OwnerIds => &["证件号码", "身份证号", "id number", "masked id"],
            Column::Area => &["建筑面积", "面积", "area"],
            Column::AreaSource => &["面积依据", "面积来源", "area source"],
            Column::Residents => &["居住人数", "人数", "residents"],
        }
    }

    pub const REQUIRED: [Column; 6] = [
        Column::Building,
        Column::Unit,
        Column::Room,
        Column::OwnerNames,
        Column::OwnerIds,
        Column::Area,
    ];
    const ALL: [Column; 8] = [
        Column::Building,
        Column::Unit,
        Column::Room,
        Column::OwnerNames,
        Column::OwnerIds,
        Column::AreaSource,
        Column::Area,
        Column::Residents,
    ];
}

/// Why a whole file cannot be read as a roster.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RosterError {
    Empty,
    MissingColumns(Vec<Column>),
}

/// What is wrong with one line; the line is left out of the import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineProblem {
    FieldCount {
        expected: usize,
        found: usize,
    },
    Missing(Column),
    BadArea(String),
    BadAreaSource(String),
    BadResidents(String),
    /// Co-owners are joined by 、 in both columns; the counts must agree.
    OwnersAndIdsDiffer {
        names: usize,
        ids: usize,
    },
    /// The same flat twice in the file.
    Duplicate {
        label: String,
        first_line: usize,
    },
    UnclosedQuote,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterRow {
    /// 1-based line number in the file, the header being line 1.
    pub line: usize,
    pub building: String,
    pub unit: String,
    pub room: String,
    pub ownership: Ownership,
    pub area: AreaFigures,
    pub residents: u32,
}

impl RosterRow {
    /// `building-unit-room`, as the registry labels a flat.
    pub fn label(&self) -> String {
        crate::model::flat_label(&self.building, &self.unit, &self.room)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Roster {
    pub rows: Vec<RosterRow>,
    pub problems: Vec<(usize, LineProblem)>,
}

impl Roster {
    /// Owners as the law counts them: co-owners are one, one buyer of several flats is one, and
    /// every developer-held flat together is one.
    pub fn owners(&self) -> usize {
        let parties: std::collections::BTreeSet<OwnerParty> = self
            .rows
            .iter()
            .map(|r| OwnerParty::of(&r.ownership))
            .collect();
        parties.len()
    }

    pub fn total_area(&self) -> CentiM2 {
        CentiM2(
            self.rows
                .iter()
                .filter_map(|r| r.area.counted())
                .map(|(a, _)| a.0)
                .sum(),
        )
    }

    pub fn buildings(&self) -> usize {
        let names: std::collections::BTreeSet<&str> =
            self.rows.iter().map(|r| r.building.as_str()).collect();
        names.len()
    }
}

fn ownership(names: &str, ids: &str) -> Result<Ownership, LineProblem> {
    let names: Vec<&str> = names
        .split('、')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if names.len() == 1 && names[0].contains("开发商") {
        return Ok(Ownership::DeveloperHeld {
            developer: names[0].to_string(),
        });
    }
    let ids: Vec<&str> = ids
        .split('、')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if names.is_empty() {
        return Err(LineProblem::Missing(Column::OwnerNames));
    }
    if names.len() != ids.len() {
        return Err(LineProblem::OwnersAndIdsDiffer {
            names: names.len(),
            ids: ids.len(),
        });
    }
    Ok(Ownership::Owners {
        owners: names
            .iter()
            .zip(&ids)
            .map(|(name, id)| OwnerIdentity {
                name: name.to_string(),
                masked_id: id.to_string(),
            })
            .collect(),
    })
}

fn area(text: &str, source: &str) -> Result<AreaFigures, LineProblem> {
    let m2 = parse_hundredths(text.trim().trim_end_matches('㎡'))
        .ok()
        .filter(|&a| a > 0 && a <= CentiM2::LIMIT.0)
        .map(CentiM2)
        .ok_or_else(|| LineProblem::BadArea(text.to_string()))?;
    let mut figures = AreaFigures::default();
    match source.trim() {
        "" | "不动产登记" | "登记" | "产权登记" | "registered" => {
            figures.registered = Some(m2)
        }
        "实测" | "测绘" | "surveyed" => figures.surveyed = Some(m2),
        "合同" | "购房合同" | "预售合同" | "contract" => figures.contract = Some(m2),
        other => return Err(LineProblem::BadAreaSource(other.to_string())),
    }
    Ok(figures)
}

/// Reads a roster's text (already decoded; a leading byte-order mark is ignored).
pub fn parse_roster(text: &str) -> Result<Roster, RosterError> {
    read_sheet(&crate::sheet::csv_sheet("", text))
}

/// Reads a roster from a sheet's rows, the first being the header.
pub fn read_sheet(sheet: &Sheet) -> Result<Roster, RosterError> {
    let mut rows = sheet.rows.iter();
    let Some(header) = rows.next().map(|r| &r.cells) else {
        return Err(RosterError::Empty);
    };
    let mut columns: BTreeMap<Column, usize> = BTreeMap::new();
    for (i, h) in header.iter().enumerate() {
        let h = h.trim().to_lowercase();
        // The most specific match wins: `面积依据` is the source, not the area.
        if let Some(c) = Column::ALL
            .iter()
            .find(|c| c.headers().iter().any(|p| h.starts_with(p)))
        {
            columns.entry(*c).or_insert(i);
        }
    }
    let missing: Vec<Column> = Column::REQUIRED
        .into_iter()
        .filter(|c| !columns.contains_key(c))
        .collect();
    if !missing.is_empty() {
        return Err(RosterError::MissingColumns(missing));
    }
    let mut roster = Roster::default();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for record in rows {
        let (line, fields) = (record.line, &record.cells);
        let row = (|| {
            if fields.len() < header.len() {
                return Err(LineProblem::FieldCount {
                    expected: header.len(),
                    found: fields.len(),
                });
            }
            let get = |c: Column| columns.get(&c).map_or("", |&i| fields[i].trim());
            for c in Column::REQUIRED {
                if get(c).is_empty() && c != Column::OwnerIds {
                    return Err(LineProblem::Missing(c));
                }
            }
            let residents = match get(Column::Residents) {
                "" => 0,
                n => n
                    .parse()
                    .map_err(|_| LineProblem::BadResidents(n.to_string()))?,
            };
            Ok(RosterRow {
                line,
                // The register keeps bare numbers (`1-2-301`), however the file wrote them.
                building: bare(get(Column::Building), BUILDING_SUFFIXES),
                unit: bare(get(Column::Unit), UNIT_SUFFIXES),
                room: bare(get(Column::Room), ROOM_SUFFIXES),
                ownership: ownership(get(Column::OwnerNames), get(Column::OwnerIds))?,
                area: area(get(Column::Area), get(Column::AreaSource))?,
                residents,
            })
        })();
        match row {
            Ok(row) => match seen.get(&row.label()) {
                Some(&first_line) => roster.problems.push((
                    line,
                    LineProblem::Duplicate {
                        label: row.label(),
                        first_line,
                    },
                )),
                None => {
                    seen.insert(row.label(), line);
                    roster.rows.push(row);
                }
            },
            Err(problem) => roster.problems.push((line, problem)),
        }
    }
    if let Some(line) = sheet.unclosed_quote {
        roster.problems.push((line, LineProblem::UnclosedQuote));
    }
    Ok(roster)
}

/// What a confirmed import added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    pub buildings: usize,
    pub units: usize,
    pub households: usize,
    /// Flats already in the register, left as they are.
    pub skipped: Vec<String>,
}

/// Adds the roster's rows to `compound` as commands in `batch`: buildings and units are created
/// when the compound does not have them yet, flats already registered are skipped (and listed).
pub fn add_to_batch(
    batch: &mut Batch,
    compound: EventId,
    rows: &[RosterRow],
) -> Result<Imported, Refusal> {
    let mut imported = Imported::default();
    let find_building = |s: &State, name: &str| {
        s.buildings
            .iter()
            .find(|(_, b)| b.compound == compound && b.name == name)
            .map(|(id, _)| *id)
    };
    let find_unit = |s: &State, building: EventId, name: &str| {
        s.units
            .iter()
            .find(|(_, u)| u.building == building && u.name == name)
            .map(|(id, _)| *id)
    };
    let mut buildings: BTreeMap<String, EventId> = BTreeMap::new();
    let mut units: BTreeMap<(EventId, String), EventId> = BTreeMap::new();
    let mut existing: std::collections::BTreeSet<String> = batch
        .state()
        .households
        .values()
        .filter(|h| h.compound == compound)
        .map(|h| h.label.clone())
        .collect();
    for row in rows {
        if !existing.insert(row.label()) {
            imported.skipped.push(row.label());
            continue;
        }
        let building = match buildings.get(&row.building) {
            Some(id) => *id,
            None => {
                let id = match find_building(batch.state(), &row.building) {
                    Some(id) => id,
                    None => {
                        imported.buildings += 1;
                        batch.add(Payload::BuildingAdded {
                            compound,
                            name: row.building.clone(),
                        })?
                    }
                };
                buildings.insert(row.building.clone(), id);
                id
            }
        };
        let unit = match units.get(&(building, row.unit.clone())) {
            Some(id) => *id,
            None => {
                let id = match find_unit(batch.state(), building, &row.unit) {
                    Some(id) => id,
                    None => {
                        imported.units += 1;
                        batch.add(Payload::UnitAdded {
                            building,
                            name: row.unit.clone(),
                        })?
                    }
                };
                units.insert((building, row.unit.clone()), id);
                id
            }
        };
        batch.add(Payload::HouseholdAdded {
            unit,
            room: row.room.clone(),
            area: row.area.clone(),
            ownership: row.ownership.clone(),
            residents: row.residents,
        })?;
        imported.households += 1;
    }
    Ok(imported)
}
