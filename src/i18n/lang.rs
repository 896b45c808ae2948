//! The UI language and how a browser's preferences choose it.

use serde::{Deserialize, Serialize};

/// A UI language. zh-CN is the default: the app is for Chengdu's residents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    Zh,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language a browser with these preferences (navigator.languages, best first) should get:
    /// the first Chinese or English entry decides; anything else falls back to zh-CN.
    pub fn negotiate<S: AsRef<str>>(preferences: &[S]) -> Lang {
        preferences
            .iter()
            .find_map(|tag| {
                let primary = tag.as_ref().split(['-', '_']).next()?.to_ascii_lowercase();
                match primary.as_str() {
                    "zh" => Some(Lang::Zh),
                    "en" => Some(Lang::En),
                    _ => None,
                }
            })
            .unwrap_or_default()
    }

    /// The other language, for the one-tap switch in the header.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_takes_the_first_known_language() {
        assert_eq!(Lang::negotiate(&["en-US", "zh-CN"]), Lang::En);
        assert_eq!(Lang::negotiate(&["zh-TW", "en"]), Lang::Zh);
        assert_eq!(Lang::negotiate(&["fr-FR", "EN_gb"]), Lang::En);
        assert_eq!(Lang::negotiate(&["fr", "de"]), Lang::Zh);
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::Zh);
    }

    #[test]
    fn lang_tags_round_trip_through_serde() {
        for lang in [Lang::Zh, Lang::En] {
            let json = serde_json::to_string(&lang).unwrap();
            assert_eq!(json, format!("\"{}\"", lang.tag()));
            assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), lang);
        }
    }
}
