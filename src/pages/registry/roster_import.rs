//! The roster import: a property office's CSV or Excel file read in the spreadsheet worker, the
//! sheet chosen when a workbook has several, the columns mapped when its headers are unfamiliar
//! (remembered on this device for the next file of that shape), then a preview — for a
//! registered compound, what changed per flat — and only a confirmed import is recorded, in
//! one write.

use super::roster_changes::RosterChanges;
use super::roster_mapping::RosterMapping;
use crate::components::fields::{checked, required, Problem, TextField};
use crate::components::scope_picker::compound_options;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{
    applied_text, line_problem_text, preview_rows_text, roster_error_text, roster_summary,
    sheet_choice_text, shown, square_metres, t, totals_left_out_text, use_i18n, Msg, Said, Text,
};
use crate::settings::use_settings;
use crate::spreadsheet;
use crate::store::{use_store, SubmitError};
use gongzhi_core::model::Scope;
use gongzhi_core::registry::register::owner_names;
use gongzhi_core::registry::roster::{
    apply_changes, changes, inspect, read_with, Changes, Groups, Inspection, Mapping, Roster,
};
use gongzhi_core::registry::sheet::{Sheet, Workbook};
use gongzhi_core::rules::batch::Batch;
use gongzhi_core::{EventId, Payload};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

const NEW: &str = "new";
const PREVIEW_ROWS: usize = 10;

/// Where the import stands.
#[derive(Clone)]
enum Step {
    Idle,
    Reading,
    /// The file could not be read as a roster at all.
    Failed(Said),
    /// A workbook with several sheets holding rows: which one is the roster.
    PickSheet(Arc<Workbook>),
    /// The headers left needed fields unnamed.
    Map(Arc<Sheet>, Arc<Inspection>),
    Preview(Arc<Sheet>, Arc<Roster>, Mapping, Option<Msg>),
}

#[component]
pub fn RosterImport() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let settings = use_settings();
    // A community just founded has its compound and no flats yet: its first roster fills that
    // compound, not a new one with a blank name.
    let target = RwSignal::new(store.record.with_untracked(|r| {
        let s = r.state();
        s.compounds
            .keys()
            .rev()
            .find(|c| {
                let compound = Scope::Compound(**c);
                !s.households.values().any(|h| s.in_scope(h, &compound))
            })
            .map_or_else(|| NEW.to_string(), ToString::to_string)
    }));
    let new_name = RwSignal::new(String::new());
    let step = RwSignal::new(Step::Idle);
    let outcome: RwSignal<Option<Said>> = RwSignal::new(None);
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let saving = RwSignal::new(false);
    let groups = RwSignal::new(Groups::ALL);
    let compounds = compound_options();
    let existing = move || target.get().parse::<EventId>().ok();

    // A sheet read with its mapping: the preview, or the reason it cannot be read.
    let read = move |sheet: Arc<Sheet>, mapping: Mapping, note: Option<Msg>| {
        step.set(match read_with(&sheet, &mapping) {
            Ok(roster) => {
                groups.set(Groups::ALL);
                Step::Preview(sheet, Arc::new(roster), mapping, note)
            }
            Err(e) => Step::Failed(Said::new(move |lang| roster_error_text(lang, &e))),
        });
    };
    // A sheet's first look: read at once when the headers name every field, or with the
    // mapping remembered for its shape, else the mapping step.
    let open_sheet = move |sheet: Arc<Sheet>| {
        let found = match inspect(&sheet) {
            Ok(found) => found,
            Err(e) => {
                return step.set(Step::Failed(Said::new(move |lang| {
                    roster_error_text(lang, &e)
                })))
            }
        };
        if found.missing.is_empty() {
            return read(sheet, found.mapping.clone(), None);
        }
        let remembered = settings
            .settings
            .with_untracked(|s| s.roster_mappings.get(&found.shape).cloned())
            .and_then(|m| m.fit(&sheet).ok());
        match remembered {
            Some(mapping) => read(sheet, mapping, Some(Msg::MappingRemembered)),
            None => step.set(Step::Map(sheet, Arc::new(found))),
        }
    };
    let open_book = move |book: Workbook| {
        let with_rows: Vec<&Sheet> = book.sheets.iter().filter(|s| !s.rows.is_empty()).collect();
        match with_rows.as_slice() {
            [] => step.set(Step::Failed(Said::new(|lang| {
                roster_error_text(lang, &gongzhi_core::registry::roster::RosterError::Empty)
            }))),
            [one] => open_sheet(Arc::new((*one).clone())),
            _ => step.set(Step::PickSheet(Arc::new(book))),
        }
    };

    let chosen = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        outcome.set(None);
        failure.set(None);
        step.set(Step::Reading);
        leptos::task::spawn_local(async move {
            match spreadsheet::read_workbook(&file).await {
                Ok(book) => open_book(book),
                Err(e) => step.set(Step::Failed(Said::new(move |lang| {
                    crate::i18n::spreadsheet_error_text(lang, &e)
                }))),
            }
        });
    };

    let mapped = Callback::new(move |mapping: Mapping| {
        let Step::Map(sheet, _) = step.get_untracked() else {
            return;
        };
        // Remembered for the next file of this shape; the newest few only.
        settings
            .settings
            .update(|s| s.remember_mapping(mapping.clone()));
        read(sheet, mapping, None);
    });
    let cancel = Callback::new(move |()| step.set(Step::Idle));

    // The changes a preview would record in the chosen registered compound.
    let found_changes = Memo::new(move |_| {
        let Step::Preview(_, roster, _, _) = step.get() else {
            return None;
        };
        let compound = existing()?;
        Some(Arc::new(
            store
                .record
                .with(|r| changes(r.state(), compound, &roster.rows)),
        ))
    });

    let confirm = move |_| {
        let Step::Preview(_, roster, _, _) = step.get_untracked() else {
            return;
        };
        let into = existing();
        let check = || match into {
            Some(_) => Ok(String::new()),
            None => required(new_name, Msg::ImportNeedsCompound),
        };
        let Some(name) = checked(problem, check) else {
            return;
        };
        let chosen_groups = groups.get_untracked();
        let import = move |batch: &mut Batch| {
            let compound = match into {
                Some(id) => id,
                None => batch.add(Payload::CompoundAdded { name: name.clone() })?,
            };
            // Compared again against the record as it is now, so what is written never
            // duplicates a flat another tab added meanwhile.
            let now = changes(batch.state(), compound, &roster.rows);
            apply_changes(batch, compound, &now, chosen_groups)
        };
        store.send_batch(store.author(), import, (failure, saving), move |done| {
            step.set(Step::Idle);
            new_name.set(String::new());
            outcome.set(Some(Said::new(move |lang| applied_text(lang, &done))));
        });
    };

    let preview = move |sheet: Arc<Sheet>,
                        roster: Arc<Roster>,
                        mapping: Mapping,
                        note: Option<Msg>| {
        let lang = i18n.lang.get();
        let summary = roster_summary(
            lang,
            roster.rows.len(),
            roster.owners(),
            roster.total_area(),
            roster.buildings(),
        );
        let rows = roster
            .rows
            .iter()
            .take(PREVIEW_ROWS)
            .cloned()
            .collect::<Vec<_>>();
        let partial = (rows.len() < roster.rows.len())
            .then(|| preview_rows_text(lang, rows.len(), roster.rows.len()));
        let problems = roster
            .problems
            .iter()
            .map(|(line, p)| line_problem_text(lang, *line, p, |c| mapping.heading(&sheet, c)))
            .collect::<Vec<_>>();
        let totals =
            (!roster.totals.is_empty()).then(|| totals_left_out_text(lang, &roster.totals));
        let empty = roster.rows.is_empty();
        let nothing_changes =
            move || found_changes.with(|c| c.as_ref().is_some_and(|c| c.is_empty()));
        view! {
            <h3>{t(Msg::ImportPreview)}</h3>
            {note.map(|m| view! {
                <p class="hint" id="import-mapping-note">{t(m)} " "
                    <button type="button" class="link-button" id="import-remap" on:click=move |_| {
                        if let Step::Preview(sheet, _, mapping, _) = step.get_untracked() {
                            if let Ok(mut found) = inspect(&sheet) {
                                found.mapping = mapping;
                                found.missing.clear();
                                step.set(Step::Map(sheet, Arc::new(found)));
                            }
                        }
                    }>{t(Msg::MappingChange)}</button>
                </p>
            })}
            <p id="import-summary">{summary}</p>
            {totals.map(|text| view! { <p class="hint" id="import-totals">{text}</p> })}
            <table class="registry">
                {partial.map(|text| view! { <caption id="import-shown">{text}</caption> })}
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            <th scope="row">{r.label()}</th>
                            <td>{owner_names(&r.ownership)}</td>
                            <td>{r.area.counted().map(|(a, _)| square_metres(a))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            {move || found_changes.get().map(|c: Arc<Changes>| view! { <RosterChanges changes=c groups=groups /> })}
            {(!problems.is_empty()).then(|| view! {
                <p class="field-error">{t(Msg::ImportProblems)}</p>
                <ul class="import-problems" id="import-problems">
                    {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                </ul>
            })}
            {empty.then(|| view! { <p class="field-error">{t(Msg::ImportNothing)}</p> })}
            <div class="actions">
                <button type="button" class="button primary" id="import-confirm"
                    disabled=move || empty || saving.get() || nothing_changes()
                    on:click=confirm>
                    {move || if saving.get() { t(Msg::ImportSaving)() } else { t(Msg::ImportConfirm)() }}
                </button>
                <button type="button" class="button" on:click=move |_| step.set(Step::Idle)>{t(Msg::ImportCancel)}</button>
            </div>
        }
        .into_any()
    };

    let body = move || {
        match step.get() {
        Step::Idle => ().into_any(),
        Step::Reading => view! { <p role="status">{t(Msg::ImportReading)}</p> }.into_any(),
        Step::Failed(why) => view! { <p class="field-error" role="alert" id="import-error">{move || why.render(i18n.lang.get())}</p> }.into_any(),
        Step::PickSheet(book) => view! {
            <fieldset class="sheet-choice" id="import-sheets">
                <legend>{t(Msg::ImportWhichSheet)}</legend>
                {book.sheets.iter().filter(|s| !s.rows.is_empty()).map(|s| {
                    let sheet = Arc::new(s.clone());
                    let (name, rows) = (s.name.clone(), s.rows.len());
                    let text = move || sheet_choice_text(i18n.lang.get(), &name, rows);
                    view! {
                        <button type="button" class="button choice" on:click=move |_| open_sheet(sheet.clone())>{text}</button>
                    }
                }).collect_view()}
            </fieldset>
        }.into_any(),
        Step::Map(_, found) => view! { <RosterMapping inspection=found on_done=mapped on_cancel=cancel /> }.into_any(),
        Step::Preview(sheet, roster, mapping, note) => preview(sheet, roster, mapping, note),
    }
    };

    view! {
        <section class="card form" aria-labelledby="import-title">
            <h2 id="import-title">{t(Msg::ImportTitle)}</h2>
            <p class="hint">{t(Msg::ImportHint)}</p>
            <label for="import-into">{t(Msg::ImportInto)}</label>
            <select id="import-into" on:change=move |ev| target.set(event_target_value(&ev))>
                <option value=NEW selected=move || target.get_untracked() == NEW>{t(Msg::ImportNewCompound)}</option>
                {move || compounds.get().into_iter().map(|(id, name)| {
                    let picked = target.get_untracked() == id;
                    view! { <option value=id selected=picked>{name}</option> }
                }).collect_view()}
            </select>
            <Show when=move || target.get() == NEW>
                <TextField id="import-new-name" label=Msg::ImportNewCompoundName value=new_name maxlength=60 />
            </Show>
            <label for="import-file">{t(Msg::ImportFile)}</label>
            <input id="import-file" type="file" on:change=chosen
                accept=".csv,.xlsx,.xls,.ods,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel" />
            <Problem problem=problem />
            {body}
            <p class="status ok" role="status" id="import-outcome">{shown(outcome)}</p>
            <SubmitFailure failure=failure />
        </section>
    }
}

fn event_target<T: JsCast>(ev: &leptos::ev::Event) -> T {
    ev.target()
        .expect("a change event has a target")
        .unchecked_into()
}
