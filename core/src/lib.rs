//! `gongzhi-core`: every governance rule and the record itself.
//!
//! This crate must stay free of any web, Leptos or browser dependency so that the same rules run
//! natively (tests, CLI, benchmarks) and in the browser; `make test` checks that with `cargo tree`.
//! It has no clock, no random numbers, no threads and no file system: callers pass wall time and
//! key seeds in. There is no floating point: money is [`Fen`], area is [`CentiM2`], and every
//! threshold is decided by cross-multiplying integers ([`Ratio`]).
//!
//! # Module map
//! The folders are layers, and every import points down them: the shared vocabulary (the loose
//! modules at the root), then [`log`], [`rules`], [`record`], and on top [`registry`] and
//! [`read`], and [`fixtures`]. No module imports one above its own layer, and a module is named
//! through its layer (`gongzhi_core::rules::owners`).
//! - Vocabulary: [`ids`] (device ids = Ed25519 public keys, event ids, hashes); [`numbers`],
//!   [`time`] (fen, centi-square-metres, ratios, China Standard Time); [`model`] (ownership,
//!   scopes, organisation kinds, stages, vote kinds); [`roles`] (device roles, why a role may
//!   not write); [`parties`] (who counts as one owner); [`flat`] (flats as people type them);
//!   [`canonical`] (the one byte encoding hashes are computed over); [`cut`] (what a device held
//!   when it closed a vote or revoked a device); [`pin`] (the kiosk PIN).
//! - [`log`]: [`event`](log::event) and its [`payload`](log::payload) (every kind of event, also the commands a device
//!   submits), [`keys`](log::keys) (the signing key and signed chain heads), [`verify`](log::verify) (chain and head
//!   checks naming what was altered).
//! - [`rules`]: [`state`](rules::state) (the folded community; `apply`, private, holds each event's
//!   validation and effect); [`authority`](rules::authority) (who may write each kind of event); [`refusal`](rules::refusal);
//!   [`council`](rules::council), [`owners`](rules::owners), [`tally`](rules::tally) and the results they give ([`outcome`](rules::outcome)); [`lifecycle`](rules::lifecycle)
//!   and [`ledger`](rules::ledger) (stages; budget against actual); [`paper`](rules::paper) (ballots keyed twice);
//!   [`selection`](rules::selection) (比选); [`funds`](rules::funds) (self-raised funds, refunds to the fen); [`meetings`](rules::meetings)
//!   (monthly rules, .ics); [`batch`](rules::batch) (several commands as one write); [`lookup`](rules::lookup) (a typed flat
//!   found within a place, or elsewhere).
//! - [`record`]: the append-only log with its fold; [`Record::submit`] is the command entry
//!   point, [`Record::merge`] the set union with another device's events. [`checkpoint`](record::checkpoint) (the
//!   folded state stored beside the log), [`snapshot`](record::snapshot) (the v1 JSON exchange file).
//! - [`registry`]: [`roster`](registry::roster) (rosters from spreadsheets, via [`sheet`](registry::sheet) and [`sheet_file`](registry::sheet_file)),
//!   [`register`](registry::register) (the register written back), [`flat_history`](registry::flat_history), [`founding`](registry::founding) (a real community
//!   founded on this device).
//! - [`read`]: [`dashboard`](read::dashboard) (the community at a glance), [`timeline`](read::timeline) (a proposal's story),
//!   [`qr`](read::qr) (a result as documented text and a QR code), [`takein`](read::takein) (what this device holds of
//!   the others, before a close or a revocation; what arrived too late).
//! - Fixtures: [`demo`](fixtures::demo) (晋阳社区 as a newcomer meets it), [`dataset`](fixtures::dataset) (the seeded
//!   super-compound the benchmarks share).
//!
//! # What the app calls
//! - Keys: [`DeviceKey::from_seed`] with 32 random bytes the browser keeps; [`DeviceKey::device`].
//! - Commands: [`Record::submit`]`(key, wall_ms, author, payload)` returns the new [`EventId`]
//!   (which names the entity it created) or a [`Refusal`] to show or localise.
//! - Queries: [`Record::state`] for the community, people, proposals, votes, rejected events and
//!   conflicts ([`state::State::conflicts`], [`state::State::signed_by`]);
//!   [`tally::result`] for a vote's explained result; [`ledger::ledger`] for budget vs actual.
//! - Exchange: [`snapshot::export`] then [`snapshot::Snapshot::to_json`]; [`snapshot::import`]
//!   then [`snapshot::Snapshot::merge_into`] or [`snapshot::Snapshot::into_record`].
//!   [`Record::merge_record`] merges two in-memory records (e.g. two tabs).
//!
//! # Decisions worth knowing
//! - One total order: (Lamport clock, device id, sequence number). Events that no longer fit
//!   when folded in that order (a ballot after a concurrent close) stay in the record and are
//!   listed in [`state::State::rejected`]; commands never append such events themselves.
//! - An owners' ballot counts for the owner party the household had when the ballot was folded;
//!   a party's area is taken when the vote is tallied, and frozen when it is closed.
//! - Who may write what is decided by the fold ([`authority`](rules::authority)): each event is checked against
//!   its device's role at its place in the total order and set aside with a typed reason when
//!   the device lacks the right; a household's ballot from a device without a role waits,
//!   unconfirmed, for a clerk. The table is [`authority::writers`].

pub mod canonical;
pub mod cut;
pub mod flat;
pub mod ids;
pub mod model;
pub mod numbers;
pub mod parties;
pub mod pin;
pub mod roles;
pub mod time;

// The layers, bottom up: the shared vocabulary (the loose modules here), the log, the rules
// (the fold), the record (log + fold, checkpoints, files), the registry, the read models, the
// fixtures. A module is named through its layer (`gongzhi_core::rules::owners`), so every
// import says which layer it reaches into; only the types below, the crate's front door, are
// also at the root.
pub mod fixtures;
pub mod log;
pub mod read;
pub mod record;
pub mod registry;
pub mod rules;

pub use ids::{DeviceId, EventId, Hash, HouseholdId, ProposalId, VoteId};
pub use log::event::Event;
pub use log::keys::{DeviceKey, SignedHead};
pub use log::payload::Payload;
pub use log::verify::IntegrityError;
pub use numbers::{CentiM2, Fen, Ratio};
pub use record::checkpoint::{CheckpointRefused, CHECKPOINT_FORMAT};
pub use record::Record;
pub use rules::ledger::Ledger;
pub use rules::refusal::Refusal;
pub use rules::state::State;
pub use rules::tally::VoteResult;

/// Version of the core crate, shown in the app's settings page so a report can name it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
