//! The register out again: the flats in view as a CSV file a spreadsheet opens and the roster
//! import reads back, and the way to the printed sign-in sheet. The rows and their order are the
//! core's (`gongzhi_core::register`); here only the words of the header.

use crate::i18n::{area_source_name, use_i18n, Lang, Msg};
use crate::platform;
use crate::store::use_store;
use gongzhi_core::register::{export_cells, lines, EXPORT_COLUMNS};
use gongzhi_core::sheet::to_csv;
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

#[component]
pub fn RegisterExport(
    /// The compound the register is filtered to; empty for all.
    #[prop(into)]
    compound: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let failed = RwSignal::new(None::<String>);
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
            platform::download(&file_name("csv"), text.as_bytes(), "text/csv;charset=utf-8").err(),
        );
    };
    let sign_in = move || match chosen() {
        Some(c) => format!("/registry/sign-in?compound={c}"),
        None => "/registry/sign-in".to_string(),
    };
    view! {
        <div class="actions register-export">
            <button type="button" class="button" id="export-register-csv" on:click=csv>{t(Msg::ExportCsv)}</button>
            <a class="button" id="sign-in-link" href=sign_in>{t(Msg::SignInTitle)}</a>
        </div>
        <p class="field-error" role="alert">{move || failed.get()}</p>
    }
}
