//! Pieces shared by several pages.

pub mod activities;
pub mod choice_select;
pub mod confirm_form;
pub mod conflicts;
pub mod copy_button;
pub mod expense_fields;
pub mod expense_list;
pub mod export_button;
pub mod fields;
pub mod flat_field;
pub mod flat_pick;
pub mod founded;
pub mod header;
pub mod kiosk_guard;
pub mod missing;
pub mod offered;
pub mod page_title;
pub mod pin;
pub mod printed_at;
pub mod project_list;
pub mod qr_card;
pub mod radios;
pub mod record_status;
pub mod scope_picker;
pub mod submit_failure;
pub mod vote_list;
