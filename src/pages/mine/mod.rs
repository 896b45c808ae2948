//! A household's own screen, for a resident's phone: the household chosen once, its open votes
//! with large buttons and a check before anything is recorded, where each of its ballots stands
//! with its receipt, the notices it may respond to, and raising a request. Nothing here is a
//! clerk's step; the service centre's screen is one explicit step away, at the bottom.

mod vote_card;

use crate::audience::use_own_household;
use crate::components::flat_field::{FlatField, FlatInput};
use crate::i18n::{date_time, t, use_i18n, Msg};
use crate::platform;
use crate::settings::use_settings;
use crate::store::use_store;
use gongzhi_core::model::Scope;
use gongzhi_core::read::household;
use gongzhi_core::rules::authority::Holder;
use gongzhi_core::HouseholdId;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;
use vote_card::HouseholdVoteCard;

#[component]
pub fn HouseholdHome() -> impl IntoView {
    let household = use_own_household();
    view! {
        {move || match household.get() {
            None => Either::Left(view! { <ChooseHousehold /> }),
            Some(h) => Either::Right(view! { <Household household=h /> }),
        }}
        <ServiceCentreStep />
    }
}

/// Once per phone: which household it is for, by the flat as typed anywhere in the app.
#[component]
fn ChooseHousehold() -> impl IntoView {
    let store = use_store();
    let settings = use_settings().settings;
    let flat = FlatField::default();
    let choose = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let found = store.record.with_untracked(|r| {
            flat.optional_within(r.state(), &Scope::Community, Msg::HouseholdNotFound)
        });
        match found {
            Some(Some(h)) => settings.update(|s| s.household = Some(h)),
            Some(None) => flat.refuse(Msg::MineFlatRequired),
            None => {}
        }
    };
    view! {
        <section class="hero" aria-labelledby="mine-choose-title">
            <h1 id="mine-choose-title">{t(Msg::MineChooseTitle)}</h1>
            <p>{t(Msg::MineChooseHint)}</p>
        </section>
        <form class="card form" aria-labelledby="mine-choose-title" on:submit=choose novalidate>
            <FlatInput field=flat name="mine" label=Msg::MineFlatLabel />
            <button type="submit" class="button primary big" id="mine-choose">{t(Msg::MineChooseSubmit)}</button>
        </form>
    }
}

#[component]
fn Household(household: HouseholdId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let settings = use_settings().settings;
    let name = Memo::new(move |_| {
        store
            .record
            .with(|r| r.state().flat_name(&household))
            .unwrap_or_default()
    });
    let enrolled = Memo::new(move |_| {
        let device = store.device();
        store.record.with(|r| {
            device.is_some_and(
                |d| matches!(r.state().holder(&d), Holder::Role(_, Some(h)) if h == household),
            )
        })
    });
    let votes = Memo::new(move |_| {
        store
            .record
            .with(|r| household::votes(r, &household, platform::now_ms()))
    });
    let notices = Memo::new(move |_| {
        store
            .record
            .with(|r| household::notices(r.state(), &household, platform::now_ms()))
    });
    view! {
        <section class="hero" aria-labelledby="mine-title">
            <p class="tagline">{t(Msg::MineTitle)}</p>
            <h1 id="mine-title">{move || name.get()}</h1>
            <p id="mine-enrolment">{move || t(if enrolled.get() { Msg::MineEnrolled } else { Msg::MineNotEnrolled })()}</p>
            <p><A href="/help#phone" attr:id="mine-help">{t(Msg::MineHelp)}</A></p>
            <Show when=move || !enrolled.get()>
                <p><button type="button" class="link-button" id="mine-change"
                    on:click=move |_| settings.update(|s| s.household = None)>{t(Msg::MineChange)}</button></p>
            </Show>
        </section>
        <section class="card" aria-labelledby="mine-votes-title">
            <h2 id="mine-votes-title">{t(Msg::MineVotesTitle)}</h2>
            {move || {
                let list = votes.get();
                if list.is_empty() {
                    Either::Left(view! { <p id="mine-no-votes">{t(Msg::MineNoVotes)}</p> })
                } else {
                    Either::Right(view! {
                        <ul class="mine-votes">
                            {list.into_iter().map(|v| view! {
                                <HouseholdVoteCard vote=v household=household flat=name.get_untracked() />
                            }).collect_view()}
                        </ul>
                    })
                }
            }}
        </section>
        <section class="card" aria-labelledby="mine-notices-title">
            <h2 id="mine-notices-title">{t(Msg::MineNoticesTitle)}</h2>
            {move || {
                let list = notices.get();
                if list.is_empty() {
                    Either::Left(view! { <p>{t(Msg::MineNoNotices)}</p> })
                } else {
                    Either::Right(view! {
                        <ul class="rows">
                            {list.into_iter().map(|n| view! {
                                <li>
                                    <span class="row-title">{n.title}</span>
                                    <span class="row-detail">{t(Msg::MineCloses)} " " {move || date_time(i18n.lang.get(), n.closes_ms)}</span>
                                    <A href=format!("/projects/{}", n.proposal) attr:class="button">{t(Msg::MineNoticeOpen)}</A>
                                </li>
                            }).collect_view()}
                        </ul>
                    })
                }
            }}
        </section>
        <section class="card" aria-labelledby="mine-request-title">
            <h2 id="mine-request-title">{t(Msg::MineRequestTitle)}</h2>
            <p><A href="/requests" attr:class="button" attr:id="mine-request">{t(Msg::MineRequestLink)}</A></p>
        </section>
    }
}

/// The one step from a household's screen to the whole app, for a device that is the service
/// centre's: what it may then do is still the role the community gave it.
#[component]
fn ServiceCentreStep() -> impl IntoView {
    let settings = use_settings().settings;
    view! {
        <details class="card" id="mine-staff">
            <summary>{t(Msg::MineStaffTitle)}</summary>
            <p>{t(Msg::MineStaffHint)}</p>
            <button type="button" class="button" id="mine-staff-switch"
                on:click=move |_| settings.update(|s| s.service_centre = true)>
                {t(Msg::MineStaffButton)}
            </button>
        </details>
    }
}
