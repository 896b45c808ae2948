//! The browser's storage, and the only code that touches it: settings in localStorage through
//! gloo-storage (tiny, read synchronously at start), the event log and the device key in
//! IndexedDB (see `stored`), usage and persistence through `navigator.storage`. Other tabs learn
//! of each append through a BroadcastChannel.

use super::schema::{event_key, parse_event_key};
use super::{
    layout, stored, Announced, Chunk, Codec, LocalFuture, PersistError, Persistence, Position,
    StorageInfo, COMPACT_AT, SEGMENT_MAX,
};
use crate::settings::Settings;
use gloo_storage::{LocalStorage, Storage};
use gongzhi_core::log::event::OrderKey;
use gongzhi_core::{Event, SignedHead};
use js_sys::{Array, Reflect, Uint8Array};
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{BroadcastChannel, MessageEvent};

const SETTINGS_KEY: &str = "gongzhi.settings.v1";
const SEED_KEY: &str = "device-seed";
const HEAD_PREFIX: &str = "head:";
const CHECKPOINT_KEY: &str = "checkpoint";
/// Segments read per step of a restore: with single events read a chunk at a time too, one
/// step parses a few thousand events, which keeps the page answering.
const SEGMENTS_PER_READ: u32 = 2;
/// Every tab of this app opens a channel of this name; a message is what one append stored:
/// `[keys of single events, segment numbers]`.
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

    fn announce(&self, keys: &[JsValue], segments: &[u64]) {
        if let Some(channel) = self.channel.as_ref() {
            let keys: Array = keys.iter().collect();
            // Segment numbers stay far below 2^53.
            let segments: Array = segments
                .iter()
                .map(|n| JsValue::from_f64(*n as f64))
                .collect();
            let _ = channel.post_message(&Array::of2(&keys, &segments));
        }
    }
}

impl Default for BrowserPersistence {
    fn default() -> Self {
        BrowserPersistence::new()
    }
}

fn order_key(key: &JsValue) -> Option<OrderKey> {
    let (lamport, device, seq) = parse_event_key(key)?;
    Some(OrderKey {
        lamport,
        device: device.parse().ok()?,
        seq,
    })
}

/// What another tab's message says it stored; anything else reads as nothing.
fn announced(message: &JsValue) -> Announced {
    let Some(parts) = message.dyn_ref::<Array>() else {
        return Announced::default();
    };
    let list = |i: u32| parts.get(i).dyn_into::<Array>().unwrap_or_default();
    Announced {
        singles: list(0).iter().filter_map(|k| order_key(&k)).collect(),
        segments: list(1)
            .iter()
            .filter_map(|n| n.as_f64())
            .map(|n| n as u64)
            .collect(),
    }
}

/// Events' JSON texts out of stored values; anything but a string is as damaged as text that
/// does not parse.
fn texts(values: impl Iterator<Item = JsValue>) -> Vec<String> {
    values.map(|v| v.as_string().unwrap_or_default()).collect()
}

fn key_of(k: &OrderKey) -> JsValue {
    event_key(k.lamport, &k.device.to_string(), k.seq)
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

    fn append<'a>(
        &'a self,
        events: &'a [Event],
        heads: &'a [SignedHead],
        codec: &'a dyn Codec,
    ) -> LocalFuture<'a, Result<(), PersistError>> {
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
            let json = |e: &Event| codec.encode(e).map_err(PersistError::Unavailable);
            let (segments, singles) = layout(events);
            let entries: Vec<(JsValue, String)> = singles
                .iter()
                .map(|e| json(e).map(|text| (key_of(&e.order_key()), text)))
                .collect::<Result<_, _>>()?;
            let segments: Vec<Array> = segments
                .into_iter()
                .map(|segment| {
                    segment
                        .iter()
                        .map(|e| json(e).map(|text| JsValue::from_str(&text)))
                        .collect()
                })
                .collect::<Result<_, _>>()?;
            let heads = heads?;
            let numbers = stored::put_all(&entries, &segments, &heads, events).await?;
            if !entries.is_empty() || !numbers.is_empty() {
                let keys: Vec<JsValue> = entries.into_iter().map(|(key, _)| key).collect();
                self.announce(&keys, &numbers);
            }
            Ok(())
        })
    }

    fn read_announced<'a>(
        &'a self,
        what: Announced,
        codec: &'a dyn Codec,
    ) -> LocalFuture<'a, Result<Chunk, PersistError>> {
        Box::pin(async move {
            let keys: Vec<JsValue> = what.singles.iter().map(key_of).collect();
            let mut values = stored::get_events(&keys).await?;
            for segment in stored::get_segments(&what.segments).await? {
                values.extend(segment.iter());
            }
            let (events, unreadable) = codec.decode(texts(values.into_iter()));
            Ok(Chunk {
                events,
                unreadable,
                done: true,
                ..Chunk::default()
            })
        })
    }

    fn watch(&self, changed: Box<dyn Fn(Announced) + Send + Sync>) {
        let Some(channel) = self.channel.as_ref() else {
            return;
        };
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |message: MessageEvent| {
            let what = announced(&message.data());
            if !what.singles.is_empty() || !what.segments.is_empty() {
                changed(what);
            }
        });
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The tab watches for as long as it is open.
        on_message.forget();
    }

    fn read_chunk<'a>(
        &'a self,
        from: Position,
        max: u32,
        codec: &'a dyn Codec,
    ) -> LocalFuture<'a, Result<Chunk, PersistError>> {
        Box::pin(async move {
            let mut next = from;
            if !from.singles_done {
                let (values, last_key) =
                    stored::read_events(from.single.as_ref().map(key_of), max).await?;
                let full = values.len() == max as usize;
                let (events, unreadable) = codec.decode(texts(values.into_iter()));
                // The key of the last entry read, readable or not, so reading goes on past
                // damaged entries.
                next.single = last_key.as_ref().and_then(order_key).or(from.single);
                next.singles_done = !full;
                if full || !events.is_empty() || !unreadable.is_empty() {
                    return Ok(Chunk {
                        events,
                        unreadable,
                        next,
                        done: false,
                    });
                }
            }
            let segments = stored::read_segments(from.segment, SEGMENTS_PER_READ).await?;
            let done = segments.len() < SEGMENTS_PER_READ as usize;
            let mut values = Vec::new();
            for (number, segment) in segments {
                next.segment = number;
                values.extend(segment.iter());
            }
            let (events, unreadable) = codec.decode(texts(values.into_iter()));
            Ok(Chunk {
                events,
                unreadable,
                next,
                done,
            })
        })
    }

    fn compact(&self) -> LocalFuture<'_, Result<(), PersistError>> {
        // COMPACT_AT is a few thousand.
        Box::pin(stored::compact(COMPACT_AT as u32, SEGMENT_MAX))
    }

    fn checkpoint(&self) -> LocalFuture<'_, Result<Option<Vec<u8>>, PersistError>> {
        Box::pin(async move {
            let stored = stored::get_meta(CHECKPOINT_KEY).await?;
            Ok(stored
                .filter(|v| v.is_instance_of::<Uint8Array>())
                .map(|v| Uint8Array::new(&v).to_vec()))
        })
    }

    fn save_checkpoint(&self, bytes: Vec<u8>) -> LocalFuture<'_, Result<(), PersistError>> {
        Box::pin(async move {
            stored::put_meta(CHECKPOINT_KEY, &Uint8Array::from(&bytes[..]).into()).await
        })
    }

    fn heads(&self) -> LocalFuture<'_, Result<Vec<SignedHead>, PersistError>> {
        Box::pin(async move {
            let values = stored::meta_with_prefix(HEAD_PREFIX).await?;
            Ok(values
                .iter()
                .filter_map(|v| v.as_string())
                .filter_map(|json| serde_json::from_str(&json).ok())
                .collect())
        })
    }

    fn device_seed(&self, fresh: [u8; 32]) -> LocalFuture<'_, Result<[u8; 32], PersistError>> {
        Box::pin(async move {
            let stored =
                stored::meta_or_insert(SEED_KEY, Uint8Array::from(&fresh[..]).into()).await?;
            let bytes = Uint8Array::new(&stored).to_vec();
            bytes
                .try_into()
                .map_err(|_| PersistError::Unavailable("the stored device key is damaged".into()))
        })
    }

    fn stored_events(&self) -> LocalFuture<'_, Result<u64, PersistError>> {
        Box::pin(async move { stored::count_events().await.map(|(all, _)| all) })
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
                stored_events: self.stored_events().await.unwrap_or(0),
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
            stored::delete_database().await?;
            LocalStorage::delete(SETTINGS_KEY);
            Ok(())
        })
    }
}
