//! 自筹资金: every self-raised fund with its progress, and opening a new one.

use crate::components::choice_select::{or_none, ChoiceSelect};
use crate::components::fields::{checked, required, Problem, TextField};
use crate::components::founded::{Founded, Hero};
use crate::components::page_title::use_page_title;
use crate::components::scope_picker::ScopePicker;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{amount_error, fund_progress, scope_name, t, use_i18n, Msg};
use crate::store::{use_store, SubmitError};
use gongzhi_core::model::Scope;
use gongzhi_core::rules::funds::contributors;
use gongzhi_core::{EventId, Fen, Payload, ProposalId};
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
        <Hero id="funds-title" title=Msg::FundsTitle intro=Msg::FundsIntro />
        <Founded>
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
        </Founded>
    }
}

#[component]
fn OpenFundForm() -> impl IntoView {
    let store = use_store();
    let navigate = use_navigate();
    let title = RwSignal::new(String::new());
    let area = RwSignal::new(Scope::Community);
    let target = RwSignal::new(String::new());
    let proposal: RwSignal<Option<ProposalId>> = RwSignal::new(None);
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let proposals = Memo::new(move |_| {
        store.record.with(|r| {
            or_none(
                r.state()
                    .proposals
                    .iter()
                    .map(|(id, p)| (*id, p.title.clone())),
            )
        })
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let check = || {
            let name = required(title, Msg::RequiredTitle)?;
            let goal = Fen::parse_yuan(&target.get_untracked()).map_err(amount_error)?;
            Ok(Payload::FundOpened {
                title: name,
                scope: area.get_untracked(),
                target: goal,
                proposal: proposal.get_untracked(),
            })
        };
        let Some(payload) = checked(problem, check) else {
            return;
        };
        let navigate = navigate.clone();
        store.send(payload, failure, move |id| {
            navigate(&format!("/funds/{id}"), Default::default())
        });
    };
    view! {
        <form class="card form" aria-labelledby="fund-new-title" on:submit=submit novalidate>
            <h2 id="fund-new-title">{t(Msg::FundOpen)}</h2>
            <TextField id="fund-title" label=Msg::FundTitleLabel value=title maxlength=80 />
            <ScopePicker id="fund-place" value=area />
            <TextField id="fund-target" label=Msg::FundTarget value=target maxlength=20 inputmode="decimal" />
            <label for="fund-proposal">{t(Msg::FundForProposal)}</label>
            <ChoiceSelect id="fund-proposal" options=proposals value=proposal />
            <Problem id="fund-error" problem=problem />
            <button type="submit" class="button primary" id="open-fund">{t(Msg::FundOpen)}</button>
            <SubmitFailure failure=failure />
        </form>
    }
}
