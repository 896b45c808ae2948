//! One project: its plan and money, the public notice with residents' responses, the council
//! vote, and every step so far. Each action is offered only when the rules allow it now, and
//! says why not otherwise.

mod acceptance;
mod council;
mod entries;
mod notice;
pub mod plan;
mod resubmit;
mod selection;
mod spending;

use crate::components::missing::Missing;
use crate::components::offered::Offered;
use crate::components::page_title::use_page_title;
use crate::components::qr_card::QrCard;
use crate::i18n::{
    date_time, funding_gap_text, funding_name, money, project_reader_lines, scope_name,
    standing_name, step_text, t, use_i18n, Msg,
};
use crate::platform;
use crate::store::use_store;
use council::Council;
use gongzhi_core::log::payload::Kind;
use gongzhi_core::model::Stage;
use gongzhi_core::read::timeline::timeline;
use gongzhi_core::rules::ledger::{funding_gap, ledger};
use gongzhi_core::rules::lifecycle::{standing, Standing};
use gongzhi_core::ProposalId;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;
use notice::Notice;
use resubmit::Resubmit;
use selection::Selection;
use spending::Spending;

#[component]
pub fn ProjectPage() -> impl IntoView {
    use_page_title(Msg::ProposalsTitle);
    let store = use_store();
    let id = crate::pages::use_id_param::<ProposalId>();
    let exists = Memo::new(move |_| {
        id.get()
            .is_some_and(|id| store.record.with(|r| r.state().proposals.contains_key(&id)))
    });
    move || match id.get() {
        Some(id) if exists.get() => Either::Left(view! { <Proposal id=id /> }),
        _ => Either::Right(
            view! { <Missing title=Msg::ProposalNotFound back="/" back_label=Msg::BackHome /> },
        ),
    }
}

#[component]
fn Proposal(id: ProposalId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let now = platform::use_now();
    let proposal = Memo::new(move |_| store.record.with(|r| r.state().proposals.get(&id).cloned()));
    let standing = Memo::new(move |_| {
        let at = now.get();
        proposal.with(|p| {
            p.as_ref()
                .map_or(Standing::At(Stage::Draft), |p| standing(p, at))
        })
    });
    let heading =
        move || proposal.with(|p| p.as_ref().map(|p| p.title.clone()).unwrap_or_default());
    let place = move || {
        let lang = i18n.lang.get();
        store.record.with(|r| {
            let s = r.state();
            s.proposals.get(&id).map(|p| scope_name(lang, s, &p.scope))
        })
    };
    let request = move || {
        store.record.with(|r| {
            let s = r.state();
            let q = s.proposals.get(&id)?.request?;
            s.requests.get(&q).map(|q| q.title.clone())
        })
    };

    // What the printed page is posted as: the plan on notice, or its final accounts.
    let posted_as = move || match standing.get() {
        Standing::At(Stage::PublicNotice) | Standing::NoticeEnded => Msg::ProjectNotice,
        Standing::At(Stage::Accepted | Stage::Closed) => Msg::FinalAccounts,
        _ => Msg::ProjectReport,
    };
    let community = crate::components::scope_picker::community_name();
    view! {
        <section class="hero" aria-labelledby="proposal-title">
            <p class="print-only print-heading">{community} " " {move || t(posted_as())()}</p>
            <crate::components::printed_at::PrintedAt />
            <h1 id="proposal-title">{heading}</h1>
            <p>
                <span class="badge" id="proposal-stage">{move || t(standing_name(standing.get()))()}</span>
                " " {place}
            </p>
            <p>{move || request().map(|q| format!("{} {q}", Msg::FromRequest.text(i18n.lang.get())))}</p>
        </section>
        // The class picks what the printed sheet keeps (style/main.css, print): the plan and
        // its notice, or the final accounts.
        <div class=move || match posted_as() {
            Msg::ProjectNotice => "project posted-plan",
            Msg::FinalAccounts => "project posted-accounts",
            _ => "project",
        }>
            <Resubmit id=id />
            <Money id=id />
            <Notice id=id now=now />
            <Council id=id now=now />
            <Selection id=id />
            <Spending id=id />
            <ProjectQr id=id standing=standing />
            <Timeline id=id />
        </div>
        <p class="no-print">
            <button type="button" class="button" id="print-project" on:click=|_| platform::print()>
                {move || t(Msg::PrintPosted)()} " " {move || t(posted_as())()}
            </button>
        </p>
    }
}

#[component]
fn Money(id: ProposalId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let figures = Memo::new(move |_| {
        store.record.with(|r| {
            let s = r.state();
            let p = s.proposals.get(&id)?;
            let l = ledger(s, &id)?;
            let gap = funding_gap(p);
            // Once posted, what was said about the difference (or that nothing was).
            let said = p.notice.map(|_| p.gap_reason.clone());
            let draft = p.stage == Stage::Draft;
            Some((
                p.budget.clone(),
                p.funding.clone(),
                l.budget,
                l.funding,
                gap,
                said,
                draft,
            ))
        })
    });
    move || {
        figures.get().map(|(budget, funding, total, funded, gap, said, draft)| {
            let lang = i18n.lang.get();
            let gap = gap.map(|gap| view! {
                <div class="warning" id="funding-gap" role="note">
                    <p><strong>{funding_gap_text(lang, &gap)}</strong></p>
                    {said.clone().map(|reason| view! {
                        <p id="gap-reason-shown">{if reason.is_empty() {
                            Msg::GapUnexplained.text(lang).to_string()
                        } else {
                            format!("{} {reason}", Msg::GapExplained.text(lang))
                        }}</p>
                    })}
                </div>
            });
            view! {
                <section class="card" aria-labelledby="money-title">
                    <h2 id="money-title">{t(Msg::BudgetLines)}</h2>
                    <table class="figures-table">
                        <tbody>
                            {budget.into_iter().map(|l| view! {
                                <tr><th scope="row">{l.item}</th><td>{money(lang, l.amount)}</td></tr>
                            }).collect_view()}
                        </tbody>
                        <tfoot>
                            <tr><th scope="row">{t(Msg::BudgetTotal)}</th><td id="proposal-budget">{money(lang, total)}</td></tr>
                        </tfoot>
                    </table>
                    <h3>{t(Msg::FundingLines)}</h3>
                    <table class="figures-table">
                        <tbody>
                            {funding.into_iter().map(|l| view! {
                                <tr><th scope="row">{t(funding_name(l.source))}</th><td>{money(lang, l.amount)}</td></tr>
                            }).collect_view()}
                        </tbody>
                        <tfoot>
                            <tr><th scope="row">{t(Msg::FundingTotal)}</th><td>{money(lang, funded)}</td></tr>
                        </tfoot>
                    </table>
                    {gap}
                    {draft.then(|| view! {
                        <Offered kind=Kind::ProposalRevised>
                            <p class="no-print">
                                <A href=format!("/projects/{id}/edit") attr:class="button" attr:id="edit-draft">{t(Msg::EditDraft)}</A>
                            </p>
                        </Offered>
                    })}
                </section>
            }
        })
    }
}
#[component]
fn Timeline(id: ProposalId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let steps = Memo::new(move |_| store.record.with(|r| timeline(r, &id)));
    view! {
        <section class="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t(Msg::Timeline)}</h2>
            <ol class="timeline">
                {move || {
                    let lang = i18n.lang.get();
                    steps
                        .get()
                        .into_iter()
                        .map(|s| view! {
                            <li>
                                <span class="when">{date_time(lang, s.wall_ms)}</span>
                                <span class="what">{step_text(lang, &s.what)}</span>
                                <span class="who">{s.author}</span>
                            </li>
                        })
                        .collect_view()
                }}
            </ol>
        </section>
    }
}

/// The project's QR code on its page and its posted sheets: the documented machine lines, then
/// the same for a person in the page's language.
#[component]
fn ProjectQr(id: ProposalId, standing: Memo<Standing>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let text = Memo::new(move |_| {
        let lang = i18n.lang.get();
        let at = standing_name(standing.get()).text(lang);
        store.record.with(|r| {
            let machine = gongzhi_core::read::qr::project_text(r, &id)?;
            let s = r.state();
            let p = s.proposals.get(&id)?;
            let l = ledger(s, &id)?;
            let lines = project_reader_lines(lang, &p.title, at, &l);
            Some(gongzhi_core::read::qr::with_reader_lines(&machine, &lines))
        })
    });
    view! {
        <QrCard text=text title=Msg::ProjectQrTitle label=Msg::ProjectQrLabel hint=Msg::ProjectQrHint how_to=Msg::HowToCheckProject
            ids=["project-qr", "project-qr-text", "project-digest"]>
            ""
        </QrCard>
    }
}

/// A project's stage, for the sections that show only at some stages.
fn stage_of(id: ProposalId) -> Memo<Option<Stage>> {
    let store = use_store();
    Memo::new(move |_| {
        store
            .record
            .with(|r| r.state().proposals.get(&id).map(|p| p.stage))
    })
}
