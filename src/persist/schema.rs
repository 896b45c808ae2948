//! This app's database in IndexedDB: its name, stores, keys and the migrations that bring a
//! device's older database up to date. Only `persist::stored` reads and writes through it.
//!
//! Schema v1: object store `events` (out-of-line array keys `[lamport, device hex, seq]`, so
//! key order is the fold's total order and a chunked read can fold as it goes; values are the
//! events' JSON text) and `meta` (small values by name: the device seed, signed heads).
//! Schema v2 adds to `meta` the tip of every device's stored chain (`tip:<device hex>`, the
//! JSON of a [`Tip`]), which appends are checked against; the upgrade computes them from the
//! events already stored.
//! Schema v3 adds the object store `segments`: large appends stored as arrays of up to 2,000
//! events' JSON under keys `[number, count]` (numbered from 1 as stored, the last number in
//! `meta` as `segments:last`; the count lets the log be counted from keys alone), and the
//! checkpoint of the folded state in `meta` as `checkpoint` (bytes). Events stored before v3
//! stay where they are, as single events.

use super::idb::{persist_error, Schema};
use super::PersistError;
use gongzhi_core::ids::{EventId, Hash};
use gongzhi_core::log::chain::Tip;
use js_sys::Array;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbCursorWithValue, IdbDatabase, IdbKeyRange, IdbTransaction};

pub const DB_NAME: &str = "gongzhi";
/// Bump with a new step in [`upgrade`]; never rewrite an old step, devices in the field ran it.
pub const SCHEMA_VERSION: u32 = 3;
pub const EVENTS: &str = "events";
pub const SEGMENTS: &str = "segments";
pub const META: &str = "meta";
pub const TIP_PREFIX: &str = "tip:";
pub const LAST_SEGMENT: &str = "segments:last";

/// The database as this build expects it.
pub static SCHEMA: Schema = Schema {
    name: DB_NAME,
    version: SCHEMA_VERSION,
    upgrade,
};

/// The migration path: each step takes the schema from one version to the next, inside the
/// upgrade's own transaction (`tx`), so a failed step leaves the old version in place.
fn upgrade(db: &IdbDatabase, tx: &IdbTransaction, from: u32) -> Result<(), JsValue> {
    if from < 1 {
        db.create_object_store(EVENTS)?;
        db.create_object_store(META)?;
    }
    if from < 2 {
        record_tips(tx)?;
    }
    if from < 3 {
        db.create_object_store(SEGMENTS)?;
    }
    Ok(())
}

/// What a device's tip needs of a stored event. The rest (the payload) is skipped unread: the
/// payload decoder is loaded on demand (crate::engine), not for an upgrade.
#[derive(serde::Deserialize)]
struct Sealed {
    id: EventId,
    hash: Hash,
}

/// v2: walks the stored events once and records each device's tip. An unreadable entry is
/// skipped here; loading reports it as before.
fn record_tips(tx: &IdbTransaction) -> Result<(), JsValue> {
    let request = tx.object_store(EVENTS)?.open_cursor()?;
    let tips: Rc<RefCell<BTreeMap<String, Tip>>> = Rc::default();
    let meta = tx.object_store(META)?;
    let walking = request.clone();
    let step = Closure::<dyn FnMut()>::new(move || {
        let cursor = walking
            .result()
            .ok()
            .and_then(|c| c.dyn_into::<IdbCursorWithValue>().ok());
        let Some(cursor) = cursor else {
            for (device, tip) in tips.borrow().iter() {
                if let Ok(json) = serde_json::to_string(tip) {
                    let _ = meta.put_with_key(
                        &JsValue::from_str(&json),
                        &JsValue::from_str(&format!("{TIP_PREFIX}{device}")),
                    );
                }
            }
            return;
        };
        let event = cursor
            .value()
            .ok()
            .and_then(|v| v.as_string())
            .and_then(|json| serde_json::from_str::<Sealed>(&json).ok());
        if let Some(e) = event {
            let mut tips = tips.borrow_mut();
            let tip = tips.entry(e.id.device.to_string()).or_insert(Tip {
                seq: 0,
                hash: e.hash,
            });
            if e.id.seq >= tip.seq {
                *tip = Tip {
                    seq: e.id.seq,
                    hash: e.hash,
                };
            }
        }
        let _ = cursor.continue_();
    });
    request.set_onsuccess(Some(step.as_ref().unchecked_ref()));
    // Upgrades run once per device; the handler lives as long as the page.
    step.forget();
    Ok(())
}

/// The key an event is stored under; its order is the fold's total order.
pub fn event_key(lamport: u64, device_hex: &str, seq: u64) -> JsValue {
    // Lamport clocks and sequence numbers stay far below 2^53, so f64 keys are exact.
    Array::of3(
        &JsValue::from_f64(lamport as f64),
        &JsValue::from_str(device_hex),
        &JsValue::from_f64(seq as f64),
    )
    .into()
}

/// The key of segment `number`, holding `count` events.
pub fn segment_key(number: u64, count: usize) -> JsValue {
    // Both stay far below 2^53.
    Array::of2(
        &JsValue::from_f64(number as f64),
        &JsValue::from_f64(count as f64),
    )
    .into()
}

/// The keys of segment `number`, whatever its count.
pub fn segment_range(number: u64) -> Result<IdbKeyRange, PersistError> {
    IdbKeyRange::bound_with_lower_open_and_upper_open(
        &Array::of1(&JsValue::from_f64(number as f64)),
        &Array::of1(&JsValue::from_f64((number + 1) as f64)),
        false,
        true,
    )
    .map_err(persist_error)
}

/// The number and count of a segment key; `None` for a key this app did not write.
pub fn parse_segment_key(key: &JsValue) -> Option<(u64, u64)> {
    let parts: &Array = key.dyn_ref()?;
    Some((parts.get(0).as_f64()? as u64, parts.get(1).as_f64()? as u64))
}

/// The event key back from IndexedDB; `None` for a key this app did not write.
pub fn parse_event_key(key: &JsValue) -> Option<(u64, String, u64)> {
    let parts: &Array = key.dyn_ref()?;
    // Keys were written from u64 values below 2^53 (see `event_key`).
    let lamport = parts.get(0).as_f64()? as u64;
    let device = parts.get(1).as_string()?;
    let seq = parts.get(2).as_f64()? as u64;
    Some((lamport, device, seq))
}
