//! A small async adapter over IndexedDB, written on web-sys directly (see docs/ARCHITECTURE.md
//! for why no wrapper crate): one shared connection, requests and transactions as futures,
//! durable writes. It knows no store, key or version of this app's: `open` takes a [`Schema`]
//! (`persist::schema`), and what the app stores is `persist::stored`'s.

use super::PersistError;
use js_sys::{Array, Promise};
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DomException, IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction,
    IdbTransactionMode, IdbVersionChangeEvent,
};

/// A database: its name, its version, and the steps that bring an older one up to it (run
/// inside the upgrade's own transaction, from the version the device had).
pub struct Schema {
    pub name: &'static str,
    pub version: u32,
    pub upgrade: fn(&IdbDatabase, &IdbTransaction, u32) -> Result<(), JsValue>,
}

thread_local! {
    /// The one opening of the database, shared by every caller: concurrent opens would leave
    /// stray connections behind that block deleting it.
    static DB: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// Turns a failed IndexedDB operation into what the user must be told.
pub fn persist_error(err: JsValue) -> PersistError {
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
pub async fn done(request: &IdbRequest) -> Result<JsValue, PersistError> {
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

/// The shared connection to `schema`'s database, opened (and upgraded) on first use.
pub async fn open(schema: &'static Schema) -> Result<IdbDatabase, PersistError> {
    let opening = DB.with(|d| {
        d.borrow_mut()
            .get_or_insert_with(|| start_opening(schema))
            .clone()
    });
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

fn start_opening(schema: &'static Schema) -> Promise {
    Promise::new(&mut |resolve, reject| {
        let factory = match web_sys::window().and_then(|w| w.indexed_db().ok().flatten()) {
            Some(f) => f,
            None => {
                let _ = reject.call1(&JsValue::NULL, &"this browser has no IndexedDB".into());
                return;
            }
        };
        let request: IdbOpenDbRequest = match factory.open_with_u32(schema.name, schema.version) {
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
                if (schema.upgrade)(&db, &tx, event.old_version() as u32).is_err() {
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

/// A transaction over `stores`; a readwrite one is durable ("strict"): it commits only once
/// its data is on disk.
pub fn transaction(
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

pub fn store(tx: &IdbTransaction, name: &str) -> Result<IdbObjectStore, PersistError> {
    tx.object_store(name).map_err(persist_error)
}

/// Runs `work` in one durable readwrite transaction over `stores` of `schema`'s database and
/// resolves once it has committed: all of it is stored, or (when `work` fails, the quota is
/// exceeded or the tab closes) none of it.
pub async fn write<T>(
    schema: &'static Schema,
    stores: &[&str],
    work: impl AsyncFnOnce(&IdbTransaction) -> Result<T, PersistError>,
) -> Result<T, PersistError> {
    let db = open(schema).await?;
    let tx = transaction(&db, stores, IdbTransactionMode::Readwrite)?;
    let commit = committed(&tx);
    match work(&tx).await {
        Ok(value) => commit.await.map(|()| value),
        Err(e) => {
            let _ = tx.abort();
            let _ = commit.await;
            Err(e)
        }
    }
}

/// Deletes `schema`'s whole database. Other tabs are asked to close it first
/// (`onversionchange`).
pub async fn delete(schema: &Schema) -> Result<(), PersistError> {
    close().await;
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or_else(|| PersistError::Unavailable("this browser has no IndexedDB".into()))?;
    let request = factory
        .delete_database(schema.name)
        .map_err(persist_error)?;
    done(&request).await.map(|_| ())
}
