//! Before the community council: the roadshow (路演) and putting the project to its vote.

use super::entries::{Entries, Entry};
use crate::components::choice_select::{or_none, ChoiceSelect};
use crate::components::fields::{checked, required, RequiredText};
use crate::components::offered::Offered;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{refusal_text, roadshow_summary, t, use_i18n, Msg};
use crate::platform;
use crate::store::{use_store, SubmitError};
use gongzhi_core::log::payload::Kind;
use gongzhi_core::model::{CouncilRule, OrgKind, Stage, VoteKind};
use gongzhi_core::rules::lifecycle::{check_council_vote, check_roadshow};
use gongzhi_core::time::DAY_MS;
use gongzhi_core::{EventId, Payload, ProposalId};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub(super) fn Council(id: ProposalId, now: ReadSignal<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let navigate = use_navigate();
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let vote = Memo::new(move |_| {
        store
            .record
            .with(|r| r.state().proposals.get(&id).and_then(|p| p.council_vote))
    });
    let on_notice = Memo::new(move |_| {
        store.record.with(|r| {
            r.state()
                .proposals
                .get(&id)
                .is_some_and(|p| p.stage == Stage::PublicNotice)
        })
    });
    // Why the council cannot vote yet, in the rules' own words; `None` when it can.
    let blocked = Memo::new(move |_| {
        let at = now.get();
        let lang = i18n.lang.get();
        store.record.with(|r| {
            let s = r.state();
            let p = s.proposals.get(&id)?;
            if s.community_council().is_none() {
                return Some(Msg::NoCouncil.text(lang).to_string());
            }
            check_council_vote(p, at)
                .err()
                .map(|e| refusal_text(lang, &e))
        })
    });
    let start = Callback::new(move |()| {
        let Some((title, council)) = store.record.with_untracked(|r| {
            let s = r.state();
            Some((s.proposals.get(&id)?.title.clone(), s.community_council()?))
        }) else {
            return;
        };
        let opens = platform::now_ms();
        let payload = Payload::VoteOpened {
            title,
            kind: VoteKind::Council {
                organisation: council,
                rule: CouncilRule::TwoThirdsOfAllMembers,
                quorum: None,
            },
            proposal: Some(id),
            closes_ms: opens + DAY_MS,
        };
        let navigate = navigate.clone();
        store.send(payload, failure, move |vote| {
            navigate(&format!("/votes/{vote}"), Default::default())
        });
    });
    view! {
        <Show when=move || on_notice.get() || vote.get().is_some()>
            <section class="card" aria-labelledby="council-title">
                <h2 id="council-title">{t(Msg::CouncilTitle)}</h2>
                <Roadshows id=id now=now />
                {move || match vote.get() {
                    Some(v) => Either::Left(view! {
                        <p><A href=format!("/votes/{v}")>{t(Msg::GoToVote)}</A></p>
                    }),
                    None => Either::Right(view! {
                        <Offered kind=Kind::VoteOpened>
                            <p class="hint" id="council-blocked">{move || blocked.get()}</p>
                            <button type="button" class="button primary" id="start-council-vote"
                                disabled=move || blocked.get().is_some() on:click=move |_| start.run(())>
                                {t(Msg::StartCouncilVote)}
                            </button>
                        </Offered>
                    }),
                }}
                <SubmitFailure failure=failure />
            </section>
        </Show>
    }
}

/// 路演: each presentation of the project to the council, and the form to record one while the
/// rules allow it (after the notice, until the verdict).
#[component]
fn Roadshows(id: ProposalId, now: ReadSignal<i64>) -> impl IntoView {
    let store = use_store();
    let held = Memo::new(move |_| {
        store.record.with(|r| {
            let s = r.state();
            s.proposals.get(&id).map_or_else(Vec::new, |p| {
                p.roadshows
                    .iter()
                    .map(|show| {
                        let group = show.group.and_then(|g| s.organisations.get(&g));
                        Entry {
                            event: show.event,
                            badge: None,
                            who: match group {
                                Some(group) => format!("{} · {}", show.presenter, group.name),
                                None => show.presenter.clone(),
                            },
                            text: show.summary.clone(),
                            wall_ms: show.wall_ms,
                        }
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let allowed = Memo::new(move |_| {
        let at = now.get();
        store.record.with(|r| {
            r.state()
                .proposals
                .get(&id)
                .is_some_and(|p| check_roadshow(p, at).is_ok())
        })
    });
    view! {
        <h3>{t(Msg::RoadshowTitle)}</h3>
        <p class="hint">{t(Msg::RoadshowHint)}</p>
        <Entries entries=held class="roadshows" empty=Msg::RoadshowNone empty_id="roadshow-none" />
        <Show when=move || allowed.get()>
            <RoadshowForm id=id />
        </Show>
    }
}

#[component]
fn RoadshowForm(id: ProposalId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let presenter = RwSignal::new(String::new());
    let group: RwSignal<Option<EventId>> = RwSignal::new(None);
    // What the council hears, drafted from the record: the money and the notice's responses.
    let drafted = move || {
        let lang = i18n.lang.get_untracked();
        store.record.with_untracked(|r| {
            let p = r.state().proposals.get(&id)?;
            let (support, objection) = p.stances();
            Some(roadshow_summary(lang, &p.funding, support, objection))
        })
    };
    let summary = RwSignal::new(drafted().unwrap_or_default());
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let groups = Memo::new(move |_| {
        store.record.with(|r| {
            or_none(
                r.state()
                    .organisations
                    .iter()
                    .filter(|(_, o)| o.kind == OrgKind::ResidentGroupCouncil)
                    .map(|(id, o)| (*id, o.name.clone())),
            )
        })
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(who) = checked(problem, || required(presenter, Msg::RequiredName)) else {
            return;
        };
        let payload = Payload::RoadshowHeld {
            proposal: id,
            presenter: who,
            group: group.get_untracked(),
            summary: summary.get_untracked().trim().to_string(),
        };
        store.send(payload, failure, move |_| presenter.set(String::new()));
    };
    view! {
        <Offered kind=Kind::RoadshowHeld>
        <form class="form" aria-labelledby="roadshow-legend" on:submit=submit novalidate>
            <h4 id="roadshow-legend">{t(Msg::RoadshowRecord)}</h4>
            <RequiredText id="roadshow-presenter" label=Msg::RoadshowPresenter value=presenter problem=problem
                error=Msg::RequiredName maxlength=40 />
            <label for="roadshow-group">{t(Msg::RoadshowGroup)}</label>
            <ChoiceSelect id="roadshow-group" options=groups value=group />
            <label for="roadshow-summary">{t(Msg::RoadshowSummary)}</label>
            <textarea id="roadshow-summary" rows="3" maxlength="1000"
                bind:value=summary></textarea>
            <button type="submit" class="button" id="record-roadshow">{t(Msg::RoadshowRecord)}</button>
            <SubmitFailure failure=failure />
        </form>
        </Offered>
    }
}
