//! The gate of every page that needs a community: until one is founded or joined on this
//! device, the page says so instead of showing empty lists and forms that would be refused.

use crate::i18n::{t, Msg};
use crate::store::use_store;
use leptos::prelude::*;

#[component]
pub fn Founded(children: ChildrenFn) -> impl IntoView {
    let store = use_store();
    let founded = Memo::new(move |_| store.record.with(|r| r.state().community.is_some()));
    view! {
        <Show when=move || founded.get() fallback=|| view! { <p class="card">{t(Msg::NeedsCommunity)}</p> }>
            {children()}
        </Show>
    }
}

/// A page's heading with the line that says what the page is for.
#[component]
pub fn Hero(id: &'static str, title: Msg, intro: Msg) -> impl IntoView {
    view! {
        <section class="hero" aria-labelledby=id>
            <h1 id=id>{t(title)}</h1>
            <p>{t(intro)}</p>
        </section>
    }
}
