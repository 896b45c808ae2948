//! Every final step (closing a vote or a project, accepting the work, settling a fund, revoking a
//! device, erasing this device) asks first, in this one form: a button opens it, it names what
//! will happen, and only its confirm button acts. Cancel closes it and records nothing. A refusal
//! is shown inside it, beside the button that caused it, not somewhere up the page.

use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{t, Msg};
use crate::platform;
use crate::store::SubmitError;
use leptos::prelude::*;

/// How much a step's buttons stand out: an ordinary final step, the page's main next step, or
/// one that destroys what is stored.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum Tone {
    #[default]
    Plain,
    Primary,
    Danger,
}

/// The button that opens the form, when the form has one of its own (a form opened from a row of
/// a list has none: the rows' buttons set `open`).
#[derive(Clone, Copy)]
pub struct Opener {
    pub id: &'static str,
    pub label: Msg,
}

#[component]
pub fn ConfirmForm(
    open: RwSignal<bool>,
    /// The form's element id; its title's is `{id}-title`. A form in a row of a list names its
    /// row in it.
    #[prop(into)]
    id: String,
    /// The form's title: the question, or the step's name.
    title: Msg,
    #[prop(optional, into)] opener: Option<Opener>,
    /// While true the opener is disabled (nothing to act on yet).
    #[prop(into, optional)]
    unavailable: Signal<bool>,
    #[prop(optional)] tone: Tone,
    #[prop(into)] confirm_id: String,
    confirm: Msg,
    #[prop(optional, into)] cancel_id: Option<&'static str>,
    /// While true the form cannot be confirmed (a photo still being hashed).
    #[prop(into, optional)]
    waiting: Signal<bool>,
    on_confirm: Callback<()>,
    /// Why the last confirm was not recorded; a step that records nothing (erasing) has none.
    #[prop(optional, into)]
    failure: Option<RwSignal<Option<SubmitError>>>,
    children: ChildrenFn,
) -> impl IntoView {
    // Opened (from its own button or a row's), the question comes into view with focus in it;
    // and a refusal answers the last confirm, so opened again (for another row, say), the form
    // starts without it.
    {
        let id = id.clone();
        Effect::watch(
            move || open.get(),
            move |open, _, _| {
                if *open {
                    platform::reveal(id.clone());
                    if let Some(failure) = failure {
                        failure.set(None);
                    }
                }
            },
            false,
        );
    }
    let title_id = format!("{id}-title");
    let (opener_class, confirm_class) = match tone {
        Tone::Plain => ("button", "button primary"),
        Tone::Primary => ("button primary", "button primary"),
        Tone::Danger => ("button danger", "button danger"),
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_confirm.run(());
    };
    let opener_button = move || {
        opener.map(|o| {
            view! {
                <button type="button" class=opener_class id=o.id disabled=move || unavailable.get()
                    on:click=move |_| open.set(true)>
                    {t(o.label)}
                </button>
            }
        })
    };
    view! {
        <Show when=move || open.get() fallback=opener_button>
            <div class="card confirm" role="alertdialog" aria-labelledby=title_id.clone() id=id.clone() tabindex="-1">
                <form class="form" on:submit=submit novalidate>
                    <h3 id=title_id.clone()>{t(title)}</h3>
                    {children()}
                    <p class="actions">
                        <button type="submit" class=confirm_class id=confirm_id.clone() disabled=move || waiting.get()>{t(confirm)}</button>
                        " "
                        <button type="button" class="button" id=cancel_id on:click=move |_| open.set(false)>{t(Msg::Cancel)}</button>
                    </p>
                    {failure.map(|failure| view! { <SubmitFailure failure=failure /> })}
                </form>
            </div>
        </Show>
    }
}
