use crate::components::export_button::ExportWhenShown;
use crate::i18n::{submit_error_text, use_i18n};
use crate::persist::PersistError;
use crate::store::SubmitError;
use leptos::prelude::*;

/// Why the last command was not recorded; when storage is full or this device's own record is
/// damaged, the way out (an export of everything intact) right there.
#[component]
pub fn SubmitFailure(failure: RwSignal<Option<SubmitError>>) -> impl IntoView {
    let i18n = use_i18n();
    let export_offered = move || {
        matches!(
            failure.get(),
            Some(SubmitError::NotSaved(PersistError::QuotaExceeded) | SubmitError::OwnChainDamaged)
        )
    };
    let node = NodeRef::new();
    crate::platform::reveal_when(node, move || failure.with(Option::is_some));
    view! {
        <div class="submit-failure" role="alert" node_ref=node>
            {move || {
                failure
                    .get()
                    .map(|e| view! { <p class="status error">{submit_error_text(i18n.lang.get(), &e)}</p> })
            }}
            <Show when=export_offered>
                <ExportWhenShown />
            </Show>
        </div>
    }
}
