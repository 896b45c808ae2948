use crate::components::submit_failure::SubmitFailure;
use crate::engine;
use crate::i18n::{t, use_i18n, Msg};
use crate::platform;
use crate::store::{use_store, LoadState, SubmitError};
use leptos::prelude::*;

/// Creates 晋阳社区 in one atomic write: a newcomer sees the whole cycle at work.
#[component]
pub fn DemoButton() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let busy = RwSignal::new(false);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let load = move |_| {
        let label = Msg::DemoDeviceLabel.text(i18n.lang.get_untracked());
        // The device is not on the community's list until the demo founds it: the demo's
        // events are signed with the label it gives the device.
        let now = platform::now_ms();
        store.send_fetched(label, engine::demo(label, now), (failure, busy), |_| {
            platform::show_page_top()
        });
    };
    let disabled = move || busy.get() || store.load.get() != LoadState::Ready;
    view! {
        <p>{t(Msg::DemoHint)}</p>
        <button type="button" class="button primary" id="load-demo" on:click=load disabled=disabled>
            {move || if busy.get() { t(Msg::DemoLoading)() } else { t(Msg::DemoLoad)() }}
        </button>
        <SubmitFailure failure=failure />
    }
}
