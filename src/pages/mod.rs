//! One module per route.

pub mod community;
pub mod home;
pub mod not_found;
pub mod settings;
pub mod vote;
