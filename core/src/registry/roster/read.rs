//! Reading a sheet's data rows with a [`Mapping`].

use std::collections::BTreeMap;

use super::columns::{header_key, implied_area_source};
use super::mapping::header_keys;
use super::values::{area, is_totals_row, ownership, residents};
use super::{Column, LineProblem, Mapping, Misfit, Roster, RosterError, RosterRow};
use crate::flat::{bare, normalise_label, BUILDING_SUFFIXES, ROOM_SUFFIXES, UNIT_SUFFIXES};
use crate::registry::sheet::Sheet;

/// Reads the rows below the mapping's header line. Rows above it are titles and ignored; totals
/// rows are left out and listed; every other row is a household or a named problem.
pub fn read_with(sheet: &Sheet, mapping: &Mapping) -> Result<Roster, RosterError> {
    let at = sheet
        .rows
        .iter()
        .position(|r| r.line == mapping.header_line)
        .ok_or(RosterError::Misfit(Misfit::NoHeaderRow {
            line: mapping.header_line,
        }))?;
    let header = &sheet.rows[at].cells;
    let width = header_keys(header).len();
    if let Some(misfit) = mapping.out_of_range(width) {
        return Err(RosterError::Misfit(misfit));
    }
    let missing = mapping.missing();
    if !missing.is_empty() {
        return Err(RosterError::MissingColumns {
            line: mapping.header_line,
            columns: missing,
        });
    }
    let implied = mapping
        .fields
        .get(&Column::Area)
        .and_then(|&i| implied_area_source(&header_key(&header[i])));
    // A short row is fine while it reaches every column a household cannot do without; the
    // owner IDs may be empty (a developer's flat).
    let reach = mapping
        .mapped()
        .into_iter()
        .filter(|(m, _)| {
            !matches!(
                m,
                super::Mapped::Field(Column::OwnerIds | Column::AreaSource | Column::Residents)
            )
        })
        .map(|(_, i)| i + 1)
        .max()
        .unwrap_or(0);
    let mut roster = Roster::default();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for record in &sheet.rows[at + 1..] {
        let (line, cells) = (record.line, &record.cells);
        if is_totals_row(cells) {
            roster.totals.push(line);
            continue;
        }
        let filled = cells
            .iter()
            .rposition(|c| !c.trim().is_empty())
            .map_or(0, |i| i + 1);
        let row = if cells.len() < reach || filled > width {
            Err(LineProblem::FieldCount {
                expected: width,
                found: if filled > width { filled } else { cells.len() },
            })
        } else {
            read_row(line, cells, mapping, implied)
        };
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

fn read_row(
    line: usize,
    cells: &[String],
    mapping: &Mapping,
    implied: Option<crate::model::AreaSource>,
) -> Result<RosterRow, LineProblem> {
    let cell = |i: usize| cells.get(i).map_or("", |c| c.trim());
    let get = |c: Column| mapping.fields.get(&c).map_or("", |&i| cell(i));
    let [building, unit, room] = flat(mapping, &get, &cell)?;
    for c in [Column::OwnerNames, Column::Area] {
        if get(c).is_empty() {
            return Err(LineProblem::Missing(c));
        }
    }
    Ok(RosterRow {
        line,
        building,
        unit,
        room,
        ownership: ownership(get(Column::OwnerNames), get(Column::OwnerIds))?,
        area: area(get(Column::Area), get(Column::AreaSource), implied)?,
        residents: residents(get(Column::Residents))?,
    })
}

/// Building, unit and room as bare numbers (`1-2-301`, however the file wrote them): from their
/// own columns where the mapping has them, else split from the combined flat.
fn flat<'a>(
    mapping: &Mapping,
    get: &impl Fn(Column) -> &'a str,
    cell: &impl Fn(usize) -> &'a str,
) -> Result<[String; 3], LineProblem> {
    let combined = match mapping.combined_flat {
        Some(i) if Column::FLAT.iter().any(|c| !mapping.fields.contains_key(c)) => {
            let text = cell(i);
            let label = normalise_label(text);
            match label.split('-').collect::<Vec<_>>().as_slice() {
                [b, u, r] if ![b, u, r].iter().any(|p| p.is_empty()) => {
                    Some([b.to_string(), u.to_string(), r.to_string()])
                }
                _ if text.is_empty() => None,
                _ => return Err(LineProblem::BadFlat(text.to_string())),
            }
        }
        _ => None,
    };
    let suffixes = [BUILDING_SUFFIXES, UNIT_SUFFIXES, ROOM_SUFFIXES];
    let mut parts: [String; 3] = Default::default();
    for (k, c) in Column::FLAT.into_iter().enumerate() {
        parts[k] = match (mapping.fields.contains_key(&c), &combined) {
            (true, _) => bare(get(c), suffixes[k]),
            (false, Some(split)) => split[k].clone(),
            (false, None) => String::new(),
        };
        if parts[k].is_empty() {
            return Err(LineProblem::Missing(c));
        }
    }
    Ok(parts)
}
