//! Browser glue outside storage: language preferences, the `<html>` element and the service worker.
//! Kept here so components stay free of web-sys calls.

use crate::i18n::Lang;

/// navigator.languages, best first (empty where the browser gives none).
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// `<html lang>` follows the UI language (screen readers and fonts depend on it); the large-text
/// setting scales every rem-based size through one class on the root element.
pub fn apply_document(lang: Lang, large_text: bool) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("lang", lang.tag());
    let _ = root
        .class_list()
        .toggle_with_force("large-text", large_text);
}

pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// The service worker (public/sw.js, its precache list written at build time) makes the app load
/// with no network. Browsers without it simply run online.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // Absent on insecure origins (plain http other than localhost): calling it there would throw.
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    // The returned promise only rejects on an insecure origin or a broken script; the app works
    // without a worker, so there is nothing to do with the result.
    let _ = container.register("/sw.js");
}

/// Puts `text` on the clipboard; false where the page has no clipboard (plain http other than
/// localhost) or the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into());
    let Some(clipboard) = clipboard.ok().filter(|c| !c.is_undefined()) else {
        return false;
    };
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let promise = write
        .and_then(|f| f.call1(&clipboard, &text.into()).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    match promise {
        Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
        None => false,
    }
}

/// Brings an element just shown (a confirmation opened below the fold) into view once it is
/// drawn, and moves focus into it, so the question is neither missed nor out of keyboard reach.
/// The element needs `tabindex="-1"` unless it is focusable anyway.
pub fn reveal(id: impl Into<String>) {
    use wasm_bindgen::JsCast;
    let id: String = id.into();
    leptos::task::spawn_local(async move {
        yield_to_page().await;
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            el.scroll_into_view_with_bool(false);
            let _ = el.focus();
        }
    });
}

/// Keeps a message that appears under a form (a refusal, a check that failed) where the user is
/// looking: whenever `shown` becomes true, the element is scrolled just into view once drawn,
/// and the page does not move if it is already in view. On a phone a refusal could otherwise
/// appear a screen above or below the button that caused it, and nothing would seem to happen.
pub fn reveal_when<E>(node: leptos::prelude::NodeRef<E>, shown: impl Fn() -> bool + 'static)
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + Into<web_sys::Element> + 'static,
{
    use leptos::prelude::{Effect, Get};
    Effect::new(move |_| {
        if !shown() {
            return;
        }
        let Some(el) = node.get() else {
            return;
        };
        let el: web_sys::Element = el.into();
        leptos::task::spawn_local(async move {
            yield_to_page().await;
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            el.scroll_into_view_with_scroll_into_view_options(&options);
        });
    });
}

/// Shows a page that replaced another in place from its top, with focus on its content: the
/// welcome's demo button sits a phone's height down, and the community drawn in its place would
/// otherwise open mid-page with focus lost on a button that is gone.
pub fn show_page_top() {
    // Focus first: focusing scrolls the content's top under the header out of sight.
    focus_main();
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Moves keyboard focus to the page content (the skip link's target; the router would otherwise
/// treat `#main` as a navigation).
pub fn focus_main() {
    use wasm_bindgen::JsCast;
    if let Some(main) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

/// 32 bytes from the browser's cryptographic random generator, for a new device key.
pub fn random_seed() -> [u8; 32] {
    let mut seed = [0u8; 32];
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .expect("every browser that runs WebAssembly has crypto.getRandomValues");
    crypto
        .get_random_values_with_u8_array(&mut seed)
        .expect("32 bytes are within getRandomValues' limit");
    seed
}

/// Milliseconds since the Unix epoch, from this device's clock.
pub fn now_ms() -> i64 {
    // The clock reads whole milliseconds far below 2^53.
    js_sys::Date::now() as i64
}

/// Lets the page paint and handle input before the next piece of long work.
pub async fn yield_to_page() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits until the browser is idle (the page drawn, no input waiting), or two seconds at
/// most: for work that must not compete with a page's first paint.
pub async fn when_idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let options = web_sys::IdleRequestOptions::new();
            options.set_timeout(2_000);
            if w.request_idle_callback_with_options(&resolve, &options)
                .is_err()
            {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            }
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Offers `bytes` as a file download named `name`.
pub fn download(name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let fail = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url).map_err(fail)
}

/// Starts the app afresh, e.g. after everything was erased.
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// The app's one ticking clock: Unix milliseconds, updated every 15 s, for countdowns and
/// anything that turns on "now". One interval for the whole app, created with the root and never
/// cleared: per-component intervals each own a JS closure, and a test clock that fast-forwards
/// days at once may still fire one whose component (and closure) is already gone.
#[derive(Clone, Copy)]
pub struct Clock(pub leptos::prelude::ReadSignal<i64>);

const TICK_MS: i32 = 15_000;

/// Provides the clock and returns a way to move it to the present at once: a command that opens a
/// window from "now" (a demo's notice, a notice just posted) must find it open, not wait for the
/// next tick.
pub fn provide_clock() -> impl Fn() + Copy + 'static {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    let (now, set_now) = signal(now_ms());
    // `try_set`: a test that mounts the app again leaves the old root's clock ticking into a
    // disposed signal, which must be a no-op rather than a panic.
    let tick = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        let _ = set_now.try_set(now_ms());
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_interval_with_callback_and_timeout_and_arguments_0(
            tick.as_ref().unchecked_ref(),
            TICK_MS,
        );
    }
    // Lives as long as the page: the app's root is never unmounted in the shipped app.
    tick.forget();
    provide_context(Clock(now));
    move || {
        let _ = set_now.try_set(now_ms());
    }
}

/// The ticking clock provided by [`provide_clock`].
pub fn use_now() -> leptos::prelude::ReadSignal<i64> {
    leptos::prelude::expect_context::<Clock>().0
}

/// Kiosk mode: the page hides everything but the voting screen (see style/main.css).
pub fn set_kiosk_mode(on: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().toggle_with_force("kiosk", on);
    }
}

/// Why a chosen file could not be read as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileReadError {
    TooLarge { bytes: u64, max: u64 },
    Unreadable(String),
}

/// Reads a picked file as text: UTF-8 when it is valid UTF-8 (with or without a byte-order
/// mark), otherwise GB18030, the superset of GBK that Chinese spreadsheet programs write. The
/// browser's own decoder does it, so the app carries no encoding tables. The size is checked
/// before anything is read.
pub async fn read_text_file(file: &web_sys::File, max_bytes: u64) -> Result<String, FileReadError> {
    let data = js_sys::Uint8Array::new(&read_buffer(file, max_bytes).await?);
    let fail = |e: wasm_bindgen::JsValue| {
        FileReadError::Unreadable(e.as_string().unwrap_or_else(|| format!("{e:?}")))
    };
    let strict = web_sys::TextDecoderOptions::new();
    strict.set_fatal(true);
    let utf8 = web_sys::TextDecoder::new_with_label_and_options("utf-8", &strict).map_err(fail)?;
    if let Ok(text) = utf8.decode_with_js_u8_array(&data) {
        return Ok(text);
    }
    let gb = web_sys::TextDecoder::new_with_label("gb18030").map_err(fail)?;
    gb.decode_with_js_u8_array(&data).map_err(fail)
}

/// A picked file's bytes as they are; the size is checked before anything is read.
pub async fn read_file_bytes(
    file: &web_sys::File,
    max_bytes: u64,
) -> Result<Vec<u8>, FileReadError> {
    Ok(js_sys::Uint8Array::new(&read_buffer(file, max_bytes).await?).to_vec())
}

async fn read_buffer(
    file: &web_sys::File,
    max_bytes: u64,
) -> Result<wasm_bindgen::JsValue, FileReadError> {
    // File sizes are whole numbers far below 2^53.
    let bytes = file.size() as u64;
    if bytes > max_bytes {
        return Err(FileReadError::TooLarge {
            bytes,
            max: max_bytes,
        });
    }
    wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| FileReadError::Unreadable(e.as_string().unwrap_or_else(|| format!("{e:?}"))))
}

/// The Web Share API with a file, where the browser has it (phones); `None` elsewhere, where
/// the caller offers the download instead. `Some(Err)` also covers the user closing the sheet.
pub async fn share_file(name: &str, bytes: &[u8], mime: &str) -> Option<Result<(), String>> {
    use wasm_bindgen::JsCast;
    let navigator = web_sys::window()?.navigator();
    let get =
        |target: &wasm_bindgen::JsValue, key: &str| js_sys::Reflect::get(target, &key.into()).ok();
    let can_share = get(&navigator, "canShare")?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let share = get(&navigator, "share")?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    let file =
        web_sys::File::new_with_u8_array_sequence_and_options(&parts, name, &options).ok()?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file)).ok()?;
    js_sys::Reflect::set(&data, &"title".into(), &name.into()).ok()?;
    let allowed = can_share
        .call1(&navigator, &data)
        .ok()?
        .as_bool()
        .unwrap_or(false);
    if !allowed {
        return None;
    }
    let promise: js_sys::Promise = match share.call1(&navigator, &data) {
        Ok(p) => p.unchecked_into(),
        Err(e) => return Some(Err(format!("{e:?}"))),
    };
    Some(
        wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map(|_| ())
            .map_err(|e| format!("{e:?}")),
    )
}

/// Whether this browser can share files (so the page shows a share button at all).
pub fn can_share_files() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"canShare".into()).ok())
        .is_some_and(|f| f.is_function())
}

/// Opens the browser's print dialog (the result sheet has its own A4 print stylesheet).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
