//! Persistence behind one trait. Components never touch browser storage: they go through
//! [`Persistence`], whose browser implementation ([`browser::BrowserPersistence`]) is the only code
//! that does; [`MemoryPersistence`] serves native and in-browser tests.

pub mod browser;

use crate::settings::Settings;
use std::fmt;
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

/// Keeps everything in memory; `fail_writes` simulates a full or disabled store.
#[derive(Default)]
pub struct MemoryPersistence {
    settings: Mutex<Option<Settings>>,
    pub fail_writes: bool,
}

impl MemoryPersistence {
    pub fn with_settings(settings: Settings) -> Self {
        MemoryPersistence {
            settings: Mutex::new(Some(settings)),
            fail_writes: false,
        }
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
        if self.fail_writes {
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

        let failing = MemoryPersistence {
            fail_writes: true,
            ..Default::default()
        };
        assert!(failing.save_settings(&saved).is_err());
        assert_eq!(failing.load_settings(), Settings::default());
    }
}
