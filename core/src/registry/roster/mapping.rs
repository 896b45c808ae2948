//! Which file column holds which field: found from the headers ([`super::inspect`]), confirmed
//! or completed by the person in the app's mapping step, and remembered on the device under the
//! header row's [`Mapping::shape`] for the next file of the same shape.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::columns::header_key;
use super::Column;
use crate::registry::sheet::{Sheet, SheetRow};

/// How many rows from the top the header may be below: title rows, a merged title, a blank
/// row, a date line.
pub const HEADER_SEARCH_ROWS: usize = 10;

/// Where each field of a sheet is. Serialisable, so the app can keep a confirmed one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// The header row's line; the rows below it are the data.
    pub header_line: usize,
    /// Every header text of that row in [`header_key`] form, up to its last non-empty one: what a
    /// remembered mapping is checked against.
    pub header: Vec<String>,
    /// Field → 0-based column index.
    pub fields: BTreeMap<Column, usize>,
    /// A column holding whole flats (`1-1-101`, `1栋1单元101室`), split for building, unit and
    /// room wherever `fields` has no column of their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub combined_flat: Option<usize>,
}

/// What a mapped column stands for: one field, or the combined flat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "field", rename_all = "snake_case")]
pub enum Mapped {
    Field(Column),
    CombinedFlat,
}

/// Why a mapping does not fit a sheet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Misfit {
    /// The sheet has no row at the mapping's header line.
    NoHeaderRow { line: usize },
    /// A mapped column is past the header's last column.
    ColumnOutOfRange {
        mapped: Mapped,
        index: usize,
        columns: usize,
    },
    /// A mapped column's header reads differently now (both in [`header_key`] form).
    HeaderChanged {
        mapped: Mapped,
        index: usize,
        expected: String,
        found: String,
    },
}

/// A header row's texts in [`header_key`] form; trailing empty cells are not columns.
pub fn header_keys(cells: &[String]) -> Vec<String> {
    let width = cells
        .iter()
        .rposition(|c| !c.trim().is_empty())
        .map_or(0, |i| i + 1);
    cells[..width].iter().map(|c| header_key(c)).collect()
}

/// The key a confirmed mapping is remembered under: the header row's normalised texts, so
/// `建筑面积(㎡)` and `建筑面积（平方米）` files share it and a renamed column does not.
pub fn shape_of(header: &[String]) -> String {
    header.join("|")
}

impl Mapping {
    /// The file's own heading of the column that holds `column` (`产权面积（㎡）`), as its reader
    /// sees it: a problem named by the app's word for the field would send them looking for a
    /// column the file does not have. `None` where no column of its own holds the field (a
    /// building split from a combined flat).
    pub fn heading<'a>(&self, sheet: &'a Sheet, column: Column) -> Option<&'a str> {
        let at = *self.fields.get(&column)?;
        let row = sheet.rows.iter().find(|r| r.line == self.header_line)?;
        row.cells
            .get(at)
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
    }

    pub fn shape(&self) -> String {
        shape_of(&self.header)
    }

    /// Every mapped column with what it stands for, in field order, the combined flat last.
    pub fn mapped(&self) -> Vec<(Mapped, usize)> {
        let mut mapped: Vec<(Mapped, usize)> = self
            .fields
            .iter()
            .map(|(c, i)| (Mapped::Field(*c), *i))
            .collect();
        mapped.extend(self.combined_flat.map(|i| (Mapped::CombinedFlat, i)));
        mapped
    }

    /// Needed fields with no column, in [`Column::REQUIRED`] order; the combined flat stands in
    /// for building, unit and room.
    pub fn missing(&self) -> Vec<Column> {
        let covered = |c: &Column| {
            self.fields.contains_key(c)
                || (self.combined_flat.is_some() && Column::FLAT.contains(c))
        };
        Column::REQUIRED
            .into_iter()
            .filter(|c| !covered(c))
            .collect()
    }

    /// The first mapped column past a header of `columns` columns.
    pub(super) fn out_of_range(&self, columns: usize) -> Option<Misfit> {
        self.mapped()
            .into_iter()
            .find(|(_, index)| *index >= columns)
            .map(|(mapped, index)| Misfit::ColumnOutOfRange {
                mapped,
                index,
                columns,
            })
    }

    /// Whether a remembered mapping still fits `sheet`: some row among the first
    /// [`HEADER_SEARCH_ROWS`] (the remembered line first) has the same header text over every
    /// mapped column. The mapping comes back anchored at that row, ready for
    /// [`super::read_with`]; other columns may have been added or renamed. When no row fits, the
    /// row at the remembered line (else the first) says what changed.
    pub fn fit(&self, sheet: &Sheet) -> Result<Mapping, Misfit> {
        let top = &sheet.rows[..sheet.rows.len().min(HEADER_SEARCH_ROWS)];
        let remembered = top.iter().find(|r| r.line == self.header_line);
        let candidates = remembered
            .into_iter()
            .chain(top.iter().filter(|r| r.line != self.header_line));
        let mut first_misfit = None;
        for row in candidates {
            match self.misfit(row) {
                None => {
                    return Ok(Mapping {
                        header_line: row.line,
                        header: header_keys(&row.cells),
                        ..self.clone()
                    })
                }
                Some(why) => {
                    first_misfit.get_or_insert(why);
                }
            }
        }
        Err(first_misfit.unwrap_or(Misfit::NoHeaderRow {
            line: self.header_line,
        }))
    }

    fn misfit(&self, row: &SheetRow) -> Option<Misfit> {
        let now = header_keys(&row.cells);
        if let Some(out) = self.out_of_range(now.len()) {
            return Some(out);
        }
        self.mapped().into_iter().find_map(|(mapped, index)| {
            let expected = self.header.get(index).map_or("", String::as_str);
            (now[index] != expected).then(|| Misfit::HeaderChanged {
                mapped,
                index,
                expected: expected.to_string(),
                found: now[index].clone(),
            })
        })
    }
}
