//! Corrections on record, not edits: a clerk corrects a counted ballot before the vote closes
//! with the new choice and why (`ballot_corrected`); the ballot as cast stays beside it. The core
//! decides whether the correction may be made (open vote, a different choice, a reason).

use crate::components::flat_field::{FlatField, FlatInput};
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{
    choice_name, correction_heading, correction_line, counted_choice, date_time, t, use_i18n, Msg,
};
use crate::store::{use_store, SubmitError};
use gongzhi_core::model::{Choice, Voter};
use gongzhi_core::rules::state::CountedBallot;
use gongzhi_core::{EventId, HouseholdId, Payload, VoteId};
use leptos::prelude::*;

/// The corrections of one ballot, oldest first: when, by whom, from what to what, and why.
#[component]
pub fn CorrectionTrail(ballot: CountedBallot) -> impl IntoView {
    let i18n = use_i18n();
    (!ballot.corrections.is_empty()).then(|| {
        view! {
            <ul class="correction-trail">
                {ballot.corrections.into_iter().map(|c| view! {
                    <li>
                        {move || correction_line(i18n.lang.get(), &c)}
                    </li>
                }).collect_view()}
            </ul>
        }
    })
}

/// The correction of one counted ballot: the new choice, the reason, confirm or cancel.
/// `done` runs once the correction is stored, or on cancel.
#[component]
pub fn CorrectBallot(
    vote: VoteId,
    ballot: EventId,
    current: Choice,
    who: String,
    done: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let chosen: RwSignal<Option<Choice>> = RwSignal::new(None);
    let reason = RwSignal::new(String::new());
    let missing_choice = RwSignal::new(false);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let reason_id = format!("correction-reason-{ballot}");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(choice) = chosen.get_untracked() else {
            missing_choice.set(true);
            return;
        };
        missing_choice.set(false);
        let payload = Payload::BallotCorrected {
            vote,
            ballot,
            choice,
            reason: reason.get_untracked(),
        };
        store.send(payload, failure, move |_| done.run(()));
    };
    let heading = move || correction_heading(i18n.lang.get(), &who, current);
    view! {
        <form class="correction" on:submit=submit novalidate>
            <p class="correction-heading">{heading}</p>
            <div class="choices" role="group" aria-label=move || t(Msg::CorrectionNewChoice)()>
                {[Choice::Yes, Choice::No, Choice::Abstain]
                    .into_iter()
                    .filter(|c| *c != current)
                    .map(|choice| view! {
                        <button type="button" class="button vote-choice"
                            aria-pressed=move || (chosen.get() == Some(choice)).to_string()
                            on:click=move |_| { chosen.set(Some(choice)); missing_choice.set(false); }>
                            {t(choice_name(choice))}
                        </button>
                    })
                    .collect_view()}
            </div>
            <p class="field-error">{move || missing_choice.get().then(|| t(Msg::CorrectionPickChoice)())}</p>
            <label for=reason_id.clone()>{t(Msg::CorrectionReason)}</label>
            <input id=reason_id type="text" maxlength="200" class="correction-reason"
                placeholder=move || t(Msg::CorrectionReasonHint)()
                bind:value=reason />
            <p class="actions">
                <button type="submit" class="button primary confirm-correction">{t(Msg::CorrectionConfirm)}</button>
                " "
                <button type="button" class="button" on:click=move |_| done.run(())>{t(Msg::Cancel)}</button>
            </p>
            <SubmitFailure failure=failure />
        </form>
    }
}

/// A clerk's correction of one household's counted ballot, found by its flat within the vote's
/// scope.
#[component]
pub fn HouseholdCorrection(vote: VoteId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let flat = FlatField::default();
    // The household found, with its label; its ballot is read from the state as it changes.
    let found: RwSignal<Option<(HouseholdId, String)>> = RwSignal::new(None);
    let corrected = RwSignal::new(false);
    let find = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        corrected.set(false);
        found.set(
            store
                .record
                .with_untracked(|r| flat.in_vote(r.state(), &vote, Msg::KioskUnknownFlat)),
        );
    };
    let counted = Memo::new(move |_| {
        let (household, _) = found.get()?;
        store.record.with(|r| {
            r.state()
                .counted_ballot(&vote, &Voter::Household(household))
                .cloned()
        })
    });
    view! {
        <section class="card form" aria-labelledby="household-correction-title" id="household-correction">
            <h2 id="household-correction-title">{t(Msg::CorrectionHouseholdTitle)}</h2>
            <p class="hint">{t(Msg::CorrectionHouseholdHint)}</p>
            <form on:submit=find novalidate>
                <FlatInput field=flat name="correction" label=Msg::HouseholdLabel />
                <button type="submit" class="button" id="find-ballot">{t(Msg::CorrectionFind)}</button>
            </form>
            {move || {
                let (_, label) = found.get()?;
                Some(match counted.get() {
                    None => view! {
                        <p class="status" id="correction-none">{label} " " {t(Msg::CorrectionNoBallot)}</p>
                    }.into_any(),
                    Some(ballot) => {
                        let lang = i18n.lang.get();
                        let line = format!(
                            "{label} · {} {} · {}",
                            Msg::Recorded.text(lang),
                            counted_choice(lang, &ballot),
                            date_time(lang, ballot.wall_ms)
                        );
                        let editor = (!corrected.get()).then(|| view! {
                            <CorrectBallot vote=vote ballot=ballot.event current=ballot.choice who=label.clone()
                                done=Callback::new(move |_| corrected.set(true)) />
                        });
                        view! {
                            <p class="status ok" id="correction-ballot">{line}</p>
                            <CorrectionTrail ballot=ballot.clone() />
                            {editor}
                        }.into_any()
                    }
                })
            }}
        </section>
    }
}
