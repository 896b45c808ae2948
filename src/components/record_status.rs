//! What the whole app must know about its record: loading progress, a storage that would not
//! open, and records that failed verification (with the way to save what is intact).

use crate::components::export_button::ExportWhenShown;
use crate::i18n::{damage_summary, integrity_text, store_error_text, t, thousands, use_i18n, Msg};
use crate::store::{use_store, LoadState};
use leptos::prelude::*;

/// Loading a few thousand events is instant; only a large log earns a progress bar.
const SHOW_PROGRESS_ABOVE: u64 = 5_000;

#[component]
pub fn RecordStatus() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();

    let progress = move || match store.load.get() {
        LoadState::Loading { done, total } if total > SHOW_PROGRESS_ABOVE => Some(view! {
            <div class="banner" role="status">
                <label for="load-progress">{t(Msg::LoadingRecord)}</label>
                <progress id="load-progress" max=total value=done></progress>
                <span class="figures">{thousands(done)} " / " {thousands(total)}</span>
            </div>
        }),
        _ => None,
    };

    let failure = move || match store.load.get() {
        LoadState::Failed(e) => Some(view! {
            <div class="banner error" role="alert">
                <strong>{t(Msg::StorageFailed)}</strong>
                <p>
                    {store_error_text(i18n.lang.get(), &e)}
                </p>
            </div>
        }),
        _ => None,
    };

    let damage =
        move || {
            let damage = store.damage.get();
            (!damage.is_empty()).then(|| {
            let summary = damage_summary(i18n.lang.get(), damage.unreadable, damage.rejected.len());
            // The core names each left-out event; kept for whoever repairs the device.
            let details: Vec<String> =
                damage.rejected.iter().map(|e| integrity_text(i18n.lang.get(), e)).collect();
            view! {
                <div class="banner error" role="alert">
                    <strong>{t(Msg::DamageTitle)}</strong>
                    <p class="damage-summary">{summary}</p>
                    <p>{t(Msg::DamageBody)}</p>
                    {(!details.is_empty()).then(|| view! {
                        <details>
                            <summary>{t(Msg::DamageDetails)}</summary>
                            <ul class="damage">
                                {details.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                            </ul>
                        </details>
                    })}
                    <ExportWhenShown label=Msg::DamageExport />
                </div>
            }
        })
        };

    view! {
        {progress}
        {failure}
        {damage}
    }
}
