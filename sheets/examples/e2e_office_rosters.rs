//! Writes the property-office workbooks the end-to-end roster test imports
//! (tests/e2e/fixtures/office-*.xlsx): a notes sheet before the roster, title and date rows
//! above a header of other names, a combined flat number beside the split columns, areas typed
//! with units and in full width, co-owners joined by `/`, and a totals row; the next year's
//! export of the same compound (a flat sold, an area corrected, a flat added, one left out);
//! and a roster whose headers name three of the needed fields, for the mapping step.
//! `cargo run -p gongzhi-sheets --example e2e_office_rosters`

use rust_xlsxwriter::{Workbook, Worksheet};

const HEADER: [&str; 7] = [
    "房屋编号",
    "产权面积",
    "业主",
    "身份证号",
    "楼号",
    "单元号",
    "室号",
];

/// (building, unit, room, area as typed, owners, ids)
type Flat = (u32, u32, u32, &'static str, &'static str, &'static str);

const OFFICE_2026: [Flat; 6] = [
    (1, 1, 101, "100.30", "杨珍霞", "513701********1050"),
    (
        1,
        1,
        102,
        "98.12㎡",
        "范梅梅/范建国",
        "510104********3464/510104********3472",
    ),
    (1, 2, 201, "120.3", "李卫东", "510105********2211"),
    (2, 1, 101, "８９.５", "王芳", "510106********7788"),
    (2, 1, 102, "76.25平方米", "张伟", "510107********5566"),
    (2, 1, 103, "64", "陈静", "510108********9900"),
];

/// 1-2-201 sold to 赵敏, 2-1-102 re-measured, 2-1-104 new, 2-1-103 left out.
const OFFICE_2027: [Flat; 6] = [
    (1, 1, 101, "100.30", "杨珍霞", "513701********1050"),
    (
        1,
        1,
        102,
        "98.12㎡",
        "范梅梅/范建国",
        "510104********3464/510104********3472",
    ),
    (1, 2, 201, "120.3", "赵敏", "510109********1234"),
    (2, 1, 101, "８９.５", "王芳", "510106********7788"),
    (2, 1, 102, "77.05平方米", "张伟", "510107********5566"),
    (2, 1, 104, "58.6", "刘洋", "510110********4321"),
];

fn roster_sheet(sheet: &mut Worksheet, flats: &[Flat], exported: &str) {
    sheet.write_string(0, 0, "和美花园业主名册").unwrap();
    sheet.write_string(1, 0, exported).unwrap();
    for (c, h) in HEADER.iter().enumerate() {
        sheet.write_string(2, c as u16, *h).unwrap();
    }
    for (i, (b, u, r, area, owners, ids)) in flats.iter().enumerate() {
        let row = i as u32 + 3;
        sheet.write_string(row, 0, format!("{b}-{u}-{r}")).unwrap();
        match area.parse::<f64>() {
            Ok(n) => sheet.write_number(row, 1, n).unwrap(),
            Err(_) => sheet.write_string(row, 1, *area).unwrap(),
        };
        sheet.write_string(row, 2, *owners).unwrap();
        sheet.write_string(row, 3, *ids).unwrap();
        sheet.write_number(row, 4, *b).unwrap();
        sheet.write_number(row, 5, *u).unwrap();
        sheet.write_number(row, 6, *r).unwrap();
    }
    let total = flats.len() as u32 + 3;
    sheet.write_string(total, 0, "合计").unwrap();
    sheet
        .write_string(total, 2, format!("{} 户", flats.len()))
        .unwrap();
}

fn office(name: &str, flats: &[Flat], exported: &str) {
    let mut book = Workbook::new();
    let notes = book.add_worksheet().set_name("说明").unwrap();
    notes.write_string(0, 0, "本表由物业管理系统导出").unwrap();
    roster_sheet(
        book.add_worksheet().set_name("业主名册").unwrap(),
        flats,
        exported,
    );
    save(&mut book, name);
}

fn unfamiliar() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Sheet1").unwrap();
    for (c, h) in ["楼", "单元", "户室", "户主", "身份证", "面积"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    let flats = [
        (3, 1, 301, "周杰", "510111********1111", 88.8),
        (3, 1, 302, "吴霞", "510112********2222", 92.4),
        (3, 2, 301, "郑凯", "510113********3333", 105.0),
    ];
    for (i, (b, u, r, owner, id, area)) in flats.into_iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, format!("{b}栋")).unwrap();
        sheet.write_number(row, 1, u).unwrap();
        sheet.write_number(row, 2, r).unwrap();
        sheet.write_string(row, 3, owner).unwrap();
        sheet.write_string(row, 4, id).unwrap();
        sheet.write_number(row, 5, area).unwrap();
    }
    save(&mut book, "office-unfamiliar.xlsx");
}

fn save(book: &mut Workbook, name: &str) {
    let path = format!(
        "{}/../tests/e2e/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    book.save(&path).unwrap();
    println!("wrote {path}");
}

fn main() {
    office("office-2026.xlsx", &OFFICE_2026, "导出日期：2026-11-30");
    office("office-2027.xlsx", &OFFICE_2027, "导出日期：2027-11-30");
    unfamiliar();
}
