use crate::i18n::{submit_error_text, t, use_i18n, Msg, Said, Text};
use crate::on_demand::on_demand;
use crate::platform;
use crate::store::{use_store, ExportScope};
use leptos::prelude::*;

/// Writes a snapshot file (the whole record by default) and says what happened: shared through
/// the phone's share sheet when `share` is set and the browser can, else downloaded.
#[component]
pub fn ExportButton(
    #[prop(default = Msg::ExportAll)] label: Msg,
    #[prop(default = ExportScope::Community)] scope: ExportScope,
    #[prop(optional)] share: bool,
    #[prop(optional)] id: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let outcome: RwSignal<Option<Result<String, Said>>> = RwSignal::new(None);
    let export = move |via_share: bool| {
        leptos::task::spawn_local(async move {
            let result = match store.export(platform::now_ms(), scope).await {
                Ok((name, bytes)) => {
                    let shared = if via_share {
                        platform::share_file(&name, &bytes, "application/json").await
                    } else {
                        None
                    };
                    match shared {
                        Some(done) => done.map(|()| name).map_err(Said::verbatim),
                        None => platform::download(&name, &bytes, "application/json")
                            .map(|()| name)
                            .map_err(Said::verbatim),
                    }
                }
                Err(e) => Err(Said::new(move |lang| submit_error_text(lang, &e))),
            };
            outcome.set(Some(result));
        });
    };
    let can_share = share && platform::can_share_files();
    view! {
        <button type="button" class="button" id=(!id.is_empty()).then_some(id) on:click=move |_| export(false)>
            {t(label)}
        </button>
        {can_share.then(|| view! {
            <button type="button" class="button" on:click=move |_| export(true)>
                {t(Msg::ShareFile)}
            </button>
        })}
        <p class="status" role="status">
            {move || match outcome.get() {
                Some(Ok(name)) => format!("{} {name}", Msg::ExportDone.text(i18n.lang.get())),
                Some(Err(why)) => {
                    let lang = i18n.lang.get();
                    format!("{} {}", Msg::ExportFailed.text(lang), why.render(lang))
                }
                None => String::new(),
            }}
        </p>
    }
}

on_demand!(
    record,
    fn export_button(label: Msg) -> AnyView {
        view! { <ExportButton label=label /> }.into_any()
    }
);

/// An [`ExportButton`] for the shell and the forms a first visit shows (a failure, a damaged
/// record), fetched when it is shown: the main module does not carry it.
#[component]
pub fn ExportWhenShown(#[prop(default = Msg::ExportAll)] label: Msg) -> impl IntoView {
    let button = Suspend::new(async move { export_button(label).await.ok() });
    view! { <Suspense>{button}</Suspense> }
}
