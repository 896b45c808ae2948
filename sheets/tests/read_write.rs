//! Workbooks built as property offices' files are, read back as the roster sees them.

use gongzhi_sheets::{
    read_workbook, write_xlsx, FileKind, Sheet, SheetError, XlsxBook, XlsxCell, XlsxSheet,
    MAX_CELLS,
};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};

fn rows(sheet: &Sheet) -> Vec<(usize, Vec<&str>)> {
    sheet
        .rows
        .iter()
        .map(|r| (r.line, r.cells.iter().map(String::as_str).collect()))
        .collect()
}

/// A roster as Excel users make one: a title above the header, an ID typed as text and one
/// typed as a number, areas with binary noise, a blank row, a totals formula, a styled but
/// empty cell after the last column, and two more sheets (one hidden, one not starting at A1).
fn roster_workbook() -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("业主名册").unwrap();
    sheet.write_string(0, 0, "锦江小区业主名册").unwrap();
    let header = [
        "楼栋",
        "单元",
        "房号",
        "业主姓名",
        "证件号码",
        "建筑面积",
        "登记日期",
        "已核对",
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(2, c as u16, *h).unwrap();
    }
    sheet.write_number(3, 0, 1.0).unwrap();
    sheet.write_number(3, 1, 1.0).unwrap();
    sheet.write_number(3, 2, 101.0).unwrap();
    sheet.write_string(3, 3, "张三、王五").unwrap();
    sheet.write_string(3, 4, "51010419900101123X").unwrap();
    sheet.write_number(3, 5, 89.5).unwrap();
    let date = ExcelDateTime::from_ymd(2024, 3, 1).unwrap();
    sheet
        .write_datetime_with_format(3, 6, &date, &Format::new().set_num_format("yyyy-mm-dd"))
        .unwrap();
    sheet.write_boolean(3, 7, true).unwrap();
    sheet.write_blank(3, 9, &Format::new().set_bold()).unwrap();
    sheet.write_number(4, 0, 1.0).unwrap();
    sheet.write_number(4, 1, 1.0).unwrap();
    sheet.write_number(4, 2, 102.0).unwrap();
    sheet.write_string(4, 3, "李四").unwrap();
    sheet.write_number(4, 4, 510104199001011000.0).unwrap();
    sheet.write_number(4, 5, 120.30000000000001).unwrap();
    sheet.write_string(5, 3, "   ").unwrap();
    sheet.write_string(6, 0, "合计").unwrap();
    sheet
        .write_formula(6, 5, Formula::new("=SUM(F4:F5)").set_result("209.8"))
        .unwrap();
    let notes = book.add_worksheet().set_name("说明").unwrap();
    notes.write_string(4, 2, "面积单位：平方米").unwrap();
    notes.write_number(6, 3, 42.0).unwrap();
    let hidden = book.add_worksheet().set_name("旧名册").unwrap();
    hidden.write_string(0, 0, "作废").unwrap();
    hidden.set_hidden(true);
    book.save_to_buffer().unwrap()
}

#[test]
fn an_excel_roster_reads_as_its_program_shows_it() {
    let book = read_workbook(&roster_workbook()).unwrap();
    let names: Vec<&str> = book.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["业主名册", "说明", "旧名册"]);
    assert_eq!(
        rows(&book.sheets[0]),
        vec![
            (1, vec!["锦江小区业主名册"]),
            (
                3,
                vec![
                    "楼栋",
                    "单元",
                    "房号",
                    "业主姓名",
                    "证件号码",
                    "建筑面积",
                    "登记日期",
                    "已核对"
                ]
            ),
            (
                4,
                vec![
                    "1",
                    "1",
                    "101",
                    "张三、王五",
                    "51010419900101123X",
                    "89.5",
                    "2024-03-01",
                    "TRUE"
                ]
            ),
            (
                5,
                vec!["1", "1", "102", "李四", "510104199001011000", "120.3"]
            ),
            (7, vec!["合计", "", "", "", "", "209.8"]),
        ]
    );
    // The used range starts at C5: rows keep Excel's numbers, cells start at its first column.
    assert_eq!(
        rows(&book.sheets[1]),
        vec![(5, vec!["面积单位：平方米"]), (7, vec!["", "42"])]
    );
    assert_eq!(rows(&book.sheets[2]), vec![(1, vec!["作废"])]);
}

#[test]
fn a_written_book_reads_back_with_its_numbers_and_texts() {
    let book = XlsxBook {
        sheets: vec![
            XlsxSheet {
                name: "1栋".into(),
                headers: vec![
                    "房号".into(),
                    "业主".into(),
                    "面积".into(),
                    "人数".into(),
                    "证件号码".into(),
                ],
                rows: vec![
                    vec![
                        XlsxCell::Text {
                            text: "1-1-101".into(),
                        },
                        XlsxCell::Text {
                            text: "张三".into(),
                        },
                        XlsxCell::Decimal {
                            text: "89.50".into(),
                            format: "0.00".into(),
                        },
                        XlsxCell::Integer { value: 3 },
                        XlsxCell::Text {
                            text: "510104199001011234".into(),
                        },
                    ],
                    vec![
                        XlsxCell::Text {
                            text: "1-1-102".into(),
                        },
                        XlsxCell::Empty,
                        XlsxCell::Decimal {
                            text: "120.05".into(),
                            format: "0.00".into(),
                        },
                    ],
                ],
            },
            XlsxSheet {
                name: "2栋".into(),
                headers: vec!["房号".into()],
                rows: vec![vec![XlsxCell::Integer {
                    value: 9_007_199_254_740_000,
                }]],
            },
        ],
    };
    let bytes = write_xlsx(&book).unwrap();
    let read = read_workbook(&bytes).unwrap();
    assert_eq!(read.sheets.len(), 2);
    assert_eq!(
        rows(&read.sheets[0]),
        vec![
            (1, vec!["房号", "业主", "面积", "人数", "证件号码"]),
            (
                2,
                vec!["1-1-101", "张三", "89.5", "3", "510104199001011234"]
            ),
            (3, vec!["1-1-102", "", "120.05"]),
        ]
    );
    assert_eq!(read.sheets[1].name, "2栋");
    assert_eq!(rows(&read.sheets[1])[1], (2, vec!["9007199254740000"]));

    let sheet_xml = zip_entry(&bytes, "xl/worksheets/sheet1.xml");
    assert!(
        sheet_xml.contains(
            r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        ),
        "{sheet_xml}"
    );
    assert!(
        sheet_xml.contains("customWidth=\"1\""),
        "column widths are set: {sheet_xml}"
    );
    let styles = zip_entry(&bytes, "xl/styles.xml");
    assert!(styles.contains("<b/>"), "the header is bold: {styles}");
    assert!(styles.contains(r#"formatCode="0.00""#), "{styles}");
}

fn zip_entry(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn books_excel_would_refuse_are_refused() {
    let sheet = |name: &str| XlsxSheet {
        name: name.into(),
        ..XlsxSheet::default()
    };
    assert_eq!(write_xlsx(&XlsxBook::default()), Err(SheetError::NoSheets));
    assert_eq!(
        write_xlsx(&XlsxBook {
            sheets: vec![sheet("a/b")]
        }),
        Err(SheetError::BadSheetName { name: "a/b".into() })
    );
    let mut bad = sheet("面积");
    bad.rows = vec![
        vec![],
        vec![XlsxCell::Decimal {
            text: "89.5㎡".into(),
            format: "0.00".into(),
        }],
    ];
    assert_eq!(
        write_xlsx(&XlsxBook { sheets: vec![bad] }),
        Err(SheetError::BadNumber {
            sheet: "面积".into(),
            row: 3,
            text: "89.5㎡".into()
        })
    );
}

const CSV: &str = "楼栋,单元,房号,业主姓名\r\n1,1,101,张三\r\n\r\n1,1,102,\"李四、王五\"\r\n";

fn csv_rows() -> Vec<(usize, Vec<&'static str>)> {
    vec![
        (1, vec!["楼栋", "单元", "房号", "业主姓名"]),
        (2, vec!["1", "1", "101", "张三"]),
        (4, vec!["1", "1", "102", "李四、王五"]),
    ]
}

#[test]
fn csv_is_read_in_every_encoding_property_software_writes() {
    let utf8_bom = [b"\xEF\xBB\xBF".as_slice(), CSV.as_bytes()].concat();
    let utf16le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(CSV.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let utf16be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(CSV.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let (gb18030, _, lossy) = encoding_rs::GB18030.encode(CSV);
    assert!(!lossy);
    assert!(
        std::str::from_utf8(&gb18030).is_err(),
        "the GB18030 bytes are not also UTF-8"
    );
    for (encoding, bytes) in [
        ("utf-8", CSV.as_bytes()),
        ("utf-8 with BOM", &utf8_bom),
        ("utf-16le", &utf16le),
        ("utf-16be", &utf16be),
        ("gb18030", &gb18030),
    ] {
        let book = read_workbook(bytes).unwrap_or_else(|e| panic!("{encoding}: {e:?}"));
        assert_eq!(book.sheets.len(), 1, "{encoding}");
        let read: Vec<(usize, Vec<String>)> = book.sheets[0]
            .rows
            .iter()
            .map(|r| (r.line, r.cells.clone()))
            .collect();
        let want: Vec<(usize, Vec<String>)> = csv_rows()
            .into_iter()
            .map(|(l, c)| (l, c.into_iter().map(String::from).collect()))
            .collect();
        assert_eq!(read, want, "{encoding}");
    }
}

#[test]
fn files_that_are_not_spreadsheets_are_named() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";
    let pdf = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj";
    let gzip = b"\x1F\x8B\x08\0\0\0\0\0";
    let binary = b"\x00\x01\x02\x03garbage\x00";
    for (bytes, kind) in [
        (png.as_slice(), FileKind::Png),
        (pdf, FileKind::Pdf),
        (gzip, FileKind::Gzip),
        (binary, FileKind::Binary),
    ] {
        assert_eq!(
            read_workbook(bytes),
            Err(SheetError::NotASpreadsheet { kind })
        );
    }
}

#[test]
fn a_truncated_workbook_is_damaged_and_an_empty_one_has_no_rows() {
    let bytes = roster_workbook();
    let cut = &bytes[..bytes.len() / 2];
    assert!(
        matches!(read_workbook(cut), Err(SheetError::Damaged { .. })),
        "{:?}",
        read_workbook(cut)
    );

    let mut empty = Workbook::new();
    empty.add_worksheet();
    let book = read_workbook(&empty.save_to_buffer().unwrap()).unwrap();
    assert_eq!(book.sheets.len(), 1);
    assert!(book.sheets[0].rows.is_empty());
    assert_eq!(
        read_workbook(b""),
        Ok(gongzhi_sheets::Workbook {
            sheets: vec![Sheet {
                name: "CSV".into(),
                ..Sheet::default()
            }]
        })
    );
}

#[test]
fn a_zip_that_holds_no_workbook_is_not_taken_for_a_damaged_one() {
    let mut archive = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    archive
        .start_file("photo.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    std::io::Write::write_all(&mut archive, b"hello").unwrap();
    let bytes = archive.finish().unwrap().into_inner();
    assert_eq!(
        read_workbook(&bytes),
        Err(SheetError::NotASpreadsheet {
            kind: FileKind::Zip
        })
    );
}

#[test]
fn too_many_cells_are_refused_even_when_the_file_is_small() {
    // A few cells far apart would pad out to millions of blanks.
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for row in 0..200 {
        sheet.write_string(row, 0, "a").unwrap();
        sheet.write_string(row, 16_383, "z").unwrap();
    }
    let bytes = book.save_to_buffer().unwrap();
    assert!(bytes.len() < 20_000);
    assert_eq!(
        read_workbook(&bytes),
        Err(SheetError::TooManyCells { max: MAX_CELLS })
    );

    let line = "a,".repeat(999) + "a\n";
    let csv = line.repeat(MAX_CELLS / 1000 + 1);
    assert_eq!(
        read_workbook(csv.as_bytes()),
        Err(SheetError::TooManyCells { max: MAX_CELLS })
    );
    let fits = line.repeat(MAX_CELLS / 1000);
    assert!(read_workbook(fits.as_bytes()).is_ok());
}

/// An OpenDocument workbook whose one row of `columns` cells stands `rows` times.
fn repeated_ods(rows: u32, columns: u32) -> Vec<u8> {
    let mut archive = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut put = |name: &str, text: &str| {
        archive.start_file(name, stored).unwrap();
        std::io::Write::write_all(&mut archive, text.as_bytes()).unwrap();
    };
    put("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    put(
        "META-INF/manifest.xml",
        r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#,
    );
    put(
        "content.xml",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Sheet1"><table:table-row table:number-rows-repeated="{rows}"><table:table-cell table:number-columns-repeated="{columns}" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#
        ),
    );
    archive.finish().unwrap().into_inner()
}

#[test]
fn a_small_workbook_repeating_a_row_a_million_times_is_too_big_not_damaged() {
    let hostile = repeated_ods(1_000_000, 16_000);
    assert!(hostile.len() < 2_000, "{} bytes", hostile.len());
    assert_eq!(
        read_workbook(&hostile),
        Err(SheetError::TooManyCells { max: MAX_CELLS })
    );
    // The same shape at a roster's size reads.
    let small = read_workbook(&repeated_ods(3, 2)).unwrap();
    assert_eq!(
        rows(&small.sheets[0]),
        vec![
            (1, vec!["x", "x"]),
            (2, vec!["x", "x"]),
            (3, vec!["x", "x"])
        ]
    );
}

#[test]
fn an_old_excel_workbook_reads_like_a_new_one() {
    let book = read_workbook(include_bytes!("fixtures/roster.xls")).unwrap();
    let names: Vec<&str> = book.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["业主名册", "说明"]);
    let read = rows(&book.sheets[0]);
    assert_eq!(
        read[..4],
        [
            (1, vec!["锦江小区业主名册"]),
            (
                3,
                vec!["楼栋", "单元", "房号", "业主姓名", "建筑面积", "登记日期"]
            ),
            (4, vec!["1", "1", "101", "张三", "89.5", "2024-03-01"]),
            (5, vec!["1", "1", "102", "李四", "120.3"]),
        ]
    );
    assert_eq!(read[4].0, 7);
    assert_eq!(read[4].1[0], "合计");
    assert_eq!(rows(&book.sheets[1]), vec![(2, vec!["第二个表"])]);
}
