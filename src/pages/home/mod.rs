mod demo_button;
mod found_community;

use crate::audience::{use_audience, Audience};
use crate::components::page_title::use_page_title;
use crate::i18n::{t, Msg};
use crate::on_demand::{on_demand, page_or_unavailable};
use crate::pages::community::CommunityHome;
use crate::pages::mine::HouseholdHome;
use crate::store::use_store;
use demo_button::DemoButton;
use found_community::{FoundCommunity, JoinCommunity};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;

on_demand!(
    record,
    /// Once there is a community, what home shows, fetched then: a first visit shows the welcome
    /// only.
    fn founded_home() -> AnyView {
        view! { <FoundedHome /> }.into_any()
    }
);

/// Once there is a community, what home shows; until then, the welcome.
#[component]
pub fn Home() -> impl IntoView {
    use_page_title(Msg::NavHome);
    let store = use_store();
    let founded = Memo::new(move |_| store.record.with(|r| r.state().community.is_some()));
    move || {
        if founded.get() {
            let home = Suspend::new(async { page_or_unavailable(founded_home().await) });
            Either::Left(view! { <Suspense>{home}</Suspense> })
        } else {
            Either::Right(view! { <Welcome /> })
        }
    }
}

/// The community at a glance for the service centre; a household's own screen on a resident's
/// phone.
#[component]
fn FoundedHome() -> impl IntoView {
    let audience = use_audience();
    move || match audience.get() {
        Audience::ServiceCentre => Either::Left(view! { <CommunityHome /> }),
        Audience::Household => Either::Right(view! { <HouseholdHome /> }),
    }
}

/// The first visit: what the app does, how a project gets done, and where the data lives.
#[component]
fn Welcome() -> impl IntoView {
    let steps = [
        Msg::HomeStepRequest,
        Msg::HomeStepDraft,
        Msg::HomeStepNotice,
        Msg::HomeStepCouncil,
        Msg::HomeStepBuild,
    ];

    view! {
        <section class="hero" aria-labelledby="home-title">
            <h1 id="home-title">{t(Msg::HomeTitle)}</h1>
            <p class="tagline">{t(Msg::AppTagline)}</p>
            <p>{t(Msg::HomeIntro)}</p>
        </section>
        <section class="card empty-state" aria-labelledby="home-empty">
            <h2 id="home-empty">{t(Msg::HomeEmptyTitle)}</h2>
            <p>{t(Msg::HomeEmptyBody)}</p>
        </section>
        <FoundCommunity />
        <JoinCommunity />
        <section class="card" aria-labelledby="home-demo">
            <h2 id="home-demo">{t(Msg::DemoTitle)}</h2>
            <DemoButton />
        </section>
        <section class="card" aria-labelledby="home-how">
            <h2 id="home-how">{t(Msg::HomeHowTitle)}</h2>
            <ol class="steps">
                {steps.into_iter().map(|m| view! { <li>{t(m)}</li> }).collect_view()}
            </ol>
            <p><A href="/help" attr:id="help-link">{t(Msg::HelpLink)}</A></p>
        </section>
        <section class="card" aria-labelledby="home-privacy">
            <h2 id="home-privacy">{t(Msg::HomePrivacyTitle)}</h2>
            <p>{t(Msg::HomePrivacyBody)}</p>
            <p>
                <A href="/settings">{t(Msg::HomeSettingsLink)}</A>
            </p>
        </section>
    }
}
