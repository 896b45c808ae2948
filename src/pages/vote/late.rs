//! The events of a vote that count for nothing, each with what it was, where from and the time
//! it carries: those that arrived after the close first (its result does not include them),
//! then those the rules set aside for another reason.

use crate::i18n::{device_name, refusal_text, set_aside_row, t, use_i18n, Msg};
use crate::store::use_store;
use gongzhi_core::read::takein::{self, SetAside};
use gongzhi_core::VoteId;
use leptos::prelude::*;

#[component]
pub fn VoteSetAside(vote: VoteId) -> impl IntoView {
    let store = use_store();
    let rows = move || store.record.with(|r| takein::vote_set_aside(r, &vote));
    move || {
        let (late, other): (Vec<SetAside>, Vec<SetAside>) =
            rows().into_iter().partition(SetAside::arrived_late);
        (!late.is_empty() || !other.is_empty()).then(|| {
            view! {
                <section class="card no-print" id="vote-set-aside" aria-labelledby="vote-set-aside-title">
                    <h2 id="vote-set-aside-title">{t(Msg::VoteSetAsideTitle)}</h2>
                    {(!late.is_empty()).then(|| view! {
                        <h3 id="vote-late-title">{t(Msg::VoteLateTitle)}</h3>
                        <p class="hint">{t(Msg::VoteLateHint)}</p>
                        <ul id="vote-late">{late.into_iter().map(|s| view! { <Row row=s reason=false /> }).collect_view()}</ul>
                    })}
                    {(!other.is_empty()).then(|| view! {
                        <h3 id="vote-other-aside-title">{t(Msg::VoteOtherAsideTitle)}</h3>
                        <ul id="vote-other-aside">{other.into_iter().map(|s| view! { <Row row=s reason=true /> }).collect_view()}</ul>
                    })}
                </section>
            }
        })
    }
}

#[component]
fn Row(row: SetAside, reason: bool) -> impl IntoView {
    let i18n = use_i18n();
    let SetAside {
        kind,
        trust,
        wall_ms,
        reason: why,
        event,
        ..
    } = row;
    view! {
        <li>
            {move || {
                let lang = i18n.lang.get();
                set_aside_row(lang, kind, &device_name(&trust, &event.device), wall_ms)
            }}
            {reason.then(|| view! { <br /><span class="hint">{move || refusal_text(i18n.lang.get(), &why)}</span> })}
        </li>
    }
}
