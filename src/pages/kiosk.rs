//! Kiosk mode for one owners' vote at a service centre: a voter names their flat, answers with
//! one big button, confirms, and sees "recorded" only once the ballot is stored. Then, or after a
//! refusal or a voter walking away, the screen starts over within seconds with nothing of them
//! left on it. Kiosk mode is a setting of the device: `components::kiosk_guard` keeps every other
//! page behind the admin PIN, which is kept only as a salted hash.

use crate::components::flat_pick::{flat_shown, CompoundChoice, FlatPick};
use crate::components::page_title::use_page_title;
use crate::components::pin::{PinCheck, PinChoose};
use crate::i18n::{choice_name, shown, submit_error_text, t, use_i18n, Msg, Said};
use crate::platform;
use crate::settings::use_settings;
use crate::store::{use_store, LoadState, SubmitError};
use gongzhi_core::model::{Choice, Scope, Voter};
use gongzhi_core::{HouseholdId, Payload, Refusal, VoteId};
use leptos::either::EitherOf3;
use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use std::time::Duration;

/// Back to the start after this long without a touch: a voter who walked away mid-vote.
const IDLE: Duration = Duration::from_secs(20);
/// How long "recorded" stays before the next voter's screen.
const THANKS: Duration = Duration::from_secs(5);
/// How long a refusal ("already voted", "not found") stays, untouched, before the screen is empty
/// for the next person: long enough to read, too short to be read over a shoulder later.
const REFUSED: Duration = Duration::from_secs(6);

/// The household voting, and how it named itself: the flat, or the code for those who would
/// rather not say where they live (then the screen shows the code, never the flat).
#[derive(Clone, PartialEq)]
struct Voting {
    household: HouseholdId,
    shown_as: (Msg, String),
}

#[derive(Clone, PartialEq)]
enum Step {
    Identify,
    Choose(Voting),
    Confirm(Voting, Choice),
    Saving,
    Done,
}

#[component]
pub fn KioskPage() -> impl IntoView {
    use_page_title(Msg::KioskTitle);
    let settings = use_settings().settings;
    let vote = crate::pages::use_id_param::<VoteId>();
    // Opening the kiosk with a PIN already chosen starts kiosk mode for this vote; without one,
    // choosing it does. Read once: leaving sets it back, and must not be undone from here.
    Effect::new(move |_| {
        let Some(vote) = vote.get_untracked() else {
            return;
        };
        if settings.with_untracked(|s| s.kiosk_pin.is_some() && s.kiosk_vote != Some(vote)) {
            settings.update(|s| s.kiosk_vote = Some(vote));
        }
    });
    let has_pin = Memo::new(move |_| settings.with(|s| s.kiosk_pin.is_some()));
    move || match vote.get() {
        Some(vote) if has_pin.get() => EitherOf3::A(view! { <Kiosk vote=vote /> }),
        Some(vote) => EitherOf3::B(view! { <PinSetup vote=vote /> }),
        None => EitherOf3::C(view! { <p class="card">{use_i18n().t(Msg::VoteNotFound)}</p> }),
    }
}

/// The admin chooses the PIN, typed twice, before handing the screen to voters.
#[component]
fn PinSetup(vote: VoteId) -> impl IntoView {
    let settings = use_settings().settings;
    view! {
        <section class="card kiosk-setup" aria-labelledby="pin-setup-title">
            <h1 id="pin-setup-title">{t(Msg::KioskPinSet)}</h1>
            <p>{t(Msg::KioskPinSetHint)}</p>
            <PinChoose submit=Msg::KioskPinSave
                on_saved=Callback::new(move |_| settings.update(|s| s.kiosk_vote = Some(vote))) />
        </section>
    }
}

#[component]
fn Kiosk(vote: VoteId) -> impl IntoView {
    let store = use_store();
    let step = RwSignal::new(Step::Identify);
    let building = RwSignal::new(String::new());
    let unit = RwSignal::new(String::new());
    let room = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let problem: RwSignal<Option<Said>> = RwSignal::new(None);
    let pick = FlatPick::default();
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
        pick.clear();
        step.set(Step::Identify);
    };
    let arm = move |after: Duration| {
        if let Some(old) = timer.get_value() {
            old.clear();
        }
        timer.set_value(set_timeout_with_handle(start_over, after).ok());
    };
    let refuse = move |text: Said| {
        problem.set(Some(text));
        arm(REFUSED);
    };
    // A touch keeps a voter's screen for them, but not a refusal meant for the last person: that
    // goes on its own timer, or as soon as someone types. (Clearing it on the touch itself would
    // move the buttons under the finger between press and release.)
    let touched = move || {
        if problem.with_untracked(Option::is_none) {
            arm(IDLE);
        }
    };
    let typed = move || {
        if problem.with_untracked(Option::is_some) {
            problem.set(None);
        }
        arm(IDLE);
    };
    on_cleanup(move || {
        if let Some(old) = timer.get_value() {
            old.clear();
        }
    });

    let identify = move || {
        let label = gongzhi_core::model::flat_label(
            building.get_untracked().trim(),
            unit.get_untracked().trim(),
            room.get_untracked().trim(),
        );
        if store.load.get_untracked() != LoadState::Ready {
            problem.set(Some(Msg::StillLoading.into()));
            return;
        }
        let typed_code = code.get_untracked();
        let by_code = !typed_code.trim().is_empty();
        let found = store.record.with_untracked(|r| {
            let s = r.state();
            // Only this vote's place is searched: a compound's own vote finds its own 1-1-101
            // without asking, a community-wide one asks which compound's.
            let within = s.vote_scope(&vote).cloned().unwrap_or(Scope::Community);
            let typed = if by_code { &typed_code } else { &label };
            let c = pick.resolve(s, typed, &within, Msg::KioskUnknownFlat)?;
            let shown_as = if by_code {
                (
                    Msg::KioskCodeShown,
                    gongzhi_core::model::household_code(&c.household),
                )
            } else {
                (Msg::KioskFlat, flat_shown(s, &c))
            };
            Ok((
                Voting {
                    household: c.household,
                    shown_as,
                },
                s.may_vote(&vote, &Voter::Household(c.household), platform::now_ms()),
            ))
        });
        match found {
            // An ambiguous flat keeps what was typed and waits for a compound to be tapped.
            Err(text) if pick.asking() => {
                problem.set(Some(text));
                arm(IDLE);
            }
            Err(text) => refuse(text),
            Ok((_, Err(refusal @ Refusal::HouseholdAlreadyVoted { .. }))) => {
                // Nothing to correct: the flat goes at once, the message soon after.
                for field in [building, unit, room, code] {
                    field.set(String::new());
                }
                refuse(kiosk_already_voted(&refusal).into())
            }
            Ok((_, Err(refusal))) => refuse(refusal.into()),
            Ok((voting, Ok(()))) => {
                problem.set(None);
                step.set(Step::Choose(voting));
                arm(IDLE);
            }
        }
    };
    let confirm = move |household: HouseholdId, choice: Choice| {
        step.set(Step::Saving);
        let payload = Payload::BallotCast {
            vote,
            voter: Voter::Household(household),
            choice,
        };
        let failed = Callback::new(move |e: SubmitError| {
            // Another device's ballot may have landed meanwhile; its refusal would name the flat
            // that voted, which is not this voter's business.
            let text = match e {
                SubmitError::Refused(refusal @ Refusal::HouseholdAlreadyVoted { .. }) => {
                    kiosk_already_voted(&refusal).into()
                }
                other => Said::new(move |lang| submit_error_text(lang, &other)),
            };
            step.set(Step::Identify);
            for field in [building, unit, room, code] {
                field.set(String::new());
            }
            refuse(text);
        });
        store.send(payload, failed, move |_| {
            step.set(Step::Done);
            arm(THANKS);
        });
    };

    let field = move |id: &'static str, label: Msg, value: RwSignal<String>| {
        view! {
            <div class="kiosk-field">
                <label for=id>{t(label)}</label>
                <input id=id type="text" inputmode="numeric" autocomplete="off" maxlength="10"
                    bind:value=value />
            </div>
        }
    };

    view! {
        <div class="kiosk-screen" on:pointerdown=move |_| touched() on:keydown=move |_| touched()
            on:input=move |_| typed()>
            <h1 id="kiosk-question">{move || title.get()}</h1>
            {move || match step.get() {
                Step::Identify => view! {
                    <form class="kiosk-identify" novalidate
                        on:submit=move |ev| { ev.prevent_default(); identify(); }>
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
                                bind:value=code />
                        </div>
                        <p class="kiosk-problem" role="alert">{shown(problem)}</p>
                        <CompoundChoice pick=pick name="kiosk" on_pick=Callback::new(move |_| identify()) />
                        <button type="submit" class="button primary kiosk-button" id="kiosk-next">{t(Msg::KioskNext)}</button>
                    </form>
                }.into_any(),
                Step::Choose(voting) => view! {
                    <h2>{t(Msg::KioskChoose)}</h2>
                    <div class="kiosk-choices">
                        {[Choice::Yes, Choice::No, Choice::Abstain].into_iter().map(|choice| {
                            let voting = voting.clone();
                            view! {
                                <button type="button" class="button kiosk-button"
                                    on:click=move |_| step.set(Step::Confirm(voting.clone(), choice))>
                                    {t(choice_name(choice))}
                                </button>
                            }
                        }).collect_view()}
                    </div>
                    <button type="button" class="button" on:click=move |_| start_over()>{t(Msg::KioskCancel)}</button>
                }.into_any(),
                Step::Confirm(voting, choice) => {
                    let household = voting.household;
                    let (shown_label, shown) = voting.shown_as.clone();
                    view! {
                        <h2>{t(Msg::KioskConfirm)}</h2>
                        <dl class="kiosk-summary" id="kiosk-summary">
                            <dt>{t(shown_label)}</dt>
                            <dd id="kiosk-confirm-flat">{shown}</dd>
                            <dt>{t(Msg::KioskMatter)}</dt>
                            <dd id="kiosk-confirm-matter">{move || title.get()}</dd>
                            <dt>{t(Msg::KioskYourChoice)}</dt>
                            <dd class="kiosk-choice"><strong>{t(choice_name(choice))}</strong></dd>
                        </dl>
                        <div class="kiosk-choices">
                            <button type="button" class="button primary kiosk-button" id="kiosk-confirm"
                                on:click=move |_| confirm(household, choice)>{t(Msg::KioskSubmit)}</button>
                            <button type="button" class="button kiosk-button"
                                on:click=move |_| step.set(Step::Choose(voting.clone()))>{t(Msg::KioskBack)}</button>
                        </div>
                    }.into_any()
                }
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

/// The way out, behind the admin PIN: kiosk mode ends, and the vote's own page opens.
#[component]
fn KioskExit(vote: VoteId) -> impl IntoView {
    let settings = use_settings().settings;
    let navigate = StoredValue::new_local(use_navigate());
    let asking = RwSignal::new(false);
    let leave = Callback::new(move |_| {
        settings.update(|s| s.kiosk_vote = None);
        navigate.with_value(|go| {
            go(
                &format!("/votes/{vote}"),
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            )
        });
    });
    view! {
        <div class="kiosk-exit">
            {move || if asking.get() {
                view! {
                    <PinCheck id="kiosk" label=Msg::KioskPinPrompt submit=Msg::KioskExit on_ok=leave
                        on_cancel=Callback::new(move |_| asking.set(false)) />
                }.into_any()
            } else {
                view! {
                    <button type="button" class="link-button" id="kiosk-exit" on:click=move |_| asking.set(true)>{t(Msg::KioskExit)}</button>
                }.into_any()
            }}
        </div>
    }
}

/// A public screen names neither the flat that voted nor when; it says only whether this flat
/// voted, or its owner did through another of their flats (one owner, one vote), so the person
/// in front of it is not told "this flat voted" about a flat nobody voted from.
fn kiosk_already_voted(refusal: &Refusal) -> Msg {
    match refusal {
        Refusal::HouseholdAlreadyVoted {
            household_label,
            voted_through,
            ..
        } if household_label != voted_through => Msg::KioskOwnerAlreadyVoted,
        _ => Msg::KioskAlreadyVoted,
    }
}
