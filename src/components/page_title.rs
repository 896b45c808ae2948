use crate::i18n::{use_i18n, Msg};
use crate::platform;
use leptos::prelude::*;

/// Names the page in the tab and in history ("设置 · 共治"), following the language.
pub fn use_page_title(page: Msg) {
    let i18n = use_i18n();
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        platform::set_title(&format!(
            "{} · {}",
            page.text(lang),
            Msg::AppName.text(lang)
        ));
    });
}
