//! What the spreadsheet reader and writer (the `gongzhi-sheets` crate, run in the app's worker)
//! exchange with the app: a workbook to write as `.xlsx`, and why a file could not be read or
//! written. Plain data, so the app can name every error in its own languages without linking
//! the file-format code.

use serde::{Deserialize, Serialize};

/// A workbook to be written: each sheet a header row and rows of typed cells.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct XlsxBook {
    pub sheets: Vec<XlsxSheet>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct XlsxSheet {
    /// At most 31 characters, none of `[ ] : * ? / \`: Excel's own rule.
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<XlsxCell>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum XlsxCell {
    Empty,
    /// Written as text, so ID and phone numbers keep every digit and leading zeros.
    Text {
        text: String,
    },
    /// Counts and fen; Excel holds numbers as doubles, exact up to 2^53.
    Integer {
        value: i64,
    },
    /// A decimal given as its exact text (an area in square metres such as `89.50`) and the
    /// Excel number format it is shown with (such as `0.00`), so it stays a number to sum.
    Decimal {
        text: String,
        format: String,
    },
}

/// Why a file is not a workbook the app can read, or a book could not be written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum SheetError {
    /// Another kind of file, recognised by its content whatever its name.
    NotASpreadsheet {
        kind: FileKind,
    },
    /// The workbook is protected by a password; it must be saved without one.
    Encrypted,
    /// The container or its XML is broken (a truncated download, a file renamed to `.xlsx`).
    Damaged {
        detail: String,
    },
    NoSheets,
    /// More cells than a phone should hold; rosters are a few tens of thousands.
    TooManyCells {
        max: usize,
    },
    /// A sheet name Excel refuses.
    BadSheetName {
        name: String,
    },
    /// A decimal cell whose text is not a number.
    BadNumber {
        sheet: String,
        row: usize,
        text: String,
    },
    /// The writer failed for a reason of its own.
    WriteFailed {
        detail: String,
    },
}

/// What a file that is not a spreadsheet is, so the person is told what they picked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    Png,
    Jpeg,
    Gif,
    Pdf,
    /// A Word document (`.docx` or the old `.doc`).
    Word,
    /// A zip archive that holds no workbook.
    Zip,
    Rar,
    SevenZip,
    Gzip,
    /// Binary data of no kind recognised here.
    Binary,
}
