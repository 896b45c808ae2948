//! 表决: every vote of the community, and the way to open an owners' vote.

use crate::components::founded::Founded;
use crate::components::offered::Offered;
use crate::components::page_title::use_page_title;
use crate::components::vote_list::VoteList;
use crate::i18n::{t, Msg};
use gongzhi_core::log::payload::Kind;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn VotesPage() -> impl IntoView {
    use_page_title(Msg::VotesTitle);
    view! {
        <h1>{t(Msg::VotesTitle)}</h1>
        <Founded>
            <section class="card" aria-label=t(Msg::VotesTitle)>
                <VoteList />
                <Offered kind=Kind::VoteOpened>
                <p><A href="/new-vote" attr:id="new-vote-link">{t(Msg::NewVote)}</A></p>
                </Offered>
            </section>
        </Founded>
    }
}
