use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// Options named by messages, renamed when the language changes.
pub fn named<T>(choices: impl IntoIterator<Item = (T, Msg)>) -> Signal<Vec<(T, String)>>
where
    T: Clone + Send + Sync + 'static,
{
    let lang = use_i18n().lang;
    let choices: Vec<(T, Msg)> = choices.into_iter().collect();
    Signal::derive(move || {
        let lang = lang.get();
        choices
            .iter()
            .map(|(choice, name)| (choice.clone(), name.text(lang).to_string()))
            .collect()
    })
}

/// Options led by "—", none of them: for a field that may be left unchosen.
pub fn or_none<T>(options: impl IntoIterator<Item = (T, String)>) -> Vec<(Option<T>, String)> {
    std::iter::once((None, "—".to_string()))
        .chain(
            options
                .into_iter()
                .map(|(choice, name)| (Some(choice), name)),
        )
        .collect()
}

/// A `<select>` over typed choices. In the DOM an option is only its position in `options`;
/// `value` always holds one of the choices themselves, so no page parses an option's text.
/// When the list changes (a compound added) the chosen value stays chosen wherever it moves.
#[component]
pub fn ChoiceSelect<T>(
    #[prop(into)] id: String,
    #[prop(into)] options: Signal<Vec<(T, String)>>,
    value: RwSignal<T>,
    /// Runs with a choice the person made (not one set from outside), before `value` changes.
    #[prop(optional)]
    on_choose: Option<Callback<T>>,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let choose = Callback::new(move |i: usize| {
        let chosen = options.with_untracked(|o| o.get(i).map(|(choice, _)| choice.clone()));
        if let Some(choice) = chosen {
            if let Some(on_choose) = on_choose {
                on_choose.run(choice.clone());
            }
            value.set(choice);
        }
    });
    // A value set from outside (a form reset) shows too; one not on the list shows the first.
    let chosen = Signal::derive(move || {
        value.with(|v| options.with(|o| o.iter().position(|(choice, _)| choice == v)))
    });
    let names =
        Signal::derive(move || options.with(|o| o.iter().map(|(_, n)| n.clone()).collect()));
    view! { <PositionSelect id=id names=names chosen=chosen choose=choose /> }
}

/// The select itself, the same code for every `T`: the options' names, which is chosen, and what
/// to do with the position picked.
#[component]
fn PositionSelect(
    id: String,
    names: Signal<Vec<String>>,
    chosen: Signal<Option<usize>>,
    choose: Callback<usize>,
) -> impl IntoView {
    let change = move |ev| {
        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
            choose.run(i);
        }
    };
    let position = move || chosen.get().unwrap_or(0).to_string();
    view! {
        <select id=id on:change=change prop:value=position>
            {move || {
                let at = chosen.get_untracked();
                names
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, name)| {
                        view! { <option value=i.to_string() selected=at == Some(i)>{name}</option> }
                    })
                    .collect_view()
            }}
        </select>
    }
}
