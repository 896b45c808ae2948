//! Read models: what pages and printouts show, computed from the state (the dashboard, a proposal's timeline, a result's QR text).

pub mod dashboard;
pub mod qr;
pub mod timeline;
