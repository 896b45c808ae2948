//! 诉求: residents' needs, recorded by anyone, each on its way to becoming a project.

use crate::components::page_title::use_page_title;
use crate::components::scope_picker::{parse_scope_key, ScopePicker};
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{date_time, scope_name, use_i18n, Msg};
use crate::store::{use_store, SubmitError};
use gongzhi_core::{EventId, Payload};
use leptos::prelude::*;
use leptos_router::components::A;

#[derive(Clone, PartialEq)]
struct RequestRow {
    id: EventId,
    title: String,
    detail: String,
    place: String,
    raised_ms: i64,
    proposal: Option<(EventId, String)>,
}

#[component]
pub fn RequestsPage() -> impl IntoView {
    use_page_title(Msg::NavRequests);
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let founded = Memo::new(move |_| store.record.with(|r| r.state().community.is_some()));
    let rows = Memo::new(move |_| {
        let lang = i18n.lang.get();
        store.record.with(|r| {
            let s = r.state();
            let mut rows: Vec<RequestRow> = s
                .requests
                .iter()
                .map(|(id, q)| RequestRow {
                    id: *id,
                    title: q.title.clone(),
                    detail: q.detail.clone(),
                    place: scope_name(lang, s, &q.scope),
                    raised_ms: q.raised_ms,
                    proposal: q
                        .proposal
                        .and_then(|p| s.proposals.get(&p).map(|pr| (p, pr.title.clone()))),
                })
                .collect();
            rows.sort_by_key(|row| std::cmp::Reverse(row.raised_ms));
            rows
        })
    });

    view! {
        <section class="hero" aria-labelledby="requests-title">
            <h1 id="requests-title">{t(Msg::RequestsTitle)}</h1>
            <p>{t(Msg::RequestsIntro)}</p>
        </section>
        <Show when=move || founded.get() fallback=move || view! { <p class="card">{t(Msg::NeedsCommunity)}</p> }>
            <RequestForm />
            <section class="card" aria-labelledby="request-list-title">
                <h2 id="request-list-title">{t(Msg::RequestsTitle)}</h2>
                <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! { <p>{t(Msg::RequestsEmpty)}</p> }>
                    <ul class="rows requests">
                        <For each=move || rows.get() key=|row| (row.id, row.proposal.clone()) let:row>
                            <li>
                                <span class="row-title">{row.title.clone()}</span>
                                <span class="badge">{row.place.clone()}</span>
                                <span class="row-detail">{row.detail.clone()}</span>
                                <span class="row-detail">{move || date_time(i18n.lang.get(), row.raised_ms)}</span>
                                {match row.proposal.clone() {
                                    Some((id, title)) => view! {
                                        <span class="row-detail">
                                            {t(Msg::RequestHasProposal)} " "
                                            <A href=format!("/proposals/{id}")>{title}</A>
                                        </span>
                                    }
                                    .into_any(),
                                    None => view! {
                                        <A href=format!("/requests/{}/draft", row.id)>{t(Msg::RequestDraftProposal)}</A>
                                    }
                                    .into_any(),
                                }}
                            </li>
                        </For>
                    </ul>
                </Show>
            </section>
        </Show>
    }
}

#[component]
fn RequestForm() -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let title = RwSignal::new(String::new());
    let detail = RwSignal::new(String::new());
    let place = RwSignal::new("community".to_string());
    let missing_title = RwSignal::new(false);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let recorded = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        recorded.set(false);
        failure.set(None);
        let text = title.get_untracked().trim().to_string();
        missing_title.set(text.is_empty());
        if text.is_empty() {
            return;
        }
        let Some(scope) = parse_scope_key(&place.get_untracked()) else {
            return;
        };
        let payload = Payload::RequestRaised {
            title: text,
            detail: detail.get_untracked().trim().to_string(),
            scope,
            raised_by: None,
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            match store.submit(&store.author(), payload).await {
                Ok(_) => {
                    title.set(String::new());
                    detail.set(String::new());
                    recorded.set(true);
                }
                Err(e) => failure.set(Some(e)),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="card form" aria-labelledby="request-new-title" on:submit=submit novalidate>
            <h2 id="request-new-title">{t(Msg::RequestNew)}</h2>
            <label for="request-title">{t(Msg::RequestTitleLabel)}</label>
            <input id="request-title" type="text" maxlength="100"
                aria-invalid=move || missing_title.get().to_string()
                aria-describedby="request-title-error"
                prop:value=move || title.get()
                on:input=move |ev| title.set(event_target_value(&ev)) />
            <p class="field-error" id="request-title-error">
                {move || missing_title.get().then(|| t(Msg::RequiredTitle)())}
            </p>
            <label for="request-detail">{t(Msg::RequestDetailLabel)}</label>
            <textarea id="request-detail" rows="3" maxlength="1000"
                prop:value=move || detail.get()
                on:input=move |ev| detail.set(event_target_value(&ev))></textarea>
            <ScopePicker id="request-place" value=place />
            <button type="submit" class="button primary" disabled=move || busy.get()>{t(Msg::RequestSubmit)}</button>
            <p class="status ok" role="status">{move || recorded.get().then(|| t(Msg::RequestRecorded)())}</p>
            <SubmitFailure failure=failure />
        </form>
    }
}
