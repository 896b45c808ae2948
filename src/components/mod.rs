//! Pieces shared by several pages.

pub mod activities;
pub mod bar_chart;
pub mod conflicts;
pub mod demo_button;
pub mod device_panel;
pub mod device_qr;
pub mod export_button;
pub mod flat_history;
pub mod flat_pick;
pub mod found_community;
pub mod header;
pub mod kiosk_guard;
pub mod missing;
pub mod page_title;
pub mod pin;
pub mod project_list;
pub mod record_status;
pub mod register_export;
pub mod roster_changes;
pub mod roster_import;
pub mod roster_mapping;
pub mod scope_picker;
pub mod set_aside;
pub mod submit_failure;
pub mod trusted_devices;
pub mod vote_list;
