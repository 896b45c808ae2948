//! `gongzhi-core`: every governance rule and the record itself.
//!
//! This crate must stay free of any web, Leptos or browser dependency so that the same rules run
//! natively (tests, CLI, benchmarks) and in the browser; `make test` checks that with `cargo tree`.

/// Version of the core crate, shown in the app's settings page so a report can name it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
