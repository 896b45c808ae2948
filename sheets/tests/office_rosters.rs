//! The property-office workbooks the end-to-end roster test imports, read here the way the app
//! reads them: the worker's `read_workbook`, then the core's roster reader and change list. A
//! fixture that drifted from what the e2e test expects fails here first, natively.

use gongzhi_core::registry::roster::{inspect, read_sheet, read_with, Column};
use gongzhi_core::registry::sheet::Workbook;
use gongzhi_sheets::read_workbook;

fn book(name: &str) -> Workbook {
    let path = format!(
        "{}/../tests/e2e/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    read_workbook(&std::fs::read(&path).expect("fixture")).expect("a workbook")
}

#[test]
fn the_offices_roster_sheet_reads_below_its_title_with_alias_headers_and_its_totals_row_left_out() {
    let book = book("office-2026.xlsx");
    let names: Vec<&str> = book.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["说明", "业主名册"]);
    let roster = read_sheet(&book.sheets[1]).expect("alias headers need no mapping");
    assert!(roster.problems.is_empty(), "{:?}", roster.problems);
    assert_eq!(roster.totals, vec![10]);
    let labels: Vec<String> = roster.rows.iter().map(|r| r.label()).collect();
    assert_eq!(
        labels,
        ["1-1-101", "1-1-102", "1-2-201", "2-1-101", "2-1-102", "2-1-103"]
    );
    assert_eq!(roster.total_area().0, 54_847);
    assert_eq!(roster.owners(), 6);
    // `范梅梅/范建国` are co-owners, one owner as the law counts them.
    assert_eq!(roster.rows[1].line, 5);
}

#[test]
fn unfamiliar_headers_leave_three_fields_to_map_and_read_with_them() {
    let book = book("office-unfamiliar.xlsx");
    let sheet = &book.sheets[0];
    let found = inspect(sheet).unwrap();
    assert_eq!(
        found.missing,
        [Column::Building, Column::Room, Column::OwnerIds]
    );
    let mut mapping = found.mapping.clone();
    mapping.fields.insert(Column::Building, 0);
    mapping.fields.insert(Column::Room, 2);
    mapping.fields.insert(Column::OwnerIds, 4);
    let roster = read_with(sheet, &mapping).unwrap();
    assert!(roster.problems.is_empty(), "{:?}", roster.problems);
    let labels: Vec<String> = roster.rows.iter().map(|r| r.label()).collect();
    assert_eq!(labels, ["3-1-301", "3-1-302", "3-2-301"]);
    assert_eq!(roster.total_area().0, 28_620);
    // Remembered under its shape, it fits the same file again.
    assert_eq!(mapping.fit(sheet).unwrap(), mapping);
}
