//! An [`XlsxBook`] to the bytes of an `.xlsx` file.

use gongzhi_core::registry::sheet_file::{SheetError, XlsxBook, XlsxCell};
use rust_xlsxwriter::{Format, Workbook, XlsxError};
use std::collections::HashMap;

/// Column widths in Excel's character units: narrow columns stay readable, a long address
/// does not push the rest off the screen.
const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 60;

/// Writes the book: each sheet's header row bold and frozen, columns as wide as their text.
pub fn write_xlsx(book: &XlsxBook) -> Result<Vec<u8>, SheetError> {
    if book.sheets.is_empty() {
        return Err(SheetError::NoSheets);
    }
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let mut number_formats: HashMap<&str, Format> = HashMap::new();
    for sheet in &book.sheets {
        let worksheet = workbook.add_worksheet();
        worksheet
            .set_name(&sheet.name)
            .map_err(|_| SheetError::BadSheetName {
                name: sheet.name.clone(),
            })?;
        let mut widths: Vec<usize> = sheet.headers.iter().map(|h| display_width(h)).collect();
        for (column, header) in sheet.headers.iter().enumerate() {
            worksheet
                .write_string_with_format(0, column as u16, header, &bold)
                .map_err(write_failed)?;
        }
        worksheet.set_freeze_panes(1, 0).map_err(write_failed)?;
        for (index, cells) in sheet.rows.iter().enumerate() {
            let row = index as u32 + 1;
            for (column, cell) in cells.iter().enumerate() {
                let col = column as u16;
                let width = match cell {
                    XlsxCell::Empty => 0,
                    XlsxCell::Text { text } => {
                        worksheet
                            .write_string(row, col, text)
                            .map_err(write_failed)?;
                        display_width(text)
                    }
                    XlsxCell::Integer { value } => {
                        worksheet
                            .write_number(row, col, *value as f64)
                            .map_err(write_failed)?;
                        value.to_string().len()
                    }
                    XlsxCell::Decimal { text, format } => {
                        let value: f64 =
                            text.trim().parse().map_err(|_| SheetError::BadNumber {
                                sheet: sheet.name.clone(),
                                row: row as usize + 1,
                                text: text.clone(),
                            })?;
                        let format = number_formats
                            .entry(format.as_str())
                            .or_insert_with(|| Format::new().set_num_format(format));
                        worksheet
                            .write_number_with_format(row, col, value, format)
                            .map_err(write_failed)?;
                        text.trim().len()
                    }
                };
                if widths.len() <= column {
                    widths.resize(column + 1, 0);
                }
                widths[column] = widths[column].max(width);
            }
        }
        for (column, width) in widths.into_iter().enumerate() {
            let width = (width + 2).clamp(MIN_WIDTH, MAX_WIDTH);
            worksheet
                .set_column_width(column as u16, width as f64)
                .map_err(write_failed)?;
        }
    }
    workbook.save_to_buffer().map_err(write_failed)
}

fn write_failed(e: XlsxError) -> SheetError {
    SheetError::WriteFailed {
        detail: e.to_string(),
    }
}

/// Chinese characters take two columns in Excel's default fonts, Latin letters and digits one.
fn display_width(text: &str) -> usize {
    text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}
