//! 住户登记: every household with its owners, area (and where the figure comes from) and
//! residents; searched and paged so a super-compound stays instant; and the roster import.

mod flat_history;
mod register_export;
mod roster_changes;
mod roster_import;
mod roster_mapping;

use crate::components::founded::Founded;
use crate::components::page_title::use_page_title;
use crate::components::scope_picker::compound_options;
use crate::i18n::{
    area_source_name, flats_held_text, owner_flats_text, page_of, roster_summary, square_metres, t,
    use_i18n, Msg,
};
use crate::store::use_store;
use flat_history::FlatHistory;
use gongzhi_core::model::{household_code, normalise_household_code, Scope};
use gongzhi_core::rules::owners::electorate;
use gongzhi_core::{CentiM2, HouseholdId};
use leptos::prelude::*;
use register_export::RegisterExport;
use roster_import::RosterImport;
use std::collections::BTreeSet;

const PAGE: usize = 50;

#[derive(Clone, PartialEq)]
struct Row {
    id: HouseholdId,
    label: String,
    compound: String,
    owners: String,
    /// Flats held by this flat's owner party, this one included.
    held: usize,
    area: Option<(CentiM2, gongzhi_core::model::AreaSource)>,
    residents: u32,
}

#[component]
pub fn RegistryPage() -> impl IntoView {
    use_page_title(Msg::RegistryTitle);
    let i18n = use_i18n();
    let store = use_store();
    let query = RwSignal::new(String::new());
    let compound = RwSignal::new(String::new());
    let page = RwSignal::new(0_usize);
    // Set from a row's "N flats" button: only that owner's flats are listed.
    let owner_of: RwSignal<Option<HouseholdId>> = RwSignal::new(None);
    let owner_flats = Memo::new(move |_| {
        owner_of.get().map(|h| {
            store.record.with(|r| {
                let s = r.state();
                let flats: BTreeSet<HouseholdId> = s
                    .flats_of_same_owner(&h)
                    .into_iter()
                    .map(|(id, _)| id)
                    .collect();
                let name = s
                    .households
                    .get(&h)
                    .map(|h| gongzhi_core::registry::register::owner_names(&h.ownership));
                (flats, name.unwrap_or_default())
            })
        })
    });
    let compounds = compound_options();
    let summary = Memo::new(move |_| {
        store.record.with(|r| {
            let s = r.state();
            let owners = electorate(s, &Scope::Community);
            let area = CentiM2(owners.values().map(|a| a.0).sum());
            (s.households.len(), owners.len(), area, s.buildings.len())
        })
    });
    // In the order people walk the compound (building 2 before building 10), the core's.
    let all_rows = Memo::new(move |_| {
        store.record.with(|r| {
            let s = r.state();
            let holdings = s.holdings();
            gongzhi_core::registry::register::lines(s, None)
                .into_iter()
                .filter_map(|l| {
                    let h = s.households.get(&l.household)?;
                    Some(Row {
                        id: l.household,
                        compound: h.compound.to_string(),
                        owners: l.owner_names(),
                        held: holdings.get(&h.party).copied().unwrap_or(1),
                        area: l.area,
                        residents: l.residents,
                        label: l.label,
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    let matching = Memo::new(move |_| {
        let q = query.get();
        let q = q.trim();
        let c = compound.get();
        // A typed household code finds its flat, as a kiosk would.
        let code = normalise_household_code(q);
        // And a flat typed in full width or spoken form (`1栋1单元201室`).
        let flat = gongzhi_core::flat::normalise_label(q);
        owner_flats.with(|only| {
            all_rows.with(|rows| {
                rows.iter()
                    .filter(|r| only.as_ref().is_none_or(|(flats, _)| flats.contains(&r.id)))
                    .filter(|r| c.is_empty() || r.compound == c)
                    .filter(|r| {
                        q.is_empty()
                            || r.label.contains(q)
                            || r.label.contains(flat.as_str())
                            || r.owners.contains(q)
                            || code
                                .as_ref()
                                .is_some_and(|code| household_code(&r.id) == *code)
                    })
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });
    let pages = move || matching.with(|m| m.len().div_ceil(PAGE).max(1));
    let shown = move || {
        let p = page.get().min(pages() - 1);
        matching.with(|m| {
            m.iter()
                .skip(p * PAGE)
                .take(PAGE)
                .cloned()
                .collect::<Vec<_>>()
        })
    };

    view! {
        <section class="hero" aria-labelledby="registry-title">
            <h1 id="registry-title">{t(Msg::RegistryTitle)}</h1>
            <p id="registry-summary">
                {move || {
                    let (h, o, a, b) = summary.get();
                    roster_summary(i18n.lang.get(), h, o, a, b)
                }}
            </p>
        </section>
        <Founded>
            <section class="card" aria-labelledby="registry-list-title">
                <h2 id="registry-list-title" class="visually-hidden">{t(Msg::RegistryTitle)}</h2>
                <div class="form registry-filters">
                    <label for="registry-search">{t(Msg::RegistrySearch)}</label>
                    <input id="registry-search" type="search" autocomplete="off"
                        prop:value=move || query.get()
                        on:input=move |ev| { query.set(event_target_value(&ev)); page.set(0); } />
                    <label for="registry-compound">{t(Msg::RegistryCompound)}</label>
                    <select id="registry-compound" on:change=move |ev| { compound.set(event_target_value(&ev)); page.set(0); }>
                        <option value="">{t(Msg::RegistryAll)}</option>
                        {move || compounds.get().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </select>
                </div>
                {move || owner_flats.get().map(|(flats, name)| view! {
                    <p class="owner-filter" id="registry-owner-filter">
                        {owner_flats_text(i18n.lang.get(), &name, flats.len())} " "
                        <button type="button" class="button" on:click=move |_| owner_of.set(None)>{t(Msg::RegistryAllOwners)}</button>
                    </p>
                })}
                <Show when=move || !matching.with(Vec::is_empty) fallback=move || view! { <p>{t(Msg::RegistryEmpty)}</p> }>
                    // Explicit roles: on a phone the rows are laid out as cards (style/main.css).
                    <table class="registry register-table" role="table">
                        <thead role="rowgroup">
                            <tr role="row">
                                <th scope="col" role="columnheader">{t(Msg::RegistryFlat)}</th>
                                <th scope="col" role="columnheader">{t(Msg::RegistryOwners)}</th>
                                <th scope="col" role="columnheader">{t(Msg::RegistryArea)}</th>
                                <th scope="col" role="columnheader">{t(Msg::RegistryResidents)}</th>
                            </tr>
                        </thead>
                        <tbody role="rowgroup">
                            // Keyed by what a row shows, not only its flat: a newer roster's changes redraw it.
                            <For each=shown key=|r| (r.id, r.owners.clone(), r.held, r.area.map(|(a, s)| (a.0, s as u8)), r.residents) let:r>
                                <tr role="row">
                                    <th scope="row" role="rowheader">
                                        {r.label.clone()}
                                        <span class="source household-code">{household_code(&r.id)}</span>
                                    </th>
                                    <td role="cell" data-label=t(Msg::RegistryOwners)>
                                        {r.owners.clone()}
                                        {(r.held > 1).then(|| view! {
                                            " "
                                            <button type="button" class="link-button held"
                                                on:click=move |_| { owner_of.set(Some(r.id)); page.set(0); }>
                                                {move || flats_held_text(i18n.lang.get(), r.held)}
                                            </button>
                                        })}
                                    </td>
                                    <td role="cell" data-label=t(Msg::RegistryArea)>
                                        {r.area.map(|(a, source)| view! {
                                            {square_metres(a)} <span class="source">{t(area_source_name(source))}</span>
                                        })}
                                    </td>
                                    <td role="cell" data-label=t(Msg::RegistryResidents)>
                                        {r.residents}
                                        <FlatHistory household=r.id />
                                    </td>
                                </tr>
                            </For>
                        </tbody>
                    </table>
                    <nav class="pager" aria-label=t(Msg::RegistryTitle)>
                        <button type="button" class="button" disabled=move || page.get() == 0
                            on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>{t(Msg::RegistryPrevious)}</button>
                        <span id="registry-page">{move || page_of(i18n.lang.get(), page.get().min(pages() - 1) + 1, pages())}</span>
                        <button type="button" class="button" disabled=move || { page.get() + 1 >= pages() }
                            on:click=move |_| page.update(|p| *p += 1)>{t(Msg::RegistryNext)}</button>
                    </nav>
                </Show>
            </section>
            // Nothing to export or sign before the first roster is in.
            <Show when=move || summary.with(|(households, ..)| *households > 0)>
                <section class="card" aria-labelledby="register-out-title">
                    <h2 id="register-out-title">{t(Msg::RegisterOutTitle)}</h2>
                    <p class="hint">{t(Msg::RegisterOutHint)}</p>
                    <RegisterExport compound=compound />
                </section>
            </Show>
            <RosterImport />
        </Founded>
    }
}
