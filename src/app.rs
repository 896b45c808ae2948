//! The root component: providers, the one settings-to-storage bridge, and the shell around
//! the routes (crate::routes).

use crate::components::header::Header;
use crate::components::kiosk_guard::KioskGuard;
use crate::components::record_status::RecordStatus;
use crate::i18n::{I18n, Lang};
use crate::persist::{browser::BrowserPersistence, Persistence};
use crate::platform;
use crate::routes::AppRoutes;
use crate::settings::SettingsCtx;
use crate::store::RecordStore;
use leptos::prelude::*;
use leptos_router::components::Router;
use std::sync::Arc;

/// The app as shipped: settings in the browser's storage.
#[component]
pub fn App() -> impl IntoView {
    view! { <Shell persistence=Arc::new(BrowserPersistence::new()) /> }
}

/// The app over any [`Persistence`]; in-browser tests mount it over memory.
#[component]
pub fn Shell(persistence: Arc<dyn Persistence>) -> impl IntoView {
    let settings = RwSignal::new(persistence.load_settings());
    let last_save_ok = RwSignal::new(None);
    let preferences = platform::browser_languages();
    let lang: Signal<Lang> =
        Signal::derive(move || settings.with(|s| s.effective_lang(&preferences)));
    provide_context(I18n { lang });
    let refresh_clock = crate::platform::provide_clock();
    provide_context(SettingsCtx {
        settings,
        last_save_ok,
    });
    let store = RecordStore::new(persistence.clone());
    provide_context(store);
    // Whatever was just recorded happened "now": the clock catches up with it.
    Effect::new(move |_| {
        store.record.track();
        refresh_clock();
    });
    leptos::task::spawn_local(store.load());
    // Ballots must survive storage pressure: ask once per start; the settings page shows the answer.
    let asking = persistence.clone();
    leptos::task::spawn_local(async move {
        asking.request_persistent().await;
    });

    // The one bridge to storage; the first run only reads what was just loaded.
    Effect::new(move |already_ran: Option<()>| {
        let current = settings.get();
        if already_ran.is_some() {
            last_save_ok.set(Some(persistence.save_settings(&current).is_ok()));
        }
    });
    Effect::new(move |_| {
        platform::apply_document(lang.get(), settings.with(|s| s.large_text));
    });
    // Kiosk mode is a setting of the device, not of one page: the header stays hidden on the
    // lock screen too.
    Effect::new(move |_| {
        platform::set_kiosk_mode(settings.with(|s| s.kiosk_vote.is_some()));
    });

    view! {
        <Router>
            <Header />
            <main id="main" tabindex="-1">
                <RecordStatus />
                <KioskGuard>
                    <AppRoutes />
                </KioskGuard>
            </main>
        </Router>
    }
}
