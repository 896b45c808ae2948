//! The settings page's account of this device: its id, what it stores, how safe that is, and
//! the way to erase it all (with a backup offered first).

use crate::components::confirm_form::{ConfirmForm, Opener, Tone};
use crate::components::copy_button::CopyButton;
use crate::components::export_button::ExportButton;
use crate::i18n::{megabytes, persist_error_text, t, thousands, use_i18n, Msg};
use crate::persist::PersistError;
use crate::platform;
use crate::store::{use_store, LoadState};
use leptos::prelude::*;

#[component]
pub fn DevicePanel() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let info = LocalResource::new(move || {
        // Read again once the record has loaded and whenever it changes.
        store.load.track();
        store.record.track();
        let persistence = store.persistence();
        async move { persistence.storage_info().await }
    });
    let confirming = RwSignal::new(false);
    let erase_failure: RwSignal<Option<PersistError>> = RwSignal::new(None);
    let erase = Callback::new(move |()| {
        let persistence = store.persistence();
        erase_failure.set(None);
        leptos::task::spawn_local(async move {
            match persistence.erase_everything().await {
                Ok(()) => platform::reload(),
                Err(e) => erase_failure.set(Some(e)),
            }
        });
    });
    let erase_failed = move || {
        let lang = i18n.lang.get();
        erase_failure.get().map(|e| {
            let text = format!(
                "{} {}",
                Msg::EraseFailed.text(lang),
                persist_error_text(lang, &e)
            );
            view! { <p class="status error" role="alert">{text}</p> }
        })
    };

    let unknown = move || Msg::Unknown.text(i18n.lang.get()).to_string();
    let figures = move || {
        info.get().map(|info| {
            let records = thousands(info.stored_events);
            let used = match (info.usage_bytes, info.quota_bytes) {
                (Some(used), Some(quota)) => format!("{} / {}", megabytes(used), megabytes(quota)),
                _ => unknown(),
            };
            let persistent = if info.persistent {
                Msg::DevicePersistentYes
            } else {
                Msg::DevicePersistentNo
            };
            view! {
                <dt>{t(Msg::DeviceRecords)}</dt>
                <dd data-testid="stored-records">{records}</dd>
                <dt>{t(Msg::DeviceStorage)}</dt>
                <dd data-testid="storage-used">{used}</dd>
                <dt>{t(Msg::DevicePersistent)}</dt>
                <dd>{t(persistent)}</dd>
            }
        })
    };

    view! {
        <section class="card" aria-labelledby="device-title">
            <h2 id="device-title">{t(Msg::DeviceTitle)}</h2>
            <dl class="facts">
                <dt>{t(Msg::DeviceId)}</dt>
                <dd>
                    <code class="device-id">
                        {move || store.device_id().unwrap_or_else(unknown)}
                    </code>
                    " "
                    <CopyButton text=Signal::derive(move || store.device_id().unwrap_or_default()) />
                </dd>
                {figures}
            </dl>
            <super::device_qr::DeviceQr id="device-qr" />
            <div class="actions">
                <ExportButton />
            </div>
            <ConfirmForm open=confirming id="erase-confirm" title=Msg::EraseConfirmTitle tone=Tone::Danger
                opener=Opener { id: "erase-all", label: Msg::EraseAll }
                unavailable=Signal::derive(move || !matches!(store.load.get(), LoadState::Ready))
                confirm_id="confirm-erase" confirm=Msg::EraseConfirm on_confirm=erase>
                <p>{t(Msg::EraseConfirmBody)}</p>
                <ExportButton label=Msg::EraseExportFirst />
                {erase_failed}
            </ConfirmForm>
        </section>
    }
}
