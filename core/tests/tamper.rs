//! Verification catches every change: each field of each event kind is edited, with and
//! without re-sealing hashes, and events are deleted, inserted and reordered. Every change must
//! be detected, and the error must name the changed event.

mod common;

use std::collections::BTreeSet;

use common::*;
use gongzhi_core::record::verify_events;
use gongzhi_core::{Event, EventId, IntegrityError, SignedHead};
use serde_json::Value;

/// Paths to every leaf and every container of a JSON value.
fn paths(v: &Value, here: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, x)| paths(x, [here.clone(), vec![k.clone()]].concat(), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| paths(x, [here.clone(), vec![i.to_string()]].concat(), out)),
        _ => {}
    }
}

fn at<'a>(v: &'a mut Value, path: &[String]) -> &'a mut Value {
    path.iter().fold(v, |v, k| match v {
        Value::Object(m) => m.get_mut(k).unwrap(),
        Value::Array(a) => &mut a[k.parse::<usize>().unwrap()],
        _ => unreachable!(),
    })
}

/// Plausible edits of a value: each keeps the JSON type when it can, so the edited event still
/// parses and verification (not the parser) has to catch it.
fn edits(v: &Value, other_id: &str) -> Vec<Value> {
    match v {
        Value::String(s)
            if s.len() >= 64
                && s.bytes()
                    .all(|b| b.is_ascii_hexdigit() || b == b':' || b.is_ascii_digit()) =>
        {
            let mut flipped = s.clone().into_bytes();
            let i = 10;
            flipped[i] = if flipped[i] == b'a' { b'b' } else { b'a' };
            vec![
                Value::String(String::from_utf8(flipped).unwrap()),
                Value::String(other_id.into()),
            ]
        }
        Value::String(s) => vec![Value::String(format!("{s}x")), Value::String(String::new())],
        Value::Number(n) => {
            let n = n.as_i64().unwrap();
            vec![Value::from(n + 1), Value::from(n - 1)]
        }
        Value::Bool(b) => vec![Value::Bool(!b)],
        Value::Null => vec![
            Value::from(1),
            Value::from("x"),
            Value::from(other_id),
            serde_json::json!({"registered": 1, "surveyed": null, "contract": null}),
        ],
        Value::Array(a) => {
            let mut fewer = a.clone();
            fewer.pop();
            let mut more = a.clone();
            more.push(a.first().cloned().unwrap_or(Value::from("x")));
            vec![Value::Array(fewer), Value::Array(more)]
        }
        Value::Object(m) => {
            let mut more = m.clone();
            more.insert("extra".into(), Value::from(1));
            vec![Value::Object(more)]
        }
    }
}

enum Outcome {
    /// The edited file no longer parses: an importer refuses it outright.
    Unreadable,
    Named(IntegrityError),
    Undetected,
}

fn check(events: &[Value], heads: &[SignedHead]) -> Outcome {
    let parsed: Result<Vec<Event>, _> = events
        .iter()
        .map(|e| serde_json::from_value::<Event>(e.clone()))
        .collect();
    let Ok(parsed) = parsed else {
        return Outcome::Unreadable;
    };
    match verify_events(&parsed, heads) {
        Ok(()) => Outcome::Undetected,
        Err(e) => Outcome::Named(e),
    }
}

/// Recomputes the edited event's hash, as a forger would; the forger cannot re-sign the head.
fn reseal(v: &mut Value) {
    if let Ok(mut e) = serde_json::from_value::<Event>(v.clone()) {
        e.hash = e.computed_hash();
        *v = serde_json::to_value(e).unwrap();
    }
}

fn names(err: &IntegrityError, candidates: &[EventId]) -> bool {
    let after = match err {
        IntegrityError::BrokenLink { after, .. } => *after,
        _ => None,
    };
    err.event()
        .into_iter()
        .chain(after)
        .any(|n| candidates.contains(&n))
}

#[test]
fn the_fixture_holds_every_event_kind_and_verifies() {
    let (record, _) = every_kind();
    record.verify().unwrap();
    let kinds: BTreeSet<String> = record
        .events()
        .map(|e| {
            serde_json::to_value(&e.payload).unwrap()["type"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let every: BTreeSet<String> = gongzhi_core::log::payload::Kind::ALL
        .iter()
        .map(|k| k.name().to_string())
        .collect();
    assert_eq!(kinds, every);
    assert!(record
        .events()
        .any(|e| serde_json::to_value(&e.payload).unwrap()["kind"]["kind"] == "owners"));
    assert!(
        record.state().rejected.is_empty(),
        "{:?}",
        record.state().rejected
    );
}

#[test]
fn every_edited_field_of_every_event_is_detected_and_named() {
    let (record, _) = every_kind();
    let heads: Vec<SignedHead> = record.heads().values().cloned().collect();
    let events: Vec<Value> = record
        .events()
        .map(|e| serde_json::to_value(e).unwrap())
        .collect();
    let other_id = record.events().nth(3).unwrap().id.to_string();
    let (mut edits_tried, mut unreadable, mut named) = (0, 0, 0);
    for (i, original) in events.iter().enumerate() {
        let id: EventId = serde_json::from_value(original["id"].clone()).unwrap();
        let mut all = Vec::new();
        paths(original, vec![], &mut all);
        for path in all
            .iter()
            .filter(|p| p.first().map(String::as_str) != Some("hash"))
        {
            for edit in edits(at(&mut original.clone(), path), &other_id) {
                if *at(&mut original.clone(), path) == edit {
                    continue;
                }
                for forger_reseals in [false, true] {
                    let mut copy = events.clone();
                    *at(&mut copy[i], path) = edit.clone();
                    if forger_reseals {
                        reseal(&mut copy[i]);
                    }
                    let edited_id = serde_json::from_value::<EventId>(copy[i]["id"].clone()).ok();
                    let candidates: Vec<EventId> =
                        [Some(id), edited_id].into_iter().flatten().collect();
                    edits_tried += 1;
                    match check(&copy, &heads) {
                        Outcome::Unreadable => unreadable += 1,
                        Outcome::Named(err) if names(&err, &candidates) => named += 1,
                        Outcome::Named(err) => {
                            panic!("editing {path:?} of {id:?} named the wrong event: {err}")
                        }
                        Outcome::Undetected => {
                            panic!("editing {path:?} of {id:?} to {edit} went undetected")
                        }
                    }
                }
            }
        }
    }
    assert_eq!(unreadable + named, edits_tried);
    // Most edits keep the file readable, so the integrity checks (not the parser) do the work.
    assert!(named > unreadable, "named {named}, unreadable {unreadable}");
}

#[test]
fn editing_the_hash_itself_is_detected() {
    let (record, _) = every_kind();
    let heads: Vec<SignedHead> = record.heads().values().cloned().collect();
    let mut events: Vec<Event> = record.events().cloned().collect();
    events[5].hash.0[0] ^= 1;
    let err = verify_events(&events, &heads).unwrap_err();
    assert_eq!(
        err,
        IntegrityError::Altered {
            event: events[5].id
        }
    );
}

fn chain_of(
    record: &gongzhi_core::Record,
    device: usize,
    keys: &[gongzhi_core::DeviceKey],
) -> Vec<Event> {
    let d = keys[device].device();
    let mut c: Vec<Event> = record
        .events()
        .filter(|e| e.id.device == d)
        .cloned()
        .collect();
    c.sort_by_key(|e| e.id.seq);
    c
}

#[test]
fn deletion_insertion_and_reordering_are_detected_and_named() {
    let (record, keys) = every_kind();
    let heads: Vec<SignedHead> = record.heads().values().cloned().collect();
    let chain = chain_of(&record, 0, &keys);
    let n = chain.len();
    for victim in 0..n {
        // Deleted.
        let mut fewer = chain.clone();
        let removed = fewer.remove(victim);
        let err = verify_events(&fewer, &heads).unwrap_err();
        assert_eq!(
            err.event(),
            Some(removed.id),
            "deleting #{}: {err}",
            victim + 1
        );
    }
    for pos in 0..n - 1 {
        // Reordered: two neighbours swap places and numbers, rehashed by a forger.
        let mut swapped = chain.clone();
        swapped.swap(pos, pos + 1);
        for (i, e) in swapped.iter_mut().enumerate() {
            e.id.seq = i as u64 + 1;
        }
        relink(&mut swapped);
        let err = verify_events(&swapped, &heads).unwrap_err();
        assert!(
            matches!(
                err,
                IntegrityError::ClockDidNotRise { .. } | IntegrityError::HeadMismatch { .. }
            ),
            "swap at {pos}: {err}"
        );
    }
    for pos in 1..n {
        // Inserted: a copy of an event put at `pos`, every later event renumbered and relinked.
        let mut more = chain.clone();
        more.insert(pos, chain[pos - 1].clone());
        for (i, e) in more.iter_mut().enumerate() {
            e.id.seq = i as u64 + 1;
        }
        relink(&mut more);
        let err = verify_events(&more, &heads).unwrap_err();
        assert!(err.device() == keys[0].device(), "insert at {pos}: {err}");
    }
    // Cutting off the end is caught by the signed head.
    let err = verify_events(&chain[..n - 1], &heads).unwrap_err();
    assert_eq!(
        err,
        IntegrityError::Missing {
            device: keys[0].device(),
            seq: n as u64
        }
    );
}

/// What a forger who rewrites a chain would do: fix every prev link and hash after an edit.
fn relink(chain: &mut [Event]) {
    let mut prev = None;
    for e in chain.iter_mut() {
        e.prev = prev;
        e.hash = e.computed_hash();
        prev = Some(e.hash);
    }
}

#[test]
fn a_rewritten_chain_fails_on_the_signed_head_and_a_forged_signature_is_refused() {
    let (record, keys) = every_kind();
    // The admin's and the kiosk's chains, without the resident's phone.
    let heads: Vec<SignedHead> = record
        .heads()
        .values()
        .filter(|h| h.device != keys[2].device())
        .cloned()
        .collect();
    let mut chain = chain_of(&record, 1, &keys);
    chain[0].author = "someone else".into();
    relink(&mut chain);
    let mut all: Vec<Event> = chain_of(&record, 0, &keys);
    all.extend(chain.iter().cloned());
    let err = verify_events(&all, &heads).unwrap_err();
    assert_eq!(
        err,
        IntegrityError::HeadMismatch {
            event: chain.last().unwrap().id
        }
    );
    // Re-signing the head needs the device's key; any other key's signature is refused.
    let mut forged = heads.clone();
    let kiosk = forged
        .iter_mut()
        .find(|h| h.device == keys[1].device())
        .unwrap();
    let last = chain.last().unwrap();
    let by_other = key(77).sign_head(last.id.seq, last.hash);
    kiosk.hash = last.hash;
    kiosk.signature = by_other.signature;
    let err = verify_events(&all, &forged).unwrap_err();
    assert_eq!(
        err,
        IntegrityError::BadSignature {
            device: keys[1].device()
        }
    );
    // With the real key the rewrite would verify: the signature is what protects the chain end.
    let mut resigned = heads.clone();
    *resigned
        .iter_mut()
        .find(|h| h.device == keys[1].device())
        .unwrap() = keys[1].sign_head(last.id.seq, last.hash);
    verify_events(&all, &resigned).unwrap();
}
