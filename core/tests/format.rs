//! What a writer of snapshot files hears when a file is refused: each message names what the
//! file holds, in the writer's terms (an integer too large, a fraction, bytes that are not
//! UTF-8, a clock that does not rise, events out of order or twice), and where.

mod common;

use common::*;
use gongzhi_core::record::snapshot::{export, import, Limits, Scope, Snapshot, SnapshotError};
use gongzhi_core::{DeviceKey, Event, EventId, IntegrityError, Payload};
use serde_json::Value;

fn fixture() -> (Vec<u8>, Snapshot) {
    let (mut record, keys) = every_kind();
    let s = export(&mut record, &keys[0], T0 + DAY, Scope::Community);
    (s.to_json(), s)
}

fn refused(bytes: &[u8]) -> SnapshotError {
    import(bytes, &Limits::default()).expect_err("the file must be refused")
}

/// Writes `raw` in place of the first `"field":<number>` of the fixture, leaving every other
/// byte as it was: a typed edit could not write a number serde cannot hold.
fn with_number(field: &str, raw: &str) -> Vec<u8> {
    let (bytes, _) = fixture();
    let text = String::from_utf8(bytes).unwrap();
    let key = format!("\"{field}\":");
    let at = text.find(&key).expect("the field is in the file") + key.len();
    let end = at + text[at..].find([',', '}']).unwrap();
    format!("{}{raw}{}", &text[..at], &text[end..]).into_bytes()
}

/// Line and byte column (1-based) of a byte offset, to check what a message says.
fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    (line, offset - start + 1)
}

#[test]
fn an_integer_beyond_64_bits_is_named_as_written_with_its_field() {
    let bytes = with_number("lamport", "18446744073709551616");
    let err = refused(&bytes);
    let at = String::from_utf8_lossy(&bytes)
        .find("18446744073709551616")
        .unwrap();
    let (line, column) = line_column(&bytes, at);
    assert_eq!(
        err,
        SnapshotError::IntegerOutOfRange {
            found: "18446744073709551616".into(),
            negative: false,
            field: Some("lamport".into()),
            line,
            column,
        }
    );
    let text = err.to_string();
    assert!(
        text.contains("the integer 18446744073709551616 in field \"lamport\""),
        "{text}"
    );
    assert!(text.contains("too large"), "{text}");
    assert!(!text.contains("floating point"), "{text}");
    assert!(!text.contains("e+19"), "{text}");

    // 2^64 - 1 fits the scan; the field's own range is then named in numbers, not Rust types.
    let err = refused(&with_number("wall_ms", "18446744073709551615"));
    let text = err.to_string();
    assert!(
        text.contains("expected an integer from -9223372036854775808 to 9223372036854775807"),
        "{text}"
    );
    let err = refused(&with_number("lamport", "-1"));
    assert!(
        err.to_string()
            .contains("integer `-1`, expected an integer from 0 to 18446744073709551615"),
        "{err}"
    );
    let err = refused(&with_number("wall_ms", "-9223372036854775809"));
    assert!(matches!(
        err,
        SnapshotError::IntegerOutOfRange { negative: true, .. }
    ));
    assert!(err.to_string().contains("too small"), "{err}");
}

#[test]
fn a_fraction_or_an_exponent_is_echoed_exactly_as_written() {
    for raw in ["8.95e3", "1.0", "17460000000001E0", "-2.5"] {
        let err = refused(&with_number("wall_ms", raw));
        assert!(
            matches!(&err, SnapshotError::NotAnInteger { found, field: Some(f), .. } if found == raw && f == "wall_ms"),
            "{raw}: {err:?}"
        );
        let text = err.to_string();
        assert!(text.contains(&format!("the number {raw} ")), "{text}");
        assert!(text.contains("fraction or an exponent"), "{text}");
    }
    assert!(!refused(&with_number("wall_ms", "8.95e3"))
        .to_string()
        .contains("8950"));
}

#[test]
fn a_huge_number_is_quoted_by_its_start_and_length() {
    let digits = "9".repeat(5_000);
    let err = refused(&with_number("wall_ms", &digits));
    let text = err.to_string();
    assert!(text.contains("(5000 characters)"), "{text}");
    assert!(text.len() < 400, "{text}");
}

#[test]
fn bytes_that_are_not_utf8_are_named_with_their_offset() {
    let (bytes, _) = fixture();
    let text = String::from_utf8(bytes.clone()).unwrap();
    // The first author's text, one byte of it replaced by a lone continuation byte.
    let at = text.find("\"author\":\"").unwrap() + "\"author\":\"".len();
    let mut bad = bytes.clone();
    bad[at] = 0xff;
    let (line, column) = line_column(&bad, at);
    let err = refused(&bad);
    assert_eq!(
        err,
        SnapshotError::NotUtf8 {
            offset: at,
            line,
            column,
            found: vec![0xff],
        }
    );
    let message = err.to_string();
    assert!(
        message.contains(&format!("0xff at byte offset {at}")),
        "{message}"
    );
    assert!(!message.contains("unicode code point"), "{message}");

    // A Chinese character cut short: the two bytes that start it are named.
    let name = text.find("晋").unwrap();
    let mut cut = bytes[..name + 2].to_vec();
    cut.extend_from_slice(b"\"}");
    assert!(matches!(
        refused(&cut),
        SnapshotError::NotUtf8 { offset, ref found, .. } if offset == name && found == &[0xe6, 0x99]
    ));
}

/// A one-device file written by hand: `lamports` gives each event's clock.
fn chain_file(key: &DeviceKey, lamports: &[u64]) -> Vec<u8> {
    let device = key.device();
    let mut events: Vec<Event> = Vec::new();
    for (i, &lamport) in lamports.iter().enumerate() {
        let payload = if i == 0 {
            Payload::CommunityFounded {
                name: "晋阳社区".into(),
                device_label: "kiosk".into(),
            }
        } else {
            Payload::CompoundAdded {
                name: format!("compound {i}"),
            }
        };
        events.push(Event::seal(
            EventId {
                device,
                seq: i as u64 + 1,
            },
            lamport,
            T0,
            "admin".into(),
            events.last().map(|e| e.hash),
            payload,
        ));
    }
    let last = events.last().unwrap();
    let head = key.sign_head(last.id.seq, last.hash);
    let mut v = serde_json::json!({
        "format": "gongzhi-snapshot",
        "version": 1,
        "exported_at_ms": T0,
        "exported_by": device.to_string(),
        "scope": {"kind": "community"},
        "events": events,
        "heads": [head],
        "digest": "0".repeat(64),
    });
    redigest(&mut v);
    serde_json::to_vec(&v).unwrap()
}

fn redigest(v: &mut Value) {
    let mut s: Snapshot = serde_json::from_value(v.clone()).unwrap();
    s.digest = s.computed_digest();
    *v = serde_json::to_value(s).unwrap();
}

#[test]
fn an_equal_clock_is_a_clock_that_does_not_rise() {
    let k = key(1);
    assert!(import(&chain_file(&k, &[1, 2, 3]), &Limits::default()).is_ok());
    let err = refused(&chain_file(&k, &[1, 2, 2]));
    let third = EventId {
        device: k.device(),
        seq: 3,
    };
    assert_eq!(
        err,
        SnapshotError::Integrity(IntegrityError::ClockDidNotRise {
            event: third,
            lamport: 2,
            previous: 2,
        })
    );
    let text = err.to_string();
    assert!(
        text.contains("has Lamport clock 2, not above the clock 2 of the previous event"),
        "{text}"
    );
    assert!(!text.contains("dated before"), "{text}");
    assert!(matches!(
        refused(&chain_file(&k, &[5, 3])),
        SnapshotError::Integrity(IntegrityError::ClockDidNotRise {
            lamport: 3,
            previous: 5,
            ..
        })
    ));
}

fn edited(f: impl FnOnce(&mut Vec<Value>)) -> Vec<u8> {
    let (bytes, _) = fixture();
    let mut v: Value = serde_json::from_slice(&bytes).unwrap();
    f(v["events"].as_array_mut().unwrap());
    redigest(&mut v);
    serde_json::to_vec(&v).unwrap()
}

#[test]
fn events_out_of_the_documented_order_are_refused_naming_both() {
    let (_, s) = fixture();
    // Two neighbours from different devices, so every chain and hash is still intact.
    let i = (1..s.events.len())
        .find(|&i| s.events[i].id.device != s.events[i - 1].id.device)
        .expect("the fixture interleaves two devices");
    let swapped = edited(|events| events.swap(i - 1, i));
    let err = refused(&swapped);
    assert_eq!(
        err,
        SnapshotError::OutOfOrder {
            event: s.events[i - 1].id,
            after: s.events[i].id,
        }
    );
    let text = err.to_string();
    assert!(text.contains("is listed after event"), "{text}");
    assert!(
        text.contains("Lamport clock, then device id, then number"),
        "{text}"
    );

    // The record would fold it the same, so this is the reason it is refused: the vote digest
    // and the documented jq check hash the events in the order the file lists them.
    let mut events = s.events.clone();
    events.swap(i - 1, i);
    assert!(gongzhi_core::record::verify_events(&events, &s.heads).is_ok());
}

#[test]
fn an_event_listed_twice_is_refused_naming_it() {
    let (_, s) = fixture();
    let next_to = edited(|events| events.insert(5, events[5].clone()));
    assert_eq!(
        refused(&next_to),
        SnapshotError::EventTwice {
            event: s.events[5].id
        }
    );
    let at_the_end = edited(|events| events.push(events[2].clone()));
    let err = refused(&at_the_end);
    assert_eq!(
        err,
        SnapshotError::EventTwice {
            event: s.events[2].id
        }
    );
    assert!(err.to_string().contains("twice"), "{err}");
    // Merging the same event twice is still fine: only a file must list each once.
    let (mut record, _) = every_kind();
    let report = import(&fixture().0, &Limits::default())
        .unwrap()
        .merge_into(&mut record)
        .unwrap();
    assert_eq!(report.added, 0);
}

#[test]
fn an_optional_field_written_empty_makes_the_event_hash_differently() {
    // A writer that hashes `"place":""` hashes other bytes than every reader, which leaves an
    // empty optional field out: the document tells writers to omit it, and this is why.
    use gongzhi_core::canonical::canonical_hash;
    let k = key(1);
    let device = k.device();
    let founded = Event::seal(
        EventId { device, seq: 1 },
        1,
        T0,
        "admin".into(),
        None,
        Payload::CommunityFounded {
            name: "晋阳社区".into(),
            device_label: "kiosk".into(),
        },
    );
    let request = Event::seal(
        EventId { device, seq: 2 },
        2,
        T0,
        "admin".into(),
        Some(founded.hash),
        Payload::RequestRaised {
            title: "后门坏了".into(),
            detail: "".into(),
            scope: gongzhi_core::model::Scope::Community,
            raised_by: None,
            category: Default::default(),
            place: String::new(),
            name: String::new(),
            household: None,
        },
    );
    let file = |place_written: bool| {
        let mut e = serde_json::to_value(&request).unwrap();
        if place_written {
            e["payload"]["place"] = Value::from("");
            e.as_object_mut().unwrap().remove("hash");
            e["hash"] = Value::from(canonical_hash(&e).to_string());
        }
        let hash: gongzhi_core::Hash = e["hash"].as_str().unwrap().parse().unwrap();
        let mut v = serde_json::json!({
            "format": "gongzhi-snapshot",
            "version": 1,
            "exported_at_ms": T0,
            "exported_by": device.to_string(),
            "scope": {"kind": "community"},
            "events": [founded, e],
            "heads": [k.sign_head(2, hash)],
            "digest": "0".repeat(64),
        });
        let s: Snapshot = serde_json::from_value(v.clone()).unwrap();
        v["digest"] = Value::from(s.computed_digest().to_string());
        serde_json::to_vec(&v).unwrap()
    };
    assert!(import(&file(false), &Limits::default()).is_ok());
    // The writer hears which field, not only that the event was altered.
    let why = refused(&file(true));
    assert_eq!(
        why,
        SnapshotError::EmptyOptionalField {
            event: request.id,
            field: "place".into()
        }
    );
    assert!(
        why.to_string().contains("optional field `place` empty"),
        "{why}"
    );
}

#[test]
fn heads_are_written_by_device_id_and_read_in_any_order() {
    let (bytes, s) = fixture();
    let devices: Vec<String> = s.heads.iter().map(|h| h.device.to_string()).collect();
    assert!(devices.len() > 1, "the fixture has two signers");
    assert!(devices.windows(2).all(|w| w[0] < w[1]), "{devices:?}");
    let mut v: Value = serde_json::from_slice(&bytes).unwrap();
    v["heads"].as_array_mut().unwrap().reverse();
    redigest(&mut v);
    assert!(import(&serde_json::to_vec(&v).unwrap(), &Limits::default()).is_ok());
}
