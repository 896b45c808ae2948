//! The durable write path: prepare an event, store it, then commit it.

use gongzhi_core::log::payload::Payload;
use gongzhi_core::{DeviceKey, Record, Refusal};

fn founded(name: &str) -> Payload {
    Payload::CommunityFounded {
        name: name.into(),
        device_label: "北苑 kiosk 1".into(),
    }
}

#[test]
fn prepare_changes_nothing_and_commit_appends_exactly_that_event() {
    let key = DeviceKey::from_seed([5; 32]);
    let mut record = Record::new();
    let event = record
        .prepare(&key, 1_000, "secretary", founded("晋阳社区"))
        .unwrap();
    assert!(record.is_empty());
    assert!(record.state().community.is_none());
    let id = record.commit(event.clone()).unwrap();
    assert_eq!(record.get(&id), Some(&event));
    assert_eq!(record.state().community.as_ref().unwrap().name, "晋阳社区");

    let mut submitted = Record::new();
    submitted
        .submit(&key, 1_000, "secretary", founded("晋阳社区"))
        .unwrap();
    assert_eq!(submitted, record);
}

#[test]
fn a_prepared_event_overtaken_by_another_commit_is_out_of_date() {
    let key = DeviceKey::from_seed([5; 32]);
    let mut record = Record::new();
    let first = record
        .prepare(&key, 1_000, "a", founded("晋阳社区"))
        .unwrap();
    let rival = record
        .prepare(&key, 1_001, "b", founded("和美社区"))
        .unwrap();
    record.commit(rival).unwrap();
    assert_eq!(record.commit(first), Err(Refusal::OutOfDate));
    assert_eq!(record.len(), 1);
    assert_eq!(record.state().community.as_ref().unwrap().name, "和美社区");
}

#[test]
fn an_invalid_command_is_refused_at_prepare() {
    let key = DeviceKey::from_seed([5; 32]);
    let mut record = Record::new();
    record
        .submit(&key, 1_000, "a", founded("晋阳社区"))
        .unwrap();
    let again = record.prepare(&key, 1_001, "a", founded("晋阳社区"));
    assert!(again.is_err());
    assert_eq!(record.len(), 1);
}
