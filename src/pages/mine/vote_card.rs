//! One owners' vote on a household's screen: large answer buttons while the household may vote,
//! a check naming the flat, the matter and the answer before anything is recorded, and then each
//! of its ballots with where it stands and its receipt.

use crate::components::confirm_form::{ConfirmForm, Tone};
use crate::i18n::{choice_name, date_time, refusal_text, standing_text, t, use_i18n, Msg};
use crate::store::{use_store, SubmitError};
use gongzhi_core::model::{Choice, Voter};
use gongzhi_core::read::household::{Ballot, HouseholdVote, Standing};
use gongzhi_core::{HouseholdId, Payload};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn HouseholdVoteCard(
    vote: HouseholdVote,
    household: HouseholdId,
    flat: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let id = vote.vote;
    let row = format!("{}-{}", id.0.device.short(), id.0.seq);
    let title = vote.title.clone();
    let closed = vote.closed;
    let closes = vote.closes_ms;
    let chosen: RwSignal<Option<Choice>> = RwSignal::new(None);
    let asking = RwSignal::new(false);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let cast = Callback::new(move |()| {
        let Some(choice) = chosen.get_untracked() else {
            return;
        };
        let payload = Payload::BallotCast {
            vote: id,
            voter: Voter::Household(household),
            choice,
        };
        store.send(payload, failure, move |_| asking.set(false));
    });
    let offers = vote.offers_ballot();
    let cannot = match (&vote.may_cast, vote.ballots.is_empty(), closed) {
        (Err(refusal), true, false) => Some(refusal.clone()),
        _ => None,
    };
    view! {
        <li class="mine-vote" data-vote=row.clone()>
            <h3>{title.clone()}</h3>
            <p class="row-detail">{move || if closed {
                Msg::MineClosed.text(i18n.lang.get()).to_string()
            } else {
                format!("{} {}", Msg::MineCloses.text(i18n.lang.get()), date_time(i18n.lang.get(), closes))
            }}</p>
            {vote.ballots.into_iter().map(|b| view! { <BallotStanding ballot=b closed=closed /> }).collect_view()}
            {cannot.map(|refusal| view! {
                <p class="hint">{t(Msg::MineCannotVote)} " " {move || refusal_text(i18n.lang.get(), &refusal)}</p>
            })}
            {offers.then(|| view! {
                <Show when=move || !asking.get()>
                    <p>{t(Msg::MineChoose)}</p>
                    <div class="kiosk-choices mine-choices">
                        {[Choice::Yes, Choice::No, Choice::Abstain].into_iter().map(|choice| view! {
                            <button type="button" class="button kiosk-button"
                                on:click=move |_| { chosen.set(Some(choice)); asking.set(true); }>
                                {t(choice_name(choice))}
                            </button>
                        }).collect_view()}
                    </div>
                </Show>
            })}
            <ConfirmForm open=asking id=format!("mine-confirm-{row}") title=Msg::MineConfirmTitle tone=Tone::Primary
                confirm_id=format!("mine-submit-{row}") confirm=Msg::MineSubmit
                on_confirm=cast failure=failure>
                <dl class="kiosk-summary mine-summary">
                    <dt>{t(Msg::MineHousehold)}</dt>
                    <dd>{flat.clone()}</dd>
                    <dt>{t(Msg::MineMatter)}</dt>
                    <dd>{title.clone()}</dd>
                    <dt>{t(Msg::MineYourChoice)}</dt>
                    <dd class="kiosk-choice"><strong>{move || chosen.get().map(|c| choice_name(c).text(i18n.lang.get()))}</strong></dd>
                </dl>
            </ConfirmForm>
        </li>
    }
}

/// One ballot of the household's: its answer, where it stands, and its receipt.
#[component]
fn BallotStanding(ballot: Ballot, closed: bool) -> impl IntoView {
    let i18n = use_i18n();
    let standing = ballot.standing.clone();
    let counts = matches!(standing, Standing::Counted | Standing::Corrected { .. });
    let choice = ballot.choice;
    let when = ballot.wall_ms;
    view! {
        <div class="mine-ballot">
            <p>
                {t(Msg::MineBallot)} " " <strong>{t(choice_name(choice))}</strong> " · "
                <span class=if counts { "badge ok mine-standing" } else { "badge warn mine-standing" }>
                    {move || standing_text(i18n.lang.get(), &standing, closed)}
                </span>
            </p>
            {(ballot.standing == Standing::Waiting).then(|| view! {
                <p class="hint mine-waiting-hint">{t(Msg::MineWaitingHint)} " "
                    <A href="/exchange">{t(Msg::MineExchangeLink)}</A></p>
            })}
            <details class="receipt">
                <summary>{t(Msg::MineReceipt)}</summary>
                <dl>
                    <dt>{t(Msg::MineReceiptEvent)}</dt>
                    <dd><code class="receipt-event">{ballot.event.to_string()}</code></dd>
                    <dt>{t(Msg::MineReceiptHash)}</dt>
                    <dd><code class="receipt-hash">{ballot.hash.to_string()}</code></dd>
                    <dt>{t(Msg::MineReceiptWhen)}</dt>
                    <dd>{move || date_time(i18n.lang.get(), when)}</dd>
                </dl>
                <p class="hint">{t(Msg::MineReceiptHint)}</p>
            </details>
        </div>
    }
}
