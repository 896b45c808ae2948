//! 共治 Gongzhi: the Leptos app. Governance rules live in `gongzhi-core`; this crate only shows
//! state and sends commands (see docs/ARCHITECTURE.md).

pub mod app;
pub mod audience;
pub mod components;
pub mod engine;
pub mod i18n;
mod on_demand;
pub mod pages;
pub mod persist;
pub mod platform;
pub mod routes;
pub mod settings;
pub mod spreadsheet;
pub mod store;

pub use app::App;
