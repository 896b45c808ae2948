//! 签到表: the sheet owners sign at an owners' meeting, one printed page per building, each flat
//! once with its owner and area. Which flats and in which order is the core's
//! (`register::sign_in_pages`); this page only lays them out for A4.

use crate::components::page_title::use_page_title;
use crate::i18n::{sign_in_total_text, square_metres, t, use_i18n, Msg};
use crate::platform;
use crate::store::use_store;
use gongzhi_core::registry::register::sign_in_pages;
use gongzhi_core::EventId;
use leptos::prelude::*;

#[component]
pub fn SignInSheetPage() -> impl IntoView {
    use_page_title(Msg::SignInTitle);
    let i18n = use_i18n();
    let store = use_store();
    let query = leptos_router::hooks::use_query_map();
    let from_query = |key: &'static str| {
        move || query.with(|q| q.get(key).and_then(|s| s.parse::<EventId>().ok()))
    };
    let compound = RwSignal::new(from_query("compound")());
    let building = RwSignal::new(from_query("building")());
    let compounds = Memo::new(move |_| {
        store.record.with(|r| {
            let s = r.state();
            s.compounds
                .iter()
                .map(|(id, c)| (*id, c.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    // The only compound is chosen for the secretary; with several they pick.
    let chosen = move || {
        compound
            .get()
            .or_else(|| compounds.with(|c| (c.len() == 1).then(|| c[0].0)))
    };
    let buildings = Memo::new(move |_| {
        let Some(c) = chosen() else {
            return Vec::new();
        };
        store.record.with(|r| {
            sign_in_pages(r.state(), c, None)
                .into_iter()
                .filter_map(|p| {
                    let first = p.lines.first()?.household;
                    let b = r.state().households.get(&first)?.building;
                    Some((b, p.building))
                })
                .collect::<Vec<_>>()
        })
    });
    let pages = Memo::new(move |_| {
        chosen().map_or_else(Vec::new, |c| {
            store
                .record
                .with(|r| sign_in_pages(r.state(), c, building.get()))
        })
    });
    let community = crate::components::scope_picker::community_name();

    view! {
        <section class="card form no-print" aria-labelledby="sign-in-title">
            <h1 id="sign-in-title">{t(Msg::SignInTitle)}</h1>
            <p class="hint">{t(Msg::SignInHint)}</p>
            <label for="sign-in-compound">{t(Msg::RegistryCompound)}</label>
            <select id="sign-in-compound" on:change=move |ev| {
                compound.set(event_target_value(&ev).parse().ok());
                building.set(None);
            }>
                <option value="" selected=move || chosen().is_none()>{t(Msg::SignInChooseCompound)}</option>
                {move || compounds.get().into_iter().map(|(id, name)| view! {
                    <option value=id.to_string() selected=move || chosen() == Some(id)>{name}</option>
                }).collect_view()}
            </select>
            <label for="sign-in-building">{t(Msg::SignInBuilding)}</label>
            <select id="sign-in-building" on:change=move |ev| building.set(event_target_value(&ev).parse().ok())>
                <option value="" selected=move || building.get().is_none()>{t(Msg::SignInAllBuildings)}</option>
                {move || buildings.get().into_iter().map(|(id, name)| view! {
                    <option value=id.to_string() selected=move || building.get() == Some(id)>{name}</option>
                }).collect_view()}
            </select>
            <div class="actions">
                <button type="button" class="button primary" id="sign-in-print"
                    disabled=move || pages.with(Vec::is_empty) on:click=|_| platform::print()>
                    {t(Msg::SignInPrint)}
                </button>
            </div>
            {move || (chosen().is_some() && pages.with(Vec::is_empty))
                .then(|| view! { <p id="sign-in-empty">{t(Msg::SignInEmpty)}</p> })}
        </section>
        <For each=move || pages.get() key=|p| (p.compound.clone(), p.building.clone()) let:page>
            <section class="card sign-in-page" data-building=page.building.clone()>
                <h2 class="print-heading">
                    {move || community.get()} " " {page.compound.clone()} " · " {t(Msg::SignInBuilding)} " " {page.building.clone()}
                    " · " {t(Msg::SignInHeading)}
                </h2>
                <p class="sign-in-meeting">{t(Msg::SignInMeeting)}</p>
                <table class="sign-in">
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::RegistryFlat)}</th>
                            <th scope="col">{t(Msg::RegistryOwners)}</th>
                            <th scope="col">{t(Msg::SignInArea)}</th>
                            <th scope="col" class="sign">{t(Msg::SignInSignature)}</th>
                            <th scope="col" class="sign">{t(Msg::SignInProxy)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {page.lines.iter().map(|l| view! {
                            <tr>
                                <th scope="row">{l.label.clone()}</th>
                                <td>{l.owner_names()}</td>
                                <td class="number">{l.area.map(|(a, _)| gongzhi_core::registry::register::area_cell(a))}</td>
                                <td class="sign"></td>
                                <td class="sign"></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <p class="sign-in-total">{move || sign_in_total_text(i18n.lang.get(), page.lines.len(), &square_metres(page.area))}</p>
            </section>
        </For>
    }
}
