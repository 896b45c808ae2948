//! The register out again: the flats in view as a CSV file a spreadsheet opens and the roster
//! import reads back, and the way to the printed sign-in sheet. The rows and their order are the
//! core's (`gongzhi_core::registry::register`); here only the words of the header.

use crate::i18n::{area_source_name, shown, t, use_i18n, Lang, Msg, Said};
use crate::platform;
use crate::store::use_store;
use gongzhi_core::registry::register::{export_cells, lines, EXPORT_COLUMNS};
use gongzhi_core::registry::sheet::to_csv;
use gongzhi_core::registry::sheet_file::{XlsxBook, XlsxCell, XlsxSheet};
use gongzhi_core::EventId;
use leptos::prelude::*;

/// The export's header in `lang`: words the roster import recognises in either language.
pub fn export_header(lang: Lang) -> [String; EXPORT_COLUMNS] {
    [
        Msg::ExportBuilding,
        Msg::ExportUnit,
        Msg::ExportRoom,
        Msg::ExportOwnerNames,
        Msg::ExportOwnerIds,
        Msg::ExportArea,
        Msg::ExportAreaSource,
        Msg::RegistryResidents,
        Msg::KioskCodeShown,
        Msg::RegistryCompound,
    ]
    .map(|m| m.text(lang).to_string())
}

/// The register of `compound` (or every compound) as rows of cells, header first.
pub fn export_rows(
    state: &gongzhi_core::State,
    compound: Option<EventId>,
    lang: Lang,
) -> Vec<[String; EXPORT_COLUMNS]> {
    let mut rows = vec![export_header(lang)];
    rows.extend(
        lines(state, compound)
            .iter()
            .map(|l| export_cells(l, |s| area_source_name(s).text(lang).to_string())),
    );
    rows
}

/// The same rows as one Excel sheet: areas stay numbers to sum, everything else text (a room
/// `0101` or an ID number must keep every digit).
pub fn export_book(rows: &[[String; EXPORT_COLUMNS]], sheet: &str) -> XlsxBook {
    let Some((header, body)) = rows.split_first() else {
        return XlsxBook::default();
    };
    const AREA: usize = 5;
    const RESIDENTS: usize = 7;
    let cell = |i: usize, text: &String| match i {
        _ if text.is_empty() => XlsxCell::Empty,
        AREA => XlsxCell::Decimal {
            text: text.clone(),
            format: "0.00".into(),
        },
        RESIDENTS => text.parse().map_or_else(
            |_| XlsxCell::Text { text: text.clone() },
            |value| XlsxCell::Integer { value },
        ),
        _ => XlsxCell::Text { text: text.clone() },
    };
    XlsxBook {
        sheets: vec![XlsxSheet {
            name: sheet.to_string(),
            headers: header.to_vec(),
            rows: body
                .iter()
                .map(|r| r.iter().enumerate().map(|(i, t)| cell(i, t)).collect())
                .collect(),
        }],
    }
}

const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[component]
pub fn RegisterExport(
    /// The compound the register is filtered to; empty for all.
    #[prop(into)]
    compound: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let failed = RwSignal::new(None::<Said>);
    let chosen = move || compound.get().parse::<EventId>().ok();
    let file_name = move |ext: &str| {
        let name = store.record.with_untracked(|r| {
            chosen()
                .and_then(|c| r.state().compounds.get(&c).map(|c| c.name.clone()))
                .or_else(|| r.state().community.as_ref().map(|c| c.name.clone()))
                .unwrap_or_default()
        });
        format!("{}-{}.{ext}", i18n.t(Msg::ExportFileStem)(), name)
    };
    let csv = move |_| {
        let text = store.record.with_untracked(|r| {
            to_csv(&export_rows(r.state(), chosen(), i18n.lang.get_untracked()))
        });
        failed.set(
            platform::download(&file_name("csv"), text.as_bytes(), "text/csv;charset=utf-8")
                .err()
                .map(Said::verbatim),
        );
    };
    let busy = RwSignal::new(false);
    let xlsx = move |_| {
        let lang = i18n.lang.get_untracked();
        let book = store.record.with_untracked(|r| {
            export_book(
                &export_rows(r.state(), chosen(), lang),
                i18n.t(Msg::ExportFileStem)(),
            )
        });
        let name = file_name("xlsx");
        busy.set(true);
        failed.set(None);
        leptos::task::spawn_local(async move {
            let written = crate::spreadsheet::xlsx_bytes(&book).await;
            busy.set(false);
            failed.set(match written {
                Ok(bytes) => platform::download(&name, &bytes, XLSX_MIME)
                    .err()
                    .map(Said::verbatim),
                Err(e) => Some(Said::new(move |lang| {
                    crate::i18n::spreadsheet_error_text(lang, &e)
                })),
            });
        });
    };
    let sign_in = move || match chosen() {
        Some(c) => format!("/registry/sign-in?compound={c}"),
        None => "/registry/sign-in".to_string(),
    };
    view! {
        <div class="actions register-export">
            <button type="button" class="button" id="export-register-csv" on:click=csv>{t(Msg::ExportCsv)}</button>
            <button type="button" class="button" id="export-register-xlsx" disabled=move || busy.get() on:click=xlsx>{t(Msg::ExportXlsx)}</button>
            <a class="button" id="sign-in-link" href=sign_in>{t(Msg::SignInTitle)}</a>
        </div>
        <p class="field-error" role="alert">{shown(failed)}</p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongzhi_core::registry::roster::parse_roster;
    use gongzhi_core::{DeviceKey, Record};

    #[test]
    fn the_export_in_either_language_reads_back_as_the_same_register() {
        let mut record = Record::new();
        let mut batch = record.batch(
            &DeviceKey::from_seed([3; 32]),
            1_764_000_000_000,
            "secretary",
        );
        gongzhi_core::fixtures::demo::jinyang(&mut batch, "社区办公室", 1_764_000_000_000).unwrap();
        let events = batch.into_events();
        record.commit_all(events).unwrap();
        let state = record.state();
        for lang in [Lang::Zh, Lang::En] {
            let roster = parse_roster(&to_csv(&export_rows(state, None, lang))).unwrap();
            assert!(
                roster.problems.is_empty(),
                "{lang:?}: {:?}",
                roster.problems
            );
            assert_eq!(roster.rows.len(), state.households.len(), "{lang:?}");
            let by_label: std::collections::BTreeMap<String, _> =
                roster.rows.iter().map(|r| (r.label(), r)).collect();
            for h in state.households.values() {
                let read = by_label[&h.label];
                assert_eq!(read.ownership, h.ownership, "{lang:?} {}", h.label);
                assert_eq!(
                    read.area.counted(),
                    h.area.counted(),
                    "{lang:?} {}",
                    h.label
                );
            }
        }
    }
}
