//! An owners' vote (Civil Code art. 278): the four figures the law tests, live, and a clerk's
//! entry of one household's ballot.

use crate::components::flat_field::{FlatField, FlatInput};
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{choice_name, meter_figures, t, use_i18n, Msg};
use crate::store::{use_store, SubmitError};
use gongzhi_core::model::{Choice, Voter};
use gongzhi_core::rules::owners::{MeterKind, OwnersResult};
use gongzhi_core::{Payload, VoteId};
use leptos::prelude::*;

/// Participation and approval, by owners and by area, each against its threshold. `ids` prefixes
/// the element id, for a page that shows several results.
#[component]
pub fn OwnersMeters(result: OwnersResult, #[prop(optional, into)] ids: String) -> impl IntoView {
    let i18n = use_i18n();
    let label = |kind: MeterKind| match kind {
        MeterKind::ParticipationOwners => Msg::MeterParticipationOwners,
        MeterKind::ParticipationArea => Msg::MeterParticipationArea,
        MeterKind::ApprovalOwners => Msg::MeterApprovalOwners,
        MeterKind::ApprovalArea => Msg::MeterApprovalArea,
    };
    view! {
        <ul class="meters" id=format!("{ids}owners-meters")>
            {result
                .meters()
                .into_iter()
                .map(|m| {
                    let label = label(m.kind);
                    let whole = m.whole.max(1).to_string();
                    let low = m.needed.unwrap_or(m.whole).to_string();
                    view! {
                        <li class=if m.met { "meter met" } else { "meter" }>
                            <span class="meter-label">{t(label)}</span>
                            <meter min="0" max=whole.clone() low=low optimum=whole
                                value=m.part.to_string() aria-label=t(label)></meter>
                            <span class="meter-figures">{move || meter_figures(i18n.lang.get(), &m)}</span>
                            <span class="meter-state">{t(if m.met { Msg::Met } else { Msg::NotMet })}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// One household's ballot entered by a clerk, by flat number.
#[component]
pub fn HouseholdBallotForm(vote: VoteId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let flat = FlatField::default();
    let recorded: RwSignal<Option<(String, Choice)>> = RwSignal::new(None);
    // The ballot was stored but waits for a clerk: this device is not enrolled for the flat.
    let waiting = RwSignal::new(false);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let cast = move |choice: Choice| {
        recorded.set(None);
        waiting.set(false);
        let found = store
            .record
            .with_untracked(|r| flat.in_vote(r.state(), &vote, Msg::KioskUnknownFlat));
        let Some((household, label)) = found else {
            return;
        };
        let payload = Payload::BallotCast {
            vote,
            voter: Voter::Household(household),
            choice,
        };
        store.send(payload, failure, move |id| {
            flat.clear();
            waiting.set(store.record.with_untracked(|r| {
                r.state()
                    .votes
                    .get(&vote)
                    .is_some_and(|v| v.unconfirmed.contains_key(&id))
            }));
            recorded.set(Some((label, choice)));
        });
    };
    view! {
        <section class="card form" aria-labelledby="household-ballot-title">
            <h2 id="household-ballot-title">{t(Msg::HouseholdBallot)}</h2>
            <p>{t(Msg::HouseholdBallotHint)}</p>
            <FlatInput field=flat name="ballot" label=Msg::HouseholdLabel />
            <div class="choices">
                {[Choice::Yes, Choice::No, Choice::Abstain].into_iter().map(|choice| view! {
                    <button type="button" class="button vote-choice" on:click=move |_| cast(choice)>
                        {t(choice_name(choice))}
                    </button>
                }).collect_view()}
            </div>
            <p class="status ok" role="status" id="household-ballot-status">
                {move || recorded.get().map(|(label, choice)| {
                    let lang = i18n.lang.get();
                    format!("{} {label} {}", Msg::BallotRecordedFor.text(lang), choice_name(choice).text(lang))
                })}
            </p>
            {move || waiting.get().then(|| view! { <p class="hint" id="ballot-waiting">{t(Msg::UnconfirmedRecorded)}</p> })}
            <SubmitFailure failure=failure />
        </section>
    }
}
