//! `/exchange`: snapshot files between devices. Export (the whole community, or this device's
//! own contributions); import by picker or drag-and-drop, checked in full and previewed before
//! anything changes; a file opened read-only; and every double ballot this device holds.

mod preview;
mod read_only;
mod set_aside;

use crate::components::conflicts::{conflict_lines, ConflictList};
use crate::components::export_button::ExportButton;
use crate::components::page_title::use_page_title;
use crate::i18n::{merged_text, shown, snapshot_error_text, t, use_i18n, Lang, Msg, Said};
use crate::platform::{self, FileReadError};
use crate::store::{use_store, ExportScope, MergeError};
use gongzhi_core::record::snapshot::{self, report, Limits, Snapshot, SnapshotError};
use gongzhi_core::Record;
use leptos::prelude::*;
use preview::FilePreview;
use read_only::ReadOnlyView;
use std::sync::Arc;

/// A verified file and what merging it would do here.
#[derive(Clone)]
pub struct Loaded {
    pub name: String,
    pub file: Arc<Snapshot>,
    pub preview: Result<Arc<report::MergePreview>, SnapshotError>,
}

/// A file opened only to look at: its name, the file and the record it folds to.
#[derive(Clone)]
struct Viewed {
    name: String,
    file: Arc<Snapshot>,
    record: Arc<Record>,
}

/// Why a file was refused: a structured error, or one found before the core saw it.
#[derive(Clone)]
enum Problem {
    Snapshot(SnapshotError),
    NotText,
    Unreadable(String),
    Merge(MergeError),
}

fn problem_text(lang: Lang, p: &Problem) -> String {
    match p {
        Problem::Snapshot(e) | Problem::Merge(MergeError::Refused(e)) => {
            snapshot_error_text(lang, e)
        }
        Problem::NotText => Msg::ImportNotText.text(lang).to_string(),
        Problem::Unreadable(why) => format!("{} {why}", Msg::ImportUnreadable.text(lang)),
        Problem::Merge(MergeError::NotSaved(e)) => format!(
            "{} {}",
            Msg::NotSaved.text(lang),
            crate::i18n::persist_error_text(lang, e)
        ),
        Problem::Merge(MergeError::CodeMissing) => Msg::CodeMissing.text(lang).to_string(),
    }
}

#[component]
pub fn ExchangePage() -> impl IntoView {
    use_page_title(Msg::ExchangeTitle);
    let i18n = use_i18n();
    let store = use_store();
    let loaded: RwSignal<Option<Loaded>> = RwSignal::new(None);
    let problem: RwSignal<Option<(String, Problem)>> = RwSignal::new(None);
    let outcome: RwSignal<Option<Said>> = RwSignal::new(None);
    let reading = RwSignal::new(false);
    let viewing: RwSignal<Option<Viewed>> = RwSignal::new(None);
    let dragging = RwSignal::new(false);

    let take = move |file: web_sys::File| {
        let name = file.name();
        loaded.set(None);
        problem.set(None);
        outcome.set(None);
        viewing.set(None);
        reading.set(true);
        leptos::task::spawn_local(async move {
            let limits = Limits::default();
            let result = match platform::read_file_bytes(&file, limits.max_bytes as u64).await {
                Err(FileReadError::TooLarge { bytes, max }) => {
                    Err(Problem::Snapshot(SnapshotError::TooLarge {
                        bytes: bytes as usize,
                        max: max as usize,
                    }))
                }
                Err(FileReadError::Unreadable(why)) => Err(Problem::Unreadable(why)),
                Ok(bytes) if std::str::from_utf8(&bytes).is_err() => Err(Problem::NotText),
                Ok(bytes) => {
                    platform::yield_to_page().await;
                    snapshot::import(&bytes, &limits).map_err(Problem::Snapshot)
                }
            };
            match result {
                Ok(file) => {
                    let preview = store
                        .record
                        .with_untracked(|r| report::preview(r, &file))
                        .map(Arc::new);
                    loaded.set(Some(Loaded {
                        name,
                        file: Arc::new(file),
                        preview,
                    }));
                }
                Err(p) => problem.set(Some((name, p))),
            }
            reading.set(false);
        });
    };

    let picked = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            take(file);
        }
        input.set_value("");
    };
    let dropped = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            take(file);
        }
    };

    let merge = Callback::new(move |()| {
        let Some(l) = loaded.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            match store.merge((*l.file).clone()).await {
                Ok(report) => {
                    loaded.set(None);
                    let added = report.added;
                    outcome.set(Some(Said::new(move |lang| merged_text(lang, added))));
                }
                Err(e) => problem.set(Some((l.name, Problem::Merge(e)))),
            }
        });
    });
    let open_read_only = Callback::new(move |()| {
        let Some(l) = loaded.get_untracked() else {
            return;
        };
        match (*l.file).clone().into_record() {
            Ok(record) => {
                loaded.set(None);
                viewing.set(Some(Viewed {
                    name: l.name,
                    file: l.file,
                    record: Arc::new(record),
                }));
            }
            Err(e) => problem.set(Some((l.name, Problem::Snapshot(e)))),
        }
    });
    let cancel = Callback::new(move |()| loaded.set(None));

    let conflicts = Signal::derive(move || {
        let lang = i18n.lang.get();
        store.record.with(|r| {
            let all: Vec<_> = r.state().conflicts().cloned().collect();
            conflict_lines(lang, r.state(), &all)
        })
    });

    view! {
        <h1>{t(Msg::ExchangeTitle)}</h1>
        <p class="lead">{t(Msg::ExchangeIntro)}</p>
        <section class="card" aria-labelledby="export-title">
            <h2 id="export-title">{t(Msg::ExportTitle)}</h2>
            <p class="hint">{t(Msg::ExportAllHint)}</p>
            <div class="actions">
                <ExportButton share=true id="export-all" />
            </div>
            <p class="hint">{t(Msg::ExportMineHint)}</p>
            <div class="actions">
                <ExportButton label=Msg::ExportMine scope=ExportScope::Mine share=true id="export-mine" />
            </div>
        </section>
        <section class="card" aria-labelledby="import-title">
            <h2 id="import-title">{t(Msg::ImportSnapshotTitle)}</h2>
            <div
                class=move || if dragging.get() { "drop-zone dragging" } else { "drop-zone" }
                id="drop-zone"
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=dropped
            >
                <label for="snapshot-file">{t(Msg::ImportPick)}</label>
                <input type="file" id="snapshot-file" accept=".json,application/json" on:change=picked />
                <p class="hint">{t(Msg::ImportDropHint)}</p>
            </div>
            <p class="status" role="status">
                {move || reading.get().then(|| t(Msg::SnapshotReading)())}
                {shown(outcome)}
            </p>
            {move || problem.get().map(|(name, p)| view! {
                <div class="field-error" role="alert" id="import-error">
                    <p><strong>{name}</strong></p>
                    <p>{problem_text(i18n.lang.get(), &p)}</p>
                    <p>{t(Msg::ImportNothingChanged)}</p>
                </div>
            })}
        </section>
        {move || loaded.get().map(|l| view! {
            <FilePreview loaded=l merge=merge open_read_only=open_read_only cancel=cancel />
        })}
        {move || viewing.get().map(|v| view! {
            <ReadOnlyView name=v.name file=v.file record=v.record close=Callback::new(move |()| viewing.set(None)) />
        })}
        <ConflictList lines=conflicts id="device-conflicts" />
    }
}
