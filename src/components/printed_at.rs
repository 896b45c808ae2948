//! The time a posted sheet was printed, on the sheet: taken again when the browser is about to
//! print, so a page left open all morning does not print the time it was drawn.

use crate::i18n::{date_time, use_i18n, Msg};
use crate::platform;
use leptos::prelude::*;

#[component]
pub fn PrintedAt() -> impl IntoView {
    let i18n = use_i18n();
    let at = RwSignal::new(platform::now_ms());
    let handle = leptos::prelude::window_event_listener_untyped("beforeprint", move |_| {
        at.set(platform::now_ms())
    });
    on_cleanup(move || handle.remove());
    view! {
        <p class="print-only printed-at">
            {move || Msg::PrintedAt.text(i18n.lang.get())} " " {move || date_time(i18n.lang.get(), at.get())}
        </p>
    }
}
