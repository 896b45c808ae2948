//! Why a spreadsheet file could not be read or written, in the user's language.

use super::lang::Lang;
use super::units::thousands;
use crate::spreadsheet::SpreadsheetError;
use gongzhi_core::registry::sheet_file::{FileKind, SheetError};

pub fn spreadsheet_error_text(lang: Lang, error: &SpreadsheetError) -> String {
    let zh = lang == Lang::Zh;
    match error {
        SpreadsheetError::TooLarge { bytes, max } if zh => format!(
            "文件有 {} 字节，超过上限 {} 字节。",
            thousands(*bytes),
            thousands(*max)
        ),
        SpreadsheetError::TooLarge { bytes, max } => format!(
            "The file has {} bytes, more than the {} allowed.",
            thousands(*bytes),
            thousands(*max)
        ),
        SpreadsheetError::Unreadable(why) if zh => format!("浏览器读不了这个文件：{why}"),
        SpreadsheetError::Unreadable(why) => format!("The browser could not read the file: {why}"),
        SpreadsheetError::WorkerUnavailable(why) if zh => format!(
            "表格读取组件没有启动（{why}）。请联网刷新页面一次，之后离线也能用。"
        ),
        SpreadsheetError::WorkerUnavailable(why) => format!(
            "The spreadsheet reader did not start ({why}). Reload the page once while online; it then works offline too."
        ),
        SpreadsheetError::WorkerFailed(why) if zh => {
            format!("表格读取组件在处理这个文件时出错（{why}），文件没有被读入。")
        }
        SpreadsheetError::WorkerFailed(why) => {
            format!("The spreadsheet reader failed on this file ({why}); nothing was read.")
        }
        SpreadsheetError::Sheet(e) => sheet_error_text(lang, e),
    }
}

pub fn sheet_error_text(lang: Lang, error: &SheetError) -> String {
    let zh = lang == Lang::Zh;
    match error {
        SheetError::NotASpreadsheet { kind } if zh => format!(
            "这是{}，不是表格。请选择 Excel（.xlsx、.xls）、WPS/OpenDocument（.ods）或 CSV 文件。",
            kind_name(lang, *kind)
        ),
        SheetError::NotASpreadsheet { kind } => format!(
            "This is {}, not a spreadsheet. Choose an Excel (.xlsx, .xls), OpenDocument (.ods) or CSV file.",
            kind_name(lang, *kind)
        ),
        SheetError::Encrypted if zh => {
            "这个工作簿设有打开密码。请在 Excel 或 WPS 里去掉密码另存一份再导入。".into()
        }
        SheetError::Encrypted => {
            "This workbook is protected by a password. Save a copy without the password in Excel or WPS and import that.".into()
        }
        // The reading library's own words are English: they stay off a Chinese screen.
        SheetError::Damaged { .. } if zh => {
            "文件已损坏或不完整。请重新下载或在 Excel 里另存一份。".into()
        }
        SheetError::Damaged { detail } => format!(
            "The file is damaged or incomplete ({detail}). Download it again or save a new copy in Excel."
        ),
        SheetError::NoSheets if zh => "工作簿里没有工作表。".into(),
        SheetError::NoSheets => "The workbook has no sheets.".into(),
        SheetError::TooManyCells { max } if zh => format!(
            "表格超过 {} 个单元格，手机处理不了。请只保留名册所在的工作表和列。",
            thousands(*max as u64)
        ),
        SheetError::TooManyCells { max } => format!(
            "The spreadsheet has more than {} cells, too many for a phone. Keep only the roster's sheet and columns.",
            thousands(*max as u64)
        ),
        SheetError::BadSheetName { name } if zh => format!(
            "工作表名“{name}”不能用：最多 31 个字，不能有 [ ] : * ? / \\。"
        ),
        SheetError::BadSheetName { name } => format!(
            "The sheet name “{name}” cannot be used: at most 31 characters, none of [ ] : * ? / \\."
        ),
        SheetError::BadNumber { sheet, row, text } if zh => {
            format!("工作表“{sheet}”第 {row} 行的“{text}”不是数字。")
        }
        SheetError::BadNumber { sheet, row, text } => {
            format!("“{text}” in row {row} of sheet “{sheet}” is not a number.")
        }
        SheetError::WriteFailed { detail } if zh => format!("无法生成 Excel 文件：{detail}"),
        SheetError::WriteFailed { detail } => format!("The Excel file could not be made: {detail}"),
    }
}

fn kind_name(lang: Lang, kind: FileKind) -> &'static str {
    match (kind, lang) {
        (FileKind::Png, Lang::Zh) => "一张 PNG 图片",
        (FileKind::Png, Lang::En) => "a PNG image",
        (FileKind::Jpeg, Lang::Zh) => "一张 JPEG 照片",
        (FileKind::Jpeg, Lang::En) => "a JPEG photo",
        (FileKind::Gif, Lang::Zh) => "一张 GIF 图片",
        (FileKind::Gif, Lang::En) => "a GIF image",
        (FileKind::Pdf, Lang::Zh) => "一份 PDF 文档",
        (FileKind::Pdf, Lang::En) => "a PDF document",
        (FileKind::Word, Lang::Zh) => "一份 Word 文档",
        (FileKind::Word, Lang::En) => "a Word document",
        (FileKind::Zip, Lang::Zh) => "一个 zip 压缩包",
        (FileKind::Zip, Lang::En) => "a zip archive",
        (FileKind::Rar, Lang::Zh) => "一个 RAR 压缩包",
        (FileKind::Rar, Lang::En) => "a RAR archive",
        (FileKind::SevenZip, Lang::Zh) => "一个 7z 压缩包",
        (FileKind::SevenZip, Lang::En) => "a 7z archive",
        (FileKind::Gzip, Lang::Zh) => "一个 gzip 压缩文件",
        (FileKind::Gzip, Lang::En) => "a gzip file",
        (FileKind::Binary, Lang::Zh) => "一个二进制文件",
        (FileKind::Binary, Lang::En) => "a binary file",
    }
}
