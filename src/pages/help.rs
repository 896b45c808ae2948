//! How it works, for a first-time secretary: the cycle a project goes through, each step with
//! the page where it is done, and the record's technical words in plain ones (other pages link
//! to a word's entry, `/help#digest`, where they use it).

use crate::components::page_title::use_page_title;
use crate::i18n::{t, Msg};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// Each step of the cycle and where it is done.
const STEPS: [(Msg, &str); 7] = [
    (Msg::HelpStepRequest, "/requests"),
    (Msg::HelpStepPlan, "/requests"),
    (Msg::HelpStepNotice, "/projects"),
    (Msg::HelpStepCouncil, "/projects"),
    (Msg::HelpStepOwners, "/new-vote"),
    (Msg::HelpStepWorks, "/projects"),
    (Msg::HelpStepAccounts, "/funds"),
];

/// The words, each with the anchor other pages link to.
const WORDS: [(&str, Msg, Msg); 5] = [
    ("digest", Msg::HelpDigestTerm, Msg::HelpDigest),
    ("chain", Msg::HelpChainTerm, Msg::HelpChain),
    ("device", Msg::HelpDeviceTerm, Msg::HelpDevice),
    ("set-aside", Msg::HelpSetAsideTerm, Msg::HelpSetAside),
    ("exchange", Msg::HelpExchangeTerm, Msg::HelpExchange),
];

/// The section a resident's phone links to (`/help#phone`).
const PHONE: &str = "phone";

#[component]
pub fn HelpPage() -> impl IntoView {
    use_page_title(Msg::HelpTitle);
    // A link to one word (`/help#digest`) lands on it once the page is drawn: the page arrives
    // after the browser's own jump to the anchor would have happened.
    let hash = use_location().hash.get_untracked();
    let target = hash.trim_start_matches('#');
    if let Some(id) = WORDS
        .iter()
        .map(|(id, ..)| *id)
        .chain([PHONE])
        .find(|id| target == *id)
    {
        crate::platform::reveal(id);
    }
    view! {
        <section class="hero" aria-labelledby="help-title">
            <h1 id="help-title">{t(Msg::HelpTitle)}</h1>
            <p>{t(Msg::HelpIntro)}</p>
        </section>
        <section class="card" aria-labelledby="help-cycle">
            <h2 id="help-cycle">{t(Msg::HelpCycleTitle)}</h2>
            <ol class="steps" id="help-steps">
                {STEPS.into_iter().map(|(step, href)| view! {
                    <li>{t(step)} " " <A href=href>{t(Msg::HelpGo)}</A></li>
                }).collect_view()}
            </ol>
        </section>
        <section class="card" aria-labelledby=PHONE>
            <h2 id=PHONE tabindex="-1">{t(Msg::HelpPhoneTitle)}</h2>
            <ol class="steps" id="help-phone-steps">
                {[Msg::HelpPhoneChoose, Msg::HelpPhoneVote, Msg::HelpPhoneWaiting, Msg::HelpPhoneReceipt]
                    .into_iter()
                    .map(|step| view! { <li>{t(step)}</li> })
                    .collect_view()}
            </ol>
        </section>
        <section class="card" aria-labelledby="help-words">
            <h2 id="help-words">{t(Msg::HelpWordsTitle)}</h2>
            <dl class="glossary">
                {WORDS.into_iter().map(|(id, term, meaning)| view! {
                    <dt id=id tabindex="-1">{t(term)}</dt>
                    <dd>{t(meaning)}</dd>
                }).collect_view()}
            </dl>
        </section>
    }
}
