//! The settings page's account of this device: its id, what it stores, how safe that is, and
//! the way to erase it all (with a backup offered first).

use crate::components::export_button::ExportButton;
use crate::i18n::{megabytes, t, thousands, use_i18n, Msg};
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
    let erase = move |_| {
        let persistence = store.persistence();
        leptos::task::spawn_local(async move {
            if persistence.erase_everything().await.is_ok() {
                platform::reload();
            }
        });
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
                <dd>{used}</dd>
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
                </dd>
                {figures}
            </dl>
            <super::device_qr::DeviceQr id="device-qr" />
            <div class="actions">
                <ExportButton />
            </div>
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="button danger"
                            disabled=move || !matches!(store.load.get(), LoadState::Ready)
                            on:click=move |_| confirming.set(true)
                        >
                            {t(Msg::EraseAll)}
                        </button>
                    }
                }
            >
                <div class="confirm" role="alertdialog" aria-labelledby="erase-title" aria-describedby="erase-body">
                    <h3 id="erase-title">{t(Msg::EraseConfirmTitle)}</h3>
                    <p id="erase-body">{t(Msg::EraseConfirmBody)}</p>
                    <ExportButton label=Msg::EraseExportFirst />
                    <div class="actions">
                        <button type="button" class="button danger" on:click=erase>
                            {t(Msg::EraseConfirm)}
                        </button>
                        <button type="button" class="button" on:click=move |_| confirming.set(false)>
                            {t(Msg::Cancel)}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
