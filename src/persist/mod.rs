//! Persistence behind one trait. Components never touch browser storage: they go through
//! [`Persistence`], whose browser implementation ([`browser::BrowserPersistence`]) is the only code
//! that does; [`MemoryPersistence`] serves native and in-browser tests.

pub mod browser;

use crate::settings::Settings;
use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

/// Why a write did not reach storage. What was saved before is untouched in every case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PersistError {
    /// Storage is missing or refused (private mode, disabled, quota exceeded).
    Unavailable(String),
}

impl fmt::Display for PersistError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PersistError::Unavailable(why) => write!(f, "storage unavailable: {why}"),
        }
    }
}

pub trait Persistence: Send + Sync {
    /// The saved settings; defaults when nothing (or nothing readable) was saved.
    fn load_settings(&self) -> Settings;
    fn save_settings(&self, settings: &Settings) -> Result<(), PersistError>;
}

/// Keeps everything in memory; [`MemoryPersistence::fail_writes`] simulates a full or disabled store.
#[derive(Default)]
pub struct MemoryPersistence {
    settings: Mutex<Option<Settings>>,
    failing: AtomicBool,
}

impl MemoryPersistence {
    pub fn with_settings(settings: Settings) -> Self {
        MemoryPersistence {
            settings: Mutex::new(Some(settings)),
            ..Default::default()
        }
    }

    /// From now on every write fails (or succeeds again), as when storage fills up.
    pub fn fail_writes(&self, failing: bool) {
        self.failing.store(failing, Ordering::SeqCst);
    }
}

impl Persistence for MemoryPersistence {
    fn load_settings(&self) -> Settings {
        self.settings
            .lock()
            .expect("settings lock")
            .clone()
            .unwrap_or_default()
    }

    fn save_settings(&self, settings: &Settings) -> Result<(), PersistError> {
        if self.failing.load(Ordering::SeqCst) {
            return Err(PersistError::Unavailable("writes disabled".into()));
        }
        *self.settings.lock().expect("settings lock") = Some(settings.clone());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn memory_round_trips_and_a_failed_write_keeps_the_old_value() {
        let store = MemoryPersistence::default();
        assert_eq!(store.load_settings(), Settings::default());
        let saved = Settings {
            lang: Some(Lang::En),
            large_text: true,
        };
        store.save_settings(&saved).unwrap();
        assert_eq!(store.load_settings(), saved);

        let other = Settings {
            lang: Some(Lang::Zh),
            large_text: false,
        };
        store.fail_writes(true);
        assert!(store.save_settings(&other).is_err());
        assert_eq!(store.load_settings(), saved);
        store.fail_writes(false);
        store.save_settings(&other).unwrap();
        assert_eq!(store.load_settings(), other);
    }
}
