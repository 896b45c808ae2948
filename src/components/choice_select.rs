use leptos::prelude::*;

/// A `<select>` over typed choices. In the DOM an option is only its position in `options`;
/// `value` always holds one of the choices themselves, so no page parses an option's text.
/// When the list changes (a compound added) the chosen value stays chosen wherever it moves.
#[component]
pub fn ChoiceSelect<T>(
    id: &'static str,
    #[prop(into)] options: Signal<Vec<(T, String)>>,
    value: RwSignal<T>,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let choose = move |ev| {
        let chosen = event_target_value(&ev)
            .parse::<usize>()
            .ok()
            .and_then(|i| options.with_untracked(|o| o.get(i).map(|(choice, _)| choice.clone())));
        if let Some(choice) = chosen {
            value.set(choice);
        }
    };
    view! {
        <select id=id on:change=choose>
            {move || {
                options
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, (choice, name))| {
                        let selected = value.with_untracked(|v| *v == choice);
                        view! { <option value=i.to_string() selected=selected>{name}</option> }
                    })
                    .collect_view()
            }}
        </select>
    }
}
