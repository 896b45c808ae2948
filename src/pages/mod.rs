//! One module per route.

pub mod community;
pub mod exchange;
pub mod fund;
pub mod funds;
pub mod help;
pub mod home;
pub mod kiosk;
pub mod meetings;
pub mod mine;
pub mod new_vote;
pub mod not_found;
pub mod organisations;
pub mod project;
pub mod projects;
pub mod registry;
pub mod requests;
pub mod settings;
pub mod sign_in_sheet;
pub mod vote;
pub mod votes;

/// The id a route names (`/votes/:id` a [`gongzhi_core::VoteId`], `/projects/:id` a
/// [`gongzhi_core::ProposalId`], ...); `None` when the path holds no valid id, which each page
/// shows as "not found".
pub(crate) fn use_id_param<Id>() -> leptos::prelude::Memo<Option<Id>>
where
    Id: std::str::FromStr + Clone + PartialEq + Send + Sync + 'static,
{
    use leptos::prelude::*;
    let params = leptos_router::hooks::use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").and_then(|s| s.parse().ok())))
}
