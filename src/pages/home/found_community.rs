//! Founding a real community on a fresh device: its name, the first compound and what to call
//! this device, recorded as one batch; then on to the register, where the roster comes in.

use crate::components::submit_failure::SubmitFailure;
use crate::engine;
use crate::i18n::{t, use_i18n, Msg};
use crate::store::{use_store, LoadState, SubmitError};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn FoundCommunity() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let navigate = use_navigate();
    let community = RwSignal::new(String::new());
    let compound = RwSignal::new(String::new());
    let device = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let found = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (name, first, label) = (
            community.get_untracked(),
            compound.get_untracked(),
            device.get_untracked(),
        );
        let label = if label.trim().is_empty() {
            Msg::DemoDeviceLabel
                .text(i18n.lang.get_untracked())
                .to_string()
        } else {
            label
        };
        let navigate = navigate.clone();
        store.send_fetched(
            label.clone(),
            engine::founding(name, first, label),
            (failure, busy),
            move |_| navigate("/registry", Default::default()),
        );
    };
    let disabled = move || busy.get() || store.load.get() != LoadState::Ready;
    view! {
        <section class="card" aria-labelledby="found-title">
            <h2 id="found-title">{t(Msg::FoundTitle)}</h2>
            <p>{t(Msg::FoundHint)}</p>
            <form class="form" id="found-form" on:submit=found>
                <label for="found-name">{t(Msg::FoundName)}</label>
                <input id="found-name" type="text" autocomplete="off" required
                    bind:value=community />
                <label for="found-compound">{t(Msg::FoundCompound)}</label>
                <input id="found-compound" type="text" autocomplete="off" required
                    bind:value=compound />
                <label for="found-device">{t(Msg::FoundDevice)}</label>
                <input id="found-device" type="text" autocomplete="off"
                    bind:value=device />
                <button type="submit" class="button primary" id="found-submit" disabled=disabled>
                    {t(Msg::FoundSubmit)}
                </button>
                <SubmitFailure failure=failure />
            </form>
        </section>
    }
}

/// A kiosk or phone joining a community that already exists: the admin needs this device's id
/// (also a QR code on the settings page), then this device takes the community's file.
#[component]
pub fn JoinCommunity() -> impl IntoView {
    let store = use_store();
    view! {
        <section class="card" aria-labelledby="join-title">
            <h2 id="join-title">{t(Msg::JoinTitle)}</h2>
            <ol class="join-steps">
                <li>{t(Msg::JoinStepId)} " " <code class="mono" id="join-device-id">{move || store.device_id().unwrap_or_default()}</code></li>
                <li>{t(Msg::JoinStepFile)}</li>
            </ol>
            <p><leptos_router::components::A href="/exchange" attr:class="button" attr:id="join-import">{t(Msg::JoinImport)}</leptos_router::components::A></p>
        </section>
    }
}
