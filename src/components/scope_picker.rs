use crate::components::choice_select::ChoiceSelect;
use crate::i18n::{scope_name, t, use_i18n, Msg};
use crate::store::use_store;
use gongzhi_core::model::Scope;
use leptos::prelude::*;

/// The compounds as `<option>` values and names, for filters and pickers.
pub fn compound_options() -> Memo<Vec<(String, String)>> {
    let store = use_store();
    Memo::new(move |_| {
        store.record.with(|r| {
            r.state()
                .compounds
                .iter()
                .map(|(id, c)| (id.to_string(), c.name.clone()))
                .collect()
        })
    })
}

/// The community's name, empty before one is founded: headings and printouts.
pub fn community_name() -> Memo<String> {
    let store = use_store();
    Memo::new(move |_| {
        store.record.with(|r| {
            r.state()
                .community
                .as_ref()
                .map(|c| c.name.clone())
                .unwrap_or_default()
        })
    })
}

/// Where something applies: the whole community, a compound or one of its buildings.
#[component]
pub fn ScopePicker(id: &'static str, value: RwSignal<Scope>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let options = Memo::new(move |_| {
        let lang = i18n.lang.get();
        store.record.with(|r| {
            let s = r.state();
            let mut scopes = vec![Scope::Community];
            for compound in s.compounds.keys() {
                scopes.push(Scope::Compound(*compound));
                scopes.extend(
                    s.buildings
                        .iter()
                        .filter(|(_, b)| b.compound == *compound)
                        .map(|(b, _)| Scope::Building(*b)),
                );
            }
            scopes
                .into_iter()
                .map(|scope| {
                    let name = scope_name(lang, s, &scope);
                    (scope, name)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <label for=id>{t(Msg::PlaceLabel)}</label>
        <ChoiceSelect id=id options=options value=value />
    }
}
