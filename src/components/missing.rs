//! What a page shows when the id in its address names nothing on this device (a link from
//! another device's record, a mistyped address): what is missing and a way back.

use crate::i18n::{t, Msg};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Missing(title: Msg, back: &'static str, back_label: Msg) -> impl IntoView {
    view! {
        <section class="card">
            <h1>{t(title)}</h1>
            <p><A href=back>{t(back_label)}</A></p>
        </section>
    }
}
