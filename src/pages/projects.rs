//! 项目: every project of the community with where it stands; a project starts from a request.

use crate::components::founded::Founded;
use crate::components::page_title::use_page_title;
use crate::components::project_list::ProjectList;
use crate::i18n::{t, Msg};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn ProjectsPage() -> impl IntoView {
    use_page_title(Msg::ProposalsTitle);
    view! {
        <h1>{t(Msg::ProposalsTitle)}</h1>
        <Founded>
            <section class="card" aria-label=t(Msg::ProposalsTitle)>
                <ProjectList />
                <p class="hint">{t(Msg::ProjectsFromRequests)} " " <A href="/requests">{t(Msg::NavRequests)}</A></p>
            </section>
        </Founded>
    }
}
