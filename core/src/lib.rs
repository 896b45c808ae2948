//! `gongzhi-core`: every governance rule and the record itself.
//!
//! This crate must stay free of any web, Leptos or browser dependency so that the same rules run
//! natively (tests, CLI, benchmarks) and in the browser; `make test` checks that with `cargo tree`.
//! It has no clock, no random numbers, no threads and no file system: callers pass wall time and
//! key seeds in. There is no floating point: money is [`Fen`], area is [`CentiM2`], and every
//! threshold is decided by cross-multiplying integers ([`Ratio`]).
//!
//! # Module map
//! - [`ids`]: device ids (= Ed25519 public keys), event ids, hashes.
//! - [`keys`]: the device's signing key (from a caller-supplied seed) and signed chain heads.
//! - [`numbers`], [`time`]: fen, centi-square-metres, ratios, and their plain-English rendering
//!   in China Standard Time.
//! - [`model`]: shared vocabulary (ownership, scopes, organisation kinds, stages, vote kinds).
//! - [`payload`]: every kind of event; also the commands a device submits.
//! - [`event`], [`canonical`]: one event, its canonical encoding and SHA-256 hash.
//! - [`record`]: the append-only log; [`Record::submit`] is the command entry point,
//!   [`Record::merge`] the set union with another device's events.
//! - [`state`]: the folded community; `apply` (private) holds each event's validation and effect.
//! - [`refusal`]: why a command was refused, with structured fields.
//! - [`owners`], [`council`], [`tally`]: decision rules and explained results.
//! - [`lifecycle`], [`ledger`]: proposal stages; budget against actual spending.
//! - [`verify`]: chain and head checks, and the errors naming what was altered.
//! - [`snapshot`]: the v1 JSON exchange file, its limits and its version dispatch.
//! - [`dataset`]: the seeded super-compound generator shared with the browser benchmarks.

mod apply;
pub mod canonical;
pub mod council;
pub mod dataset;
pub mod event;
pub mod ids;
pub mod keys;
pub mod ledger;
pub mod lifecycle;
pub mod model;
pub mod numbers;
pub mod owners;
pub mod payload;
pub mod record;
pub mod refusal;
pub mod snapshot;
pub mod state;
pub mod tally;
pub mod time;
pub mod verify;

pub use event::Event;
pub use ids::{DeviceId, EventId, Hash};
pub use keys::{DeviceKey, SignedHead};
pub use ledger::Ledger;
pub use numbers::{CentiM2, Fen, Ratio};
pub use payload::Payload;
pub use record::Record;
pub use refusal::Refusal;
pub use state::State;
pub use tally::VoteResult;
pub use verify::IntegrityError;

/// Version of the core crate, shown in the app's settings page so a report can name it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
