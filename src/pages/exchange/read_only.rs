//! A file opened only to look at it (a resident checking a published result): its votes and
//! results as the file's own record has them. Nothing is stored and this device's record is
//! untouched.

use super::preview::Report;
use super::set_aside::SetAsideSummary;
use crate::components::conflicts::{conflict_lines, ConflictList};
use crate::i18n::{t, use_i18n, Msg};
use crate::pages::vote::ResultCard;
use gongzhi_core::record::snapshot::{fund_digest, project_digest, report, vote_digest, Snapshot};
use gongzhi_core::rules::tally;
use gongzhi_core::Record;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ReadOnlyView(
    name: String,
    file: Arc<Snapshot>,
    record: Arc<Record>,
    close: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = record.state();
    let community = state
        .community
        .as_ref()
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let votes: Vec<_> = state
        .votes
        .iter()
        .map(|(id, v)| {
            (
                v.title.clone(),
                v.closed.is_none(),
                tally::result(state, id),
                // What a posted result sheet prints as its check code.
                vote_digest(&record, id).to_string(),
            )
        })
        .collect();
    // What a project's and a fund's posted sheets print as their check codes.
    let projects = state.proposals.iter().enumerate().map(|(i, (id, p))| {
        (
            p.title.clone(),
            format!("file-project-{i}-digest"),
            project_digest(&record, id),
        )
    });
    let funds = state.funds.iter().enumerate().map(|(i, (id, f))| {
        (
            f.title.clone(),
            format!("file-fund-{i}-digest"),
            fund_digest(&record, id),
        )
    });
    let posted: Vec<_> = projects.chain(funds).collect();
    let conflicts: Vec<_> = state.conflicts().cloned().collect();
    let in_file = record.clone();
    let lines =
        Signal::derive(move || conflict_lines(i18n.lang.get(), in_file.state(), &conflicts));
    view! {
        <section class="card read-only" aria-labelledby="read-only-title" id="read-only">
            <h2 id="read-only-title">{t(Msg::ReadOnlyTitle)} " " {name}</h2>
            <p class="notice" role="note">{t(Msg::ReadOnlyNotice)}</p>
            <p><strong>{community}</strong></p>
            <Report report=report::FileReport { trust_from_file: true, ..report::report(&file, state) } />
            <SetAsideSummary groups=report::group_set_aside(&record, &state.rejected)
                unconfirmed=report::unconfirmed(state) id="file-set-aside" />
            {votes.into_iter().enumerate().map(|(i, (title, open, result, digest))| view! {
                <h3>{title}</h3>
                <ResultCard result=result open=open ids=format!("file-vote-{i}-") />
                <p class="check-code">{t(Msg::CheckCode)} " " <code id=format!("file-vote-{i}-digest")>{digest}</code></p>
            }).collect_view()}
            {posted.into_iter().map(|(title, id, digest)| view! {
                <h3>{title}</h3>
                <p class="check-code">{t(Msg::CheckCode)} " " <code id=id>{digest.to_string()}</code></p>
            }).collect_view()}
            <button type="button" class="button" id="close-read-only" on:click=move |_| close.run(())>
                {t(Msg::ReadOnlyClose)}
            </button>
        </section>
        <ConflictList lines=lines id="file-conflicts" />
    }
}
