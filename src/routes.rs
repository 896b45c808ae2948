//! Every route of the app. The home page is part of the main module; every other page is in
//! the chunk of its group, fetched the first time one of them is opened (see
//! [`crate::on_demand`]): votes; projects, their requests and funds; the community's register,
//! meetings and organisations; this device (settings, exchange).

use crate::on_demand::lazy_page;
use crate::pages::{home::Home, not_found::NotFound};
use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Routes};
use leptos_router::hooks::use_location;
use leptos_router::{path, Lazy, NavigateOptions};

lazy_page!(votes, votes, crate::pages::votes::VotesPage);
lazy_page!(votes, vote, crate::pages::vote::VotePage);
lazy_page!(votes, paper, crate::pages::vote::PaperPage);
lazy_page!(votes, new_vote, crate::pages::new_vote::NewVotePage);
lazy_page!(votes, kiosk, crate::pages::kiosk::KioskPage);
lazy_page!(projects, projects, crate::pages::projects::ProjectsPage);
lazy_page!(projects, project, crate::pages::project::ProjectPage);
lazy_page!(projects, requests, crate::pages::requests::RequestsPage);
lazy_page!(projects, draft, crate::pages::project::plan::DraftPage);
lazy_page!(
    projects,
    edit_draft,
    crate::pages::project::plan::EditDraftPage
);
lazy_page!(projects, funds, crate::pages::funds::FundsPage);
lazy_page!(projects, fund, crate::pages::fund::FundPage);
lazy_page!(community, registry, crate::pages::registry::RegistryPage);
lazy_page!(
    community,
    sign_in_sheet,
    crate::pages::sign_in_sheet::SignInSheetPage
);
lazy_page!(community, meetings, crate::pages::meetings::MeetingsPage);
lazy_page!(
    community,
    organisations,
    crate::pages::organisations::OrganisationsPage
);
lazy_page!(device, settings, crate::pages::settings::SettingsPage);
lazy_page!(device, exchange, crate::pages::exchange::ExchangePage);
lazy_page!(device, help, crate::pages::help::HelpPage);

#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=NotFound>
            <Route path=path!("/") view=Home />
            <Route path=path!("/settings") view={Lazy::<settings::Route>::new()} />
            <Route path=path!("/exchange") view={Lazy::<exchange::Route>::new()} />
            <Route path=path!("/help") view={Lazy::<help::Route>::new()} />
            <Route path=path!("/votes") view={Lazy::<votes::Route>::new()} />
            <Route path=path!("/votes/:id") view={Lazy::<vote::Route>::new()} />
            <Route path=path!("/votes/:id/paper") view={Lazy::<paper::Route>::new()} />
            <Route path=path!("/projects") view={Lazy::<projects::Route>::new()} />
            <Route path=path!("/new-vote") view={Lazy::<new_vote::Route>::new()} />
            <Route path=path!("/kiosk/:id") view={Lazy::<kiosk::Route>::new()} />
            <Route path=path!("/registry") view={Lazy::<registry::Route>::new()} />
            <Route path=path!("/registry/sign-in") view={Lazy::<sign_in_sheet::Route>::new()} />
            <Route path=path!("/requests") view={Lazy::<requests::Route>::new()} />
            <Route path=path!("/funds") view={Lazy::<funds::Route>::new()} />
            <Route path=path!("/funds/:id") view={Lazy::<fund::Route>::new()} />
            <Route path=path!("/meetings") view={Lazy::<meetings::Route>::new()} />
            <Route path=path!("/organisations") view={Lazy::<organisations::Route>::new()} />
            <Route path=path!("/requests/:id/draft") view={Lazy::<draft::Route>::new()} />
            <Route path=path!("/projects/:id") view={Lazy::<project::Route>::new()} />
            <Route path=path!("/projects/:id/edit") view={Lazy::<edit_draft::Route>::new()} />
            <Route path=path!("/proposals/:id") view=FormerProjectLink />
            <Route path=path!("/proposals/:id/edit") view=FormerProjectLink />
        </Routes>
    }
}

/// A project's pages were at `/proposals/...` before a project had one name everywhere; links
/// saved then (a bookmark, a link sent to a neighbour) still arrive, without a step back to them.
#[component]
fn FormerProjectLink() -> impl IntoView {
    let path = use_location()
        .pathname
        .get_untracked()
        .replacen("/proposals/", "/projects/", 1);
    let options = NavigateOptions {
        replace: true,
        ..Default::default()
    };
    view! { <Redirect path=path options=options /> }
}
