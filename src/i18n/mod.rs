//! The one i18n layer: every user-facing string is a [`Msg`] with a zh-CN and an English text.
//!
//! A hand-written table rather than `leptos_i18n`: both languages of a message sit on one line, so a
//! missing translation is a compile error, and it adds no build-time codegen or runtime loader to a
//! bundle that must stay small for mid-range phones (see docs/ARCHITECTURE.md). The language core
//! is `lang`, `msg` and `units`; every other module holds one area's messages and texts.

use leptos::prelude::*;

#[macro_use]
mod msg;
mod authority;
mod correction;
mod exchange;
mod funds;
mod help;
mod home;
mod kinds;
mod kiosk;
mod lang;
mod meetings;
mod mine;
mod organisations;
mod paper;
mod plan;
mod poster;
mod project;
mod refusal;
mod registry;
mod requests;
mod roster;
mod settings;
mod shell;
mod spreadsheet;
mod takein;
mod timeline;
mod units;
mod vote;
mod works;

pub use authority::*;
pub use correction::*;
pub use exchange::*;
pub use funds::*;
pub use kinds::kind_label;
pub use kiosk::*;
pub use lang::Lang;
pub use meetings::*;
pub use mine::*;
pub use msg::{Msg, Said, Text};
pub use organisations::*;
pub use paper::*;
pub use plan::funding_gap_text;
pub use poster::*;
pub use project::*;
pub use refusal::refusal_text;
pub use registry::*;
pub use requests::*;
pub use roster::*;
pub use settings::*;
pub use shell::*;
pub use spreadsheet::{sheet_error_text, spreadsheet_error_text};
pub use takein::*;
pub use timeline::*;
pub use units::*;
pub use vote::*;
pub use works::*;

/// The current language, provided once at the root; components read texts through it.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: Signal<Lang>,
}

impl I18n {
    /// A reactive text: re-renders when the language changes.
    pub fn t(self, msg: Msg) -> impl Fn() -> &'static str + Clone + Send + Sync + 'static {
        move || msg.text(self.lang.get())
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A reactive text in the current language, for views: `{t(Msg::HomeTitle)}`. Called while a
/// component is built (or inside its reactive closures), where the context is in reach.
pub fn t(msg: Msg) -> impl Fn() -> &'static str + Clone + Send + Sync + 'static {
    use_i18n().t(msg)
}

/// A signal's feedback, in the current language: `{shown(problem)}`.
pub fn shown<T: Text + Send + Sync + 'static>(
    said: RwSignal<Option<T>>,
) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
    let lang = use_i18n().lang;
    move || said.with(|s| s.as_ref().map(|s| s.render(lang.get())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_messages() -> impl Iterator<Item = &'static Msg> {
        [
            authority::MESSAGES,
            exchange::MESSAGES,
            funds::MESSAGES,
            help::MESSAGES,
            home::MESSAGES,
            mine::MESSAGES,
            kiosk::MESSAGES,
            meetings::MESSAGES,
            organisations::MESSAGES,
            paper::MESSAGES,
            poster::MESSAGES,
            project::MESSAGES,
            registry::MESSAGES,
            requests::MESSAGES,
            settings::MESSAGES,
            shell::MESSAGES,
            takein::MESSAGES,
            vote::MESSAGES,
            works::MESSAGES,
        ]
        .into_iter()
        .flatten()
    }

    #[test]
    fn every_message_has_both_languages() {
        for msg in all_messages() {
            for lang in [Lang::Zh, Lang::En] {
                let text = msg.text(lang);
                assert!(!text.trim().is_empty(), "{msg:?} is empty in {lang:?}");
                assert_eq!(
                    text,
                    text.trim(),
                    "{msg:?} has stray white space in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn chinese_texts_are_chinese() {
        let has_cjk = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        // Language names are written in their own language, whatever the UI language.
        let exempt = [
            Msg::SwitchLanguage,
            Msg::SwitchLanguageLabel,
            Msg::SettingsLanguageEn,
        ];
        for msg in all_messages().filter(|m| !exempt.contains(m)) {
            assert!(has_cjk(msg.text(Lang::Zh)), "{msg:?} has no Chinese text");
        }
    }
}
