//! The register going out: the export the roster import reads back flat for flat, and the
//! sign-in sheet's pages.

use gongzhi_core::fixtures::demo;
use gongzhi_core::registry::register::{export_cells, lines, sign_in_pages};
use gongzhi_core::registry::roster::parse_roster;
use gongzhi_core::registry::sheet::to_csv;
use gongzhi_core::{DeviceKey, Record};

const NOW: i64 = 1_764_000_000_000;

fn demo_record() -> (Record, demo::Demo) {
    let mut record = Record::new();
    let mut batch = record.batch(&DeviceKey::from_seed([9; 32]), NOW, "secretary");
    let made = demo::jinyang(&mut batch, "社区办公室", NOW).expect("the demo follows the rules");
    let events = batch.into_events();
    record.commit_all(events).expect("commits whole");
    (record, made)
}

const HEADER: [&str; 10] = [
    "楼栋",
    "单元",
    "房号",
    "业主姓名",
    "证件号码",
    "建筑面积（㎡）",
    "面积依据",
    "居住人数",
    "住户码",
    "小区",
];

fn source(s: gongzhi_core::model::AreaSource) -> String {
    use gongzhi_core::model::AreaSource::*;
    match s {
        Registered => "不动产登记",
        Surveyed => "实测",
        Contract => "合同",
    }
    .to_string()
}

#[test]
fn an_exported_compound_reads_back_as_the_same_flats_owners_and_areas() {
    let (record, made) = demo_record();
    let state = record.state();
    for compound in &made.compounds {
        let register = lines(state, Some(*compound));
        assert!(!register.is_empty());
        let mut rows = vec![HEADER.map(str::to_string)];
        rows.extend(register.iter().map(|l| export_cells(l, source)));
        let roster = parse_roster(&to_csv(&rows)).expect("the export is a roster");
        assert!(roster.problems.is_empty(), "{:?}", roster.problems);
        assert_eq!(roster.rows.len(), register.len());
        for (read, flat) in roster.rows.iter().zip(&register) {
            let h = &state.households[&flat.household];
            assert_eq!(read.label(), h.label);
            assert_eq!(read.ownership, h.ownership, "{}", h.label);
            assert_eq!(read.area.counted(), h.area.counted(), "{}", h.label);
            assert_eq!(read.residents, Some(h.residents), "{}", h.label);
        }
    }
}

#[test]
fn flats_come_in_walking_order_and_the_sign_in_sheet_has_a_page_per_building() {
    let (record, made) = demo_record();
    let state = record.state();
    let compound = made.compounds[0];
    let register = lines(state, Some(compound));
    for pair in register.windows(2) {
        let key = |l: &gongzhi_core::registry::register::RegisterLine| {
            let n = |s: &str| s.parse::<u64>().unwrap_or(u64::MAX);
            (n(&l.building), n(&l.unit), n(&l.room))
        };
        assert!(
            key(&pair[0]) <= key(&pair[1]),
            "{} then {}",
            pair[0].label,
            pair[1].label
        );
    }
    let pages = sign_in_pages(state, compound, None);
    let buildings: std::collections::BTreeSet<_> = register.iter().map(|l| &l.building).collect();
    assert_eq!(pages.len(), buildings.len());
    assert_eq!(
        pages.iter().map(|p| p.lines.len()).sum::<usize>(),
        register.len()
    );
    for page in &pages {
        assert!(page.lines.iter().all(|l| l.building == page.building));
        let area: u64 = page
            .lines
            .iter()
            .filter_map(|l| l.area)
            .map(|(a, _)| a.0)
            .sum();
        assert_eq!(page.area.0, area);
    }
    let first = state.households[&pages[0].lines[0].household].building;
    let one = sign_in_pages(state, compound, Some(first));
    assert_eq!(one, pages[..1].to_vec());
}
