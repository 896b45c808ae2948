//! The browser's storage, and the only code that touches it: settings in localStorage through
//! gloo-storage (tiny, read synchronously at start), the event log and the device key in
//! IndexedDB (see `idb`), usage and persistence through `navigator.storage`.

use super::{idb, parse_stored, Chunk, LocalFuture, PersistError, Persistence, StorageInfo};
use crate::settings::Settings;
use gloo_storage::{LocalStorage, Storage};
use gongzhi_core::event::OrderKey;
use gongzhi_core::{Event, SignedHead};
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

const SETTINGS_KEY: &str = "gongzhi.settings.v1";
const SEED_KEY: &str = "device-seed";
const HEAD_PREFIX: &str = "head:";

pub struct BrowserPersistence;

fn key_of(k: &OrderKey) -> JsValue {
    idb::event_key(k.lamport, &k.device.to_string(), k.seq)
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    Reflect::has(&navigator, &"storage".into())
        .unwrap_or(false)
        .then(|| navigator.storage())
}

async fn promised(promise: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

fn number(value: &JsValue, field: &str) -> Option<u64> {
    // Byte counts from the browser are whole numbers below 2^53.
    Reflect::get(value, &field.into())
        .ok()?
        .as_f64()
        .map(|n| n as u64)
}

impl Persistence for BrowserPersistence {
    fn load_settings(&self) -> Settings {
        // Unreadable settings (hand-edited, or from a future version) must not stop the app.
        LocalStorage::get(SETTINGS_KEY).unwrap_or_default()
    }

    fn save_settings(&self, settings: &Settings) -> Result<(), PersistError> {
        LocalStorage::set(SETTINGS_KEY, settings).map_err(|e| {
            if e.to_string().contains("QuotaExceeded") {
                PersistError::QuotaExceeded
            } else {
                PersistError::Unavailable(e.to_string())
            }
        })
    }

    fn append(
        &self,
        events: &[Event],
        heads: &[SignedHead],
    ) -> LocalFuture<'_, Result<(), PersistError>> {
        let entries: Result<Vec<(JsValue, String)>, PersistError> = events
            .iter()
            .map(|e| {
                serde_json::to_string(e)
                    .map(|json| (key_of(&e.order_key()), json))
                    .map_err(|err| PersistError::Unavailable(err.to_string()))
            })
            .collect();
        let heads: Result<Vec<(String, JsValue)>, PersistError> = heads
            .iter()
            .map(|h| {
                serde_json::to_string(h)
                    .map(|json| {
                        (
                            format!("{HEAD_PREFIX}{}", h.device),
                            JsValue::from_str(&json),
                        )
                    })
                    .map_err(|err| PersistError::Unavailable(err.to_string()))
            })
            .collect();
        Box::pin(async move {
            let entries = entries?;
            let heads = heads?;
            let meta: Vec<(&str, JsValue)> =
                heads.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
            idb::put_all(&entries, &meta).await
        })
    }

    fn read_chunk(
        &self,
        after: Option<OrderKey>,
        max: u32,
    ) -> LocalFuture<'_, Result<Chunk, PersistError>> {
        Box::pin(async move {
            let (values, last_key) = idb::read_events(after.as_ref().map(key_of), max).await?;
            let full = values.len() == max as usize;
            // Anything but a string is as damaged as text that does not parse.
            let texts = values
                .iter()
                .map(|v| v.as_string().unwrap_or_default())
                .collect();
            let (events, unreadable) = parse_stored(texts, 0);
            let next = if full {
                last_key
                    .as_ref()
                    .and_then(idb::parse_event_key)
                    .and_then(|(lamport, device, seq)| {
                        Some(OrderKey {
                            lamport,
                            device: device.parse().ok()?,
                            seq,
                        })
                    })
                    .or_else(|| events.last().map(Event::order_key))
            } else {
                None
            };
            Ok(Chunk {
                events,
                unreadable,
                next,
            })
        })
    }

    fn heads(&self) -> LocalFuture<'_, Result<Vec<SignedHead>, PersistError>> {
        Box::pin(async move {
            let values = idb::meta_with_prefix(HEAD_PREFIX).await?;
            Ok(values
                .iter()
                .filter_map(|v| v.as_string())
                .filter_map(|json| serde_json::from_str(&json).ok())
                .collect())
        })
    }

    fn device_seed(&self, fresh: [u8; 32]) -> LocalFuture<'_, Result<[u8; 32], PersistError>> {
        Box::pin(async move {
            let stored = idb::meta_or_insert(SEED_KEY, Uint8Array::from(&fresh[..]).into()).await?;
            let bytes = Uint8Array::new(&stored).to_vec();
            bytes
                .try_into()
                .map_err(|_| PersistError::Unavailable("the stored device key is damaged".into()))
        })
    }

    fn storage_info(&self) -> LocalFuture<'_, StorageInfo> {
        Box::pin(async move {
            let manager = storage_manager();
            let estimate = match &manager {
                Some(m) => promised(m.estimate()).await,
                None => None,
            };
            let persistent = match &manager {
                Some(m) => promised(m.persisted()).await.and_then(|v| v.as_bool()),
                None => None,
            };
            StorageInfo {
                usage_bytes: estimate.as_ref().and_then(|e| number(e, "usage")),
                quota_bytes: estimate.as_ref().and_then(|e| number(e, "quota")),
                persistent: persistent.unwrap_or(false),
                stored_events: idb::count_events().await.map_or(0, u64::from),
            }
        })
    }

    fn request_persistent(&self) -> LocalFuture<'_, bool> {
        Box::pin(async move {
            let Some(manager) = storage_manager() else {
                return false;
            };
            promised(manager.persist())
                .await
                .and_then(|v| v.as_bool())
                .unwrap_or(false)
        })
    }

    fn erase_everything(&self) -> LocalFuture<'_, Result<(), PersistError>> {
        Box::pin(async move {
            idb::delete_database().await?;
            LocalStorage::delete(SETTINGS_KEY);
            Ok(())
        })
    }
}
