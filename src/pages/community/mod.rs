//! The community at a glance: its size, a dashboard (turnout, money, projects by stage, open
//! notices with countdowns, the next meetings), its votes and its projects.

mod bar_chart;

use crate::components::offered::Offered;
use crate::components::project_list::ProjectList;
use crate::components::vote_list::VoteList;
use crate::i18n::{
    date_time, money, stage_name, t, thousands, time_left, turnout_text, use_i18n, Msg,
};
use crate::platform;
use crate::store::use_store;
use bar_chart::{Bar, BarChart};
use gongzhi_core::log::payload::Kind;
use gongzhi_core::read::dashboard::dashboard;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn CommunityHome() -> impl IntoView {
    let store = use_store();
    let name = crate::components::scope_picker::community_name();
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
            <p><A href="/help" attr:id="help-link">{t(Msg::HelpLink)}</A></p>
        </section>
        <Dashboard />
        <section class="card" aria-labelledby="votes-title">
            <h2 id="votes-title">{t(Msg::VotesTitle)}</h2>
            <VoteList />
            <Offered kind=Kind::VoteOpened>
            <p><A href="/new-vote" attr:id="new-vote-link">{t(Msg::NewVote)}</A></p>
            </Offered>
        </section>
        <section class="card" aria-labelledby="funds-link-title">
            <h2 id="funds-link-title">{t(Msg::DashMore)}</h2>
            <p><A href="/funds" attr:id="funds-link">{t(Msg::FundsLink)}</A></p>
            <p><A href="/meetings" attr:id="meetings-link">{t(Msg::MeetingsLink)}</A></p>
        </section>
        <section class="card" aria-labelledby="proposals-title">
            <h2 id="proposals-title">{t(Msg::ProposalsTitle)}</h2>
            <ProjectList />
        </section>
    }
}

#[component]
fn Dashboard() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let now = platform::use_now();
    let board = Memo::new(move |_| {
        let at = now.get();
        store.record.with(|r| dashboard(r.state(), at))
    });
    let turnout = move || {
        let lang = i18n.lang.get();
        board.with(|d| {
            let bars: Vec<Bar> = d
                .turnout
                .iter()
                .map(|v| Bar {
                    label: v.title.clone(),
                    // Scaled to a share of 1,000 so votes of any size compare.
                    value: v.voted * 1_000 / v.eligible.max(1),
                    text: turnout_text(lang, v.voted, v.eligible),
                })
                .collect();
            if bars.is_empty() {
                view! { <p>{Msg::DashNoOpenVotes.text(lang)}</p> }.into_any()
            } else {
                view! {
                    <BarChart bars=bars max=1_000 summary=Msg::DashTurnout.text(lang).to_string() id="chart-turnout" />
                }
                .into_any()
            }
        })
    };
    let money_chart = move || {
        let lang = i18n.lang.get();
        board.with(|d| {
            let figures = [
                (Msg::DashBudgeted, d.budgeted),
                (Msg::DashSpent, d.spent),
                (Msg::DashRaised, d.raised),
                (Msg::DashRaisedSpent, d.raised_spent),
            ];
            let max = figures.iter().map(|f| f.1 .0.max(0) as u64).max().unwrap_or(0);
            let bars = figures
                .into_iter()
                .map(|(label, fen)| Bar {
                    label: label.text(lang).to_string(),
                    value: fen.0.max(0) as u64,
                    text: money(lang, fen),
                })
                .collect();
            view! { <BarChart bars=bars max=max summary=Msg::DashMoney.text(lang).to_string() id="chart-money" /> }
        })
    };
    let stages = move || {
        let lang = i18n.lang.get();
        board.with(|d| {
            let max = d.stages.iter().map(|s| s.1 as u64).max().unwrap_or(0);
            let bars: Vec<Bar> = d
                .stages
                .iter()
                .map(|(stage, n)| Bar {
                    label: stage_name(*stage).text(lang).to_string(),
                    value: *n as u64,
                    text: n.to_string(),
                })
                .collect();
            (!bars.is_empty()).then(|| view! {
                <BarChart bars=bars max=max summary=Msg::DashStages.text(lang).to_string() id="chart-stages" />
            })
        })
    };
    view! {
        <section class="card dashboard" aria-labelledby="dashboard-title">
            <h2 id="dashboard-title">{t(Msg::DashTitle)}</h2>
            <h3>{t(Msg::DashTurnout)}</h3>
            {turnout}
            <h3>{t(Msg::DashMoney)}</h3>
            {money_chart}
            <h3>{t(Msg::DashStages)}</h3>
            {stages}
            <h3>{t(Msg::DashNotices)}</h3>
            <Show when=move || board.with(|d| d.notices.is_empty())>
                <p>{t(Msg::DashNoNotices)}</p>
            </Show>
            <ul class="rows" id="dash-notices">
                {move || board.get().notices.into_iter().map(|(id, title, closes)| view! {
                    <li>
                        <A href=format!("/projects/{id}")>{title}</A>
                        <span class="countdown-small">{move || time_left(i18n.lang.get(), now.get(), closes)}</span>
                    </li>
                }).collect_view()}
            </ul>
            <h3>{t(Msg::DashMeetings)}</h3>
            <Show when=move || board.with(|d| d.meetings.is_empty())>
                <p>{t(Msg::MeetingsNone)}</p>
            </Show>
            <ul class="rows" id="dash-meetings">
                {move || board.get().meetings.into_iter().map(|(at, title)| view! {
                    <li><span class="row-title">{title}</span> <span class="row-detail">{date_time(i18n.lang.get(), at)}</span></li>
                }).collect_view()}
            </ul>
        </section>
    }
}
