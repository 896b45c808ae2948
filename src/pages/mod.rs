//! One module per route.

pub mod community;
pub mod draft;
pub mod home;
pub mod kiosk;
pub mod new_vote;
pub mod not_found;
pub mod organisations;
pub mod proposal;
pub mod registry;
pub mod requests;
pub mod settings;
pub mod vote;
