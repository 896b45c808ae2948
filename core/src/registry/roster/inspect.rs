//! The first look at a sheet, before the mapping step: where the header is, what each column
//! holds, and which needed fields the headers did not name.

use serde::{Deserialize, Serialize};

use super::columns::is_combined_flat;
use super::mapping::{header_keys, shape_of, Mapping, HEADER_SEARCH_ROWS};
use super::values::is_totals_row;
use super::{Column, RosterError};
use crate::registry::sheet::{Sheet, SheetRow};

/// A row naming this many known fields is the header; a title row names none.
const HEADER_MATCHES: usize = 3;

/// Sample values shown per column in the mapping step.
pub const SAMPLES: usize = 3;

/// What [`inspect`] found in a sheet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inspection {
    /// Every column of the header row, for the mapping step's drop-downs.
    pub columns: Vec<FileColumn>,
    /// The fields the headers named; [`Mapping::header_line`] is the header row's line.
    pub mapping: Mapping,
    /// Needed fields no header named: what the person must map before the sheet can be read.
    pub missing: Vec<Column>,
    /// Under which a confirmed mapping is remembered ([`Mapping::shape`]).
    pub shape: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileColumn {
    /// 0-based, as [`Mapping::fields`] holds it.
    pub index: usize,
    /// The header as the file writes it.
    pub header: String,
    /// Up to [`SAMPLES`] non-empty values from the first data rows (totals rows left out).
    pub samples: Vec<String>,
}

/// Finds the header row and the fields its headers name. The header is the first of the top
/// [`HEADER_SEARCH_ROWS`] rows naming at least three known fields; when none does (every header
/// is unfamiliar), it is the first of them with the most filled cells, since title and date
/// rows fill one.
pub fn inspect(sheet: &Sheet) -> Result<Inspection, RosterError> {
    let top = &sheet.rows[..sheet.rows.len().min(HEADER_SEARCH_ROWS)];
    let found: Vec<(&SheetRow, Mapping)> = top.iter().map(|r| (r, recognise(r))).collect();
    let filled = |r: &SheetRow| r.cells.iter().filter(|c| !c.trim().is_empty()).count();
    let (header, mapping) = found
        .iter()
        .find(|(_, m)| m.mapped().len() >= HEADER_MATCHES)
        .or_else(|| {
            found
                .iter()
                .rev()
                .max_by_key(|(r, m)| (m.mapped().len(), filled(r)))
        })
        .cloned()
        .ok_or(RosterError::Empty)?;
    let data: Vec<&SheetRow> = sheet
        .rows
        .iter()
        .skip_while(|r| r.line <= header.line)
        .filter(|r| !is_totals_row(&r.cells))
        .collect();
    let columns = (0..mapping.header.len())
        .map(|index| FileColumn {
            index,
            header: header.cells[index].trim().to_string(),
            samples: data
                .iter()
                .filter_map(|r| r.cells.get(index).map(|c| c.trim()))
                .filter(|c| !c.is_empty())
                .take(SAMPLES)
                .map(str::to_string)
                .collect(),
        })
        .collect();
    Ok(Inspection {
        columns,
        missing: mapping.missing(),
        shape: shape_of(&mapping.header),
        mapping,
    })
}

/// The fields one row's headers name. The first column of a name wins; a combined flat column
/// is used only when a building, unit or room column of its own is missing.
fn recognise(row: &SheetRow) -> Mapping {
    let header = header_keys(&row.cells);
    let mut mapping = Mapping {
        header_line: row.line,
        ..Mapping::default()
    };
    for (index, key) in header.iter().enumerate() {
        match Column::of_header(key) {
            Some(c) => {
                mapping.fields.entry(c).or_insert(index);
            }
            None if is_combined_flat(key) => {
                mapping.combined_flat.get_or_insert(index);
            }
            None => {}
        }
    }
    if Column::FLAT.iter().all(|c| mapping.fields.contains_key(c)) {
        mapping.combined_flat = None;
    }
    mapping.header = header;
    mapping
}
