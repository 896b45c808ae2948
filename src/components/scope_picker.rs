use crate::i18n::{scope_name, t, use_i18n, Msg};
use crate::store::use_store;
use gongzhi_core::model::Scope;
use leptos::prelude::*;

/// The text a scope travels as in a `<select>`: `community`, `compound:<id>`, `building:<id>`.
pub fn scope_key(scope: &Scope) -> String {
    match scope {
        Scope::Community => "community".into(),
        Scope::Compound(id) => format!("compound:{id}"),
        Scope::Building(id) => format!("building:{id}"),
        Scope::Unit(id) => format!("unit:{id}"),
    }
}

pub fn parse_scope_key(key: &str) -> Option<Scope> {
    if key == "community" {
        return Some(Scope::Community);
    }
    let (kind, id) = key.split_once(':')?;
    let id = id.parse().ok()?;
    match kind {
        "compound" => Some(Scope::Compound(id)),
        "building" => Some(Scope::Building(id)),
        "unit" => Some(Scope::Unit(id)),
        _ => None,
    }
}

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
pub fn ScopePicker(id: &'static str, value: RwSignal<String>) -> impl IntoView {
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
                .iter()
                .map(|scope| (scope_key(scope), scope_name(lang, s, scope)))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <label for=id>{t(Msg::PlaceLabel)}</label>
        <select id=id bind:value=value>
            {move || {
                options
                    .get()
                    .into_iter()
                    .map(|(key, name)| {
                        let selected = value.get_untracked() == key;
                        view! { <option value=key selected=selected>{name}</option> }
                    })
                    .collect_view()
            }}
        </select>
    }
}
