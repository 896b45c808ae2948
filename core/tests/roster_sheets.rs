//! Rosters as property offices really write them: title rows above the header, the many names
//! of a column, combined flat numbers, totals rows, odd values, and the column mapping step for
//! what no header names.

use gongzhi_core::model::{AreaSource, Ownership};
use gongzhi_core::registry::roster::{
    inspect, parse_roster, read_sheet, read_with, Column, LineProblem, Mapped, Mapping, Misfit,
    RosterError,
};
use gongzhi_core::registry::sheet::csv_sheet;
use gongzhi_core::CentiM2;

fn names(o: &Ownership) -> Vec<(&str, &str)> {
    match o {
        Ownership::Owners { owners } => owners
            .iter()
            .map(|o| (o.name.as_str(), o.masked_id.as_str()))
            .collect(),
        Ownership::DeveloperHeld { developer } => vec![(developer.as_str(), "")],
    }
}

#[test]
fn the_header_is_found_below_title_rows_by_its_aliases() {
    let text = "北苑小区业主名册,,,,,,,\n\
                ,,,,,,,\n\
                制表日期：2024年5月1日,,,,,,,\n\
                栋号,单元号,门牌号,产权人,身份证号码,实测面积（㎡）,常住人数,\n\
                1栋,1单元,101室,王伟,5101****1234,89.5,3,\n\
                1栋,1单元,102室,李娜,5101****5678,90,,\n";
    let found = inspect(&csv_sheet("名册", text)).unwrap();
    assert_eq!(found.mapping.header_line, 4);
    assert_eq!(found.missing, vec![]);
    assert_eq!(
        found.columns.len(),
        7,
        "the header's trailing empty cell is no column"
    );
    assert_eq!(found.columns[5].header, "实测面积（㎡）");
    assert_eq!(found.columns[5].samples, vec!["89.5", "90"]);
    assert_eq!(
        found.mapping.fields.get(&Column::Residents),
        Some(&6),
        "常住人数"
    );
    let roster = parse_roster(text).unwrap();
    assert_eq!(roster.problems, vec![]);
    let labels: Vec<String> = roster.rows.iter().map(|r| r.label()).collect();
    assert_eq!(labels, ["1-1-101", "1-1-102"]);
    assert_eq!(roster.rows[0].line, 5);
    assert_eq!(
        roster.rows[0].area.counted(),
        Some((CentiM2(8_950), AreaSource::Surveyed)),
        "实测面积 holds surveyed figures"
    );
    assert_eq!(roster.rows[0].residents, Some(3));
    assert_eq!(roster.rows[1].residents, None);
}

/// The header the issue was filed with, as a GBK property system writes it: a combined flat
/// number next to separate building, unit and room columns, and every alias. Its bad lines are
/// reached and named.
#[test]
fn the_issues_gb18030_roster_reads_without_a_mapping_and_names_its_bad_lines() {
    let text = "房屋编号,产权面积,业主,身份证号,楼号,单元号,室号\r\n\
                1-1-101,89.50,王伟,5101****1234,1,1,101\r\n\
                1-1-102,abc,李娜,5101****5678,1,1,102\r\n\
                1-1-103,90.00,,5101****0001,1,1,103\r\n\
                1-1-104,90.00,张三、李四,5101****0002,1,1,104\r\n\
                1-1-101,91.00,赵六,5101****0003,1,1,101\r\n\
                9-9-999,95.00,钱七,5101****0004,2,1,201\r\n\
                3-1-301,95.00,孙八,5101****0005,,1,301\r\n\
                1-1-105,88.00,周九,5101****0006,1,1,105\r\n";
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(text);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err(), "really GB18030 bytes");
    let (decoded, _, malformed) = encoding_rs::GB18030.decode(&bytes);
    assert!(!malformed);

    let found = inspect(&csv_sheet("", &decoded)).unwrap();
    assert_eq!(found.missing, vec![]);
    assert_eq!(
        found.mapping.combined_flat, None,
        "separate columns win over the combined one"
    );
    let roster = parse_roster(&decoded).unwrap();
    let labels: Vec<String> = roster.rows.iter().map(|r| r.label()).collect();
    assert_eq!(labels, ["1-1-101", "2-1-201", "1-1-105"]);
    assert_eq!(
        roster.rows[0].area.counted(),
        Some((CentiM2(8_950), AreaSource::Registered))
    );
    assert_eq!(names(&roster.rows[0].ownership), [("王伟", "5101****1234")]);
    assert_eq!(
        roster.problems,
        vec![
            (3, LineProblem::BadArea("abc".into())),
            (4, LineProblem::Missing(Column::OwnerNames)),
            (5, LineProblem::OwnersAndIdsDiffer { names: 2, ids: 1 }),
            (
                6,
                LineProblem::Duplicate {
                    label: "1-1-101".into(),
                    first_line: 2
                }
            ),
            (8, LineProblem::Missing(Column::Building)),
        ]
    );
}

#[test]
fn a_combined_flat_number_is_split_in_every_form_people_write_it() {
    let text = "房屋坐落,业主姓名,证件号码,建筑面积\n\
                1-1-101,王伟,5101****0001,80\n\
                1栋1单元102室,李娜,5101****0002,80\n\
                12号楼3单元1501,张三,5101****0003,80\n\
                １－２－２０１,李四,5101****0004,80\n\
                东区商铺3,王五,5101****0005,80\n\
                ,赵六,5101****0006,80\n";
    let found = inspect(&csv_sheet("", text)).unwrap();
    assert_eq!(found.mapping.combined_flat, Some(0));
    assert_eq!(found.missing, vec![]);
    let roster = parse_roster(text).unwrap();
    let labels: Vec<String> = roster.rows.iter().map(|r| r.label()).collect();
    assert_eq!(labels, ["1-1-101", "1-1-102", "12-3-1501", "1-2-201"]);
    assert_eq!(
        (
            roster.rows[2].building.as_str(),
            roster.rows[2].unit.as_str(),
            roster.rows[2].room.as_str()
        ),
        ("12", "3", "1501")
    );
    assert_eq!(
        roster.problems,
        vec![
            (6, LineProblem::BadFlat("东区商铺3".into())),
            (7, LineProblem::Missing(Column::Building)),
        ]
    );

    // A building column of its own is used; unit and room still come from the combined one.
    let partial =
        "楼栋,房屋编号,业主姓名,证件号码,建筑面积\n东区1栋,1-2-301,王伟,5101****0001,80\n";
    let roster = parse_roster(partial).unwrap();
    assert_eq!(roster.problems, vec![]);
    assert_eq!(roster.rows[0].label(), "东区1-2-301");
}

#[test]
fn odd_values_totals_rows_trailing_columns_and_blank_lines() {
    let text = "楼栋,单元,房号,业主姓名,证件号码,建筑面积,居住人数,,\n\
                1,1,101,王伟，李娜,5101****1234，5101****5678,89.5㎡,3\n\
                1,1,102,\"张三,李四\",\"5101****0001,5101****0002\",８９.５,\n\
                \n\
                1,1,103,王五/赵六,5101****0003/5101****0004,89.50平方米\n\
                1,1,104,钱七;孙八,5101****0005;5101****0006,89.5 m²,,,\n\
                1,1,105,周九；吴十,5101****0007；5101****0008,89.5m2,2人\n\
                1,1,106,郑一,5101****0009,89.5,1,,,多出的一格\n\
                1,1,107,冯二,5101****0010\n\
                合计,,,,,537.00,\n";
    let roster = parse_roster(text).unwrap();
    let labels: Vec<String> = roster.rows.iter().map(|r| r.label()).collect();
    assert_eq!(
        labels,
        ["1-1-101", "1-1-102", "1-1-103", "1-1-104", "1-1-105"]
    );
    assert!(roster
        .rows
        .iter()
        .all(|r| r.area.registered == Some(CentiM2(8_950))));
    assert_eq!(roster.total_area(), CentiM2(5 * 8_950));
    for row in &roster.rows {
        assert_eq!(names(&row.ownership).len(), 2, "line {}", row.line);
    }
    assert_eq!(
        names(&roster.rows[1].ownership),
        [("张三", "5101****0001"), ("李四", "5101****0002")]
    );
    let residents: Vec<Option<u32>> = roster.rows.iter().map(|r| r.residents).collect();
    assert_eq!(residents, [Some(3), None, None, None, Some(2)]);
    assert_eq!(
        roster.totals,
        vec![10],
        "the totals row is left out, not refused"
    );
    assert_eq!(
        roster.problems,
        vec![
            (
                8,
                LineProblem::FieldCount {
                    expected: 7,
                    found: 10
                }
            ),
            (
                9,
                LineProblem::FieldCount {
                    expected: 7,
                    found: 5
                }
            ),
        ]
    );
}

/// A roster whose area column has a name no alias knows.
const UNKNOWN_AREA: &str = "楼栋,单元,房号,业主姓名,证件号码,核定面积\n\
                            1,1,101,王伟,5101****0001,89.5\n\
                            1,1,102,李娜,5101****0002,\n\
                            1,1,103,张三,5101****0003,90\n\
                            1,1,104,李四,5101****0004,95.25\n\
                            1,1,105,王五,5101****0005,96\n";

#[test]
fn an_unknown_column_goes_to_the_mapping_step_with_samples_and_reads_once_mapped() {
    let sheet = csv_sheet("", UNKNOWN_AREA);
    assert_eq!(
        read_sheet(&sheet),
        Err(RosterError::MissingColumns {
            line: 1,
            columns: vec![Column::Area]
        })
    );
    let found = inspect(&sheet).unwrap();
    assert_eq!(found.missing, vec![Column::Area]);
    assert_eq!(found.mapping.fields.len(), 5);
    let column = &found.columns[5];
    assert_eq!((column.index, column.header.as_str()), (5, "核定面积"));
    assert_eq!(
        column.samples,
        vec!["89.5", "90", "95.25"],
        "blank cells are no samples"
    );

    // The person maps 核定面积 to the area; the app keeps the mapping as JSON.
    let mut mapping = found.mapping.clone();
    mapping.fields.insert(Column::Area, 5);
    let json = serde_json::to_string(&mapping).unwrap();
    let mapping: Mapping = serde_json::from_str(&json).unwrap();
    assert!(mapping.missing().is_empty());
    let mapped = read_with(&sheet, &mapping).unwrap();
    assert_eq!(mapped.rows.len(), 4);
    assert_eq!(
        mapped.problems,
        vec![(3, LineProblem::Missing(Column::Area))]
    );
    // The problem names the column as the file heads it, not by the app's word for the field.
    assert_eq!(mapping.heading(&sheet, Column::Area), Some("核定面积"));
    assert_eq!(
        mapping.heading(&sheet, Column::OwnerNames),
        Some("业主姓名")
    );
    assert_eq!(mapping.heading(&sheet, Column::Residents), None);
    assert_eq!(mapped.total_area(), CentiM2(8_950 + 9_000 + 9_525 + 9_600));

    // The same rows as the file with a header the reader knows.
    let known = parse_roster(&UNKNOWN_AREA.replace("核定面积", "建筑面积")).unwrap();
    assert_eq!(mapped, known);
}

#[test]
fn reading_with_the_found_mapping_gives_what_auto_detection_gives() {
    let text = "业主名册\n楼栋,单元,房号,业主,证件号码,面积依据,房屋面积,人数\n\
                3,1,101,王伟,5101****1,实测,90,2\n3,1,102,李娜,5101****2,,abc,\n合计,,,,,,90,\n";
    let sheet = csv_sheet("", text);
    let found = inspect(&sheet).unwrap();
    let auto = read_sheet(&sheet).unwrap();
    assert_eq!(read_with(&sheet, &found.mapping).unwrap(), auto);
    assert_eq!(auto.rows.len(), 1);
    assert_eq!(auto.problems, vec![(4, LineProblem::BadArea("abc".into()))]);
    assert_eq!(auto.totals, vec![5]);
}

#[test]
fn a_remembered_mapping_is_checked_against_the_next_file() {
    let sheet = csv_sheet("", UNKNOWN_AREA);
    let mut mapping = inspect(&sheet).unwrap().mapping;
    mapping.fields.insert(Column::Area, 5);

    // The next month's file: a title row above, units in the header, an added column.
    let next = format!(
        "北苑小区业主名册\n{}",
        UNKNOWN_AREA
            .replacen("核定面积", "核定面积（㎡）,备注", 1)
            .replace(
                "\n1,1,101,王伟,5101****0001,89.5\n",
                "\n1,1,101,王伟,5101****0001,89.5,已售\n"
            )
    );
    let next = csv_sheet("", &next);
    let fitted = mapping.fit(&next).unwrap();
    assert_eq!(fitted.header_line, 2);
    assert_eq!(fitted.fields, mapping.fields);
    let roster = read_with(&next, &fitted).unwrap();
    assert_eq!(roster.rows.len(), 4);
    assert_eq!(roster.rows[0].line, 3);
    assert_eq!(
        inspect(&next).unwrap().shape,
        format!("{}|备注", mapping.shape()),
        "an added column is another shape; the app finds no remembered mapping under it"
    );

    // The area column renamed: the mapping no longer fits, and says where.
    let renamed = csv_sheet("", &UNKNOWN_AREA.replace("核定面积", "测量面积"));
    assert_eq!(
        mapping.fit(&renamed),
        Err(Misfit::HeaderChanged {
            mapped: Mapped::Field(Column::Area),
            index: 5,
            expected: "核定面积".into(),
            found: "测量面积".into(),
        })
    );

    // The area column gone.
    let narrower = csv_sheet(
        "",
        "楼栋,单元,房号,业主姓名,证件号码\n1,1,101,王伟,5101****0001\n",
    );
    let out = Misfit::ColumnOutOfRange {
        mapped: Mapped::Field(Column::Area),
        index: 5,
        columns: 5,
    };
    assert_eq!(mapping.fit(&narrower), Err(out.clone()));
    assert_eq!(
        read_with(&narrower, &mapping),
        Err(RosterError::Misfit(out))
    );
    assert_eq!(
        read_with(&csv_sheet("", "\n\n楼栋,单元\n"), &mapping),
        Err(RosterError::Misfit(Misfit::NoHeaderRow { line: 1 }))
    );
}

#[test]
fn a_header_of_unknown_names_is_still_found_for_the_mapping_step() {
    let text = "物业收费台账\nA,B,C,D,E,F\n1,1,101,王伟,5101****0001,90\n";
    let found = inspect(&csv_sheet("", text)).unwrap();
    assert_eq!(
        found.mapping.header_line, 2,
        "the row with the most cells, not the title"
    );
    assert_eq!(found.missing, Column::REQUIRED.to_vec());
    assert_eq!(found.columns[3].samples, vec!["王伟"]);
}
