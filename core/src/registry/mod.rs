//! The register of flats and households going in and out: rosters read from spreadsheets, the register written back, a flat's history, founding a community.

pub mod flat_history;
pub mod founding;
pub mod register;
pub mod roster;
pub mod sheet;
pub mod sheet_file;
