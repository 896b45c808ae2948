//! Texts built from figures: money, dates, counts and the messages of failed commands.

use super::{Lang, Msg};

/// What a failed storage operation means for the user, in their language.
pub fn persist_error_text(lang: Lang, error: &crate::persist::PersistError) -> String {
    use crate::persist::PersistError;
    match error {
        PersistError::QuotaExceeded => Msg::StorageFull.text(lang).to_string(),
        PersistError::Behind => Msg::StorageBehind.text(lang).to_string(),
        PersistError::Unavailable(why) => {
            format!("{} {why}", Msg::StorageUnavailable.text(lang))
        }
    }
}

/// Why a command was not recorded, in the user's language.
pub fn submit_error_text(lang: Lang, error: &crate::store::SubmitError) -> String {
    use crate::store::SubmitError;
    match error {
        SubmitError::NotSaved(e) => format!(
            "{} {}",
            Msg::NotSaved.text(lang),
            persist_error_text(lang, e)
        ),
        SubmitError::Refused(r) => format!(
            "{} {}",
            Msg::Refused.text(lang),
            super::refusal_text(lang, r)
        ),
        SubmitError::NotReady => Msg::StillLoading.text(lang).to_string(),
    }
}

pub fn stage_name(stage: gongzhi_core::model::Stage) -> Msg {
    use gongzhi_core::model::Stage;
    match stage {
        Stage::Draft => Msg::StageDraft,
        Stage::PublicNotice => Msg::StagePublicNotice,
        Stage::CouncilVote => Msg::StageCouncilVote,
        Stage::Passed => Msg::StagePassed,
        Stage::Rejected => Msg::StageRejected,
        Stage::ContractorSelection => Msg::StageContractorSelection,
        Stage::InProgress => Msg::StageInProgress,
        Stage::Accepted => Msg::StageAccepted,
        Stage::Closed => Msg::StageClosed,
    }
}

pub fn choice_name(choice: gongzhi_core::model::Choice) -> Msg {
    use gongzhi_core::model::Choice;
    match choice {
        Choice::Yes => Msg::ChoiceYes,
        Choice::No => Msg::ChoiceNo,
        Choice::Abstain => Msg::ChoiceAbstain,
    }
}

/// `36,000.00 元` / `36,000.00 yuan`.
pub fn money(lang: Lang, fen: gongzhi_core::Fen) -> String {
    let sign = if fen.0 < 0 { "-" } else { "" };
    let abs = fen.0.unsigned_abs();
    let unit = match lang {
        Lang::Zh => "元",
        Lang::En => "yuan",
    };
    format!("{sign}{}.{:02} {unit}", thousands(abs / 100), abs % 100)
}

/// `2026年11月27日 20:05` / `27 Nov 2026, 20:05`, in China Standard Time.
pub fn date_time(lang: Lang, unix_ms: i64) -> String {
    let t = gongzhi_core::time::civil_cst(unix_ms);
    match lang {
        Lang::Zh => format!(
            "{}年{}月{}日 {:02}:{:02}",
            t.year, t.month, t.day, t.hour, t.minute
        ),
        Lang::En => {
            const MONTHS: [&str; 12] = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            let month = MONTHS[(t.month as usize).saturating_sub(1) % 12];
            format!(
                "{} {month} {}, {:02}:{:02}",
                t.day, t.year, t.hour, t.minute
            )
        }
    }
}

/// A council tally in plain words: "同意 25 票，需 25 票（全体 37 名成员的三分之二）".
pub fn council_counts(lang: Lang, r: &gongzhi_core::council::CouncilResult) -> Vec<String> {
    let pct = gongzhi_core::numbers::percent;
    let not_voted = r.members.saturating_sub(r.yes + r.no + r.abstain);
    match lang {
        Lang::Zh => vec![
            format!(
                "同意 {} 票，需要 {} 票（全体 {} 名成员；同意占 {}）",
                r.yes,
                r.yes_needed(),
                r.members,
                pct(r.yes, r.members)
            ),
            format!(
                "反对 {} 票，弃权 {} 票，未表决 {} 人",
                r.no, r.abstain, not_voted
            ),
        ],
        Lang::En => vec![
            format!(
                "{} yes; {} needed (of all {} members; yes is {})",
                r.yes,
                r.yes_needed(),
                r.members,
                pct(r.yes, r.members)
            ),
            format!(
                "{} no, {} abstaining, {} not voted",
                r.no, r.abstain, not_voted
            ),
        ],
    }
}

/// `1,234,567`: the core's grouping, which both languages share.
pub use gongzhi_core::numbers::thousands;

/// The damage banner's count of what was left out, e.g. "2 条记录无法读取，3 条未通过核验".
pub fn damage_summary(lang: Lang, unreadable: u64, rejected: usize) -> String {
    let rejected = rejected as u64;
    let mut parts = Vec::new();
    match lang {
        Lang::Zh => {
            if unreadable > 0 {
                parts.push(format!("{} 条记录无法读取", thousands(unreadable)));
            }
            if rejected > 0 {
                parts.push(format!("{} 条记录未通过核验", thousands(rejected)));
            }
            parts.join("，")
        }
        Lang::En => {
            let records = |n: u64| if n == 1 { "record" } else { "records" };
            if unreadable > 0 {
                parts.push(format!(
                    "{} {} could not be read",
                    thousands(unreadable),
                    records(unreadable)
                ));
            }
            if rejected > 0 {
                parts.push(format!(
                    "{} {} failed verification",
                    thousands(rejected),
                    records(rejected)
                ));
            }
            parts.join("; ")
        }
    }
}

/// `12.5 MB`: bytes in decimal megabytes with one decimal, rounded half up.
pub fn megabytes(bytes: u64) -> String {
    let tenths = (bytes + 50_000) / 100_000;
    format!("{}.{} MB", thousands(tenths / 10), tenths % 10)
}
