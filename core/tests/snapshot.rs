//! Snapshot files: exact round trip, every refusal with its own message, and no panic on any
//! input.

mod common;

use common::*;
use gongzhi_core::record::snapshot::{export, import, Limits, Scope, Snapshot, SnapshotError};
use gongzhi_core::{EventId, IntegrityError, VoteId};
use proptest::prelude::*;
use serde_json::Value;

fn fixture_bytes() -> (Vec<u8>, Snapshot) {
    let (mut record, keys) = every_kind();
    let s = export(&mut record, &keys[0], T0 + DAY, Scope::Community);
    (s.to_json(), s)
}

fn edited(f: impl FnOnce(&mut Value)) -> Vec<u8> {
    let (bytes, _) = fixture_bytes();
    let mut v: Value = serde_json::from_slice(&bytes).unwrap();
    f(&mut v);
    serde_json::to_vec(&v).unwrap()
}

/// Recomputes the digest after an edit, so the test reaches the check behind it.
fn redigest(v: &mut Value) {
    let mut s: Snapshot = serde_json::from_value(v.clone()).unwrap();
    s.digest = s.computed_digest();
    *v = serde_json::to_value(s).unwrap();
}

#[test]
fn save_then_load_gives_the_same_record_and_state() {
    let (mut record, keys) = every_kind();
    let s = export(&mut record, &keys[1], T0 + DAY, Scope::Community);
    let loaded = import(&s.to_json(), &Limits::default()).unwrap();
    assert_eq!(loaded, s);
    let back = loaded.into_record().unwrap();
    assert_eq!(back, record);
    assert_eq!(back.state(), record.state());
    // Writing it again gives the same bytes.
    let mut again = back;
    assert_eq!(
        export(&mut again, &keys[1], T0 + DAY, Scope::Community).to_json(),
        s.to_json()
    );
}

#[test]
fn a_newer_version_is_refused_with_a_clear_message() {
    let bytes = edited(|v| {
        v["version"] = Value::from(2);
        v["something_new"] = Value::from(true);
    });
    let err = import(&bytes, &Limits::default()).unwrap_err();
    assert_eq!(
        err,
        SnapshotError::NewerVersion {
            found: 2,
            supported: 1
        }
    );
    assert_eq!(
        err.to_string(),
        "this snapshot was made by a newer version of Gongzhi (format version 2; this app reads up to 1); please update the app"
    );
    let old = edited(|v| v["version"] = Value::from(0));
    assert_eq!(
        import(&old, &Limits::default()).unwrap_err(),
        SnapshotError::OlderVersion { found: 0 }
    );
}

#[test]
fn other_json_is_not_a_snapshot_and_garbage_is_unreadable() {
    assert_eq!(
        import(br#"{"name":"x"}"#, &Limits::default()).unwrap_err(),
        SnapshotError::NotASnapshot
    );
    let wrong = edited(|v| v["format"] = Value::from("other"));
    assert_eq!(
        import(&wrong, &Limits::default()).unwrap_err(),
        SnapshotError::NotASnapshot
    );
    let err = import(b"{\n  \"format\": ", &Limits::default()).unwrap_err();
    assert!(
        matches!(err, SnapshotError::Unreadable { line: 2, .. }),
        "{err:?}"
    );
    let extra = edited(|v| v["extra"] = Value::from(1));
    assert!(matches!(
        import(&extra, &Limits::default()).unwrap_err(),
        SnapshotError::Unreadable { .. }
    ));
}

#[test]
fn a_changed_file_fails_on_its_digest_or_its_chain() {
    let digest = edited(|v| v["exported_at_ms"] = Value::from(0));
    assert_eq!(
        import(&digest, &Limits::default()).unwrap_err(),
        SnapshotError::DigestMismatch
    );
    let author = edited(|v| {
        v["events"][4]["author"] = Value::from("mallory");
        redigest(v);
    });
    let (_, s) = fixture_bytes();
    assert_eq!(
        import(&author, &Limits::default()).unwrap_err(),
        SnapshotError::Integrity(IntegrityError::Altered {
            event: s.events[4].id
        })
    );
}

#[test]
fn a_vote_scope_must_name_a_vote_in_the_file() {
    let (mut record, keys) = every_kind();
    let vote = *record.state().votes.keys().next().unwrap();
    let s = export(&mut record, &keys[0], T0, Scope::Vote { vote });
    assert_eq!(
        import(&s.to_json(), &Limits::default()).unwrap().scope,
        Scope::Vote { vote }
    );
    let not_a_vote = VoteId(EventId {
        device: keys[0].device(),
        seq: 1,
    });
    let s = export(&mut record, &keys[0], T0, Scope::Vote { vote: not_a_vote });
    assert_eq!(
        import(&s.to_json(), &Limits::default()).unwrap_err(),
        SnapshotError::ScopeVoteMissing { vote: not_a_vote }
    );
}

#[test]
fn each_limit_is_enforced_with_its_own_error() {
    let (bytes, s) = fixture_bytes();
    let base = Limits::default();
    let n = s.events.len();
    assert!(import(
        &bytes,
        &Limits {
            max_bytes: bytes.len(),
            ..base
        }
    )
    .is_ok());
    assert_eq!(
        import(
            &bytes,
            &Limits {
                max_bytes: bytes.len() - 1,
                ..base
            }
        )
        .unwrap_err(),
        SnapshotError::TooLarge {
            bytes: bytes.len(),
            max: bytes.len() - 1
        }
    );
    assert!(import(
        &bytes,
        &Limits {
            max_events: n,
            ..base
        }
    )
    .is_ok());
    assert_eq!(
        import(
            &bytes,
            &Limits {
                max_events: n - 1,
                ..base
            }
        )
        .unwrap_err(),
        SnapshotError::TooManyEvents { max: n - 1 }
    );
    assert!(import(
        &bytes,
        &Limits {
            max_depth: 7,
            ..base
        }
    )
    .is_ok());
    assert_eq!(
        import(
            &bytes,
            &Limits {
                max_depth: 6,
                ..base
            }
        )
        .unwrap_err(),
        SnapshotError::TooDeep { max: 6 }
    );
    // The longest strings are the 128-digit head signatures.
    assert!(import(
        &bytes,
        &Limits {
            max_string_bytes: 128,
            ..base
        }
    )
    .is_ok());
    assert_eq!(
        import(
            &bytes,
            &Limits {
                max_string_bytes: 127,
                ..base
            }
        )
        .unwrap_err(),
        SnapshotError::StringTooLong { max: 127 }
    );
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        import(deep.as_bytes(), &base).unwrap_err(),
        SnapshotError::TooDeep {
            max: base.max_depth
        }
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn import_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = import(&bytes, &Limits::default());
    }

    #[test]
    fn import_never_panics_on_a_damaged_snapshot(flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4)) {
        let (mut bytes, _) = FIXTURE.with(|f| f.clone());
        for (i, b) in flips {
            let at = i.index(bytes.len());
            bytes[at] = b;
        }
        let _ = import(&bytes, &Limits::default());
    }
}

thread_local! {
    static FIXTURE: (Vec<u8>, Snapshot) = fixture_bytes();
}

#[test]
fn the_published_schema_lists_exactly_the_payload_kinds() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../public/snapshot.schema.json"
    );
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let listed: std::collections::BTreeSet<String> = schema["$defs"]["payload"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            p["properties"]["type"]["const"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let (_, s) = fixture_bytes();
    let used: std::collections::BTreeSet<String> = s
        .events
        .iter()
        .map(|e| {
            serde_json::to_value(&e.payload).unwrap()["type"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(listed, used);
    // Every field the fixture writes is one the schema declares.
    for e in &s.events {
        let p = serde_json::to_value(&e.payload).unwrap();
        let def = schema["$defs"]["payload"]["oneOf"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["title"] == p["type"])
            .unwrap();
        for key in p.as_object().unwrap().keys() {
            assert!(
                def["properties"].get(key).is_some(),
                "{} lacks {key}",
                p["type"]
            );
        }
        // Fields added later are written only when set, so they are declared but not required.
        for key in def["required"].as_array().unwrap() {
            let key = key.as_str().unwrap();
            assert!(p.get(key).is_some(), "{} must write {key}", p["type"]);
        }
    }
}

#[test]
fn file_names_carry_community_scope_and_the_date_in_china() {
    use gongzhi_core::record::snapshot::file_name;
    use gongzhi_core::time::cst_to_unix_ms;
    // 23:30 on 30 April UTC is already 1 May in Chengdu.
    let late = cst_to_unix_ms(2025, 5, 1, 7, 30);
    assert_eq!(
        file_name("晋阳社区", "all", late),
        "gongzhi-晋阳社区-all-2025-05-01.json"
    );
    assert_eq!(
        file_name(" a/b:c ", "vote 7", late),
        "gongzhi-a-b-c-vote-7-2025-05-01.json"
    );
    assert_eq!(
        file_name("", "all", late),
        "gongzhi-community-all-2025-05-01.json"
    );
}
