//! A small async adapter over IndexedDB, written on web-sys directly (see docs/ARCHITECTURE.md for
//! why no wrapper crate). Only `persist::browser` uses it; it is public for the in-browser tests
//! that prove its atomicity.
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

use super::{PersistError, Tip};
use gongzhi_core::{EventId, Hash};
use js_sys::{Array, Promise};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DomException, IdbCursorWithValue, IdbDatabase, IdbKeyRange, IdbObjectStore, IdbOpenDbRequest,
    IdbRequest, IdbTransaction, IdbTransactionMode, IdbVersionChangeEvent,
};

pub const DB_NAME: &str = "gongzhi";
/// Bump with a new step in [`upgrade`]; never rewrite an old step, devices in the field ran it.
pub const SCHEMA_VERSION: u32 = 3;
pub const EVENTS: &str = "events";
pub const SEGMENTS: &str = "segments";
pub const META: &str = "meta";
pub const TIP_PREFIX: &str = "tip:";
const LAST_SEGMENT: &str = "segments:last";

thread_local! {
    /// The one opening of the database, shared by every caller: concurrent opens would leave
    /// stray connections behind that block deleting it.
    static DB: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// Turns a failed IndexedDB operation into what the user must be told.
fn persist_error(err: JsValue) -> PersistError {
    match err.dyn_ref::<DomException>() {
        Some(e) if e.name() == "QuotaExceededError" => PersistError::QuotaExceeded,
        Some(e) => PersistError::Unavailable(format!("{}: {}", e.name(), e.message())),
        None => PersistError::Unavailable(
            err.as_string()
                .unwrap_or_else(|| "IndexedDB failed".to_string()),
        ),
    }
}

/// An `onerror` handler that rejects with the request's own error.
fn rejecting(request: &IdbRequest, reject: js_sys::Function) -> JsValue {
    let failed = request.clone();
    Closure::once_into_js(move || {
        let error = failed.error().ok().flatten().map(JsValue::from);
        let _ = reject.call1(&JsValue::NULL, &error.unwrap_or(JsValue::UNDEFINED));
    })
}

/// Resolves with the request's result once it succeeds.
async fn done(request: &IdbRequest) -> Result<JsValue, PersistError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(rejecting(request, reject).unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(persist_error)
}

/// Resolves once the transaction has committed: only then is a write durable. An aborted
/// transaction (quota, a failed request, a closed tab) leaves nothing of itself behind.
/// The handlers are attached at the call, before the caller queues any request.
fn committed(tx: &IdbTransaction) -> impl std::future::Future<Output = Result<(), PersistError>> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = tx.clone();
        let on_abort = Closure::once_into_js(move || {
            let error = failed.error().map(JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error.unwrap_or(JsValue::UNDEFINED));
        });
        tx.set_oncomplete(Some(on_complete.unchecked_ref()));
        tx.set_onabort(Some(on_abort.unchecked_ref()));
    });
    let committed = JsFuture::from(promise);
    async move { committed.await.map(|_| ()).map_err(persist_error) }
}

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
/// payload decoder is loaded on demand (crate::persist::read_stored), not for an upgrade.
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

async fn open() -> Result<IdbDatabase, PersistError> {
    let opening = DB.with(|d| d.borrow_mut().get_or_insert_with(start_opening).clone());
    match JsFuture::from(opening).await {
        Ok(db) => Ok(db.unchecked_into()),
        Err(e) => {
            DB.with(|d| d.borrow_mut().take());
            Err(persist_error(e))
        }
    }
}

/// Forgets the shared connection and closes it, so the database can be deleted or upgraded.
async fn close() {
    if let Some(opening) = DB.with(|d| d.borrow_mut().take()) {
        if let Ok(db) = JsFuture::from(opening).await {
            db.unchecked_into::<IdbDatabase>().close();
        }
    }
}

fn start_opening() -> Promise {
    Promise::new(&mut |resolve, reject| {
        let factory = match web_sys::window().and_then(|w| w.indexed_db().ok().flatten()) {
            Some(f) => f,
            None => {
                let _ = reject.call1(&JsValue::NULL, &"this browser has no IndexedDB".into());
                return;
            }
        };
        let request: IdbOpenDbRequest = match factory.open_with_u32(DB_NAME, SCHEMA_VERSION) {
            Ok(r) => r,
            Err(e) => {
                let _ = reject.call1(&JsValue::NULL, &e);
                return;
            }
        };
        let upgrading = request.clone();
        let on_upgrade = Closure::once_into_js(move |event: IdbVersionChangeEvent| {
            let db = upgrading.result().and_then(|r| r.dyn_into::<IdbDatabase>());
            if let (Ok(db), Some(tx)) = (db, upgrading.transaction()) {
                // Versions are small integers; the cast cannot lose anything. A failed step
                // aborts the upgrade, and the open fails with its error.
                if upgrade(&db, &tx, event.old_version() as u32).is_err() {
                    let _ = tx.abort();
                }
            }
        });
        request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
        let opened = request.clone();
        let on_success = Closure::once_into_js(move || {
            let db = opened.result().unwrap_or(JsValue::UNDEFINED);
            if let Some(db) = db.dyn_ref::<IdbDatabase>() {
                // Another tab erasing the data or opening a newer schema asks us to step aside.
                let on_version_change = Closure::once_into_js(|| {
                    wasm_bindgen_futures::spawn_local(close());
                });
                db.set_onversionchange(Some(on_version_change.unchecked_ref()));
            }
            let _ = resolve.call1(&JsValue::NULL, &db);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(rejecting(&request, reject).unchecked_ref()));
    })
}

fn transaction(
    db: &IdbDatabase,
    stores: &[&str],
    mode: IdbTransactionMode,
) -> Result<IdbTransaction, PersistError> {
    let names: Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
    if mode != IdbTransactionMode::Readwrite {
        return db
            .transaction_with_str_sequence_and_mode(&names, mode)
            .map_err(persist_error);
    }
    // Chromium made "relaxed" the default: `complete` then fires before the data reaches the
    // disk, and a power cut can lose a ballot the kiosk already called recorded. web-sys keeps
    // the options argument behind an unstable flag, so the call goes through JavaScript.
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"durability".into(), &"strict".into())
        .map_err(persist_error)?;
    let open: js_sys::Function = js_sys::Reflect::get(db, &"transaction".into())
        .map_err(persist_error)?
        .unchecked_into();
    open.call3(db, &names, &"readwrite".into(), &options)
        .map(JsCast::unchecked_into)
        .map_err(persist_error)
}

fn store(tx: &IdbTransaction, name: &str) -> Result<IdbObjectStore, PersistError> {
    tx.object_store(name).map_err(persist_error)
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
fn segment_key(number: u64, count: usize) -> JsValue {
    // Both stay far below 2^53.
    Array::of2(
        &JsValue::from_f64(number as f64),
        &JsValue::from_f64(count as f64),
    )
    .into()
}

/// The keys of segment `number`, whatever its count.
fn segment_range(number: u64) -> Result<IdbKeyRange, PersistError> {
    IdbKeyRange::bound_with_lower_open_and_upper_open(
        &Array::of1(&JsValue::from_f64(number as f64)),
        &Array::of1(&JsValue::from_f64((number + 1) as f64)),
        false,
        true,
    )
    .map_err(persist_error)
}

/// The number and count of a segment key; `None` for a key this app did not write.
fn parse_segment_key(key: &JsValue) -> Option<(u64, u64)> {
    let parts: &Array = key.dyn_ref()?;
    Some((parts.get(0).as_f64()? as u64, parts.get(1).as_f64()? as u64))
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
/// reads the meta values named in `read_first` and hands them to `decide`, which returns more
/// meta to write or refuses the whole write: a compare-and-swap, since IndexedDB never runs two
/// readwrite transactions on one store at once, even from two tabs.
pub async fn put_all(
    singles: &[(JsValue, String)],
    segments: &[Array],
    meta: &[(String, JsValue)],
    read_first: &[String],
    decide: impl FnOnce(Vec<Option<JsValue>>) -> Result<Vec<(String, JsValue)>, PersistError>,
) -> Result<Vec<u64>, PersistError> {
    let db = open().await?;
    let tx = transaction(
        &db,
        &[EVENTS, SEGMENTS, META],
        IdbTransactionMode::Readwrite,
    )?;
    let commit = committed(&tx);
    let stored = async {
        let meta_store = store(&tx, META)?;
        let reads = read_first
            .iter()
            .map(|name| {
                meta_store
                    .get(&JsValue::from_str(name))
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
        let more = decide(values)?;
        let events_store = store(&tx, EVENTS)?;
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
        put_segments(&tx, segments).await
    }
    .await;
    match stored {
        Ok(numbers) => commit.await.map(|()| numbers),
        Err(e) => {
            let _ = tx.abort();
            let _ = commit.await;
            Err(e)
        }
    }
}

/// Moves every single event into segments of up to `per_segment`, in one transaction, when
/// there are at least `at_least` of them. Reading and rewriting happen in that transaction,
/// so an append by another tab lands wholly before or after.
pub async fn compact(at_least: u32, per_segment: usize) -> Result<(), PersistError> {
    let db = open().await?;
    let tx = transaction(
        &db,
        &[EVENTS, SEGMENTS, META],
        IdbTransactionMode::Readwrite,
    )?;
    let commit = committed(&tx);
    let moved = async {
        let events = store(&tx, EVENTS)?;
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
        put_segments(&tx, &segments).await?;
        events.clear().map_err(persist_error)?;
        Ok(())
    }
    .await;
    match moved {
        Ok(()) => commit.await,
        Err(e) => {
            let _ = tx.abort();
            let _ = commit.await;
            Err(e)
        }
    }
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

/// The event key back from IndexedDB; `None` for a key this app did not write.
pub fn parse_event_key(key: &JsValue) -> Option<(u64, String, u64)> {
    let parts: &Array = key.dyn_ref()?;
    // Keys were written from u64 values below 2^53 (see `event_key`).
    let lamport = parts.get(0).as_f64()? as u64;
    let device = parts.get(1).as_string()?;
    let seq = parts.get(2).as_f64()? as u64;
    Some((lamport, device, seq))
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
    let db = open().await?;
    let tx = transaction(&db, &[META], IdbTransactionMode::Readwrite)?;
    let commit = committed(&tx);
    store(&tx, META)?
        .put_with_key(value, &JsValue::from_str(name))
        .map_err(persist_error)?;
    commit.await
}

/// Stores `value` under `name` unless something is there already; returns what is stored.
/// `add` (not `put`) makes two tabs racing to create the device key agree on one.
pub async fn meta_or_insert(name: &str, value: JsValue) -> Result<JsValue, PersistError> {
    if let Some(existing) = get_meta(name).await? {
        return Ok(existing);
    }
    let db = open().await?;
    let tx = transaction(&db, &[META], IdbTransactionMode::Readwrite)?;
    let commit = committed(&tx);
    store(&tx, META)?
        .add_with_key(&value, &JsValue::from_str(name))
        .map_err(persist_error)?;
    match commit.await {
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

/// Deletes the whole database. Other tabs are asked to close it first (`onversionchange`).
pub async fn delete_database() -> Result<(), PersistError> {
    close().await;
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or_else(|| PersistError::Unavailable("this browser has no IndexedDB".into()))?;
    let request = factory.delete_database(DB_NAME).map_err(persist_error)?;
    done(&request).await.map(|_| ())
}
