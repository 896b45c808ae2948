//! Kiosk mode for one owners' vote at a service centre: a voter names their flat, answers with
//! one big button, confirms, and sees "recorded" only once the ballot is stored. Then, or after a
//! minute without a touch, the screen starts over with nothing of them left on it. Leaving needs
//! the admin PIN, kept only as a salted hash.

use crate::app::use_settings;
use crate::components::page_title::use_page_title;
use crate::i18n::{choice_name, refusal_text, submit_error_text, use_i18n, Msg};
use crate::platform;
use crate::store::{use_store, LoadState, SubmitError};
use gongzhi_core::model::{Choice, Voter};
use gongzhi_core::pin::{hash_pin, pin_matches, PinError};
use gongzhi_core::{EventId, Payload, Refusal};
use leptos::either::EitherOf3;
use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use std::time::Duration;

/// Back to the start after this long without a touch, whatever the screen.
const IDLE: Duration = Duration::from_secs(60);
/// How long "recorded" stays before the next voter's screen.
const THANKS: Duration = Duration::from_secs(5);

#[derive(Clone, Copy, PartialEq)]
enum Step {
    Identify,
    Choose(EventId),
    Confirm(EventId, Choice),
    Saving,
    Done,
}

#[component]
pub fn KioskPage() -> impl IntoView {
    use_page_title(Msg::KioskTitle);
    let settings = use_settings().settings;
    let vote = crate::pages::use_event_id_param();
    platform::set_kiosk_mode(true);
    on_cleanup(|| platform::set_kiosk_mode(false));
    let has_pin = Memo::new(move |_| settings.with(|s| s.kiosk_pin.is_some()));
    move || match vote.get() {
        Some(vote) if has_pin.get() => EitherOf3::A(view! { <Kiosk vote=vote /> }),
        Some(_) => EitherOf3::B(view! { <PinSetup /> }),
        None => EitherOf3::C(view! { <p class="card">{use_i18n().t(Msg::VoteNotFound)}</p> }),
    }
}

fn pin_error(error: PinError) -> Msg {
    match error {
        PinError::NotDigits | PinError::TooShort | PinError::TooLong => Msg::KioskPinFormat,
    }
}

/// The admin chooses the PIN before handing the screen to voters.
#[component]
fn PinSetup() -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let ctx = use_settings();
    let pin = RwSignal::new(String::new());
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let seed = platform::random_seed();
        let mut salt = [0_u8; 16];
        salt.copy_from_slice(&seed[..16]);
        match hash_pin(salt, &pin.get_untracked()) {
            Ok(hash) => {
                problem.set(None);
                ctx.settings.update(|s| s.kiosk_pin = Some(hash));
            }
            Err(e) => problem.set(Some(pin_error(e))),
        }
        pin.set(String::new());
    };
    view! {
        <form class="card form kiosk-setup" aria-labelledby="pin-setup-title" on:submit=save novalidate>
            <h1 id="pin-setup-title">{t(Msg::KioskPinSet)}</h1>
            <p>{t(Msg::KioskPinSetHint)}</p>
            <label for="new-pin">{t(Msg::KioskPinSet)}</label>
            <input id="new-pin" type="password" inputmode="numeric" autocomplete="new-password" maxlength="12"
                prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev)) />
            <p class="field-error" role="alert">
                {move || problem.get().map(|m| t(m)())}
                {move || (ctx.last_save_ok.get() == Some(false)).then(|| t(Msg::KioskPinSaveFailed)())}
            </p>
            <button type="submit" class="button primary" id="save-pin">{t(Msg::KioskPinSave)}</button>
        </form>
    }
}

#[component]
fn Kiosk(vote: EventId) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let step = RwSignal::new(Step::Identify);
    let building = RwSignal::new(String::new());
    let unit = RwSignal::new(String::new());
    let room = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let timer: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let title = Memo::new(move |_| {
        store.record.with(|r| {
            r.state()
                .votes
                .get(&vote)
                .map(|v| v.title.clone())
                .unwrap_or_default()
        })
    });

    // Everything of the last voter goes: their flat, their answer, any message.
    let start_over = move || {
        for field in [building, unit, room, code] {
            field.set(String::new());
        }
        problem.set(None);
        step.set(Step::Identify);
    };
    let arm = move |after: Duration| {
        if let Some(old) = timer.get_value() {
            old.clear();
        }
        timer.set_value(set_timeout_with_handle(start_over, after).ok());
    };
    // Anything on screen that belongs to a voter (a step past the start, or a message about
    // their flat) is cleared after a minute without a touch.
    let touched = move || {
        if step.get_untracked() != Step::Identify || problem.with_untracked(Option::is_some) {
            arm(IDLE);
        }
    };
    on_cleanup(move || {
        if let Some(old) = timer.get_value() {
            old.clear();
        }
    });

    let identify = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let label = gongzhi_core::model::flat_label(
            building.get_untracked().trim(),
            unit.get_untracked().trim(),
            room.get_untracked().trim(),
        );
        let lang = i18n.lang.get_untracked();
        if store.load.get_untracked() != LoadState::Ready {
            problem.set(Some(Msg::StillLoading.text(lang).to_string()));
            return;
        }
        let typed_code = code.get_untracked();
        let found = store.record.with_untracked(|r| {
            let s = r.state();
            let (household, _) = if typed_code.trim().is_empty() {
                s.household_by_label(&label)?
            } else {
                s.household_by_code(&typed_code)?
            };
            Some((
                household,
                s.may_vote(&vote, &Voter::Household(household), platform::now_ms()),
            ))
        });
        arm(IDLE);
        match found {
            None => problem.set(Some(Msg::KioskUnknownFlat.text(lang).to_string())),
            Some((_, Err(Refusal::HouseholdAlreadyVoted { .. }))) => {
                problem.set(Some(Msg::KioskAlreadyVoted.text(lang).to_string()))
            }
            Some((_, Err(refusal))) => problem.set(Some(refusal_text(lang, &refusal))),
            Some((household, Ok(()))) => {
                problem.set(None);
                step.set(Step::Choose(household));
                arm(IDLE);
            }
        }
    };
    let confirm = move |household: EventId, choice: Choice| {
        step.set(Step::Saving);
        leptos::task::spawn_local(async move {
            let payload = Payload::BallotCast {
                vote,
                voter: Voter::Household(household),
                choice,
            };
            let result: Result<EventId, SubmitError> = store.submit(&store.author(), payload).await;
            match result {
                Ok(_) => {
                    step.set(Step::Done);
                    arm(THANKS);
                }
                Err(e) => {
                    let lang = i18n.lang.get_untracked();
                    // Another device's ballot may have landed meanwhile; its refusal would name
                    // the flat that voted, which is not this voter's business.
                    let text = match e {
                        SubmitError::Refused(Refusal::HouseholdAlreadyVoted { .. }) => {
                            Msg::KioskAlreadyVoted.text(lang).to_string()
                        }
                        other => submit_error_text(lang, &other),
                    };
                    problem.set(Some(text));
                    arm(IDLE);
                    step.set(Step::Identify);
                    for field in [building, unit, room, code] {
                        field.set(String::new());
                    }
                }
            }
        });
    };

    let field = move |id: &'static str, label: Msg, value: RwSignal<String>| {
        view! {
            <div class="kiosk-field">
                <label for=id>{t(label)}</label>
                <input id=id type="text" inputmode="numeric" autocomplete="off" maxlength="10"
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            </div>
        }
    };

    view! {
        <div class="kiosk-screen" on:pointerdown=move |_| touched() on:keydown=move |_| touched()>
            <h1 id="kiosk-question">{move || title.get()}</h1>
            {move || match step.get() {
                Step::Identify => view! {
                    <form class="kiosk-identify" on:submit=identify novalidate>
                        <h2>{t(Msg::KioskIdentify)}</h2>
                        <div class="kiosk-flat">
                            {field("kiosk-building", Msg::KioskBuilding, building)}
                            {field("kiosk-unit", Msg::KioskUnit, unit)}
                            {field("kiosk-room", Msg::KioskRoom, room)}
                        </div>
                        <div class="kiosk-field kiosk-code">
                            <label for="kiosk-code">{t(Msg::KioskCode)}</label>
                            <input id="kiosk-code" type="text" autocomplete="off" autocapitalize="characters"
                                spellcheck="false" maxlength="12"
                                prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev)) />
                        </div>
                        <p class="kiosk-problem" role="alert">{move || problem.get()}</p>
                        <button type="submit" class="button primary kiosk-button" id="kiosk-next">{t(Msg::KioskNext)}</button>
                    </form>
                }.into_any(),
                Step::Choose(household) => view! {
                    <h2>{t(Msg::KioskChoose)}</h2>
                    <div class="kiosk-choices">
                        {[Choice::Yes, Choice::No, Choice::Abstain].into_iter().map(|choice| view! {
                            <button type="button" class="button kiosk-button"
                                on:click=move |_| step.set(Step::Confirm(household, choice))>
                                {t(choice_name(choice))}
                            </button>
                        }).collect_view()}
                    </div>
                    <button type="button" class="button" on:click=move |_| start_over()>{t(Msg::KioskCancel)}</button>
                }.into_any(),
                Step::Confirm(household, choice) => view! {
                    <h2>{t(Msg::KioskConfirm)}</h2>
                    <p class="kiosk-choice">{t(Msg::KioskYourChoice)} " " <strong>{t(choice_name(choice))}</strong></p>
                    <div class="kiosk-choices">
                        <button type="button" class="button primary kiosk-button" id="kiosk-confirm"
                            on:click=move |_| confirm(household, choice)>{t(Msg::KioskSubmit)}</button>
                        <button type="button" class="button kiosk-button"
                            on:click=move |_| step.set(Step::Choose(household))>{t(Msg::KioskBack)}</button>
                    </div>
                }.into_any(),
                Step::Saving => view! { <p class="kiosk-choice" role="status">{t(Msg::KioskSaving)}</p> }.into_any(),
                Step::Done => view! {
                    <p class="kiosk-done" role="status" id="kiosk-done">{t(Msg::KioskRecorded)}</p>
                    <button type="button" class="button kiosk-button" id="kiosk-next-voter"
                        on:click=move |_| start_over()>{t(Msg::KioskNextVoter)}</button>
                }.into_any(),
            }}
            <KioskExit vote=vote />
        </div>
    }
}

/// The way out, behind the admin PIN.
#[component]
fn KioskExit(vote: EventId) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let settings = use_settings().settings;
    let navigate = use_navigate();
    let asking = RwSignal::new(false);
    let pin = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let entered = pin.get_untracked();
        pin.set(String::new());
        let ok = settings.with_untracked(|s| {
            s.kiosk_pin
                .as_ref()
                .is_some_and(|stored| pin_matches(stored, &entered))
        });
        if ok {
            navigate(
                &format!("/votes/{vote}"),
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        } else {
            wrong.set(true);
        }
    };
    let check = StoredValue::new_local(check);
    view! {
        <div class="kiosk-exit">
            {move || if asking.get() {
                view! {
                    <form class="form" on:submit=move |ev| check.with_value(|f| f(ev)) novalidate>
                        <label for="kiosk-pin">{t(Msg::KioskPinPrompt)}</label>
                        <input id="kiosk-pin" type="password" inputmode="numeric" autocomplete="off" maxlength="12"
                            prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev)) />
                        <p class="field-error" role="alert">{move || wrong.get().then(|| t(Msg::KioskPinWrong)())}</p>
                        <button type="submit" class="button" id="kiosk-leave">{t(Msg::KioskExit)}</button>
                        <button type="button" class="button" on:click=move |_| { asking.set(false); wrong.set(false); }>{t(Msg::KioskCancel)}</button>
                    </form>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="link-button" id="kiosk-exit" on:click=move |_| asking.set(true)>{t(Msg::KioskExit)}</button>
                }.into_any()
            }}
        </div>
    }
}
