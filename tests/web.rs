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
    // Cleaning this owner up disposes the app's reactive graph, including the router's window
    // click listener, which would otherwise intercept clicks meant for the next test's router.
    owner: Owner,
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
    let owner = Owner::new();
    let handle = owner.with(|| {
        mount_to(root.clone(), move || {
            view! { <Shell persistence=persistence.clone() /> }.into_any()
        })
    });
    tick().await;
    Mounted {
        root,
        owner,
        _handle: Box::new(handle),
    }
}

/// Lets timers and the router's navigation task run.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
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

    /// Waits (up to 2 s) until `selector` shows `expected`; Leptos and the router update the DOM
    /// asynchronously.
    async fn expect_text(&self, selector: &str, expected: &str) {
        let mut seen = None;
        for _ in 0..200 {
            seen = self
                .root
                .query_selector(selector)
                .unwrap()
                .map(|el| el.text_content().unwrap_or_default());
            if seen.as_deref() == Some(expected) {
                return;
            }
            sleep(10).await;
        }
        panic!("{selector} shows {seen:?}, expected {expected:?}");
    }

    /// Waits (up to 2 s) until `selector` matches an enabled element.
    async fn wait_for_enabled(&self, selector: &str) {
        for _ in 0..200 {
            let found = self.root.query_selector(selector).unwrap();
            if found.is_some_and(|el| !el.has_attribute("disabled")) {
                return;
            }
            sleep(10).await;
        }
        panic!("{selector} never became enabled");
    }

    /// Types `value` into a text field as a person would: the value, then an `input` event.
    async fn fill(&self, selector: &str, value: &str) {
        let el = self
            .root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"));
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            input.set_value(value);
        } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.set_value(value);
        }
        el.dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
        tick().await;
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
        self.owner.cleanup();
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
        ..Default::default()
    }))
}

#[wasm_bindgen_test]
async fn home_welcomes_in_chinese_and_sets_html_lang() {
    let app = mount("/", chinese()).await;
    app.expect_text("main h1", "欢迎使用共治").await;
    assert!(app.text(".empty-state").contains("这台设备上还没有社区"));
    assert_eq!(html_attr("lang").as_deref(), Some("zh-CN"));
    assert_eq!(document().title(), "首页 · 共治");
}

#[wasm_bindgen_test]
async fn language_switch_translates_and_is_saved() {
    let store = chinese();
    let app = mount("/", store.clone()).await;
    app.click(".lang-toggle").await;
    app.expect_text("main h1", "Welcome to Gongzhi").await;
    assert_eq!(
        app.text("nav"),
        "HomeRequestsProjectsVotesFundsMeetingsHouseholdsOrganisationsExchangeSettings"
    );
    assert_eq!(html_attr("lang").as_deref(), Some("en"));
    assert_eq!(store.load_settings().lang, Some(Lang::En));
    app.click(".lang-toggle").await;
    app.expect_text("main h1", "欢迎使用共治").await;
    assert_eq!(store.load_settings().lang, Some(Lang::Zh));
}

#[wasm_bindgen_test]
async fn nav_link_routes_to_settings_and_large_text_applies() {
    let store = chinese();
    let app = mount("/", store.clone()).await;
    app.click("nav a[href='/settings']").await;
    app.expect_text("main h1", "设置").await;
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
    let store = Arc::new(MemoryPersistence::with_settings(Settings {
        lang: Some(Lang::En),
        large_text: false,
        ..Default::default()
    }));
    store.fail_writes(true);
    let app = mount("/settings", store.clone()).await;
    app.click("#lang-zh-CN").await;
    app.expect_text("main h1", "设置").await;
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
    app.expect_text("main h1", "找不到这个页面").await;
    app.expect_text("main code", "/no/such/page").await;
    app.click("main a[href='/']").await;
    app.expect_text("main h1", "欢迎使用共治").await;
}

/// The demo's council vote, reached as a person would: load the demo, follow the vote's link.
async fn demo_vote(store: Arc<MemoryPersistence>) -> Mounted {
    let app = mount("/", store).await;
    app.wait_for_enabled("#load-demo").await;
    app.click("#load-demo").await;
    app.expect_text("main h1", "晋阳社区").await;
    app.click("#votes-title + ul a").await;
    app.expect_text("main h1", "2027 年院落微更新计划").await;
    app
}

#[wasm_bindgen_test]
async fn a_roll_call_ballot_shows_as_recorded_once_stored_and_counts() {
    let store = chinese();
    let app = demo_vote(store.clone()).await;
    let stored = store.storage_info().await.stored_events;
    app.click("li.member:first-child button.vote-choice").await;
    app.expect_text("li.member:first-child .member-status", "已记录： 同意")
        .await;
    assert_eq!(store.storage_info().await.stored_events, stored + 1);
    app.expect_text(
        "#result-lines li",
        "同意 1 票，需要 25 票（全体 37 名成员；同意占 2.7%）",
    )
    .await;
}

#[wasm_bindgen_test]
async fn a_ballot_storage_refuses_is_not_shown_and_an_export_is_offered() {
    let store = chinese();
    let app = demo_vote(store.clone()).await;
    store.fail_writes(true);
    app.click("li.member:first-child button.vote-choice").await;
    app.expect_text(
        ".submit-failure .status",
        "没有保存： 本机存储已满，这次的内容没有保存。之前保存的记录都完好。请先导出备份，再清理浏览器空间。",
    )
    .await;
    assert_eq!(app.text("li.member:first-child .member-status"), "未表决");
    assert_eq!(app.text(".submit-failure button"), "导出全部记录");
}

#[wasm_bindgen_test]
async fn a_plan_with_an_unreadable_amount_names_the_line_and_saves_nothing() {
    let store = chinese();
    let app = mount("/", store.clone()).await;
    app.wait_for_enabled("#load-demo").await;
    app.click("#load-demo").await;
    app.expect_text("main h1", "晋阳社区").await;
    app.click("nav a[href='/requests']").await;
    app.expect_text("main h1", "居民诉求").await;
    app.fill("#request-title", "北苑 3 栋路灯不亮").await;
    app.click("form button[type=submit]").await;
    app.expect_text("form [role=status]", "诉求已记录。").await;
    app.click("ul.requests a[href$='/draft']").await;
    app.expect_text("main h1", "起草项目方案").await;
    let stored = store.storage_info().await.stored_events;

    app.fill(".line .line-label", "更换路灯").await;
    app.fill(".line .line-amount", "1,2O0").await;
    app.click("form button[type=submit]").await;
    app.expect_text(
        "#draft-problem",
        "第 1 行：金额只能包含数字、逗号和小数点。",
    )
    .await;
    assert_eq!(store.storage_info().await.stored_events, stored);
    assert_eq!(app.text("#budget-total"), "—");

    app.fill("fieldset .line .line-amount", "1,200").await;
    app.expect_text("#budget-total", "1,200.00 元").await;
}
