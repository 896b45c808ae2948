//! A household roster as property offices hand it out, read from a [`Sheet`] (CSV split by
//! [`crate::registry::sheet`], workbooks read by the app) into rows the register can take, with every
//! refused line named by its number and why. Nothing here touches the record: the app shows the
//! preview and the changes against the register, and only a confirmed import becomes a batch of
//! commands ([`apply_changes`]).
//!
//! The steps: [`inspect`] finds the header row below any title rows and the fields its headers
//! name (aliases in [`columns`]); what it could not name the person maps in the app, and the
//! confirmed [`Mapping`] is remembered under its [`Mapping::shape`] (checked again with
//! [`Mapping::fit`]); [`read_with`] reads the rows; [`changes()`] compares them with the register.

pub mod changes;
pub mod columns;
mod inspect;
pub mod mapping;
mod read;
mod values;

use std::collections::BTreeSet;

pub use changes::{apply_changes, changes, Applied, Changes, FlatChange, Groups};
pub use columns::Column;
pub use inspect::{inspect, FileColumn, Inspection, SAMPLES};
pub use mapping::{Mapped, Mapping, Misfit, HEADER_SEARCH_ROWS};
pub use read::read_with;
pub use values::DEVELOPER;

use crate::model::Ownership;
use crate::numbers::CentiM2;
use crate::registry::sheet::Sheet;
use crate::rules::owners::OwnerParty;

/// Why a whole sheet cannot be read as a roster.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RosterError {
    Empty,
    /// The header row (at `line`) leaves these needed fields without a column: the mapping step
    /// must name them.
    MissingColumns {
        line: usize,
        columns: Vec<Column>,
    },
    /// The mapping given does not fit the sheet.
    Misfit(Misfit),
}

/// What is wrong with one line; the line is left out of the import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineProblem {
    /// Fewer cells than the needed columns reach, or filled cells past the header's last column
    /// (an unquoted comma in a CSV value, most often).
    FieldCount {
        expected: usize,
        found: usize,
    },
    Missing(Column),
    /// A combined flat cell that is not `building-unit-room` in any form people write it.
    BadFlat(String),
    BadArea(String),
    BadAreaSource(String),
    BadResidents(String),
    /// Co-owners are joined by the same separators in both columns; the counts must agree.
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
    /// 1-based line (row) number in the file, as the person's spreadsheet program shows it.
    pub line: usize,
    pub building: String,
    pub unit: String,
    pub room: String,
    pub ownership: Ownership,
    /// The one figure the file gives, under its source.
    pub area: crate::model::AreaFigures,
    /// `None` when the file has no residents column or the cell is empty: nothing is said.
    pub residents: Option<u32>,
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
    /// Lines of the file's own totals (`合计`, `总计`, `小计`), left out and not problems; the
    /// preview says so.
    pub totals: Vec<usize>,
}

impl Roster {
    /// Owners as the law counts them: co-owners are one, one buyer of several flats is one, and
    /// every developer-held flat together is one.
    pub fn owners(&self) -> usize {
        let parties: BTreeSet<OwnerParty> = self
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
        let names: BTreeSet<&str> = self.rows.iter().map(|r| r.building.as_str()).collect();
        names.len()
    }
}

/// Reads a roster's text (already decoded; a leading byte-order mark is ignored).
pub fn parse_roster(text: &str) -> Result<Roster, RosterError> {
    read_sheet(&crate::registry::sheet::csv_sheet("", text))
}

/// Reads a roster with the mapping its headers give ([`inspect`]); refused whole when a needed
/// field has no column.
pub fn read_sheet(sheet: &Sheet) -> Result<Roster, RosterError> {
    let found = inspect(sheet)?;
    if !found.missing.is_empty() {
        return Err(RosterError::MissingColumns {
            line: found.mapping.header_line,
            columns: found.missing,
        });
    }
    read_with(sheet, &found.mapping)
}
