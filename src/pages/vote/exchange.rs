//! The vote's result as a QR code (on screen and on the printed sheet), its double ballots, and
//! the file that lets anyone check it.

use crate::components::conflicts::{conflict_lines, ConflictList};
use crate::components::export_button::ExportButton;
use crate::i18n::{use_i18n, Msg};
use crate::store::{use_store, ExportScope};
use gongzhi_core::{qr, EventId};
use leptos::prelude::*;

#[component]
pub fn VoteExchange(vote: EventId) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let text = Memo::new(move |_| store.record.with(|r| qr::result_text(r, &vote)));
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
