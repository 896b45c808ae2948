//! A group of radio buttons over typed choices, bound to one signal: no value round-trips
//! through the DOM's strings.

use crate::i18n::{t, Msg};
use leptos::prelude::*;

/// A fieldset of `choices`, each with its message and its element id; `name` groups them.
#[component]
pub fn Radios<T>(
    name: &'static str,
    legend: Msg,
    /// For a form labelled by this group's legend.
    #[prop(optional)]
    legend_id: Option<&'static str>,
    value: RwSignal<T>,
    choices: Vec<(T, Msg, &'static str)>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let (values, labels): (Vec<T>, Vec<(Msg, &'static str)>) = choices
        .into_iter()
        .map(|(choice, label, id)| (choice, (label, id)))
        .unzip();
    let values = StoredValue::new(values);
    let checked = Signal::derive(move || {
        value.with(|v| values.with_value(|all| all.iter().position(|c| c == v)))
    });
    let pick = Callback::new(move |i: usize| {
        if let Some(choice) = values.with_value(|all| all.get(i).copied()) {
            value.set(choice);
        }
    });
    view! { <PositionRadios name=name legend=legend legend_id=legend_id labels=labels checked=checked pick=pick /> }
}

/// The buttons themselves, the same code for every `T`.
#[component]
fn PositionRadios(
    name: &'static str,
    legend: Msg,
    legend_id: Option<&'static str>,
    labels: Vec<(Msg, &'static str)>,
    checked: Signal<Option<usize>>,
    pick: Callback<usize>,
) -> impl IntoView {
    view! {
        <fieldset>
            <legend id=legend_id>{t(legend)}</legend>
            {labels
                .into_iter()
                .enumerate()
                .map(|(i, (label, id))| view! {
                    <div class="choice">
                        <input type="radio" name=name id=id
                            prop:checked=move || checked.get() == Some(i)
                            on:change=move |_| pick.run(i) />
                        <label for=id>{t(label)}</label>
                    </div>
                })
                .collect_view()}
        </fieldset>
    }
}
