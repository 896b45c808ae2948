//! A posted document's QR code with what a resident needs to check it: the code (its text is
//! the documented machine lines plus lines in the reader's language), how to check, and the check
//! code (the digest the text carries). The vote, project and fund pages share it.

use crate::i18n::{t, use_i18n, Msg};
use gongzhi_core::read::qr;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn QrCard(
    text: Memo<Option<String>>,
    title: Msg,
    label: Msg,
    /// What scanning the code shows.
    hint: Msg,
    how_to: Msg,
    /// Element ids: the code, its text, the check code.
    ids: [&'static str; 3],
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let svg = move || {
        text.get()
            .and_then(|text| qr::svg(&text, label.text(i18n.lang.get())))
    };
    let digest = move || text.with(|t| t.as_deref().and_then(qr::digest_of).map(str::to_string));
    let [qr_id, text_id, digest_id] = ids;
    view! {
        <section class="card qr-card" aria-labelledby=format!("{qr_id}-title")>
            <h2 id=format!("{qr_id}-title")>{t(title)}</h2>
            <div class="qr" id=qr_id inner_html=svg></div>
            <p class="hint">{t(hint)}</p>
            <p class="how-to-check">{t(how_to)}</p>
            <p class="check-code">
                {t(Msg::CheckCode)} " " <code id=digest_id>{digest}</code>
                " " <A href="/help#digest" attr:class="no-print">{t(Msg::WhatIsThis)}</A>
            </p>
            <details class="no-print">
                <summary>{t(Msg::QrText)}</summary>
                <pre id=text_id>{move || text.get()}</pre>
            </details>
            {children()}
        </section>
    }
}
