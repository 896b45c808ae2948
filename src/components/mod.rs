//! Pieces shared by several pages.

pub mod device_panel;
pub mod export_button;
pub mod header;
pub mod page_title;
pub mod record_status;
