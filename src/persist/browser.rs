//! The browser's storage, and the only code that touches it: settings in localStorage through
//! gloo-storage (tiny, read synchronously at start), the event log and the device key in
//! IndexedDB (see `idb`), usage and persistence through `navigator.storage`. Other tabs learn
//! of each append through a BroadcastChannel.

use super::{
    advance_tips, idb, parse_stored, Chunk, LocalFuture, PersistError, Persistence, StorageInfo,
    Tip,
};
use crate::settings::Settings;
use gloo_storage::{LocalStorage, Storage};
use gongzhi_core::event::OrderKey;
use gongzhi_core::ids::DeviceId;
use gongzhi_core::{Event, SignedHead};
use js_sys::{Array, Reflect, Uint8Array};
use send_wrapper::SendWrapper;
use std::collections::{BTreeMap, BTreeSet};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{BroadcastChannel, MessageEvent};

const SETTINGS_KEY: &str = "gongzhi.settings.v1";
const SEED_KEY: &str = "device-seed";
const HEAD_PREFIX: &str = "head:";
/// Every tab of this app opens a channel of this name; a message is the keys one append stored.
const CHANNEL: &str = "gongzhi-log";

/// One opening of the browser's storage, as one tab holds it.
pub struct BrowserPersistence {
    /// `None` where the browser has no BroadcastChannel: the tab then sees other tabs' writes
    /// when it next loads. The page is single-threaded, so the wrapper never panics.
    channel: SendWrapper<Option<BroadcastChannel>>,
}

impl BrowserPersistence {
    pub fn new() -> BrowserPersistence {
        BrowserPersistence {
            channel: SendWrapper::new(BroadcastChannel::new(CHANNEL).ok()),
        }
    }

    fn announce(&self, keys: &[JsValue]) {
        if let Some(channel) = self.channel.as_ref() {
            let _ = channel.post_message(&keys.iter().collect::<Array>());
        }
    }
}

impl Default for BrowserPersistence {
    fn default() -> Self {
        BrowserPersistence::new()
    }
}

fn order_key(key: &JsValue) -> Option<OrderKey> {
    let (lamport, device, seq) = idb::parse_event_key(key)?;
    Some(OrderKey {
        lamport,
        device: device.parse().ok()?,
        seq,
    })
}

/// The tip check of one append, run inside its transaction on the tips read there.
fn decide_tips(
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
    format!("{}{device}", idb::TIP_PREFIX)
}

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
        // The tip check runs inside the transaction, after this call has returned.
        let events = events.to_vec();
        let devices: Vec<DeviceId> = events
            .iter()
            .map(|e| e.id.device)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        Box::pin(async move {
            let entries = entries?;
            let heads = heads?;
            let names: Vec<String> = devices.iter().map(tip_name).collect();
            idb::put_all(&entries, &heads, &names, |stored| {
                decide_tips(&devices, stored, &events)
            })
            .await?;
            if !entries.is_empty() {
                let keys: Vec<JsValue> = entries.into_iter().map(|(key, _)| key).collect();
                self.announce(&keys);
            }
            Ok(())
        })
    }

    fn read_keys(&self, keys: Vec<OrderKey>) -> LocalFuture<'_, Result<Chunk, PersistError>> {
        Box::pin(async move {
            let keys: Vec<JsValue> = keys.iter().map(key_of).collect();
            let values = idb::get_events(&keys).await?;
            let texts = values
                .iter()
                .map(|v| v.as_string().unwrap_or_default())
                .collect();
            let (events, unreadable) = parse_stored(texts, 0);
            Ok(Chunk {
                events,
                unreadable,
                next: None,
            })
        })
    }

    fn watch(&self, changed: Box<dyn Fn(Vec<OrderKey>) + Send + Sync>) {
        let Some(channel) = self.channel.as_ref() else {
            return;
        };
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |message: MessageEvent| {
            let keys: Vec<OrderKey> = message
                .data()
                .dyn_into::<Array>()
                .map(|keys| keys.iter().filter_map(|k| order_key(&k)).collect())
                .unwrap_or_default();
            if !keys.is_empty() {
                changed(keys);
            }
        });
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The tab watches for as long as it is open.
        on_message.forget();
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
                    .and_then(order_key)
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
