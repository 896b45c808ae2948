//! Writes the end-to-end tests' super-compound: the benchmark community (10,000 households,
//! 100,000 ballots, about 110,000 events) as a community file, plus a clerk's kiosk whose key
//! the test installs in the browser and an owners' vote open until 2099, so the test can record
//! a ballot on a device that holds the whole community.
//!
//! `cargo run -p gongzhi-core --example e2e_super_compound -- OUT.json`

use gongzhi_core::fixtures::dataset::{generate, Spec};
use gongzhi_core::log::keys::DeviceKey;
use gongzhi_core::log::payload::Payload;
use gongzhi_core::model::{Scope, VoteKind};
use gongzhi_core::record::snapshot::{self, Scope as FileScope};
use gongzhi_core::rules::authority::DeviceRole;
use gongzhi_core::time::cst_to_unix_ms;

/// The kiosk's key seed; tests/e2e/specs/super-compound.spec.ts writes the same bytes.
const KIOSK_SEED: [u8; 32] = [7; 32];
const VOTE_TITLE: &str = "超大社区加装电梯表决";

fn main() {
    let out = std::env::args()
        .nth(1)
        .expect("usage: e2e_super_compound OUT.json");
    let data = generate(Spec::super_compound());
    let mut record = data.record;
    let admin = &data.keys[0];
    let last_ms = record.events().map(|e| e.wall_ms).max().unwrap_or(0);
    let mut at = last_ms;
    let mut put = |record: &mut gongzhi_core::Record, payload: Payload| {
        at += 60_000;
        record
            .submit(admin, at, "社区 admin", payload)
            .expect("the fixture writes valid events")
    };
    put(
        &mut record,
        Payload::DeviceTrusted {
            device: DeviceKey::from_seed(KIOSK_SEED).device(),
            label: "服务中心 kiosk".into(),
            admin: false,
            role: Some(DeviceRole::Clerk),
            household: None,
        },
    );
    put(
        &mut record,
        Payload::VoteOpened {
            title: VOTE_TITLE.into(),
            kind: VoteKind::Owners {
                matter: 4,
                scope: Scope::Community,
            },
            proposal: None,
            closes_ms: cst_to_unix_ms(2099, 12, 31, 18, 0),
        },
    );
    let file = snapshot::export(&mut record, admin, at + 60_000, FileScope::Community);
    std::fs::write(&out, file.to_json()).expect("writes the file");
    println!("{out}: {} events", record.len());
}
