//! Per-device preferences: language and text size, and kiosk mode with its admin PIN. Small, so
//! they live in localStorage.

use crate::i18n::Lang;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// `None` follows the browser's preferred languages until the user picks one.
    pub lang: Option<Lang>,
    /// Bigger type for elderly residents and kiosks.
    pub large_text: bool,
    /// The kiosk admin PIN, as a salted hash only (see `gongzhi_core::pin`).
    pub kiosk_pin: Option<gongzhi_core::pin::PinHash>,
    /// Wrong PINs typed in a row, so guessing slows down across reloads.
    pub pin_attempts: gongzhi_core::pin::Attempts,
    /// The vote this device is a kiosk for. While set, every other page asks for the PIN first
    /// (Back, reload and a typed address included), until the PIN turns kiosk mode off.
    pub kiosk_vote: Option<gongzhi_core::VoteId>,
    /// Column mappings the person confirmed for rosters with unfamiliar headers, by the header
    /// row's shape (`gongzhi_core::registry::roster::Mapping::shape`), so the next file of that shape
    /// reads at once.
    pub roster_mappings:
        std::collections::BTreeMap<String, gongzhi_core::registry::roster::Mapping>,
    /// The household a resident's phone is for, chosen once by its flat. A phone enrolled for a
    /// household is for that one, whatever this says.
    pub household: Option<gongzhi_core::HouseholdId>,
    /// Someone said this device is the service centre's (or a clerk's): it shows the whole app,
    /// with what the community lets it do, instead of one household's screen.
    pub service_centre: bool,
}

/// Settings as the pages see them: the current value and whether the last save failed.
#[derive(Clone, Copy)]
pub struct SettingsCtx {
    pub settings: RwSignal<Settings>,
    /// `None` until the user changes something; then whether that change reached storage.
    pub last_save_ok: RwSignal<Option<bool>>,
}

pub fn use_settings() -> SettingsCtx {
    expect_context::<SettingsCtx>()
}

/// Mappings kept: a device meets few property systems, and settings live in localStorage.
const MAPPINGS_KEPT: usize = 12;

impl Settings {
    /// Keeps a confirmed mapping under its shape, replacing an older one of that shape; when
    /// there are too many, one of another shape makes room.
    pub fn remember_mapping(&mut self, mapping: gongzhi_core::registry::roster::Mapping) {
        let shape = mapping.shape();
        self.roster_mappings.remove(&shape);
        while self.roster_mappings.len() >= MAPPINGS_KEPT {
            let Some(first) = self.roster_mappings.keys().next().cloned() else {
                break;
            };
            self.roster_mappings.remove(&first);
        }
        self.roster_mappings.insert(shape, mapping);
    }

    /// The language to show, given the browser's preferences (best first).
    pub fn effective_lang<S: AsRef<str>>(&self, browser_preferences: &[S]) -> Lang {
        self.lang
            .unwrap_or_else(|| Lang::negotiate(browser_preferences))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_choice_beats_the_browser() {
        let chosen = Settings {
            lang: Some(Lang::Zh),
            large_text: false,
            ..Default::default()
        };
        assert_eq!(chosen.effective_lang(&["en-US"]), Lang::Zh);
        assert_eq!(Settings::default().effective_lang(&["en-US"]), Lang::En);
    }

    #[test]
    fn settings_from_an_older_or_partial_save_still_load() {
        let partial: Settings = serde_json::from_str(r#"{"large_text":true}"#).unwrap();
        assert_eq!(
            partial,
            Settings {
                lang: None,
                large_text: true,
                kiosk_pin: None,
                ..Default::default()
            }
        );
        let extra: Settings =
            serde_json::from_str(r#"{"lang":"en","large_text":false,"future":1}"#).unwrap();
        assert_eq!(extra.lang, Some(Lang::En));
    }

    #[test]
    fn kiosk_mode_and_wrong_pins_survive_a_save_and_load() {
        let vote = gongzhi_core::VoteId(gongzhi_core::EventId {
            device: gongzhi_core::ids::DeviceId([7; 32]),
            seq: 12,
        });
        let on = Settings {
            kiosk_vote: Some(vote),
            pin_attempts: gongzhi_core::pin::Attempts {
                failures: 4,
                last_failure_ms: 1_000,
            },
            ..Default::default()
        };
        let saved = serde_json::to_string(&on).unwrap();
        assert_eq!(serde_json::from_str::<Settings>(&saved).unwrap(), on);
    }
}
