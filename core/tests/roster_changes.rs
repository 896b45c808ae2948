//! Keeping the register current: a newer roster of a compound against the register built from
//! an older one, the changes recorded by group, and a flat's history.

mod common;

use common::{forged_chain, key, owners, registered, Town, T0};
use gongzhi_core::model::AreaFigures;
use gongzhi_core::registry::flat_history::{flat_history, Before, FlatStep};
use gongzhi_core::registry::roster::{
    apply_changes, changes, parse_roster, Applied, Changes, Groups,
};
use gongzhi_core::{CentiM2, HouseholdId, Payload};

const OLDER: &str = "楼栋,单元,房号,业主姓名,证件号码,建筑面积,居住人数\n\
                     1,1,101,王伟,5101****0001,89.50,3\n\
                     1,1,102,李娜,5101****0002,90.00,2\n\
                     1,1,103,张三,5101****0003,95.00,1\n\
                     1,1,104,赵六,5101****0004,80.00,4\n";

/// A month later: 102 sold, 103's area corrected, 101 has one more resident, 104 left out and
/// a flat in a new building.
const NEWER: &str = "楼栋,单元,房号,业主姓名,证件号码,建筑面积,居住人数\n\
                     1,1,101,王伟,5101****0001,89.50,4\n\
                     1,1,102,钱七,5101****0007,90.00,2\n\
                     1,1,103,张三,5101****0003,95.30,1\n\
                     2,1,201,孙八,5101****0008,70.00,2\n";

fn import(town: &mut Town, text: &str, groups: Groups, at: i64) -> (Changes, Applied) {
    let rows = parse_roster(text).unwrap().rows;
    let mut batch = town.record.batch(&town.admin, at, "秘书");
    let found = changes(batch.state(), town.compound, &rows);
    let applied = apply_changes(&mut batch, town.compound, &found, groups).unwrap();
    town.record.commit_all(batch.into_events()).unwrap();
    (found, applied)
}

fn id_of(town: &Town, label: &str) -> HouseholdId {
    *town
        .record
        .state()
        .households
        .iter()
        .find(|(_, h)| h.compound == town.compound && h.label == label)
        .unwrap_or_else(|| panic!("{label} registered"))
        .0
}

/// Town::new(1) already has building 1 with units 1 and 2: the import reuses them.
fn registered_from_older() -> Town {
    let mut town = Town::new(1);
    let (found, applied) = import(&mut town, OLDER, Groups::ALL, T0);
    assert_eq!(found.new_flats.len(), 4);
    assert_eq!(
        applied,
        Applied {
            buildings: 0,
            units: 0,
            households: 4,
            changed: 0
        }
    );
    town
}

#[test]
fn a_newer_roster_gives_the_exact_changes_per_flat() {
    let town = registered_from_older();
    let rows = parse_roster(NEWER).unwrap().rows;
    let found = changes(town.record.state(), town.compound, &rows);
    let (h101, h102, h103, h104) = (
        id_of(&town, "1-1-101"),
        id_of(&town, "1-1-102"),
        id_of(&town, "1-1-103"),
        id_of(&town, "1-1-104"),
    );
    let labels: Vec<String> = found.new_flats.iter().map(|r| r.label()).collect();
    assert_eq!(labels, ["2-1-201"]);
    assert_eq!(found.owners.len(), 1);
    let sold = &found.owners[0];
    assert_eq!(
        (sold.household, sold.label.as_str(), sold.line),
        (h102, "1-1-102", 3)
    );
    assert_eq!(sold.before, owners(&[("李娜", "5101****0002")]));
    assert_eq!(sold.after, owners(&[("钱七", "5101****0007")]));
    assert_eq!(found.areas.len(), 1);
    let corrected = &found.areas[0];
    assert_eq!((corrected.household, corrected.line), (h103, 4));
    assert_eq!(corrected.before, registered(9_500));
    assert_eq!(corrected.after, registered(9_530));
    assert_eq!(found.residents.len(), 1);
    assert_eq!(
        (
            found.residents[0].household,
            found.residents[0].before,
            found.residents[0].after
        ),
        (h101, 3, 4)
    );
    assert_eq!(found.missing, vec![(h104, "1-1-104".to_string())]);
    assert_eq!(found.unchanged, 0, "101, 102 and 103 each changed");

    // Without a residents column nothing is said about residents.
    let no_residents: String = NEWER
        .lines()
        .map(|l| l.rsplit_once(',').unwrap().0.to_string() + "\n")
        .collect();
    let rows = parse_roster(&no_residents).unwrap().rows;
    let found = changes(town.record.state(), town.compound, &rows);
    assert!(found.residents.is_empty());
    assert_eq!(found.unchanged, 1, "101 is unchanged then");
}

#[test]
fn every_group_applied_brings_the_register_to_the_file_and_keeps_missing_flats() {
    let mut town = registered_from_older();
    let (_, applied) = import(&mut town, NEWER, Groups::ALL, T0 + 1);
    assert_eq!(
        applied,
        Applied {
            buildings: 1,
            units: 1,
            households: 1,
            changed: 3
        }
    );
    let state = town.record.state();
    let h = |label: &str| &state.households[&id_of(&town, label)];
    assert_eq!(h("1-1-101").residents, 4);
    assert_eq!(h("1-1-102").ownership, owners(&[("钱七", "5101****0007")]));
    assert_eq!(h("1-1-103").area, registered(9_530));
    assert_eq!(h("2-1-201").area, registered(7_000));
    assert_eq!(
        h("1-1-104").ownership,
        owners(&[("赵六", "5101****0004")]),
        "a flat the file left out stays"
    );
    assert_eq!(state.households.len(), 5);

    // The same file again records nothing.
    let events = town.record.len();
    let (found, applied) = import(&mut town, NEWER, Groups::ALL, T0 + 2);
    assert!(found.is_empty());
    assert_eq!(found.unchanged, 4);
    assert_eq!(applied, Applied::default());
    assert_eq!(town.record.len(), events);
}

#[test]
fn only_the_chosen_groups_are_applied() {
    let mut town = registered_from_older();
    let groups = Groups {
        new_flats: true,
        areas: true,
        owners: false,
        residents: false,
    };
    let (_, applied) = import(&mut town, NEWER, groups, T0 + 1);
    assert_eq!((applied.households, applied.changed), (1, 1));
    let state = town.record.state();
    let h = |label: &str| &state.households[&id_of(&town, label)];
    assert_eq!(h("1-1-101").residents, 3);
    assert_eq!(h("1-1-102").ownership, owners(&[("李娜", "5101****0002")]));
    assert_eq!(h("1-1-103").area, registered(9_530));
    assert_eq!(h("2-1-201").residents, 2);

    // What was not applied is still a change next time; what was is not.
    let rows = parse_roster(NEWER).unwrap().rows;
    let found = changes(town.record.state(), town.compound, &rows);
    assert!(found.new_flats.is_empty() && found.areas.is_empty());
    assert_eq!((found.owners.len(), found.residents.len()), (1, 1));
}

#[test]
fn a_surveyed_figure_is_added_beside_the_registered_one() {
    let mut town = registered_from_older();
    let surveyed = "楼栋,单元,房号,业主姓名,证件号码,实测面积\n1,1,103,张三,5101****0003,96.10\n";
    let (found, _) = import(&mut town, surveyed, Groups::ALL, T0 + 1);
    let after = AreaFigures {
        registered: Some(CentiM2(9_500)),
        surveyed: Some(CentiM2(9_610)),
        contract: None,
    };
    assert_eq!(found.areas[0].after, after);
    assert_eq!(
        town.record.state().households[&id_of(&town, "1-1-103")].area,
        after
    );
}

#[test]
fn a_flats_history_lists_its_addition_and_each_counted_change_in_order() {
    let mut town = registered_from_older();
    import(&mut town, NEWER, Groups::ALL, T0 + 1_000);
    let h102 = id_of(&town, "1-1-102");
    // A change from a device nobody trusted is set aside by the rules; it is no history.
    let lamport = town.record.events().map(|e| e.lamport).max().unwrap();
    let (events, heads) = forged_chain(
        &key(66),
        vec![(
            lamport + 1,
            Payload::HouseholdChanged {
                household: h102,
                area: None,
                ownership: Some(owners(&[("冒名", "0000****0000")])),
                residents: None,
            },
        )],
    );
    town.record.merge(events, heads).unwrap();
    assert_eq!(town.record.state().rejected.len(), 1);

    let history = flat_history(&town.record, &h102);
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].event, h102.event());
    assert_eq!(
        (
            history[0].wall_ms,
            history[0].author.as_str(),
            history[0].device
        ),
        (T0, "秘书", key(1).device())
    );
    assert_eq!(
        history[0].what,
        FlatStep::Added {
            area: registered(9_000),
            ownership: owners(&[("李娜", "5101****0002")]),
            residents: 2,
        }
    );
    assert_eq!(history[1].wall_ms, T0 + 1_000);
    assert_eq!(
        history[1].what,
        FlatStep::Changed {
            area: None,
            ownership: Some(Before {
                before: owners(&[("李娜", "5101****0002")]),
                after: owners(&[("钱七", "5101****0007")]),
            }),
            residents: None,
        }
    );

    let h101 = flat_history(&town.record, &id_of(&town, "1-1-101"));
    assert!(matches!(
        &h101[1].what,
        FlatStep::Changed {
            residents: Some(Before {
                before: 3,
                after: 4
            }),
            area: None,
            ownership: None
        }
    ));
    assert_eq!(
        flat_history(&town.record, &HouseholdId(town.compound)),
        vec![]
    );
}
