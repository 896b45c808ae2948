//! The community at a glance: its size, its projects with their stage and budget, its votes.

use crate::i18n::{money, stage_name, thousands, use_i18n, Msg};
use crate::store::use_store;
use gongzhi_core::ledger::ledger;
use gongzhi_core::model::Stage;
use gongzhi_core::EventId;
use leptos::prelude::*;
use leptos_router::components::A;

#[derive(Clone, PartialEq)]
struct ProposalRow {
    id: EventId,
    title: String,
    stage: Stage,
    budget: gongzhi_core::Fen,
}

#[derive(Clone, PartialEq)]
struct VoteRow {
    id: EventId,
    title: String,
    open: bool,
}

#[component]
pub fn CommunityHome() -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let name = Memo::new(move |_| {
        store.record.with(|r| {
            r.state()
                .community
                .as_ref()
                .map(|c| c.name.clone())
                .unwrap_or_default()
        })
    });
    let counts = Memo::new(move |_| {
        store.record.with(|r| {
            let s = r.state();
            [
                (Msg::OverviewCompounds, s.compounds.len()),
                (Msg::OverviewHouseholds, s.households.len()),
                (Msg::OverviewOrganisations, s.organisations.len()),
            ]
        })
    });
    let proposals = Memo::new(move |_| {
        store.record.with(|r| {
            let s = r.state();
            s.proposals
                .iter()
                .map(|(id, p)| ProposalRow {
                    id: *id,
                    title: p.title.clone(),
                    stage: p.stage,
                    budget: ledger(s, id).map_or(gongzhi_core::Fen(0), |l| l.budget),
                })
                .collect::<Vec<_>>()
        })
    });
    let votes = Memo::new(move |_| {
        store.record.with(|r| {
            r.state()
                .votes
                .iter()
                .map(|(id, v)| VoteRow {
                    id: *id,
                    title: v.title.clone(),
                    open: v.closed.is_none(),
                })
                .collect::<Vec<_>>()
        })
    });

    view! {
        <section class="hero" aria-labelledby="community-title">
            <h1 id="community-title">{name}</h1>
            <dl class="stats">
                {move || {
                    counts
                        .get()
                        .into_iter()
                        .map(|(label, n)| {
                            view! {
                                <div>
                                    <dt>{t(label)}</dt>
                                    <dd>{thousands(n as u64)}</dd>
                                </div>
                            }
                        })
                        .collect_view()
                }}
            </dl>
        </section>
        <section class="card" aria-labelledby="votes-title">
            <h2 id="votes-title">{t(Msg::VotesTitle)}</h2>
            <Show when=move || !votes.with(Vec::is_empty) fallback=move || view! { <p>{t(Msg::VotesEmpty)}</p> }>
                <ul class="rows">
                    {move || {
                        votes
                            .get()
                            .into_iter()
                            .map(|v| {
                                let state = if v.open { Msg::VoteOpenState } else { Msg::VoteClosedState };
                                view! {
                                    <li>
                                        <A href=format!("/votes/{}", v.id)>{v.title}</A>
                                        <span class="badge">{t(state)}</span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
            <p><A href="/new-vote" attr:id="new-vote-link">{t(Msg::NewVote)}</A></p>
        </section>
        <section class="card" aria-labelledby="funds-link-title">
            <h2 id="funds-link-title">{t(Msg::FundsTitle)}</h2>
            <p><A href="/funds" attr:id="funds-link">{t(Msg::FundsLink)}</A></p>
            <p><A href="/meetings" attr:id="meetings-link">{t(Msg::MeetingsLink)}</A></p>
        </section>
        <section class="card" aria-labelledby="proposals-title">
            <h2 id="proposals-title">{t(Msg::ProposalsTitle)}</h2>
            <Show when=move || !proposals.with(Vec::is_empty) fallback=move || view! { <p>{t(Msg::ProposalsEmpty)}</p> }>
                <ul class="rows">
                    {move || {
                        proposals
                            .get()
                            .into_iter()
                            .map(|p| {
                                view! {
                                    <li>
                                        <A href=format!("/proposals/{}", p.id)>{p.title}</A>
                                        <span class="badge">{t(stage_name(p.stage))}</span>
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
        </section>
    }
}
