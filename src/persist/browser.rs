//! The browser's storage. Settings are tiny and go to localStorage through gloo-storage.

use super::{PersistError, Persistence};
use crate::settings::Settings;
use gloo_storage::{LocalStorage, Storage};

const SETTINGS_KEY: &str = "gongzhi.settings.v1";

pub struct BrowserPersistence;

impl Persistence for BrowserPersistence {
    fn load_settings(&self) -> Settings {
        // Unreadable settings (hand-edited, or from a future version) must not stop the app.
        LocalStorage::get(SETTINGS_KEY).unwrap_or_default()
    }

    fn save_settings(&self, settings: &Settings) -> Result<(), PersistError> {
        LocalStorage::set(SETTINGS_KEY, settings)
            .map_err(|e| PersistError::Unavailable(e.to_string()))
    }
}
