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
