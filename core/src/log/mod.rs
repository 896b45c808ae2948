//! The log's pieces: one event and its payload, signing keys and heads, the checks that find any change, and the checkpoint's compact shapes. Below the rules: nothing here folds.

pub mod chain;
pub(crate) mod compact;
pub mod event;
pub mod keys;
pub mod payload;
mod tagged;
pub mod verify;
