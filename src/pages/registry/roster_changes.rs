//! What a newer roster would change in a registered compound, per flat, before anything is
//! saved: new flats, owners, areas, residents, and the flats the file leaves out. The
//! comparison is the core's (`gongzhi_core::registry::roster::changes`); here the groups can be left out.

use crate::i18n::{
    change_group_text, missing_flats_text, square_metres, t, unchanged_text, use_i18n, Msg,
};
use gongzhi_core::registry::register::owner_names;
use gongzhi_core::registry::roster::{Changes, Groups};
use leptos::prelude::*;
use std::sync::Arc;

/// Entries listed per group; the count says how many there are in all.
const SHOWN: usize = 20;

#[component]
pub fn RosterChanges(changes: Arc<Changes>, groups: RwSignal<Groups>) -> impl IntoView {
    let i18n = use_i18n();
    let area = |a: &gongzhi_core::model::AreaFigures| {
        a.counted()
            .map(|(a, _)| square_metres(a))
            .unwrap_or_default()
    };
    let group = |key: &'static str,
                 count: usize,
                 on: fn(&Groups) -> bool,
                 set: fn(&mut Groups, bool),
                 lines: Vec<String>| {
        (count > 0).then(|| {
            let id = format!("change-{key}");
            view! {
                <li class="change-group" id=id.clone()>
                    <label class="check">
                        <input type="checkbox" prop:checked=move || groups.with(on)
                            on:change=move |ev| { let v = event_target_checked(&ev); groups.update(|g| set(g, v)); } />
                        <span class="change-count">{move || change_group_text(i18n.lang.get(), key, count)}</span>
                    </label>
                    <ul class="change-lines">
                        {lines.into_iter().take(SHOWN).map(|l| view! { <li>{l}</li> }).collect_view()}
                        {(count > SHOWN).then(|| view! { <li>"…"</li> })}
                    </ul>
                </li>
            }
        })
    };
    let new_lines = changes
        .new_flats
        .iter()
        .map(|r| format!("{} {}", r.label(), owner_names(&r.ownership)))
        .collect();
    let owner_lines = changes
        .owners
        .iter()
        .map(|c| {
            format!(
                "{}: {} → {}",
                c.label,
                owner_names(&c.before),
                owner_names(&c.after)
            )
        })
        .collect();
    let area_lines = changes
        .areas
        .iter()
        .map(|c| format!("{}: {} → {}", c.label, area(&c.before), area(&c.after)))
        .collect();
    let resident_lines = changes
        .residents
        .iter()
        .map(|c| format!("{}: {} → {}", c.label, c.before, c.after))
        .collect();
    let missing: Vec<String> = changes.missing.iter().map(|(_, l)| l.clone()).collect();
    let missing_count = missing.len();
    let unchanged = changes.unchanged;
    view! {
        <h4>{t(Msg::ChangesTitle)}</h4>
        <ul class="changes" id="import-changes">
            {group("new", changes.new_flats.len(), |g| g.new_flats, |g, v| g.new_flats = v, new_lines)}
            {group("owners", changes.owners.len(), |g| g.owners, |g, v| g.owners = v, owner_lines)}
            {group("areas", changes.areas.len(), |g| g.areas, |g, v| g.areas = v, area_lines)}
            {group("residents", changes.residents.len(), |g| g.residents, |g, v| g.residents = v, resident_lines)}
        </ul>
        <p id="import-unchanged">{move || unchanged_text(i18n.lang.get(), unchanged)}</p>
        {(missing_count > 0).then(|| view! {
            <details class="missing-flats" id="import-missing">
                <summary>{move || missing_flats_text(i18n.lang.get(), missing_count)}</summary>
                <p>{missing.join("、")}</p>
            </details>
        })}
    }
}
