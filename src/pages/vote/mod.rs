//! One vote: what is decided and by which rule, the live count, the roll call (a council vote
//! recorded member by member), and closing with the verdict.

mod close;
mod correction;
mod council;
mod exchange;
mod late;
mod owners;
mod paper;
mod waiting;

pub use paper::PaperPage;

use crate::audience::{use_audience, Audience};
use crate::components::missing::Missing;
use crate::components::offered::Offered;
use crate::components::page_title::use_page_title;
use crate::components::printed_at::PrintedAt;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{
    council_counts, matter_name, owners_choices, scope_name, t, use_i18n, vote_period, Msg,
};
use crate::platform;
use crate::store::{use_store, SubmitError};
use close::CloseVote;
use correction::HouseholdCorrection;
use council::{HandsForm, MemberBallot, RollCallRecord};
use gongzhi_core::log::payload::Kind;
use gongzhi_core::model::{CouncilRule, VoteKind, Voter};
use gongzhi_core::rules::owners::approval_threshold;
use gongzhi_core::rules::state::CountedBallot;
use gongzhi_core::rules::tally::{self, VoteResult};
use gongzhi_core::{EventId, Payload, ProposalId, VoteId};
use late::VoteSetAside;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;
use owners::{HouseholdBallotForm, OwnersMeters};
use waiting::UnconfirmedBallots;

#[derive(Clone, PartialEq)]
struct Summary {
    title: String,
    /// The art. 278 matter of an owners' vote; `None` for a council vote.
    matter: Option<u8>,
    proposal: Option<(ProposalId, String)>,
    /// A council vote no ballot or count has been entered for yet.
    rule: Option<CouncilRule>,
    opened_ms: i64,
    closes_ms: i64,
    open: bool,
    /// When and by whom the vote was closed.
    closed: Option<(i64, String)>,
    /// Where an owners' vote is held, as a place's name.
    scope: Option<gongzhi_core::model::Scope>,
}

#[derive(Clone, PartialEq)]
pub(super) struct MemberRow {
    pub person: EventId,
    pub name: String,
    pub ballot: Option<CountedBallot>,
}

#[component]
pub fn VotePage() -> impl IntoView {
    use_page_title(Msg::VotesTitle);
    let i18n = use_i18n();
    let store = use_store();
    let id = crate::pages::use_id_param::<VoteId>();
    let summary = Memo::new(move |_| {
        let id = id.get()?;
        store.record.with(|r| {
            let s = r.state();
            let v = s.votes.get(&id)?;
            Some(Summary {
                title: v.title.clone(),
                matter: match v.kind {
                    VoteKind::Owners { matter, .. } => Some(matter),
                    VoteKind::Council { .. } => None,
                },
                proposal: v
                    .proposal
                    .and_then(|p| s.proposals.get(&p).map(|pr| (p, pr.title.clone()))),
                rule: match v.kind {
                    VoteKind::Council { rule, .. } => Some(rule),
                    VoteKind::Owners { .. } => None,
                },
                opened_ms: v.opened_ms,
                closes_ms: v.closes_ms,
                open: v.closed.is_none(),
                scope: match &v.kind {
                    VoteKind::Owners { scope, .. } => Some(scope.clone()),
                    VoteKind::Council { .. } => None,
                },
                closed: v.closed.as_ref().map(|c| (c.at_ms, c.by.clone())),
            })
        })
    });
    let members = Memo::new(move |_| {
        let Some(id) = id.get() else {
            return Vec::new();
        };
        store.record.with(|r| {
            let s = r.state();
            let Some(v) = s.votes.get(&id) else {
                return Vec::new();
            };
            v.electorate
                .iter()
                .map(|person| MemberRow {
                    person: *person,
                    name: s
                        .persons
                        .get(person)
                        .map_or_else(|| person.to_string(), |p| p.name.clone()),
                    ballot: s.counted_ballot(&id, &Voter::Member(*person)).cloned(),
                })
                .collect::<Vec<_>>()
        })
    });
    // Read only where shown: a ballot changes these, and must not rebuild the page's forms.
    let result = Memo::new(move |_| {
        let id = id.get()?;
        store.record.with(|r| tally::result(r.state(), &id))
    });
    let counting = Memo::new(move |_| {
        let Some(id) = id.get() else {
            return (false, false);
        };
        store.record.with(|r| {
            r.state().votes.get(&id).map_or((false, false), |v| {
                (v.ballots.is_empty() && v.hands.is_none(), v.hands.is_some())
            })
        })
    });
    let community = crate::components::scope_picker::community_name();
    let audience = use_audience();
    let busy = RwSignal::new(false);
    let saving_for: RwSignal<Option<EventId>> = RwSignal::new(None);
    // The member whose ballot is on its way, while it is.
    let saving = Signal::derive(move || saving_for.get().filter(|_| busy.get()));
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let record = move |payload: Payload, person: Option<EventId>| {
        saving_for.set(person);
        store.send(payload, (failure, busy), |_| {});
    };

    move || match (id.get(), summary.get()) {
        (Some(vote), Some(s)) => Either::Left(view! {
            <section class="hero" aria-labelledby="vote-title">
                <p class="print-only print-heading">{community} " " {t(Msg::ResultNotice)}</p>
                {(!s.open).then(|| view! { <PrintedAt /> })}
                <h1 id="vote-title">{s.title.clone()}</h1>
                <p>
                    <span class="badge">
                        {t(if s.open { Msg::VoteOpenState } else { Msg::VoteClosedState })}
                    </span>
                    " " <span id="vote-period">{
                        let (opened, closes, closed) = (s.opened_ms, s.closes_ms, s.closed.as_ref().map(|c| c.0));
                        move || vote_period(i18n.lang.get(), opened, closes, closed)
                    }</span>
                </p>
                {s.closed.clone().map(|(_, by)| view! {
                    <p id="vote-closed-by">{t(Msg::ClosedBy)} " " {by}</p>
                })}
                {s.scope.clone().map(|scope| view! {
                    <p id="vote-scope">{t(Msg::VoteScope)} " " {move || {
                        let lang = i18n.lang.get();
                        store.record.with(|r| scope_name(lang, r.state(), &scope))
                    }}</p>
                })}
                <p>{s.rule.map(|rule| t(rule_text(rule)))}</p>
                {s.matter.map(|m| view! {
                    <p>{t(matter_name(m))}</p>
                    <p class="hint">{t(if approval_threshold(m).strict { Msg::RuleOwnersMajority } else { Msg::RuleOwnersThreeQuarters })}</p>
                })}
                {s.proposal.clone().map(|(p, title)| view! {
                    <p>{t(Msg::ProposalOfVote)} " " <A href=format!("/projects/{p}")>{title}</A></p>
                })}
            </section>
            {move || view! { <ResultCard result=result.get() open=s.open /> }}
            {(!s.open).then_some(move || {
                let rows = members.get();
                rows.iter().any(|m| m.ballot.is_some()).then(|| view! { <RollCallRecord members=rows /> })
            })}
            <VoteSetAside vote=vote />
            <exchange::VoteExchange vote=vote />
            {(!s.open).then(|| view! {
                <p class="no-print">
                    <button type="button" class="button" id="print-result" on:click=|_| platform::print()>
                        {t(Msg::PrintResult)}
                    </button>
                </p>
            })}
            <SubmitFailure failure=failure />
            // Each step shows only where the core lets this device take it: a resident's phone
            // votes from its household's screen and sees none of the service centre's steps.
            {(s.open && s.matter.is_some()).then(|| view! {
                <Show when=move || audience.get() == Audience::Household>
                    <p class="card" id="vote-on-mine">{t(Msg::VoteOnMine)} " "
                        <A href="/" attr:class="button primary">{t(Msg::MineTitle)}</A></p>
                </Show>
                <Offered kind=Kind::BallotConfirmed>
                    <UnconfirmedBallots vote=vote />
                    <HouseholdBallotForm vote=vote />
                </Offered>
                <Offered kind=Kind::BallotCorrected>
                    <HouseholdCorrection vote=vote />
                </Offered>
                <Offered kind=Kind::PaperBallotEntered>
                    <p class="actions">
                        <A href=format!("/kiosk/{vote}") attr:class="button" attr:id="enter-kiosk">{t(Msg::EnterKiosk)}</A>
                        " "
                        <A href=format!("/votes/{vote}/paper") attr:class="button" attr:id="enter-paper">{t(Msg::PaperLink)}</A>
                    </p>
                </Offered>
                <Offered kind=Kind::VoteClosed>
                    <CloseVote vote=vote />
                </Offered>
            })}
            {(s.open && s.matter.is_none()).then(|| view! {
                <Offered kind=Kind::HandsCounted>
                <Show when=move || !counting.get().1>
                <section class="card" aria-labelledby="roll-call-title">
                    <h2 id="roll-call-title">{t(Msg::RollCall)}</h2>
                    <p>{t(Msg::RollCallHint)}</p>
                    <ul class="roll-call">
                        <For each=move || members.get()
                            key=|m| (m.person, m.ballot.as_ref().map(|b| (b.choice, b.corrections.len())))
                            let:m>
                            <MemberBallot row=m vote=vote saving=saving record=record />
                        </For>
                    </ul>
                </section>
                </Show>
                <Show when=move || counting.get().0>
                    <HandsForm vote=vote members=members.with_untracked(Vec::len) />
                </Show>
                </Offered>
                <Offered kind=Kind::VoteClosed>
                    <CloseVote vote=vote />
                </Offered>
            })}
        }),
        _ => Either::Right(
            view! { <Missing title=Msg::VoteNotFound back="/" back_label=Msg::BackHome /> },
        ),
    }
}

fn rule_text(rule: CouncilRule) -> Msg {
    match rule {
        CouncilRule::TwoThirdsOfAllMembers => Msg::VoteRuleTwoThirds,
        CouncilRule::MajorityOfAllMembers => Msg::VoteRuleMajorityAll,
        CouncilRule::MajorityOfPresent => Msg::VoteRuleMajorityPresent,
    }
}

/// `ids` prefixes every element id, so a page showing several results (a file opened read-only)
/// has no duplicate ids and each card's heading labels its own section.
#[component]
pub(crate) fn ResultCard(
    result: Option<VoteResult>,
    open: bool,
    #[prop(optional, into)] ids: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let result = result?;
    let verdict = if result.passed() {
        Msg::ResultPassed
    } else {
        Msg::ResultNotPassed
    };
    let figures = match result {
        VoteResult::Council(r) => Either::Left(view! {
            <ul id=format!("{ids}result-lines")>
                {move || council_counts(i18n.lang.get(), &r)
                    .into_iter()
                    .map(|line| view! { <li>{line}</li> })
                    .collect_view()}
            </ul>
        }),
        VoteResult::Owners(r) => {
            let choices = r.clone();
            Either::Right(view! {
                <OwnersMeters result=r ids=ids.clone() />
                <table class="figures-table choice-counts" id=format!("{ids}choice-counts")>
                    <caption>{t(Msg::ChoiceCounts)}</caption>
                    <thead>
                        <tr>
                            <td></td>
                            <th scope="col">{t(Msg::OwnersColumn)}</th>
                            <th scope="col">{t(Msg::AreaColumn)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || owners_choices(i18n.lang.get(), &choices).into_iter().map(|(choice, owners, area)| view! {
                            <tr><th scope="row">{choice}</th><td>{owners}</td><td>{area}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })
        }
    };
    Some(view! {
        <section class="card result" aria-labelledby=format!("{ids}result-title")>
            <h2 id=format!("{ids}result-title")>{t(Msg::ResultTitle)}</h2>
            {figures}
            {(!open).then(|| view! { <p class="verdict" id=format!("{ids}verdict")><strong>{t(verdict)}</strong></p> })}
        </section>
    })
}
