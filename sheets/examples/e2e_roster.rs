//! Writes tests/e2e/fixtures/roster.xlsx, the Excel roster the end-to-end spreadsheet test
//! imports: numbers typed as numbers, as Excel users do, and an area with binary noise.
//! `cargo run -p gongzhi-sheets --example e2e_roster`

use rust_xlsxwriter::Workbook;

fn main() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("业主名册").unwrap();
    let header = [
        "楼栋",
        "单元",
        "房号",
        "业主姓名",
        "证件号码",
        "建筑面积",
        "面积依据",
        "居住人数",
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    let flats: [(u16, u16, u16, &str, &str, f64, u16); 6] = [
        (1, 1, 101, "杨珍霞", "513701********1050", 100.3, 3),
        (1, 1, 102, "范梅梅、范建国", "510104********3464", 98.12, 2),
        (
            1,
            2,
            201,
            "李卫东",
            "510105********2211",
            120.30000000000001,
            4,
        ),
        (2, 1, 101, "王芳", "510106********7788", 89.5, 1),
        (2, 1, 102, "张伟", "510107********5566", 76.25, 2),
        (2, 1, 103, "陈静", "510108********9900", 64.0, 0),
    ];
    for (i, (building, unit, room, owners, id, area, residents)) in flats.into_iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_number(row, 0, building).unwrap();
        sheet.write_number(row, 1, unit).unwrap();
        sheet.write_number(row, 2, room).unwrap();
        sheet.write_string(row, 3, owners).unwrap();
        sheet.write_string(row, 4, id).unwrap();
        sheet.write_number(row, 5, area).unwrap();
        sheet.write_string(row, 6, "不动产登记").unwrap();
        sheet.write_number(row, 7, residents).unwrap();
    }
    let notes = book.add_worksheet().set_name("说明").unwrap();
    notes.write_string(0, 0, "第一个工作表是名册").unwrap();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/e2e/fixtures/roster.xlsx"
    );
    book.save(path).unwrap();
    println!("wrote {path}");
}
