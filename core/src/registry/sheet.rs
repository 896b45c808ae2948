//! A spreadsheet as rows of text cells: what every roster file becomes before the core reads it.
//! CSV is split here; Excel and OpenDocument workbooks are read outside the core (the app's
//! spreadsheet worker), which hands over the same [`Workbook`]. The core reads rows, never a
//! file format.

use serde::{Deserialize, Serialize};

/// One row as the person sees it in their spreadsheet program: its number there, and its cells.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetRow {
    /// 1-based: the CSV line a record starts on, or the row number Excel shows.
    pub line: usize,
    pub cells: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sheet {
    pub name: String,
    /// Rows with at least one non-blank cell, in order.
    pub rows: Vec<SheetRow>,
    /// A CSV whose last quoted field never closes: the line it opened on. Everything from there
    /// on is one broken field, so it is not a row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unclosed_quote: Option<usize>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

/// Splits CSV text into rows: quoted fields may hold commas, quotes ("") and line breaks; a
/// leading byte-order mark is ignored; blank lines are not rows.
pub fn csv_sheet(name: &str, text: &str) -> Sheet {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut sheet = Sheet {
        name: name.to_string(),
        ..Sheet::default()
    };
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut start = 1;
    let mut chars = text.chars().peekable();
    let push = |sheet: &mut Sheet, line: usize, cells: Vec<String>| {
        if cells.iter().any(|c| !c.trim().is_empty()) {
            sheet.rows.push(SheetRow { line, cells });
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            '"' if quoted => quoted = false,
            '"' if cell.is_empty() => quoted = true,
            ',' if !quoted => cells.push(std::mem::take(&mut cell)),
            '\r' if !quoted && chars.peek() == Some(&'\n') => {}
            '\n' | '\r' if !quoted => {
                cells.push(std::mem::take(&mut cell));
                push(&mut sheet, start, std::mem::take(&mut cells));
                line += 1;
                start = line;
            }
            '\n' => {
                line += 1;
                cell.push(c);
            }
            _ => cell.push(c),
        }
    }
    if quoted {
        sheet.unclosed_quote = Some(start);
    } else if !cell.is_empty() || !cells.is_empty() {
        cells.push(cell);
        push(&mut sheet, start, cells);
    }
    sheet
}

/// Rows as CSV for a spreadsheet program: a byte-order mark so Excel reads the Chinese as
/// UTF-8, CRLF line ends, quotes only where a cell needs them, and a cell a spreadsheet would
/// run as a formula (`=`, `+`, `@`) prefixed with `'` so it stays text.
pub fn to_csv<R: AsRef<[String]>>(rows: &[R]) -> String {
    let mut out = String::from('\u{feff}');
    for row in rows {
        let cells: Vec<String> = row.as_ref().iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn csv_cell(cell: &str) -> String {
    let cell = if cell.starts_with(['=', '+', '@']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    };
    if cell.contains([',', '"', '\n', '\r']) || cell.starts_with(' ') || cell.ends_with(' ') {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(sheet: &Sheet) -> Vec<(usize, Vec<&str>)> {
        sheet
            .rows
            .iter()
            .map(|r| (r.line, r.cells.iter().map(String::as_str).collect()))
            .collect()
    }

    #[test]
    fn quoted_fields_keep_commas_quotes_and_line_breaks_and_rows_keep_their_first_line() {
        let sheet = csv_sheet(
            "a.csv",
            "\u{feff}a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",z\n,\n",
        );
        assert_eq!(
            cells(&sheet),
            vec![
                (1, vec!["a", "b"]),
                (2, vec!["x, y", "say \"hi\""]),
                (4, vec!["two\nlines", "z"]),
            ]
        );
        assert_eq!(sheet.unclosed_quote, None);
    }

    #[test]
    fn csv_out_reads_back_cell_for_cell() {
        let rows = vec![
            vec!["楼栋".to_string(), "业主".to_string()],
            vec!["1".to_string(), "王伟、李娜".to_string()],
            vec!["a, \"b\"".to_string(), "two\nlines".to_string()],
            vec!["=SUM(A1)".to_string(), " padded ".to_string()],
        ];
        let text = to_csv(&rows);
        assert!(text.starts_with('\u{feff}') && text.ends_with("\r\n"));
        let back: Vec<Vec<String>> = csv_sheet("", &text)
            .rows
            .into_iter()
            .map(|r| r.cells)
            .collect();
        let mut expected = rows.clone();
        expected[3][0] = "'=SUM(A1)".to_string();
        assert_eq!(back, expected);
    }

    #[test]
    fn an_unclosed_quote_is_named_by_the_line_it_opened_on() {
        let sheet = csv_sheet("a.csv", "a,b\n1,2\n\"3,4\n5,6\n");
        assert_eq!(
            cells(&sheet),
            vec![(1, vec!["a", "b"]), (2, vec!["1", "2"])]
        );
        assert_eq!(sheet.unclosed_quote, Some(3));
    }
}
