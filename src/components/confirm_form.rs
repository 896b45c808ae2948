//! A final step (accepting the work, closing a project): a button that opens a form, and the
//! form asks before anything is recorded. Cancel closes it and records nothing.

use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{t, Msg};
use crate::platform;
use crate::store::SubmitError;
use leptos::prelude::*;

#[component]
pub fn ConfirmForm(
    open: RwSignal<bool>,
    /// The form's element id; its title's is `{id}-title`.
    id: &'static str,
    opener_id: &'static str,
    /// The opening button's text, which is also the form's title.
    title: Msg,
    #[prop(optional)] primary: bool,
    confirm_id: &'static str,
    confirm: Msg,
    /// While true the form cannot be confirmed (a photo still being hashed).
    #[prop(into, optional)]
    waiting: Signal<bool>,
    on_confirm: Callback<()>,
    failure: RwSignal<Option<SubmitError>>,
    children: ChildrenFn,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    let opener_class = if primary { "button primary" } else { "button" };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_confirm.run(());
    };
    view! {
        <Show when=move || open.get()
            fallback=move || view! {
                <button type="button" class=opener_class id=opener_id on:click=move |_| { open.set(true); platform::reveal(id); }>
                    {t(title)}
                </button>
            }>
            <form class="card form confirm" aria-labelledby=title_id.clone() id=id tabindex="-1" on:submit=submit novalidate>
                <h3 id=title_id.clone()>{t(title)}</h3>
                {children()}
                <p class="actions">
                    <button type="submit" class="button primary" id=confirm_id disabled=move || waiting.get()>{t(confirm)}</button>
                    " "
                    <button type="button" class="button" on:click=move |_| open.set(false)>{t(Msg::Cancel)}</button>
                </p>
                <SubmitFailure failure=failure />
            </form>
        </Show>
    }
}
