use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{t, use_i18n, Msg};
use crate::on_demand::on_demand;
use crate::persist::PersistError;
use crate::platform;
use crate::store::{use_store, LoadState, SubmitError};
use gongzhi_core::batch::Batch;
use gongzhi_core::demo::{self, Demo};
use gongzhi_core::Refusal;
use leptos::prelude::*;

on_demand!(
    demo,
    /// The demo's commands, fetched when asked for: a first visit that never loads the demo
    /// does not download them.
    fn demo_builder(
        label: &'static str,
        now: i64,
    ) -> Box<dyn Fn(&mut Batch) -> Result<Demo, Refusal>> {
        Box::new(move |batch| demo::jinyang(batch, label, now))
    }
);

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
        busy.set(true);
        leptos::task::spawn_local(async move {
            match demo_builder(label, now).await {
                Ok(build) => store.send_batch(label, build, (failure, busy), |_| {}),
                Err(_) => {
                    busy.set(false);
                    failure.set(Some(SubmitError::NotSaved(PersistError::CodeMissing)));
                }
            }
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
