//! A device id is 64 digits nobody should copy by hand: a button beside it puts it on the
//! clipboard and says so, or says how to copy it where the browser will not (a page on plain
//! http has no clipboard).

use crate::i18n::{t, Msg};
use crate::platform;
use leptos::prelude::*;

#[component]
pub fn CopyButton(
    /// What is copied.
    #[prop(into)]
    text: Signal<String>,
    /// The button's accessible name, naming what it copies where several are on a page.
    #[prop(into, optional)]
    name: Option<Signal<String>>,
) -> impl IntoView {
    let copied: RwSignal<Option<bool>> = RwSignal::new(None);
    let copy = move |_| {
        let text = text.get_untracked();
        leptos::task::spawn_local(async move {
            copied.set(Some(platform::copy_text(&text).await));
        });
    };
    view! {
        <span class="copy">
            <button type="button" class="button copy-button" on:click=copy
                aria-label=move || name.map(|n| n.get())>
                {t(Msg::CopyId)}
            </button>
            <span role="status" class="copy-status">
                {move || copied.get().map(|ok| t(if ok { Msg::Copied } else { Msg::CopyFailed })())}
            </span>
        </span>
    }
}
