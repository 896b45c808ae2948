//! Read models: what pages and printouts show, computed from the state (the dashboard, a proposal's timeline, a result's QR text, what a device holds of the others before a close or a revocation, one household's votes and ballots as its phone shows them).

pub mod dashboard;
pub mod household;
pub mod qr;
pub mod takein;
pub mod timeline;
