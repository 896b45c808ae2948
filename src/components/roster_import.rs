use crate::components::scope_picker::compound_options;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{
    imported_text, line_problem_text, preview_rows_text, roster_error_text, roster_summary,
    sheet_error_text, spreadsheet_error_text, square_metres, use_i18n, Msg,
};
use crate::spreadsheet;
use crate::store::{use_store, SubmitError};
use gongzhi_core::roster::{add_to_batch, read_sheet, Roster, RosterError};
use gongzhi_core::sheet_file::SheetError;
use gongzhi_core::{EventId, Payload};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

const NEW: &str = "new";
const PREVIEW_ROWS: usize = 10;

/// Reads a roster file, shows what it holds and what is wrong with which line, and records it
/// only when confirmed, in one write.
#[component]
pub fn RosterImport() -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let target = RwSignal::new(NEW.to_string());
    let new_name = RwSignal::new(String::new());
    let reading = RwSignal::new(false);
    let parsed: RwSignal<Option<Result<Arc<Roster>, String>>> = RwSignal::new(None);
    let outcome: RwSignal<Option<String>> = RwSignal::new(None);
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let saving = RwSignal::new(false);
    let compounds = compound_options();

    let chosen = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        outcome.set(None);
        failure.set(None);
        reading.set(true);
        leptos::task::spawn_local(async move {
            let lang = i18n.lang.get_untracked();
            let result = match spreadsheet::read_workbook(&file).await {
                // The sheet picker is still to come: a workbook's first sheet is the roster.
                Ok(book) => match book.sheets.first() {
                    Some(sheet) => read_sheet(sheet)
                        .map(Arc::new)
                        .map_err(|e: RosterError| roster_error_text(lang, &e)),
                    None => Err(sheet_error_text(lang, &SheetError::NoSheets)),
                },
                Err(e) => Err(spreadsheet_error_text(lang, &e)),
            };
            reading.set(false);
            parsed.set(Some(result));
        });
    };

    let confirm = move |_| {
        let Some(Ok(roster)) = parsed.get_untracked() else {
            return;
        };
        let into = target.get_untracked();
        let name = new_name.get_untracked().trim().to_string();
        let existing: Option<EventId> = into.parse().ok();
        if existing.is_none() && name.is_empty() {
            problem.set(Some(Msg::ImportNeedsCompound));
            return;
        }
        problem.set(None);
        failure.set(None);
        saving.set(true);
        leptos::task::spawn_local(async move {
            let result = store
                .submit_batch(&store.author(), |batch| {
                    let compound = match existing {
                        Some(id) => id,
                        None => batch.add(Payload::CompoundAdded { name: name.clone() })?,
                    };
                    add_to_batch(batch, compound, &roster.rows)
                })
                .await;
            saving.set(false);
            match result {
                Ok(done) => {
                    parsed.set(None);
                    new_name.set(String::new());
                    outcome.set(Some(imported_text(
                        i18n.lang.get_untracked(),
                        done.households,
                        done.skipped.len(),
                    )));
                }
                Err(e) => failure.set(Some(e)),
            }
        });
    };

    let preview = move || {
        parsed.get().map(|result| match result {
            Err(why) => view! { <p class="field-error" role="alert" id="import-error">{why}</p> }.into_any(),
            Ok(roster) => {
                let lang = i18n.lang.get();
                let summary = roster_summary(lang, roster.rows.len(), roster.owners(), roster.total_area(), roster.buildings());
                let rows = roster.rows.iter().take(PREVIEW_ROWS).cloned().collect::<Vec<_>>();
                let partial = (rows.len() < roster.rows.len())
                    .then(|| preview_rows_text(lang, rows.len(), roster.rows.len()));
                let problems = roster
                    .problems
                    .iter()
                    .map(|(line, p)| line_problem_text(lang, *line, p))
                    .collect::<Vec<_>>();
                let empty = roster.rows.is_empty();
                view! {
                    <h3>{t(Msg::ImportPreview)}</h3>
                    <p id="import-summary">{summary}</p>
                    <table class="registry">
                        {partial.map(|text| view! { <caption id="import-shown">{text}</caption> })}
                        <tbody>
                            {rows.into_iter().map(|r| view! {
                                <tr>
                                    <th scope="row">{r.label()}</th>
                                    <td>{match &r.ownership {
                                        gongzhi_core::model::Ownership::DeveloperHeld { developer } => developer.clone(),
                                        gongzhi_core::model::Ownership::Owners { owners } => owners.iter().map(|o| o.name.clone()).collect::<Vec<_>>().join("、"),
                                    }}</td>
                                    <td>{r.area.counted().map(|(a, _)| square_metres(a))}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    {(!problems.is_empty()).then(|| view! {
                        <p class="field-error">{t(Msg::ImportProblems)}</p>
                        <ul class="import-problems" id="import-problems">
                            {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                        </ul>
                    })}
                    {empty.then(|| view! { <p class="field-error">{t(Msg::ImportNothing)}</p> })}
                    <div class="actions">
                        <button type="button" class="button primary" id="import-confirm"
                            disabled=move || empty || saving.get() on:click=confirm>
                            {move || if saving.get() { t(Msg::ImportSaving)() } else { t(Msg::ImportConfirm)() }}
                        </button>
                        <button type="button" class="button" on:click=move |_| parsed.set(None)>{t(Msg::ImportCancel)}</button>
                    </div>
                }
                .into_any()
            }
        })
    };

    view! {
        <section class="card form" aria-labelledby="import-title">
            <h2 id="import-title">{t(Msg::ImportTitle)}</h2>
            <p class="hint">{t(Msg::ImportHint)}</p>
            <label for="import-into">{t(Msg::ImportInto)}</label>
            <select id="import-into" on:change=move |ev| target.set(event_target_value(&ev))>
                <option value=NEW selected=move || target.get_untracked() == NEW>{t(Msg::ImportNewCompound)}</option>
                {move || compounds.get().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
            </select>
            <Show when=move || target.get() == NEW>
                <label for="import-new-name">{t(Msg::ImportNewCompoundName)}</label>
                <input id="import-new-name" type="text" maxlength="60"
                    prop:value=move || new_name.get() on:input=move |ev| new_name.set(event_target_value(&ev)) />
            </Show>
            <label for="import-file">{t(Msg::ImportFile)}</label>
            <input id="import-file" type="file" accept=".csv,.xlsx,.xls,.ods,text/csv" on:change=chosen />
            <p role="status">{move || reading.get().then(|| t(Msg::ImportReading)())}</p>
            <p class="field-error" role="alert">{move || problem.get().map(|m| t(m)())}</p>
            {preview}
            <p class="status ok" role="status" id="import-outcome">{move || outcome.get()}</p>
            <SubmitFailure failure=failure />
        </section>
    }
}

fn event_target<T: JsCast>(ev: &leptos::ev::Event) -> T {
    ev.target()
        .expect("a change event has a target")
        .unchecked_into()
}
