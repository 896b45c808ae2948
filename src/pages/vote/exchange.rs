//! The vote's result as a QR code (on screen and on the printed sheet), its double ballots, and
//! the file that lets anyone check it.

use crate::components::conflicts::{conflict_lines, ConflictList};
use crate::components::export_button::ExportButton;
use crate::i18n::{use_i18n, vote_reader_lines, Msg};
use crate::store::{use_store, ExportScope};
use gongzhi_core::{qr, tally, EventId};
use leptos::prelude::*;

#[component]
pub fn VoteExchange(vote: EventId) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    // The documented machine lines, then the same for a person in the page's language.
    let text = Memo::new(move |_| {
        let lang = i18n.lang.get();
        store.record.with(|r| {
            let machine = qr::result_text(r, &vote)?;
            let s = r.state();
            let v = s.votes.get(&vote)?;
            let result = tally::result(s, &vote)?;
            let closed = v.closed.as_ref().map(|c| c.at_ms);
            let lines = vote_reader_lines(lang, &v.title, &result, closed);
            Some(qr::with_reader_lines(&machine, &lines))
        })
    });
    let digest = move || text.with(|t| t.as_deref().and_then(qr::digest_of).map(str::to_string));
    let svg = move || {
        let label = Msg::QrLabel.text(i18n.lang.get());
        text.get().and_then(|text| qr::svg(&text, label))
    };
    let conflicts = Signal::derive(move || {
        let lang = i18n.lang.get();
        store.record.with(|r| {
            let state = r.state();
            let list = state
                .votes
                .get(&vote)
                .map(|v| v.conflicts.clone())
                .unwrap_or_default();
            conflict_lines(lang, state, &list)
        })
    });
    view! {
        <section class="card qr-card" aria-labelledby="qr-title">
            <h2 id="qr-title">{t(Msg::QrTitle)}</h2>
            <div class="qr" id="result-qr" inner_html=svg></div>
            <p class="hint">{t(Msg::QrHint)}</p>
            <p class="how-to-check">{t(Msg::HowToCheck)}</p>
            <p class="check-code">{t(Msg::CheckCode)} " " <code id="vote-digest">{digest}</code></p>
            <details class="no-print">
                <summary>{t(Msg::QrText)}</summary>
                <pre id="qr-text">{move || text.get()}</pre>
            </details>
            <div class="actions no-print">
                <ExportButton label=Msg::ExportVote scope=ExportScope::Vote(vote) share=true id="export-vote" />
            </div>
        </section>
        <div class="no-print">
            <ConflictList lines=conflicts id="vote-conflicts" />
        </div>
    }
}
