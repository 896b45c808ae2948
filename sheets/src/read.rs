//! Any roster file to a [`Workbook`].

use crate::cell::{data_ref_text, data_text};
use crate::sniff::{self, Format};
use calamine::{Data, Ods, OdsError, Range, Reader, SheetType, Xls, XlsError, Xlsx, XlsxError};
use gongzhi_core::registry::sheet::{csv_sheet, Sheet, SheetRow, Workbook};
use gongzhi_core::registry::sheet_file::{FileKind, SheetError};
use std::collections::BTreeMap;
use std::io::{Cursor, Read, Seek};

/// Cells read from one file, counting the blanks a row is padded with: fifty times the
/// largest compound's roster, and still a few tens of megabytes on a phone. A file past it is
/// refused rather than left to exhaust the page.
pub const MAX_CELLS: usize = 2_000_000;

/// What a CSV file's one sheet is called.
const CSV_SHEET: &str = "CSV";

/// Reads a spreadsheet file, recognised by its content: every sheet in workbook order, each
/// row numbered as the spreadsheet program shows it.
pub fn read_workbook(bytes: &[u8]) -> Result<Workbook, SheetError> {
    let mut budget = Budget(MAX_CELLS);
    let sheets = match sniff::format(bytes) {
        Format::Xlsx => read_xlsx(bytes, &mut budget)?,
        Format::Ods => {
            let book = Ods::new(Cursor::new(bytes)).map_err(ods_error)?;
            read_ranges(book, ods_error, &mut budget)?
        }
        Format::Xls => {
            let book = Xls::new(Cursor::new(bytes)).map_err(xls_error)?;
            read_ranges(book, xls_error, &mut budget)?
        }
        Format::EncryptedOoxml => return Err(SheetError::Encrypted),
        Format::Other(kind) => return Err(SheetError::NotASpreadsheet { kind }),
        Format::Text => vec![read_text(bytes)?],
    };
    if sheets.is_empty() {
        return Err(SheetError::NoSheets);
    }
    Ok(Workbook { sheets })
}

fn read_text(bytes: &[u8]) -> Result<Sheet, SheetError> {
    let (text, ..) = match encoding_rs::Encoding::for_bom(bytes) {
        Some((encoding, _)) => encoding.decode(bytes),
        None => match std::str::from_utf8(bytes) {
            Ok(text) => (text.into(), encoding_rs::UTF_8, false),
            Err(_) => encoding_rs::GB18030.decode(bytes),
        },
    };
    // Text never holds NUL; a file that does is some binary format not recognised above.
    if text.contains('\0') {
        return Err(SheetError::NotASpreadsheet {
            kind: FileKind::Binary,
        });
    }
    let sheet = csv_sheet(CSV_SHEET, &text);
    let cells: usize = sheet.rows.iter().map(|r| r.cells.len()).sum();
    Budget(MAX_CELLS).spend(cells)?;
    Ok(sheet)
}

/// Cells still allowed before the file counts as too large.
struct Budget(usize);

impl Budget {
    fn spend(&mut self, cells: usize) -> Result<(), SheetError> {
        self.0 = self
            .0
            .checked_sub(cells)
            .ok_or(SheetError::TooManyCells { max: MAX_CELLS })?;
        Ok(())
    }
}

/// One sheet's non-blank cells by 0-based row and column, as they are read.
#[derive(Default)]
struct Cells(BTreeMap<u32, BTreeMap<u32, String>>);

impl Cells {
    fn put(
        &mut self,
        row: u32,
        column: u32,
        text: String,
        budget: &mut Budget,
    ) -> Result<(), SheetError> {
        if text.trim().is_empty() {
            return Ok(());
        }
        budget.spend(1)?;
        self.0.entry(row).or_default().insert(column, text);
        Ok(())
    }

    /// Rows start at the sheet's first used column and end at their own last non-blank cell;
    /// rows with nothing are left out, as they are from a CSV.
    fn into_sheet(self, name: String, budget: &mut Budget) -> Result<Sheet, SheetError> {
        let first = self
            .0
            .values()
            .filter_map(|r| r.keys().next())
            .min()
            .copied()
            .unwrap_or(0);
        let mut rows = Vec::with_capacity(self.0.len());
        for (row, cells) in self.0 {
            let last = *cells
                .keys()
                .next_back()
                .expect("only rows with a cell are kept");
            let width = (last - first + 1) as usize;
            // The blanks between cells cost memory too.
            budget.spend(width - cells.len())?;
            let mut line = vec![String::new(); width];
            for (column, text) in cells {
                line[(column - first) as usize] = text;
            }
            rows.push(SheetRow {
                line: row as usize + 1,
                cells: line,
            });
        }
        Ok(Sheet {
            name,
            rows,
            unclosed_quote: None,
        })
    }
}

/// The workbook's worksheets in order; chart sheets and macro sheets hold no rows.
fn worksheet_names(sheets: &[calamine::Sheet]) -> Vec<String> {
    sheets
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .collect()
}

/// Excel workbooks are read cell by cell as stored, so a file claiming a huge range with a
/// few cells costs only its cells, and a hostile one stops at the cap.
fn read_xlsx(bytes: &[u8], budget: &mut Budget) -> Result<Vec<Sheet>, SheetError> {
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(xlsx_error)?;
    let names = worksheet_names(book.sheets_metadata());
    let mut sheets = Vec::with_capacity(names.len());
    for name in names {
        let mut cells = Cells::default();
        let mut reader = book.worksheet_cells_reader(&name).map_err(xlsx_error)?;
        while let Some(cell) = reader.next_cell().map_err(xlsx_error)? {
            let (row, column) = cell.get_position();
            cells.put(row, column, data_ref_text(cell.get_value()), budget)?;
        }
        drop(reader);
        sheets.push(cells.into_sheet(name, budget)?);
    }
    Ok(sheets)
}

/// `.xls` and `.ods` are read a sheet at a time by calamine: their formats bound a sheet's
/// size (65,536 rows of 256 columns in `.xls`).
fn read_ranges<RS, R>(
    mut book: R,
    error: fn(R::Error) -> SheetError,
    budget: &mut Budget,
) -> Result<Vec<Sheet>, SheetError>
where
    RS: Read + Seek,
    R: Reader<RS>,
{
    let names = worksheet_names(book.sheets_metadata());
    let mut sheets = Vec::with_capacity(names.len());
    for name in names {
        let range: Range<Data> = book.worksheet_range(&name).map_err(error)?;
        let (height, width) = range.get_size();
        if height.saturating_mul(width) > MAX_CELLS {
            return Err(SheetError::TooManyCells { max: MAX_CELLS });
        }
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut cells = Cells::default();
        for (row, column, value) in range.used_cells() {
            cells.put(
                top + row as u32,
                left + column as u32,
                data_text(value),
                budget,
            )?;
        }
        sheets.push(cells.into_sheet(name, budget)?);
    }
    Ok(sheets)
}

fn damaged(e: impl std::fmt::Display) -> SheetError {
    SheetError::Damaged {
        detail: e.to_string(),
    }
}

fn xlsx_error(e: XlsxError) -> SheetError {
    match e {
        XlsxError::Password => SheetError::Encrypted,
        e => damaged(e),
    }
}

fn xls_error(e: XlsError) -> SheetError {
    match e {
        XlsError::Password => SheetError::Encrypted,
        e => damaged(e),
    }
}

fn ods_error(e: OdsError) -> SheetError {
    match e {
        OdsError::Password => SheetError::Encrypted,
        // A few bytes can repeat a row a million times: the file is not damaged, it is too big.
        OdsError::CellLimitExceeded { .. } => SheetError::TooManyCells { max: MAX_CELLS },
        e => damaged(e),
    }
}
