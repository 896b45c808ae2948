//! What people put on record about a project (responses to its notice, its roadshows): a list,
//! newest last, each with who, what and when, or one line while there is none.

use crate::i18n::{date_time, t, use_i18n, Msg};
use gongzhi_core::EventId;
use leptos::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Entry {
    pub event: EventId,
    /// What kind of entry, where a list has several (support, objection).
    pub badge: Option<Msg>,
    pub who: String,
    pub text: String,
    pub wall_ms: i64,
}

#[component]
pub fn Entries(
    #[prop(into)] entries: Signal<Vec<Entry>>,
    /// The list's class, for styles and tests.
    class: &'static str,
    empty: Msg,
    #[prop(optional)] empty_id: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || !entries.with(Vec::is_empty) fallback=move || view! { <p id=empty_id>{t(empty)}</p> }>
            <ul class=format!("rows {class}")>
                <For each=move || entries.get() key=|e| e.event let:e>
                    <li>
                        {e.badge.map(|b| view! { <span class="badge">{t(b)}</span> })}
                        <span class="row-title">{e.who.clone()}</span>
                        <span class="row-detail">{e.text.clone()}</span>
                        <span class="row-detail">{move || date_time(i18n.lang.get(), e.wall_ms)}</span>
                    </li>
                </For>
            </ul>
        </Show>
    }
}
