//! The column mapping step: the fields a roster's headers did not name, each with a drop-down
//! of the file's columns and what they hold. What a complete mapping is, and whether it fits,
//! is the core's (`gongzhi_core::registry::roster::Mapping`); here only the choosing.

use crate::i18n::{column_name, mapping_column_text, t, use_i18n, Msg};
use gongzhi_core::registry::roster::{Column, Inspection, Mapping};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn RosterMapping(
    inspection: Arc<Inspection>,
    /// Called with the completed mapping.
    on_done: Callback<Mapping>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let draft = RwSignal::new(inspection.mapping.clone());
    let missing = Memo::new(move |_| draft.with(Mapping::missing));
    // Every field is offered, not only the missing ones: a header the reader guessed wrong
    // (a second 面积 column) must be correctable too.
    let fields: Vec<Column> = Column::ALL.to_vec();
    let columns = inspection.columns.clone();
    let header_line = inspection.mapping.header_line;
    let choose = move |field: Column, value: String| {
        draft.update(|m| match value.parse::<usize>() {
            Ok(i) => {
                m.fields.insert(field, i);
            }
            Err(_) => {
                m.fields.remove(&field);
            }
        })
    };
    view! {
        <div class="roster-mapping" id="roster-mapping">
            <h3>{t(Msg::MappingTitle)}</h3>
            <p class="hint">{move || crate::i18n::mapping_hint_text(i18n.lang.get(), header_line)}</p>
            {fields.into_iter().map(|field| {
                let id = format!("map-{}", serde_json::to_value(field).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default());
                let columns = columns.clone();
                let needed = Column::REQUIRED.contains(&field);
                view! {
                    <label for=id.clone() class:needed=needed>
                        {move || column_name(i18n.lang.get(), field)}
                        {needed.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
                    </label>
                    <select id=id class:missing=move || missing.with(|m| m.contains(&field))
                        aria-invalid=move || missing.with(|m| m.contains(&field)).to_string()
                        on:change=move |ev| choose(field, event_target_value(&ev))>
                        <option value="" selected=move || draft.with(|m| !m.fields.contains_key(&field))>
                            {move || if needed { t(Msg::MappingChoose)() } else { t(Msg::MappingNone)() }}
                        </option>
                        {columns.iter().map(|c| {
                            let index = c.index;
                            let text = mapping_column_text(c);
                            view! {
                                <option value=index.to_string()
                                    selected=move || draft.with(|m| m.fields.get(&field) == Some(&index))>
                                    {text}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                }
            }).collect_view()}
            <label for="map-combined">{t(Msg::MappingCombined)}</label>
            <select id="map-combined" on:change=move |ev| {
                let v = event_target_value(&ev).parse::<usize>().ok();
                draft.update(|m| m.combined_flat = v);
            }>
                <option value="" selected=move || draft.with(|m| m.combined_flat.is_none())>{t(Msg::MappingNone)}</option>
                {inspection.columns.iter().map(|c| {
                    let index = c.index;
                    view! {
                        <option value=index.to_string() selected=move || draft.with(|m| m.combined_flat == Some(index))>
                            {mapping_column_text(c)}
                        </option>
                    }
                }).collect_view()}
            </select>
            <p class="field-error" role="alert" id="mapping-missing">
                {move || {
                    let lang = i18n.lang.get();
                    missing.with(|m| (!m.is_empty()).then(|| crate::i18n::mapping_missing_text(lang, m)))
                }}
            </p>
            <div class="actions">
                <button type="button" class="button primary" id="mapping-confirm"
                    disabled=move || missing.with(|m| !m.is_empty())
                    on:click=move |_| on_done.run(draft.get_untracked())>
                    {t(Msg::MappingConfirm)}
                </button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{t(Msg::ImportCancel)}</button>
            </div>
        </div>
    }
}
