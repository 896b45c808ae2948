//! Import must refuse bad input with an error, never panic, whatever the bytes.
#![no_main]

use gongzhi_core::snapshot::{import, Limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Small limits keep each run fast and exercise every limit's error path.
    let limits = Limits { max_bytes: 1 << 20, max_events: 64, max_string_bytes: 4096, max_depth: 16 };
    if let Ok(snapshot) = import(data, &limits) {
        // Anything accepted must also load as a record.
        let _ = snapshot.into_record();
    }
});
