//! `gongzhi-core`: every governance rule and the record itself.
//!
//! This crate must stay free of any web, Leptos or browser dependency so that the same rules run
//! natively (tests, CLI, benchmarks) and in the browser; `make test` checks that with `cargo tree`.
//! It has no clock, no random numbers, no threads and no file system: callers pass wall time and
//! key seeds in. There is no floating point: money is [`Fen`], area is [`CentiM2`], and every
//! threshold is decided by cross-multiplying integers ([`Ratio`]).
//!
//! # Module map
//! - [`authority`]: device roles and the table of who may write each kind of event.
//! - [`ids`]: device ids (= Ed25519 public keys), event ids, hashes.
//! - [`keys`]: the device's signing key (from a caller-supplied seed) and signed chain heads.
//! - [`numbers`], [`time`]: fen, centi-square-metres, ratios, and their plain-English rendering
//!   in China Standard Time.
//! - [`flat`]: flats as people type them (full width, `1栋1单元201室`) in the register's form.
//! - [`model`]: shared vocabulary (ownership, scopes, organisation kinds, stages, vote kinds).
//! - [`payload`]: every kind of event; also the commands a device submits.
//! - [`event`], [`canonical`]: one event, its canonical encoding and SHA-256 hash.
//! - [`record`]: the append-only log; [`Record::submit`] is the command entry point,
//!   [`Record::merge`] the set union with another device's events.
//! - [`checkpoint`]: the folded state stored beside the log, so a reload folds only what came
//!   after it ([`Record::checkpoint`], [`Record::from_checkpoint`]).
//! - [`state`]: the folded community; `apply` (private) holds each event's validation and effect.
//! - [`refusal`]: why a command was refused, with structured fields.
//! - [`owners`], [`council`], [`tally`]: decision rules and explained results.
//! - [`lifecycle`], [`ledger`]: proposal stages; budget against actual spending.
//! - [`paper`]: paper ballots keyed twice by two clerks, reconciled before they count.
//! - [`selection`]: contractors' quotes side by side (比选).
//! - [`lookup`]: a typed flat or household code found within a place (a vote's scope, a
//!   page's compound), ambiguous across compounds, or elsewhere.
//! - [`funds`]: self-raised funds per household, a treasurer's pasted list, refunds to the fen.
//! - [`qr`]: a vote's result as documented text, and as a QR code drawn as SVG.
//! - [`founding`]: a real community founded on this device with its first compound.
//! - [`dashboard`]: the community at a glance (turnout, money, stages, notices, meetings).
//! - [`meetings`]: monthly rules (first Saturday...), what comes next, the calendar as .ics.
//! - [`verify`]: chain and head checks, and the errors naming what was altered.
//! - [`snapshot`]: the v1 JSON exchange file, its limits and its version dispatch.
//! - [`dataset`]: the seeded super-compound generator shared with the browser benchmarks.
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
//! - Who may write what is decided by the fold ([`authority`]): each event is checked against
//!   its device's role at its place in the total order and set aside with a typed reason when
//!   the device lacks the right; a household's ballot from a device without a role waits,
//!   unconfirmed, for a clerk. The table is [`authority::writers`].

mod apply;
pub mod authority;
pub mod batch;
pub mod canonical;
pub mod checkpoint;
mod compact;
pub mod council;
pub mod dashboard;
pub mod dataset;
pub mod demo;
pub mod event;
pub mod flat;
pub mod flat_history;
pub mod founding;
pub mod funds;
pub mod ids;
pub mod keys;
pub mod ledger;
pub mod lifecycle;
pub mod lookup;
pub mod meetings;
pub mod model;
pub mod numbers;
pub mod outcome;
pub mod owners;
pub mod paper;
pub mod parties;
pub mod payload;
pub mod pin;
pub mod qr;
pub mod record;
pub mod refusal;
pub mod register;
pub mod roles;
pub mod roster;
pub mod selection;
pub mod sheet;
pub mod sheet_file;
pub mod snapshot;
pub mod state;
pub mod tally;
pub mod time;
pub mod timeline;
pub mod verify;

pub use checkpoint::{CheckpointRefused, CHECKPOINT_FORMAT};
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
