//! The spreadsheet worker: reads and writes files off the page's thread, in a wasm of its own
//! that the app only fetches when a file is read or written (src/spreadsheet.rs).
//!
//! Protocol, one reply per request, matched by `id`:
//! - `{id, op: "read", bytes: ArrayBuffer}` → `{id, ok: true, json: <Workbook JSON>}`
//! - `{id, op: "write_xlsx", json: <XlsxBook JSON>}` → `{id, ok: true, bytes: ArrayBuffer}`
//! - a failure → `{id, ok: false, json: <SheetError JSON>}`
//!
//! `{ready: true}` is posted once the handler is set: messages sent before that would be lost.

use gongzhi_sheets::{read_workbook, write_xlsx, SheetError, XlsxBook};
use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let handler = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let (reply, transfer) = answer(&event.data());
        // Posting fails only for values that cannot be cloned, and these are plain data.
        let _ = reply_to.post_message_with_transfer(&reply, &transfer);
    });
    scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The worker lives as long as the page; the handler with it.
    handler.forget();
    let ready = Object::new();
    set(&ready, "ready", &JsValue::TRUE);
    let _ = scope.post_message(&ready);
}

/// The reply to one request, and the buffers it hands over rather than copies.
fn answer(request: &JsValue) -> (Object, Array) {
    let reply = Object::new();
    let transfer = Array::new();
    set(&reply, "id", &get(request, "id"));
    let op = get(request, "op").as_string().unwrap_or_default();
    let outcome: Result<JsValue, SheetError> = match op.as_str() {
        "read" => {
            let bytes = Uint8Array::new(&get(request, "bytes")).to_vec();
            read_workbook(&bytes).map(|book| to_json(&book).into())
        }
        "write_xlsx" => get(request, "json")
            .as_string()
            .and_then(|json| serde_json::from_str::<XlsxBook>(&json).ok())
            .ok_or_else(|| SheetError::WriteFailed {
                detail: "the book sent to the worker is not an XlsxBook".into(),
            })
            .and_then(|book| write_xlsx(&book))
            .map(|bytes| {
                let buffer: ArrayBuffer = Uint8Array::from(bytes.as_slice()).buffer();
                transfer.push(&buffer);
                buffer.into()
            }),
        other => Err(SheetError::WriteFailed {
            detail: format!("the worker has no operation {other:?}"),
        }),
    };
    match outcome {
        Ok(value) => {
            set(&reply, "ok", &JsValue::TRUE);
            set(&reply, if op == "read" { "json" } else { "bytes" }, &value);
        }
        Err(e) => {
            set(&reply, "ok", &JsValue::FALSE);
            set(&reply, "json", &to_json(&e).into());
        }
    }
    (reply, transfer)
}

fn to_json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).expect("workbooks and errors are plain data")
}

fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn set(target: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &key.into(), value);
}
