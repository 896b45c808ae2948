//! Spreadsheet files in and out for Gongzhi: any roster file a property office hands over
//! (`.xlsx`, `.xls`, `.ods`, CSV in UTF-8, UTF-16 or GB18030) becomes a
//! [`gongzhi_core::registry::sheet::Workbook`] of text cells as the person sees them, and an
//! [`XlsxBook`] becomes an `.xlsx`. The file's content decides how it is read, never its name.
//!
//! Runs in the app's spreadsheet worker (src/bin/sheets-worker.rs), so none of this is in the
//! main wasm.

mod cell;
mod read;
mod sniff;
mod write;

pub use gongzhi_core::registry::sheet::{Sheet, SheetRow, Workbook};
pub use gongzhi_core::registry::sheet_file::{FileKind, SheetError, XlsxBook, XlsxCell, XlsxSheet};
pub use read::{read_workbook, MAX_CELLS};
pub use write::write_xlsx;
