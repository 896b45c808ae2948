//! What a form's fields mean, read the same way on every form.

use crate::i18n::{shown, t, Msg, Text};
use gongzhi_core::time::parse_date_cst;
use leptos::prelude::*;

/// A date field: `empty` when it is left blank, otherwise the day it names (midnight, China
/// time); `None` when it names no day.
pub fn date_or<T: From<i64>>(typed: &str, empty: T) -> Option<T> {
    if typed.trim().is_empty() {
        Some(empty)
    } else {
        parse_date_cst(typed).map(T::from)
    }
}

/// A field that must not be left blank: its text, trimmed, or `missing`.
pub fn required(field: RwSignal<String>, missing: Msg) -> Result<String, Msg> {
    let text = field.with_untracked(|f| f.trim().to_string());
    if text.is_empty() {
        Err(missing)
    } else {
        Ok(text)
    }
}

/// A form's own checks, run before anything is sent: what they make, or nothing, with
/// `problem` saying what to correct. A form whose checks include the core's (a refusal, a flat
/// looked up) holds a `Said`; the others a `Msg`.
pub fn checked<T, P: Clone + Send + Sync + 'static>(
    problem: RwSignal<Option<P>>,
    check: impl FnOnce() -> Result<T, P>,
) -> Option<T> {
    let result = check();
    problem.set(result.as_ref().err().cloned());
    result.ok()
}

/// A text that must be filled in, checked with [`required`] through the form's `problem`: while
/// that problem is `error`, the field is marked invalid and `{id}-error` says so beside it.
/// `rows` makes it a text area.
#[component]
pub fn RequiredText(
    #[prop(into)] id: String,
    label: Msg,
    value: RwSignal<String>,
    problem: RwSignal<Option<Msg>>,
    error: Msg,
    maxlength: u32,
    #[prop(optional)] rows: Option<u32>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let missing = move || problem.get() == Some(error);
    let invalid = move || missing().to_string();
    let field = match rows {
        Some(rows) => view! {
            <textarea id=id.clone() rows=rows.to_string() maxlength=maxlength.to_string()
                aria-invalid=invalid aria-describedby=error_id.clone() bind:value=value></textarea>
        }
        .into_any(),
        None => view! {
            <input id=id.clone() type="text" maxlength=maxlength.to_string()
                aria-invalid=invalid aria-describedby=error_id.clone() bind:value=value />
        }
        .into_any(),
    };
    view! {
        <label for=id>{t(label)}</label>
        {field}
        <p class="field-error" id=error_id>{move || missing().then(|| t(error)())}</p>
    }
}

/// A one-line text field with its label.
#[component]
pub fn TextField(
    id: &'static str,
    label: Msg,
    value: RwSignal<String>,
    maxlength: u32,
    /// `numeric` or `decimal` for the phone's number pad.
    #[prop(optional)]
    inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    view! {
        <label for=id>{t(label)}</label>
        <input id=id type="text" maxlength=maxlength.to_string() inputmode=inputmode
            autocomplete=autocomplete bind:value=value />
    }
}

/// What a form's own checks found wrong, announced as it appears.
#[component]
pub fn Problem<P: Text + Send + Sync + 'static>(
    #[prop(optional)] id: Option<&'static str>,
    problem: RwSignal<Option<P>>,
) -> impl IntoView {
    let node = NodeRef::new();
    crate::platform::reveal_when(node, move || problem.with(Option::is_some));
    view! { <p class="field-error" id=id role="alert" node_ref=node>{shown(problem)}</p> }
}
