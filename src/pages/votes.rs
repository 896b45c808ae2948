//! 表决: every vote of the community, and the way to open an owners' vote.

use crate::components::page_title::use_page_title;
use crate::components::vote_list::VoteList;
use crate::i18n::{t, Msg};
use crate::store::use_store;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn VotesPage() -> impl IntoView {
    use_page_title(Msg::VotesTitle);
    let store = use_store();
    let founded = Memo::new(move |_| store.record.with(|r| r.state().community.is_some()));
    view! {
        <h1>{t(Msg::VotesTitle)}</h1>
        <Show when=move || founded.get() fallback=move || view! { <p class="card">{t(Msg::NeedsCommunity)}</p> }>
            <section class="card" aria-label=t(Msg::VotesTitle)>
                <VoteList />
                <p><A href="/new-vote" attr:id="new-vote-link">{t(Msg::NewVote)}</A></p>
            </section>
        </Show>
    }
}
