//! Reading household rosters as Chinese property-management software exports them.

use std::collections::BTreeSet;

use gongzhi_core::model::{AreaSource, Ownership};
use gongzhi_core::registry::roster::{
    apply_changes, changes, parse_roster, Column, Groups, LineProblem, RosterError,
};
use gongzhi_core::{CentiM2, DeviceKey, Payload, Record};

fn gb18030_fixture() -> String {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/compound-roster-gb18030.csv"
    ))
    .unwrap();
    let (text, _, malformed) = encoding_rs::GB18030.decode(&bytes);
    assert!(!malformed);
    text.into_owned()
}

/// The file's own totals, counted without the roster reader: every area cell summed, and owners
/// as the law counts them (one per distinct name-and-ID set, all developer flats as one).
fn totals_by_hand(text: &str) -> (usize, u64, usize) {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| h.starts_with(name)).unwrap();
    let (names, ids, area) = (col("业主姓名"), col("证件号码"), col("建筑面积"));
    let mut owners = BTreeSet::new();
    let mut total = 0_u64;
    let mut rows = 0;
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split(',').collect();
        rows += 1;
        let (whole, frac) = f[area].split_once('.').unwrap();
        total += whole.parse::<u64>().unwrap() * 100 + frac.parse::<u64>().unwrap();
        if f[names].contains("开发商") {
            owners.insert(vec!["developer".to_string()]);
        } else {
            let mut set: Vec<String> = f[names]
                .split('、')
                .zip(f[ids].split('、'))
                .map(|(n, i)| format!("{n}/{i}"))
                .collect();
            set.sort();
            owners.insert(set);
        }
    }
    (rows, total, owners.len())
}

#[test]
fn the_gb18030_super_compound_roster_imports_with_the_files_totals() {
    let text = gb18030_fixture();
    let roster = parse_roster(&text).expect("a roster");
    assert_eq!(roster.problems, vec![]);
    let (rows, area, owners) = totals_by_hand(&text);
    assert_eq!(rows, 4_680);
    assert_eq!(roster.rows.len(), rows);
    assert_eq!(roster.total_area(), CentiM2(area));
    assert_eq!(roster.owners(), owners);
    assert_eq!(roster.buildings(), 40);
    assert!(
        roster.owners() < rows,
        "multi-flat owners and co-owners count once"
    );
    assert!(roster
        .rows
        .iter()
        .any(|r| matches!(r.ownership, Ownership::DeveloperHeld { .. })));
    assert!(roster
        .rows
        .iter()
        .any(|r| matches!(&r.ownership, Ownership::Owners { owners } if owners.len() > 1)));
    let sources: BTreeSet<AreaSource> = roster
        .rows
        .iter()
        .filter_map(|r| r.area.counted().map(|(_, s)| s))
        .collect();
    assert_eq!(
        sources.len(),
        3,
        "registered, surveyed and contract areas all appear"
    );
    assert_eq!(roster.rows[0].label(), "1-1-101");

    // Confirmed, it becomes the compound's register, with the same totals.
    let key = DeviceKey::from_seed([3; 32]);
    let mut record = Record::new();
    let now = 1_764_000_000_000;
    record
        .submit(
            &key,
            now,
            "秘书",
            Payload::CommunityFounded {
                name: "红湖社区".into(),
                device_label: "办公室".into(),
            },
        )
        .unwrap();
    let compound = record
        .submit(
            &key,
            now,
            "秘书",
            Payload::CompoundAdded {
                name: "红湖公园城".into(),
            },
        )
        .unwrap();
    let mut batch = record.batch(&key, now, "秘书");
    let found = changes(batch.state(), compound, &roster.rows);
    assert_eq!(found.new_flats.len(), 4_680);
    let imported = apply_changes(&mut batch, compound, &found, Groups::ALL).unwrap();
    assert_eq!(imported.households, 4_680);
    assert_eq!(imported.buildings, 40);
    record.commit_all(batch.into_events()).unwrap();
    let state = record.state();
    assert_eq!(state.households.len(), 4_680);
    let electorate = gongzhi_core::rules::owners::electorate(
        state,
        &gongzhi_core::model::Scope::Compound(compound),
    );
    assert_eq!(electorate.len(), owners);
    assert_eq!(electorate.values().map(|a| a.0).sum::<u64>(), area);

    // Importing the same file again records nothing: every flat is there, unchanged.
    let mut again = record.batch(&key, now, "秘书");
    let found = changes(again.state(), compound, &roster.rows);
    assert!(found.is_empty());
    assert_eq!((found.unchanged, found.missing.len()), (4_680, 0));
    let second = apply_changes(&mut again, compound, &found, Groups::ALL).unwrap();
    assert_eq!((second.households, second.changed), (0, 0));
    assert!(again.is_empty());
}

#[test]
fn the_utf8_roster_with_a_byte_order_mark_reads_the_same_rows() {
    let small = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/small-roster-utf8-bom.csv"
    ))
    .unwrap();
    assert!(small.starts_with('\u{feff}'));
    let small = parse_roster(&small).unwrap();
    let big = parse_roster(&gb18030_fixture()).unwrap();
    assert_eq!(small.problems, vec![]);
    assert_eq!(small.rows.len(), 60);
    assert_eq!(small.rows[..], big.rows[..60]);
}

#[test]
fn columns_in_any_order_quoted_fields_and_every_problem_with_its_line() {
    let text = "面积依据,房号,\"业主姓名\",单元,楼栋,证件号码,建筑面积（平方米）,居住人数\r\n\
                实测,101,\"王伟、李娜\",1单元,3栋,5101****1234、5101****5678,\"1,088.50\",3\r\n\
                ,102,王伟,1单元,3栋,5101****1234,90,\r\n\
                不动产登记,103,张三,1单元,3栋,5101****0001,abc,2\r\n\
                估算,104,张三,1单元,3栋,5101****0001,80,2\r\n\
                合同,105,李四、王五,1单元,3栋,5101****0002,80,2\r\n\
                合同,101,赵六,1单元,3栋,5101****0003,70,1\r\n\
                合同,106,赵六,1单元\r\n\
                合同,107,,1单元,3栋,5101****0003,70,1\r\n\
                合同,108,赵六,1单元,3栋,5101****0003,70,两\r\n";
    let roster = parse_roster(text).unwrap();
    assert_eq!(roster.rows.len(), 2);
    assert_eq!(roster.rows[0].label(), "3-1-101");
    assert_eq!(roster.rows[0].area.surveyed, Some(CentiM2(108_850)));
    assert_eq!(
        roster.rows[1].area.registered,
        Some(CentiM2(9_000)),
        "no source means registered"
    );
    assert_eq!(
        roster.owners(),
        2,
        "王伟 alone and 王伟 with 李娜 are two owners"
    );
    assert_eq!(
        roster.problems,
        vec![
            (4, LineProblem::BadArea("abc".into())),
            (5, LineProblem::BadAreaSource("估算".into())),
            (6, LineProblem::OwnersAndIdsDiffer { names: 2, ids: 1 }),
            (
                7,
                LineProblem::Duplicate {
                    label: "3-1-101".into(),
                    first_line: 2
                }
            ),
            (
                8,
                LineProblem::FieldCount {
                    expected: 8,
                    found: 4
                }
            ),
            (9, LineProblem::Missing(Column::OwnerNames)),
            (10, LineProblem::BadResidents("两".into())),
        ]
    );
}

#[test]
fn flats_written_in_full_width_or_with_their_words_get_the_registers_labels() {
    let text = "楼栋,单元,房号,业主姓名,证件号码,建筑面积\n\
                ３号楼,１单元,１０１室,王伟,5101****1234,90\n\
                3栋,1单元,101,李娜,5101****5678,90\n";
    let roster = parse_roster(text).unwrap();
    assert_eq!(roster.rows.len(), 1);
    assert_eq!(roster.rows[0].label(), "3-1-101");
    assert_eq!(
        roster.problems,
        vec![(
            3,
            LineProblem::Duplicate {
                label: "3-1-101".into(),
                first_line: 2
            }
        )]
    );
}

#[test]
fn a_file_without_the_needed_columns_is_refused_whole() {
    assert_eq!(parse_roster(""), Err(RosterError::Empty));
    assert_eq!(
        parse_roster("楼栋,单元,房号,业主姓名\n1,1,101,王伟\n"),
        Err(RosterError::MissingColumns {
            line: 1,
            columns: vec![Column::OwnerIds, Column::Area]
        })
    );
}
