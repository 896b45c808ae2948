//! A verified file's report and what merging it would add, with the choice to merge, only
//! look, or leave it. Nothing has changed on this device while this is shown.

use super::set_aside::SetAsideSummary;
use super::Loaded;
use crate::components::conflicts::conflict_lines;
use crate::i18n::{
    ballots_added, date_time, device_name, events_count, kind_label, merge_summary, signer_text,
    snapshot_error_text, t, use_i18n, Msg,
};
use crate::store::use_store;
use gongzhi_core::record::snapshot::{report::FileReport, Scope};
use leptos::prelude::*;

#[component]
pub fn FilePreview(
    loaded: Loaded,
    merge: Callback<()>,
    open_read_only: Callback<()>,
    cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let preview = loaded.preview.clone();
    // Rebuilt when the language changes: the report's sentences are put into words here.
    let body = move || {
        let lang = i18n.lang.get();
        match &preview {
            Err(e) => view! {
                <div class="field-error" role="alert" id="import-error">
                    <p>{snapshot_error_text(lang, e)}</p>
                    <p>{t(Msg::ImportNothingChanged)}</p>
                </div>
            }
            .into_any(),
            Ok(p) => {
                let conflicts = store
                    .record
                    .with_untracked(|r| conflict_lines(lang, r.state(), &p.new_conflicts));
                let nothing_new = p.changes_nothing();
                view! {
                <Report report=p.report.clone() />
                <h3>{t(Msg::MergePreviewTitle)}</h3>
                <p id="merge-summary">{merge_summary(lang, p.new_events, p.known_events)}</p>
                {(!p.by_kind.is_empty()).then(|| view! {
                    <ul class="kinds" id="merge-kinds">
                        {p.by_kind.iter().map(|(kind, n)| view! {
                            <li>{kind_label(lang, kind).map_or_else(
                                || view! { <code>{kind.clone()}</code> }.into_any(),
                                |label| view! { <span title=kind.clone()>{label}</span> }.into_any(),
                            )} " × " {*n}</li>
                        }).collect_view()}
                    </ul>
                })}
                {(!p.ballots.is_empty()).then(|| view! {
                    <ul id="merge-ballots">
                        {p.ballots.iter().map(|b| view! {
                            <li>{ballots_added(lang, &b.title, b.new_ballots, b.newly_counted)}</li>
                        }).collect_view()}
                    </ul>
                })}
                {(!conflicts.is_empty()).then(|| view! {
                    <h3>{t(Msg::MergeNewConflicts)}</h3>
                    <ul class="conflicts" id="merge-conflicts">
                        {conflicts.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                    </ul>
                })}
                <SetAsideSummary groups=p.set_aside_groups.clone() unconfirmed=p.newly_unconfirmed id="merge-set-aside" />
                {if nothing_new {
                    view! { <p class="status ok" id="merge-nothing-new">{t(Msg::MergeNothingNew)}</p> }.into_any()
                } else {
                    view! {
                        <button type="button" class="button primary" id="merge-confirm" on:click=move |_| merge.run(())>
                            {t(Msg::MergeConfirm)}
                        </button>
                    }
                    .into_any()
                }}
            }
            .into_any()
            }
        }
    };
    view! {
        <section class="card" aria-labelledby="file-title" id="file-preview">
            <h2 id="file-title">{t(Msg::FileCheckedTitle)} " " {loaded.name.clone()}</h2>
            {body}
            <div class="actions">
                <button type="button" class="button" id="open-read-only" on:click=move |_| open_read_only.run(())>
                    {t(Msg::OpenReadOnly)}
                </button>
                <button type="button" class="button" on:click=move |_| cancel.run(())>
                    {t(Msg::Cancel)}
                </button>
            </div>
        </section>
    }
}

/// The checks a file passed, in plain words, and who signed it.
#[component]
pub fn Report(report: FileReport) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang.get();
        let exporter = report
            .signers
            .iter()
            .find(|s| s.device == report.exported_by)
            .map_or_else(
                || report.exported_by.short(),
                |s| device_name(&s.trust, &s.device),
            );
        let scope = match &report.scope {
            Scope::Community => Msg::ScopeCommunityFile.text(lang).to_string(),
            Scope::Vote { vote } => format!("{} {vote:?}", Msg::ScopeVoteFile.text(lang)),
            Scope::Contributions { device } => {
                format!("{} {}", Msg::ScopeMineFile.text(lang), device.short())
            }
        };
        view! {
            <dl class="facts" id="file-report">
                <dt>{t(Msg::ReportFormat)}</dt>
                <dd>"gongzhi-snapshot v" {report.version} " ✓"</dd>
                <dt>{t(Msg::ReportExported)}</dt>
                <dd>{date_time(lang, report.exported_at_ms)} " · " {exporter}</dd>
                <dt>{t(Msg::ReportScope)}</dt>
                <dd>{scope}</dd>
                <dt>{t(Msg::ReportEvents)}</dt>
                <dd>{events_count(lang, report.events)}</dd>
                <dt>{t(Msg::ReportChains)}</dt>
                <dd>{t(Msg::ReportChainsOk)}</dd>
                <dt>{t(Msg::ReportDigest)}</dt>
                <dd><code class="digest">{report.digest.to_string()}</code> " " {t(Msg::ReportDigestOk)}</dd>
            </dl>
            <ul class="signers" id="file-signers">
                {report.signers.iter().map(|s| {
                    let trusted = matches!(s.trust, gongzhi_core::rules::state::Trust::Trusted { .. });
                    view! {
                        <li class=if trusted { "signer trusted" } else { "signer untrusted" }>
                            {signer_text(lang, &s.device, &s.trust, report.trust_from_file)} " · " {events_count(lang, s.events)}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    }
}
