mod device_panel;
mod device_qr;
mod trusted_devices;

use crate::components::page_title::use_page_title;
use crate::components::pin::PinChoose;
use crate::i18n::{t, use_i18n, Lang, Msg};
use crate::settings::{use_settings, Settings};
use crate::store::use_store;
use device_panel::DevicePanel;
use gongzhi_core::log::payload::Kind;
use leptos::prelude::*;
use trusted_devices::TrustedDevices;

#[component]
pub fn SettingsPage() -> impl IntoView {
    use_page_title(Msg::SettingsTitle);
    let i18n = use_i18n();
    let ctx = use_settings();
    let settings = ctx.settings;
    let store = use_store();

    let language_option = move |lang: Lang, label: Msg| {
        let id = format!("lang-{}", lang.tag());
        view! {
            <div class="choice">
                <input
                    type="radio"
                    name="lang"
                    id=id.clone()
                    prop:checked=move || i18n.lang.get() == lang
                    on:change=move |_| settings.update(|s| s.lang = Some(lang))
                />
                <label for=id lang=lang.tag()>
                    {t(label)}
                </label>
            </div>
        }
    };

    let save_status = move || {
        ctx.last_save_ok.get().map(|ok| {
            let (class, msg) = if ok {
                ("status ok", Msg::SettingsSaved)
            } else {
                ("status error", Msg::SettingsSaveFailed)
            };
            view! { <p class=class>{t(msg)}</p> }
        })
    };

    // One preference that is on or off, with what it does said under it.
    let toggle = move |id: &'static str,
                       label: Msg,
                       hint: Msg,
                       get: fn(&Settings) -> bool,
                       set: fn(&mut Settings, bool)| {
        let hint_id = format!("{id}-hint");
        view! {
            <div class="choice">
                <input type="checkbox" id=id aria-describedby=hint_id.clone()
                    prop:checked=move || settings.with(get)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        settings.update(|s| set(s, on));
                    } />
                <label for=id>{t(label)}</label>
            </div>
            <p id=hint_id class="hint">{t(hint)}</p>
        }
    };

    view! {
        <h1>{t(Msg::SettingsTitle)}</h1>
        <form class="card settings" on:submit=|ev| ev.prevent_default()>
            <fieldset>
                <legend>{t(Msg::SettingsLanguage)}</legend>
                {language_option(Lang::Zh, Msg::SettingsLanguageZh)}
                {language_option(Lang::En, Msg::SettingsLanguageEn)}
            </fieldset>
            <fieldset>
                <legend>{t(Msg::SettingsDisplay)}</legend>
                {toggle("large-text", Msg::SettingsLargeText, Msg::SettingsLargeTextHint,
                    |s| s.large_text, |s, on| s.large_text = on)}
            </fieldset>
            // A device the community gave no staff role chooses whom it serves; a clerk's, a
            // secretary's or an admin's is the service centre's anyway.
            <Show when=move || !store.may(Kind::BallotConfirmed)>
                <fieldset>
                    <legend>{t(Msg::SettingsUse)}</legend>
                    {toggle("service-centre", Msg::SettingsServiceCentre, Msg::SettingsServiceCentreHint,
                        |s| s.service_centre, |s, on| s.service_centre = on)}
                </fieldset>
            </Show>
            <div role="status" aria-live="polite">
                {save_status}
            </div>
        </form>
        <KioskPinSettings />
        <DevicePanel />
        <TrustedDevices />
        <section class="card" aria-labelledby="about-title">
            <h2 id="about-title">{t(Msg::SettingsAbout)}</h2>
            <dl class="facts">
                <dt>{t(Msg::SettingsVersion)}</dt>
                <dd>{env!("CARGO_PKG_VERSION")} " · core " {gongzhi_core::VERSION}</dd>
            </dl>
        </section>
    }
}

/// The kiosk's admin PIN, changed only by someone who knows the current one.
#[component]
fn KioskPinSettings() -> impl IntoView {
    let settings = use_settings().settings;
    let has_pin = Memo::new(move |_| settings.with(|s| s.kiosk_pin.is_some()));
    let changed = RwSignal::new(false);
    view! {
        <section class="card" id="pin-settings" aria-labelledby="pin-settings-title">
            <h2 id="pin-settings-title">{t(Msg::PinSettingsTitle)}</h2>
            <p class="hint">{t(Msg::PinSettingsHint)}</p>
            <Show when=move || has_pin.get() fallback=move || view! { <p>{t(Msg::PinSettingsNone)}</p> }>
                <PinChoose submit=Msg::PinChange old=true on_saved=Callback::new(move |_| changed.set(true)) />
                <p class="status ok" role="status" id="pin-changed">{move || changed.get().then(|| t(Msg::PinChanged)())}</p>
            </Show>
        </section>
    }
}
