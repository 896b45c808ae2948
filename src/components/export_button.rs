use crate::i18n::{persist_error_text, use_i18n, Msg};
use crate::platform;
use crate::store::use_store;
use leptos::prelude::*;

/// Downloads the whole record as a snapshot file and says what happened.
#[component]
pub fn ExportButton(#[prop(default = Msg::ExportAll)] label: Msg) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let outcome: RwSignal<Option<Result<String, String>>> = RwSignal::new(None);
    let export = move |_| {
        leptos::task::spawn_local(async move {
            let result = match store.export_all(platform::now_ms()).await {
                Ok((name, bytes)) => {
                    platform::download(&name, &bytes, "application/json").map(|()| name)
                }
                Err(e) => Err(persist_error_text(i18n.lang.get_untracked(), &e)),
            };
            outcome.set(Some(result));
        });
    };
    view! {
        <button type="button" class="button" on:click=export>
            {t(label)}
        </button>
        <p class="status" role="status">
            {move || match outcome.get() {
                Some(Ok(name)) => format!("{} {name}", Msg::ExportDone.text(i18n.lang.get())),
                Some(Err(why)) => format!("{} {why}", Msg::ExportFailed.text(i18n.lang.get())),
                None => String::new(),
            }}
        </p>
    }
}
