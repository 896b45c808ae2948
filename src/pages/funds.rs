//! 自筹资金: every self-raised fund with its progress, and opening a new one.

use crate::components::page_title::use_page_title;
use crate::components::scope_picker::ScopePicker;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{amount_error, fund_progress, scope_name, t, use_i18n, Msg};
use crate::store::{use_store, SubmitError};
use gongzhi_core::funds::contributors;
use gongzhi_core::model::Scope;
use gongzhi_core::{EventId, Fen, Payload};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[derive(Clone, PartialEq)]
struct FundRow {
    id: EventId,
    title: String,
    area: String,
    received: Fen,
    target: Fen,
    households: usize,
    settled: bool,
}

#[component]
pub fn FundsPage() -> impl IntoView {
    use_page_title(Msg::FundsTitle);
    let i18n = use_i18n();
    let store = use_store();
    let founded = Memo::new(move |_| store.record.with(|r| r.state().community.is_some()));
    let rows = Memo::new(move |_| {
        let lang = i18n.lang.get();
        store.record.with(|r| {
            let s = r.state();
            let mut rows: Vec<FundRow> = s
                .funds
                .iter()
                .map(|(id, f)| FundRow {
                    id: *id,
                    title: f.title.clone(),
                    area: scope_name(lang, s, &f.scope),
                    received: f.received,
                    target: f.target,
                    households: contributors(f),
                    settled: f.settled.is_some(),
                })
                .collect();
            rows.sort_by_key(|r| (r.settled, std::cmp::Reverse(r.id.seq)));
            rows
        })
    });
    view! {
        <section class="hero" aria-labelledby="funds-title">
            <h1 id="funds-title">{t(Msg::FundsTitle)}</h1>
            <p>{t(Msg::FundsIntro)}</p>
        </section>
        <Show when=move || founded.get() fallback=move || view! { <p class="card">{t(Msg::NeedsCommunity)}</p> }>
            <section class="card" aria-labelledby="fund-list-title">
                <h2 id="fund-list-title">{t(Msg::FundsTitle)}</h2>
                <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! { <p>{t(Msg::FundsEmpty)}</p> }>
                    <ul class="rows funds">
                        <For each=move || rows.get() key=|r| (r.id, r.received, r.settled) let:r>
                            <li>
                                <A href=format!("/funds/{}", r.id)>{r.title.clone()}</A>
                                <span class="badge">{r.area.clone()}</span>
                                {r.settled.then(|| view! { <span class="badge">{t(Msg::FundSettledBadge)}</span> })}
                                <meter min="0" max=r.target.0.to_string() value=r.received.0.min(r.target.0).to_string()
                                    aria-label=t(Msg::FundProgress)></meter>
                                <span class="row-detail">
                                    {move || fund_progress(i18n.lang.get(), r.received, r.target, r.households)}
                                </span>
                            </li>
                        </For>
                    </ul>
                </Show>
            </section>
            <OpenFundForm />
        </Show>
    }
}

#[component]
fn OpenFundForm() -> impl IntoView {
    let store = use_store();
    let navigate = use_navigate();
    let title = RwSignal::new(String::new());
    let area = RwSignal::new(Scope::Community);
    let target = RwSignal::new(String::new());
    let proposal = RwSignal::new(String::new());
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let proposals = Memo::new(move |_| {
        store.record.with(|r| {
            r.state()
                .proposals
                .iter()
                .map(|(id, p)| (id.to_string(), p.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = title.get_untracked().trim().to_string();
        if name.is_empty() {
            problem.set(Some(Msg::RequiredTitle));
            return;
        }
        let goal = match Fen::parse_yuan(&target.get_untracked()) {
            Ok(g) => g,
            Err(e) => {
                problem.set(Some(amount_error(e)));
                return;
            }
        };
        let scope = area.get_untracked();
        problem.set(None);
        let payload = Payload::FundOpened {
            title: name,
            scope,
            target: goal,
            proposal: proposal.get_untracked().parse().ok(),
        };
        let navigate = navigate.clone();
        store.send(payload, failure, move |id| {
            navigate(&format!("/funds/{id}"), Default::default())
        });
    };
    view! {
        <form class="card form" aria-labelledby="fund-new-title" on:submit=submit novalidate>
            <h2 id="fund-new-title">{t(Msg::FundOpen)}</h2>
            <label for="fund-title">{t(Msg::FundTitleLabel)}</label>
            <input id="fund-title" type="text" maxlength="80"
                bind:value=title />
            <ScopePicker id="fund-place" value=area />
            <label for="fund-target">{t(Msg::FundTarget)}</label>
            <input id="fund-target" type="text" inputmode="decimal" maxlength="20"
                bind:value=target />
            <label for="fund-proposal">{t(Msg::FundForProposal)}</label>
            <select id="fund-proposal" bind:value=proposal>
                <option value="">"—"</option>
                {move || proposals.get().into_iter().map(|(value, name)| view! { <option value=value>{name}</option> }).collect_view()}
            </select>
            <p class="field-error" id="fund-error" role="alert">{move || problem.get().map(|m| t(m)())}</p>
            <button type="submit" class="button primary" id="open-fund">{t(Msg::FundOpen)}</button>
            <SubmitFailure failure=failure />
        </form>
    }
}
