//! A roster file (CSV as property software exports it) must be read into rows and problems, and
//! a read roster (of up to four rows) must be checked by the rules as one batch, never panicking,
//! whatever the bytes.
#![no_main]

use std::sync::OnceLock;

use gongzhi_core::roster::{apply_changes, changes, parse_roster, Groups};
use gongzhi_core::{DeviceKey, EventId, Payload, Record};
use libfuzzer_sys::fuzz_target;

/// A community with one compound, for the confirmed import to land in.
fn base() -> &'static (Record, EventId) {
    static BASE: OnceLock<(Record, EventId)> = OnceLock::new();
    BASE.get_or_init(|| {
        let key = DeviceKey::from_seed([3; 32]);
        let mut record = Record::new();
        let founded = Payload::CommunityFounded { name: "晋阳社区".into(), device_label: "fuzz".into() };
        record.submit(&key, 0, "fuzz", founded).unwrap();
        let compound = record
            .submit(&key, 0, "fuzz", Payload::CompoundAdded { name: "北苑小区".into() })
            .unwrap();
        (record, compound)
    })
}

fuzz_target!(|data: &[u8]| {
    // The app decodes UTF-8 strictly and falls back to GB18030; either way the core sees text.
    let text = String::from_utf8_lossy(data);
    let Ok(roster) = parse_roster(&text) else {
        return;
    };
    // Signing every event of a large roster would slow the search a hundredfold; a few rows
    // reach every rule the batch applies (new buildings and units, duplicates, co-owners).
    if roster.rows.len() > 4 {
        return;
    }
    let (record, compound) = base();
    let key = DeviceKey::from_seed([3; 32]);
    let mut batch = record.batch(&key, 1, "fuzz");
    let found = changes(batch.state(), *compound, &roster.rows);
    let _ = apply_changes(&mut batch, *compound, &found, Groups::ALL);
});
