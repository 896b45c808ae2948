//! Ballots from phones not enrolled for their household, waiting for a clerk: each with the flat
//! it names and the owner the register has for it, so the clerk checks the person against a
//! name. A clerk confirms one (the core decides whether it may still count) or, when nobody can
//! (the household has voted since), dismisses it with the reason on record.

use crate::components::confirm_form::ConfirmForm;
use crate::components::fields::{checked, required, RequiredText};
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{choice_name, date_time, dismissed_text, t, use_i18n, Msg};
use crate::store::{use_store, SubmitError};
use gongzhi_core::model::{Choice, Voter};
use gongzhi_core::registry::register::owner_names;
use gongzhi_core::{EventId, Payload, VoteId};
use leptos::prelude::*;

#[derive(Clone, PartialEq)]
struct Waiting {
    ballot: EventId,
    flat: String,
    owners: String,
    choice: Choice,
    wall_ms: i64,
}

#[component]
pub fn UnconfirmedBallots(vote: VoteId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let lists = Memo::new(move |_| {
        store.record.with(|r| {
            let s = r.state();
            let Some(v) = s.votes.get(&vote) else {
                return (Vec::new(), Vec::new());
            };
            let owners = |voter: &Voter| match voter {
                Voter::Household(h) => s
                    .households
                    .get(h)
                    .map(|h| owner_names(&h.ownership))
                    .unwrap_or_default(),
                Voter::Member(_) => String::new(),
            };
            let waiting = v
                .unconfirmed
                .iter()
                .map(|(ballot, b)| Waiting {
                    ballot: *ballot,
                    flat: s.voter_label(&b.voter),
                    owners: owners(&b.voter),
                    choice: b.choice,
                    wall_ms: b.wall_ms,
                })
                .collect::<Vec<_>>();
            let dismissed = v
                .dismissed
                .values()
                .map(|d| (s.voter_label(&d.ballot.voter), d.clone()))
                .collect::<Vec<_>>();
            (waiting, dismissed)
        })
    });
    let confirm = move |ballot: EventId| {
        store.send(Payload::BallotConfirmed { vote, ballot }, failure, |_| {});
    };
    let dismissing: RwSignal<Option<Waiting>> = RwSignal::new(None);
    let asking = RwSignal::new(false);
    view! {
        <Show when=move || lists.with(|(w, d)| !w.is_empty() || !d.is_empty())>
            <section class="card" aria-labelledby="unconfirmed-title" id="unconfirmed-ballots">
                <h2 id="unconfirmed-title">{t(Msg::UnconfirmedTitle)}</h2>
                <Show when=move || lists.with(|(w, _)| !w.is_empty())>
                    <p class="hint">{t(Msg::UnconfirmedHint)}</p>
                </Show>
                <ul class="unconfirmed">
                    {move || lists.get().0.into_iter().map(|w| {
                        let (ballot, flat, at) = (w.ballot, w.flat.clone(), w.wall_ms);
                        let row = w.clone();
                        view! {
                            <li>
                                <strong>{flat.clone()}</strong> " · " {t(Msg::UnconfirmedOwner)} " " {w.owners.clone()}
                                " · " {t(choice_name(w.choice))} " · "
                                {move || date_time(i18n.lang.get(), at)}
                                <span class="actions">
                                    <button type="button" class="button" on:click=move |_| confirm(ballot)>
                                        {t(Msg::UnconfirmedConfirm)} " " {flat.clone()}
                                    </button>
                                    " "
                                    <button type="button" class="button" on:click=move |_| {
                                        dismissing.set(Some(row.clone()));
                                        asking.set(true);
                                    }>
                                        {t(Msg::UnconfirmedDismiss)} " " {w.flat.clone()}
                                    </button>
                                </span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <SubmitFailure failure=failure />
                <DismissForm vote=vote dismissing=dismissing asking=asking listed=failure />
                <ul class="dismissed" id="dismissed-ballots">
                    {move || lists.get().1.into_iter().map(|(flat, d)| view! {
                        <li>{move || dismissed_text(i18n.lang.get(), &flat, &d)}</li>
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// Dismissing is final (the ballot can never be confirmed after), so it asks, naming the flat
/// and the choice, and wants the reason that goes on record.
#[component]
fn DismissForm(
    vote: VoteId,
    dismissing: RwSignal<Option<Waiting>>,
    asking: RwSignal<bool>,
    /// The list's own refusal (a confirm the household's vote made impossible), answered once
    /// the ballot is dismissed.
    listed: RwSignal<Option<SubmitError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let reason = RwSignal::new(String::new());
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let dismiss = Callback::new(move |()| {
        let Some(w) = dismissing.get_untracked() else {
            return;
        };
        let Some(reason) = checked(problem, || required(reason, Msg::DismissReasonRequired)) else {
            return;
        };
        let payload = Payload::BallotDismissed {
            vote,
            ballot: w.ballot,
            reason,
        };
        store.send(payload, failure, move |_| {
            asking.set(false);
            dismissing.set(None);
            listed.set(None);
        });
    });
    let question = move || {
        dismissing.get().map(|w| {
            let lang = i18n.lang.get();
            crate::i18n::dismiss_question(lang, &w.flat, choice_name(w.choice).text(lang))
        })
    };
    view! {
        <ConfirmForm open=asking id="dismiss-ballot" title=Msg::DismissTitle
            confirm_id="confirm-dismiss" confirm=Msg::DismissConfirm cancel_id="cancel-dismiss"
            on_confirm=dismiss failure=failure>
            <p id="dismiss-question">{question}</p>
            <RequiredText id="dismiss-reason" label=Msg::DismissReason value=reason problem=problem
                error=Msg::DismissReasonRequired maxlength=200 rows=2 />
        </ConfirmForm>
    }
}
