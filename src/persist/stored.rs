//! What this app keeps in its database, and how: events one by one or in segments, the tips of
//! the chains every append is checked against in its own transaction, and small named values
//! (the device key, signed heads, the checkpoint). `persist::browser` is its one user; it is
//! public for the in-browser tests that prove its atomicity.

use super::idb::{self, done, persist_error, store, transaction};
use super::schema::{
    parse_segment_key, segment_key, segment_range, EVENTS, LAST_SEGMENT, META, SCHEMA, SEGMENTS,
    TIP_PREFIX,
};
use super::{advance_tips, PersistError};
use gongzhi_core::ids::DeviceId;
use gongzhi_core::log::chain::Tip;
use gongzhi_core::Event;
use js_sys::Array;
use std::collections::{BTreeMap, BTreeSet};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbKeyRange, IdbRequest, IdbTransaction, IdbTransactionMode};

async fn open() -> Result<IdbDatabase, PersistError> {
    idb::open(&SCHEMA).await
}

/// Stores `segments` (each an array of events' JSON) under the numbers after the last one
/// used, inside `tx`, and returns those numbers.
async fn put_segments(tx: &IdbTransaction, segments: &[Array]) -> Result<Vec<u64>, PersistError> {
    if segments.is_empty() {
        return Ok(Vec::new());
    }
    let meta = store(tx, META)?;
    let last = done(&meta.get(&LAST_SEGMENT.into()).map_err(persist_error)?).await?;
    // The counter is a small integer written by this code.
    let first = last.as_f64().map_or(1, |n| n as u64 + 1);
    let target = store(tx, SEGMENTS)?;
    let numbers: Vec<u64> = (first..).take(segments.len()).collect();
    for (number, segment) in numbers.iter().zip(segments) {
        target
            .put_with_key(segment, &segment_key(*number, segment.length() as usize))
            .map_err(persist_error)?;
    }
    let last = numbers[numbers.len() - 1];
    meta.put_with_key(&JsValue::from_f64(last as f64), &LAST_SEGMENT.into())
        .map_err(persist_error)?;
    Ok(numbers)
}

/// Writes every entry in ONE readwrite transaction and resolves once it has committed: all of
/// them are stored or none is. `singles` are stored one record each, `segments` (arrays of
/// events' JSON) one record each under new numbers, returned. Inside that transaction it first
/// reads the stored tips of the chains `events` (what the entries hold) extend, and refuses the
/// whole write unless they follow them ([`advance_tips`]), writing the tips that move: a
/// compare-and-swap, since IndexedDB never runs two readwrite transactions on one store at
/// once, even from two tabs.
pub async fn put_all(
    singles: &[(JsValue, String)],
    segments: &[Array],
    meta: &[(String, JsValue)],
    events: &[Event],
) -> Result<Vec<u64>, PersistError> {
    let devices: Vec<DeviceId> = events
        .iter()
        .map(|e| e.id.device)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    idb::write(&SCHEMA, &[EVENTS, SEGMENTS, META], async |tx| {
        let meta_store = store(tx, META)?;
        let reads = devices
            .iter()
            .map(|device| {
                meta_store
                    .get(&JsValue::from_str(&tip_name(device)))
                    .map_err(persist_error)
            })
            .collect::<Result<Vec<IdbRequest>, PersistError>>()?;
        // All handlers are attached at once, before any success event can fire; the
        // continuation runs in the same microtask checkpoint, while the transaction is active.
        let values = futures::future::join_all(reads.iter().map(done)).await;
        let values = values
            .into_iter()
            .map(|v| v.map(|v| (!v.is_undefined()).then_some(v)))
            .collect::<Result<Vec<_>, PersistError>>()?;
        let more = moved_tips(&devices, values, events)?;
        let events_store = store(tx, EVENTS)?;
        for (key, json) in singles {
            events_store
                .put_with_key(&JsValue::from_str(json), key)
                .map_err(persist_error)?;
        }
        for (name, value) in meta.iter().chain(&more) {
            meta_store
                .put_with_key(value, &JsValue::from_str(name))
                .map_err(persist_error)?;
        }
        put_segments(tx, segments).await
    })
    .await
}

/// Moves every single event into segments of up to `per_segment`, in one transaction, when
/// there are at least `at_least` of them. Reading and rewriting happen in that transaction,
/// so an append by another tab lands wholly before or after.
pub async fn compact(at_least: u32, per_segment: usize) -> Result<(), PersistError> {
    idb::write(&SCHEMA, &[EVENTS, SEGMENTS, META], async |tx| {
        let events = store(tx, EVENTS)?;
        let count = done(&events.count().map_err(persist_error)?).await?;
        if count.as_f64().unwrap_or(0.0) < f64::from(at_least) {
            return Ok(());
        }
        let values: Array = done(&events.get_all().map_err(persist_error)?)
            .await?
            .unchecked_into();
        let segments: Vec<Array> = values
            .iter()
            .collect::<Vec<JsValue>>()
            .chunks(per_segment)
            .map(|part| part.iter().collect())
            .collect();
        put_segments(tx, &segments).await?;
        events.clear().map_err(persist_error)?;
        Ok(())
    })
    .await
}

/// Up to `max` stored segments after number `after`, in number order, with their numbers.
pub async fn read_segments(after: u64, max: u32) -> Result<Vec<(u64, Array)>, PersistError> {
    let db = open().await?;
    let tx = transaction(&db, &[SEGMENTS], IdbTransactionMode::Readonly)?;
    let segments = store(&tx, SEGMENTS)?;
    let range = IdbKeyRange::lower_bound(&Array::of1(&JsValue::from_f64((after + 1) as f64)))
        .map_err(persist_error)?;
    let values = segments
        .get_all_with_key_and_limit(&range, max)
        .map_err(persist_error)?;
    let keys = segments
        .get_all_keys_with_key_and_limit(&range, max)
        .map_err(persist_error)?;
    let values: Array = done(&values).await?.unchecked_into();
    let keys: Array = done(&keys).await?.unchecked_into();
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(key, value)| {
            let (number, _) = parse_segment_key(&key)?;
            Some((number, value.dyn_into::<Array>().unwrap_or_default()))
        })
        .collect())
}

/// The stored segments of these numbers (those still there).
pub async fn get_segments(numbers: &[u64]) -> Result<Vec<Array>, PersistError> {
    let db = open().await?;
    let tx = transaction(&db, &[SEGMENTS], IdbTransactionMode::Readonly)?;
    let segments = store(&tx, SEGMENTS)?;
    let reads = numbers
        .iter()
        .map(|n| segment_range(*n).and_then(|range| segments.get(&range).map_err(persist_error)))
        .collect::<Result<Vec<IdbRequest>, PersistError>>()?;
    let values = futures::future::join_all(reads.iter().map(done)).await;
    values
        .into_iter()
        .filter(|v| !matches!(v, Ok(v) if v.is_undefined()))
        .map(|v| v.map(|v| v.dyn_into::<Array>().unwrap_or_default()))
        .collect()
}

/// The stored values under `keys` in one read; a key with nothing stored is left out.
pub async fn get_events(keys: &[JsValue]) -> Result<Vec<JsValue>, PersistError> {
    let db = open().await?;
    let tx = transaction(&db, &[EVENTS], IdbTransactionMode::Readonly)?;
    let events = store(&tx, EVENTS)?;
    let reads = keys
        .iter()
        .map(|k| events.get(k).map_err(persist_error))
        .collect::<Result<Vec<IdbRequest>, PersistError>>()?;
    let values = futures::future::join_all(reads.iter().map(done)).await;
    values
        .into_iter()
        .filter(|v| !matches!(v, Ok(v) if v.is_undefined()))
        .collect()
}

/// Up to `max` stored events' JSON in key order, strictly after `after` (from the start when
/// `None`), with the key of the last entry read, readable or not, so the next read goes on past
/// damaged entries.
pub async fn read_events(
    after: Option<JsValue>,
    max: u32,
) -> Result<(Vec<JsValue>, Option<JsValue>), PersistError> {
    let db = open().await?;
    let tx = transaction(&db, &[EVENTS], IdbTransactionMode::Readonly)?;
    let events = store(&tx, EVENTS)?;
    let range = match after {
        Some(key) => IdbKeyRange::lower_bound_with_open(&key, true)
            .map_err(persist_error)?
            .into(),
        None => JsValue::UNDEFINED,
    };
    let values = events
        .get_all_with_key_and_limit(&range, max)
        .map_err(persist_error)?;
    let keys = events
        .get_all_keys_with_key_and_limit(&range, max)
        .map_err(persist_error)?;
    let values: Array = done(&values).await?.unchecked_into();
    let keys: Array = done(&keys).await?.unchecked_into();
    let last_key = (keys.length() > 0).then(|| keys.get(keys.length() - 1));
    Ok((values.iter().collect(), last_key))
}

/// How many events are stored, single or in segments; the singles alone second.
pub async fn count_events() -> Result<(u64, u64), PersistError> {
    let db = open().await?;
    let tx = transaction(&db, &[EVENTS, SEGMENTS], IdbTransactionMode::Readonly)?;
    let singles = store(&tx, EVENTS)?.count().map_err(persist_error)?;
    let segments = store(&tx, SEGMENTS)?
        .get_all_keys()
        .map_err(persist_error)?;
    // A count is a non-negative integer well inside 2^53.
    let singles = done(&singles).await?.as_f64().unwrap_or(0.0) as u64;
    let segments: Array = done(&segments).await?.unchecked_into();
    let in_segments: u64 = segments
        .iter()
        .filter_map(|key| parse_segment_key(&key))
        .map(|(_, count)| count)
        .sum();
    Ok((singles + in_segments, singles))
}

/// Replaces the meta value `name`, in a transaction of its own.
pub async fn put_meta(name: &str, value: &JsValue) -> Result<(), PersistError> {
    idb::write(&SCHEMA, &[META], async |tx| {
        store(tx, META)?
            .put_with_key(value, &JsValue::from_str(name))
            .map_err(persist_error)?;
        Ok(())
    })
    .await
}

/// Stores `value` under `name` unless something is there already; returns what is stored.
/// `add` (not `put`) makes two tabs racing to create the device key agree on one.
pub async fn meta_or_insert(name: &str, value: JsValue) -> Result<JsValue, PersistError> {
    if let Some(existing) = get_meta(name).await? {
        return Ok(existing);
    }
    let added = idb::write(&SCHEMA, &[META], async |tx| {
        store(tx, META)?
            .add_with_key(&value, &JsValue::from_str(name))
            .map_err(persist_error)?;
        Ok(())
    })
    .await;
    match added {
        Ok(()) => Ok(value),
        Err(PersistError::QuotaExceeded) => Err(PersistError::QuotaExceeded),
        // The other tab won the race: use what it stored.
        Err(_) => get_meta(name)
            .await?
            .ok_or_else(|| PersistError::Unavailable(format!("{name} could not be stored"))),
    }
}

/// Every meta value whose name starts with `prefix`.
pub async fn meta_with_prefix(prefix: &str) -> Result<Vec<JsValue>, PersistError> {
    let db = open().await?;
    let tx = transaction(&db, &[META], IdbTransactionMode::Readonly)?;
    let range = IdbKeyRange::bound(
        &JsValue::from_str(prefix),
        &JsValue::from_str(&format!("{prefix}\u{ffff}")),
    )
    .map_err(persist_error)?;
    let request = store(&tx, META)?
        .get_all_with_key(&range)
        .map_err(persist_error)?;
    let values: Array = done(&request).await?.unchecked_into();
    Ok(values.iter().collect())
}

pub async fn get_meta(name: &str) -> Result<Option<JsValue>, PersistError> {
    let db = open().await?;
    let tx = transaction(&db, &[META], IdbTransactionMode::Readonly)?;
    let request = store(&tx, META)?
        .get(&JsValue::from_str(name))
        .map_err(persist_error)?;
    let value = done(&request).await?;
    Ok((!value.is_undefined()).then_some(value))
}

/// Deletes the whole database.
pub async fn delete_database() -> Result<(), PersistError> {
    idb::delete(&SCHEMA).await
}

/// The tips that move when `events` are appended to chains whose stored tips (as read inside the
/// append's transaction, one per device) are `stored`, as meta entries to write.
fn moved_tips(
    devices: &[DeviceId],
    stored: Vec<Option<JsValue>>,
    events: &[Event],
) -> Result<Vec<(String, JsValue)>, PersistError> {
    let mut tips = BTreeMap::new();
    for (device, value) in devices.iter().zip(stored) {
        if let Some(value) = value {
            let tip: Tip = value
                .as_string()
                .and_then(|json| serde_json::from_str(&json).ok())
                .ok_or_else(|| {
                    PersistError::Unavailable(format!("the stored tip of {device} is damaged"))
                })?;
            tips.insert(*device, tip);
        }
    }
    advance_tips(&tips, events)?
        .into_iter()
        .map(|(device, tip)| {
            serde_json::to_string(&tip)
                .map(|json| (tip_name(&device), JsValue::from_str(&json)))
                .map_err(|e| PersistError::Unavailable(e.to_string()))
        })
        .collect()
}

fn tip_name(device: &DeviceId) -> String {
    format!("{TIP_PREFIX}{device}")
}
