//! This device's id as a QR code, so an admin enrols a kiosk or phone by scanning it instead of
//! typing 64 characters; drawn by the same code as a vote's result code.

use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;

#[component]
pub fn DeviceQr(id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    move || {
        let label = Msg::OwnDeviceQr.text(i18n.lang.get());
        store
            .device_id()
            .and_then(|device| gongzhi_core::read::qr::svg(&device, label))
            .map(|svg| {
                view! {
                    <figure class="qr-figure">
                        <div class="qr" id=id inner_html=svg></div>
                        <figcaption>{label}</figcaption>
                    </figure>
                }
            })
    }
}
