//! In-browser tests: the app mounted in headless Chromium over in-memory persistence.
#![cfg(target_arch = "wasm32")]

use gongzhi::app::Shell;
use gongzhi::i18n::Lang;
use gongzhi::persist::{MemoryPersistence, Persistence};
use gongzhi::settings::Settings;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: HtmlElement,
    // Dropping the handle unmounts the app.
    _handle: Box<dyn std::any::Any>,
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the app at `path` over `store`, starting from a clean `<html>`.
async fn mount(path: &str, store: Arc<MemoryPersistence>) -> Mounted {
    let window = web_sys::window().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .unwrap();
    let html = document().document_element().unwrap();
    html.set_class_name("");
    html.set_attribute("lang", "").unwrap();
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let persistence: Arc<dyn Persistence> = store;
    let handle = mount_to(root.clone(), move || {
        view! { <Shell persistence=persistence.clone() /> }.into_any()
    });
    tick().await;
    Mounted {
        root,
        _handle: Box::new(handle),
    }
}

impl Mounted {
    fn text(&self, selector: &str) -> String {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .text_content()
            .unwrap_or_default()
    }

    async fn click(&self, selector: &str) {
        let el: HtmlElement = self
            .root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .unchecked_into();
        el.click();
        tick().await;
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

fn html_attr(name: &str) -> Option<String> {
    document().document_element().unwrap().get_attribute(name)
}

fn chinese() -> Arc<MemoryPersistence> {
    Arc::new(MemoryPersistence::with_settings(Settings {
        lang: Some(Lang::Zh),
        large_text: false,
    }))
}

#[wasm_bindgen_test]
async fn home_welcomes_in_chinese_and_sets_html_lang() {
    let app = mount("/", chinese()).await;
    assert_eq!(app.text("main h1"), "欢迎使用共治");
    assert!(app.text(".empty-state").contains("这台设备上还没有社区"));
    assert_eq!(html_attr("lang").as_deref(), Some("zh-CN"));
    assert_eq!(document().title(), "首页 · 共治");
}

#[wasm_bindgen_test]
async fn language_switch_translates_and_is_saved() {
    let store = chinese();
    let app = mount("/", store.clone()).await;
    app.click(".lang-toggle").await;
    assert_eq!(app.text("main h1"), "Welcome to Gongzhi");
    assert_eq!(app.text("nav"), "HomeSettings");
    assert_eq!(html_attr("lang").as_deref(), Some("en"));
    assert_eq!(store.load_settings().lang, Some(Lang::En));
    app.click(".lang-toggle").await;
    assert_eq!(app.text("main h1"), "欢迎使用共治");
    assert_eq!(store.load_settings().lang, Some(Lang::Zh));
}

#[wasm_bindgen_test]
async fn nav_link_routes_to_settings_and_large_text_applies() {
    let store = chinese();
    let app = mount("/", store.clone()).await;
    app.click("nav a[href='/settings']").await;
    assert_eq!(app.text("main h1"), "设置");
    assert_eq!(
        app.root
            .query_selector("nav a[aria-current='page']")
            .unwrap()
            .unwrap()
            .text_content(),
        Some("设置".into())
    );
    app.click("#large-text").await;
    let class = html_attr("class").unwrap_or_default();
    assert!(
        class.split(' ').any(|c| c == "large-text"),
        "html class is {class:?}"
    );
    assert!(store.load_settings().large_text);
    assert_eq!(app.text("[role=status]"), "设置已保存在这台设备上。");
}

#[wasm_bindgen_test]
async fn a_failed_save_is_reported_and_the_choice_still_applies() {
    let store = Arc::new(MemoryPersistence {
        fail_writes: true,
        ..MemoryPersistence::with_settings(Settings {
            lang: Some(Lang::En),
            large_text: false,
        })
    });
    let app = mount("/settings", store.clone()).await;
    app.click("#lang-zh-CN").await;
    assert_eq!(app.text("main h1"), "设置");
    assert!(app.text("[role=status]").contains("设置无法保存"));
    assert_eq!(
        store.load_settings().lang,
        Some(Lang::En),
        "nothing half-written"
    );
    let zh: HtmlInputElement = app
        .root
        .query_selector("#lang-zh-CN")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(zh.checked());
}

#[wasm_bindgen_test]
async fn unknown_paths_show_the_not_found_page() {
    let app = mount("/no/such/page", chinese()).await;
    assert_eq!(app.text("main h1"), "找不到这个页面");
    assert_eq!(app.text("main code"), "/no/such/page");
    app.click("main a[href='/']").await;
    assert_eq!(app.text("main h1"), "欢迎使用共治");
}
