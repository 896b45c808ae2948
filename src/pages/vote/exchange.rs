//! The vote's result as a QR code (on screen and on the printed sheet), its double ballots, and
//! the file that lets anyone check it.

use crate::components::conflicts::{conflict_lines, ConflictList};
use crate::components::export_button::ExportButton;
use crate::components::qr_card::QrCard;
use crate::i18n::{use_i18n, vote_reader_lines, Msg};
use crate::store::{use_store, ExportScope};
use gongzhi_core::{read::qr, rules::tally, VoteId};
use leptos::prelude::*;

#[component]
pub fn VoteExchange(vote: VoteId) -> impl IntoView {
    let i18n = use_i18n();
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
        <QrCard text=text title=Msg::QrTitle label=Msg::QrLabel hint=Msg::QrHint how_to=Msg::HowToCheck
            ids=["result-qr", "qr-text", "vote-digest"]>
            <div class="actions no-print">
                <ExportButton label=Msg::ExportVote scope=ExportScope::Vote(vote) share=true id="export-vote" />
            </div>
        </QrCard>
        <div class="no-print">
            <ConflictList lines=conflicts id="vote-conflicts" />
        </div>
    }
}
