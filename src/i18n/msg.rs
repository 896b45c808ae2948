//! A message: one user-facing text in both languages, side by side, so a missing translation does
//! not compile. Each feature module declares its own with `messages!`.

use super::lang::Lang;

/// A user-facing message. Each is an associated constant (`Msg::HomeTitle`) declared in the module
/// of the feature that shows it; inherent impls may spread over modules, so call sites name no
/// module and a key declared twice is a compile error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Msg {
    zh: &'static str,
    en: &'static str,
}

impl Msg {
    pub(super) const fn new(zh: &'static str, en: &'static str) -> Msg {
        Msg { zh, en }
    }

    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// Declares a feature's messages, both languages on one line: `Key => "中文", "English";`.
macro_rules! messages {
    ($($key:ident => $zh:literal, $en:literal;)*) => {
        #[allow(non_upper_case_globals)]
        impl $crate::i18n::msg::Msg {
            $(pub const $key: $crate::i18n::msg::Msg = $crate::i18n::msg::Msg::new($zh, $en);)*
        }

        /// This module's messages, so the table tests can check every one.
        #[cfg(test)]
        pub(super) const MESSAGES: &[$crate::i18n::msg::Msg] = &[$($crate::i18n::msg::Msg::$key),*];
    };
}

/// Anything that reads in either language. What a signal holds is one of these, never the words
/// themselves, so a switch of language re-renders everything already on screen.
pub trait Text {
    fn render(&self, lang: Lang) -> String;
}

impl Text for Msg {
    fn render(&self, lang: Lang) -> String {
        self.text(lang).to_string()
    }
}

/// A text built from figures where it arises (a refusal, a count, a flat) and put into words only
/// where it is shown, in whatever language is current then.
#[derive(Clone)]
pub struct Said(std::sync::Arc<dyn Fn(Lang) -> String + Send + Sync>);

impl Said {
    pub fn new(words: impl Fn(Lang) -> String + Send + Sync + 'static) -> Said {
        Said(std::sync::Arc::new(words))
    }

    /// A text the app did not write (what the browser said went wrong), shown as it came.
    pub fn verbatim(words: String) -> Said {
        Said::new(move |_| words.clone())
    }

    /// For a text whose figures are only borrowed here (from the state): put into words in both
    /// languages at once, so either can be shown later.
    pub fn each(words: impl Fn(Lang) -> String) -> Said {
        let (zh, en) = (words(Lang::Zh), words(Lang::En));
        Said::new(move |lang| match lang {
            Lang::Zh => zh.clone(),
            Lang::En => en.clone(),
        })
    }
}

impl Text for Said {
    fn render(&self, lang: Lang) -> String {
        (self.0)(lang)
    }
}

impl From<Msg> for Said {
    fn from(msg: Msg) -> Said {
        Said::new(move |lang| msg.render(lang))
    }
}

impl std::fmt::Debug for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Said({:?})", self.render(Lang::En))
    }
}
