//! Every project of the community with where it stands now (the core's `lifecycle::standing`,
//! so a notice whose period ran out is not called "on notice") and its budget.

use crate::i18n::{money, standing_name, t, use_i18n, Msg};
use crate::platform;
use crate::store::use_store;
use gongzhi_core::rules::ledger::ledger;
use gongzhi_core::rules::lifecycle::{standing, Standing};
use gongzhi_core::ProposalId;
use leptos::prelude::*;
use leptos_router::components::A;

#[derive(Clone, PartialEq)]
struct ProjectRow {
    id: ProposalId,
    title: String,
    standing: Standing,
    budget: gongzhi_core::Fen,
}

#[component]
pub fn ProjectList() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let now = platform::use_now();
    let projects = Memo::new(move |_| {
        let at = now.get();
        store.record.with(|r| {
            let s = r.state();
            s.proposals
                .iter()
                .map(|(id, p)| ProjectRow {
                    id: *id,
                    title: p.title.clone(),
                    standing: standing(p, at),
                    budget: ledger(s, id).map_or(gongzhi_core::Fen(0), |l| l.budget),
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !projects.with(Vec::is_empty) fallback=move || view! { <p>{t(Msg::ProposalsEmpty)}</p> }>
            <ul class="rows project-list">
                {move || {
                    projects
                        .get()
                        .into_iter()
                        .map(|p| {
                            view! {
                                <li>
                                    <A href=format!("/projects/{}", p.id)>{p.title}</A>
                                    <span class="badge">{t(standing_name(p.standing))}</span>
                                    <span class="row-detail">
                                        {t(Msg::Budget)} " " {move || money(i18n.lang.get(), p.budget)}
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </Show>
    }
}
