//! The app's one door to the spreadsheet worker (sheets/src/bin/sheets-worker.rs): roster files
//! in, `.xlsx` bytes out. The readers and the writer live in that worker's own wasm, so the
//! main wasm stays small and the worker is fetched only when a file is first read or written.

use crate::platform::{self, FileReadError};
use futures::channel::oneshot;
use gongzhi_core::registry::sheet::Workbook;
use gongzhi_core::registry::sheet_file::{SheetError, XlsxBook};
use js_sys::{Array, Object, Reflect, Uint8Array};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// Far above any compound's roster (4,680 households are ~400 KB as CSV), far below what
/// would strain a phone.
pub const MAX_BYTES: u64 = 20_000_000;

/// Trunk names a worker after its binary, unhashed, so the page can find it.
const WORKER_URL: &str = "/sheets-worker_loader.js";

/// A worker whose wasm cannot be fetched never says so; past this it counts as not started.
const START_TIMEOUT_MS: i32 = 30_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpreadsheetError {
    TooLarge {
        bytes: u64,
        max: u64,
    },
    /// The browser could not read the picked file.
    Unreadable(String),
    /// The worker could not be started or loaded (blocked, missing from the build, offline
    /// before the app was cached).
    WorkerUnavailable(String),
    /// The worker stopped while working on this file.
    WorkerFailed(String),
    Sheet(SheetError),
}

/// Reads a picked roster file of any kind the worker knows into its sheets.
pub async fn read_workbook(file: &web_sys::File) -> Result<Workbook, SpreadsheetError> {
    let bytes = platform::read_file_bytes(file, MAX_BYTES)
        .await
        .map_err(|e| match e {
            FileReadError::TooLarge { bytes, max } => SpreadsheetError::TooLarge { bytes, max },
            FileReadError::Unreadable(why) => SpreadsheetError::Unreadable(why),
        })?;
    let buffer = Uint8Array::from(bytes.as_slice()).buffer();
    let request = Object::new();
    set(&request, "op", &"read".into());
    set(&request, "bytes", &buffer);
    let reply = call(request, Array::of1(&buffer)).await?;
    let json = get(&reply, "json").as_string().unwrap_or_default();
    serde_json::from_str(&json).map_err(|e| SpreadsheetError::WorkerFailed(e.to_string()))
}

/// The bytes of an `.xlsx` file holding the book.
pub async fn xlsx_bytes(book: &XlsxBook) -> Result<Vec<u8>, SpreadsheetError> {
    let request = Object::new();
    set(&request, "op", &"write_xlsx".into());
    let json = serde_json::to_string(book).expect("an XlsxBook is plain data");
    set(&request, "json", &json.into());
    let reply = call(request, Array::new()).await?;
    Ok(Uint8Array::new(&get(&reply, "bytes")).to_vec())
}

type Reply = Result<JsValue, SpreadsheetError>;

/// The running worker: requests wait in `queue` until it says it is ready, then in `pending`
/// until their reply comes back.
struct Connection {
    worker: web_sys::Worker,
    ready: Cell<bool>,
    next_id: Cell<u32>,
    queue: RefCell<Vec<(Object, Array)>>,
    pending: RefCell<HashMap<u32, oneshot::Sender<Reply>>>,
}

thread_local! {
    static CONNECTION: RefCell<Option<Rc<Connection>>> = const { RefCell::new(None) };
}

async fn call(request: Object, transfer: Array) -> Result<JsValue, SpreadsheetError> {
    let connection = connection()?;
    let id = connection.next_id.get();
    connection.next_id.set(id.wrapping_add(1));
    set(&request, "id", &id.into());
    let (send, receive) = oneshot::channel();
    connection.pending.borrow_mut().insert(id, send);
    if connection.ready.get() {
        post(&connection, &request, &transfer);
    } else {
        connection.queue.borrow_mut().push((request, transfer));
    }
    let reply = receive
        .await
        .map_err(|_| SpreadsheetError::WorkerFailed("the reply was dropped".into()))??;
    if get(&reply, "ok").as_bool() == Some(true) {
        return Ok(reply);
    }
    let json = get(&reply, "json").as_string().unwrap_or_default();
    Err(serde_json::from_str(&json)
        .map(SpreadsheetError::Sheet)
        .unwrap_or_else(|e| SpreadsheetError::WorkerFailed(e.to_string())))
}

fn post(connection: &Connection, request: &Object, transfer: &Array) {
    if let Err(e) = connection
        .worker
        .post_message_with_transfer(request, transfer)
    {
        let id = get(request, "id").as_f64().unwrap_or(-1.0) as u32;
        let waiting = connection.pending.borrow_mut().remove(&id);
        if let Some(send) = waiting {
            let _ = send.send(Err(SpreadsheetError::WorkerFailed(describe(&e))));
        }
    }
}

/// The worker, started on first use and kept for the page's life; a worker that failed is
/// dropped so the next file starts a new one.
fn connection() -> Result<Rc<Connection>, SpreadsheetError> {
    if let Some(c) = CONNECTION.with(|c| c.borrow().clone()) {
        return Ok(c);
    }
    let worker = web_sys::Worker::new(WORKER_URL)
        .map_err(|e| SpreadsheetError::WorkerUnavailable(describe(&e)))?;
    let connection = Rc::new(Connection {
        worker,
        ready: Cell::new(false),
        next_id: Cell::new(0),
        queue: RefCell::new(Vec::new()),
        pending: RefCell::new(HashMap::new()),
    });
    let weak = Rc::downgrade(&connection);
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let Some(connection) = weak.upgrade() else {
                return;
            };
            let data = event.data();
            if get(&data, "ready").as_bool() == Some(true) {
                connection.ready.set(true);
                for (request, transfer) in connection.queue.take() {
                    post(&connection, &request, &transfer);
                }
                return;
            }
            let id = get(&data, "id").as_f64().unwrap_or(-1.0) as u32;
            let waiting = connection.pending.borrow_mut().remove(&id);
            if let Some(send) = waiting {
                let _ = send.send(Ok(data));
            }
        });
    connection
        .worker
        .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let weak = Rc::downgrade(&connection);
    let on_error =
        Closure::<dyn Fn(web_sys::ErrorEvent)>::new(move |event: web_sys::ErrorEvent| {
            event.prevent_default();
            if let Some(connection) = weak.upgrade() {
                fail(&connection, event.message());
            }
        });
    connection
        .worker
        .set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let weak = Rc::downgrade(&connection);
    let on_timeout = Closure::<dyn Fn()>::new(move || {
        if let Some(connection) = weak.upgrade().filter(|c| !c.ready.get()) {
            fail(&connection, "the spreadsheet worker did not start".into());
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            on_timeout.as_ref().unchecked_ref(),
            START_TIMEOUT_MS,
        );
    }
    // One worker per page: its handlers live as long as it does.
    on_message.forget();
    on_error.forget();
    on_timeout.forget();
    CONNECTION.with(|c| *c.borrow_mut() = Some(connection.clone()));
    Ok(connection)
}

/// Answers every waiting request with the failure and forgets the worker.
fn fail(connection: &Connection, why: String) {
    let error = if connection.ready.get() {
        SpreadsheetError::WorkerFailed(why)
    } else {
        SpreadsheetError::WorkerUnavailable(why)
    };
    connection.worker.terminate();
    connection.queue.take();
    for (_, send) in connection.pending.take() {
        let _ = send.send(Err(error.clone()));
    }
    CONNECTION.with(|c| *c.borrow_mut() = None);
}

fn describe(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| get(e, "message").as_string())
        .unwrap_or_else(|| format!("{e:?}"))
}

fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn set(target: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &key.into(), value);
}
