//! Opening an owners' vote: what is decided, which of the nine art. 278 matters it is (which
//! sets the threshold), who votes, and for how long.

use crate::components::fields::{checked, required, Problem, TextField};
use crate::components::page_title::use_page_title;
use crate::components::scope_picker::ScopePicker;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{matter_name, t, Msg, Said};
use crate::platform;
use crate::store::{use_store, SubmitError};
use gongzhi_core::model::{Scope, VoteKind};
use gongzhi_core::rules::owners;
use gongzhi_core::Payload;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn NewVotePage() -> impl IntoView {
    use_page_title(Msg::NewVote);
    let store = use_store();
    let navigate = use_navigate();
    let title = RwSignal::new(String::new());
    let matter = RwSignal::new("9".to_string());
    let place = RwSignal::new(Scope::Community);
    let days = RwSignal::new("14".to_string());
    let problem: RwSignal<Option<Said>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        // How long a vote may stay open is the core's rule; the form only reads the number.
        let check = || {
            let name = required(title, Msg::RequiredTitle)?;
            let n = days.get_untracked().trim().parse::<i64>().ok();
            let closes_ms = owners::vote_closes(platform::now_ms(), n)?;
            Ok::<_, Said>((name, closes_ms))
        };
        let Some((name, closes_ms)) = checked(problem, check) else {
            return;
        };
        let scope = place.get_untracked();
        let Ok(matter) = matter.get_untracked().parse::<u8>() else {
            return;
        };
        let payload = Payload::VoteOpened {
            title: name,
            kind: VoteKind::Owners { matter, scope },
            proposal: None,
            closes_ms,
        };
        let navigate = navigate.clone();
        store.send(payload, failure, move |id| {
            navigate(&format!("/votes/{id}"), Default::default())
        });
    };
    view! {
        <section class="hero" aria-labelledby="new-vote-title">
            <h1 id="new-vote-title">{t(Msg::NewVote)}</h1>
            <p>{t(Msg::NewVoteIntro)}</p>
        </section>
        <form class="card form" on:submit=submit novalidate>
            <TextField id="vote-title" label=Msg::VoteTitleLabel value=title maxlength=100 />
            <label for="vote-matter">{t(Msg::MatterLabel)}</label>
            <select id="vote-matter" bind:value=matter>
                {(1..=9_u8).map(|m| view! {
                    <option value=m.to_string() selected=move || matter.get_untracked() == m.to_string()>{t(matter_name(m))}</option>
                }).collect_view()}
            </select>
            <ScopePicker id="vote-place" value=place />
            <label for="vote-days">{t(Msg::VoteDays)}</label>
            <input id="vote-days" type="number" min=*owners::VOTE_DAYS.start() max=*owners::VOTE_DAYS.end() inputmode="numeric"
                bind:value=days />
            <Problem problem=problem />
            <button type="submit" class="button primary" id="open-vote">{t(Msg::OpenVote)}</button>
            <SubmitFailure failure=failure />
        </form>
    }
}
