//! Texts of corrections on record: a ballot as it counts after a clerk's correction, and the
//! correction form's heading.

use super::lang::Lang;
use super::units::date_time;
use super::vote::choice_name;
use gongzhi_core::model::Choice;
use gongzhi_core::rules::state::CountedBallot;

/// The choice a ballot counts with now, and what it was cast as if a clerk corrected it:
/// "同意（原为 反对，已更正）".
pub fn counted_choice(lang: Lang, ballot: &CountedBallot) -> String {
    let now = choice_name(ballot.choice).text(lang);
    if ballot.corrections.is_empty() {
        return now.to_string();
    }
    let cast = choice_name(ballot.cast_choice()).text(lang);
    match lang {
        Lang::Zh => format!("{now}（原为 {cast}，已更正）"),
        Lang::En => format!("{now} (cast as {cast}, corrected)"),
    }
}

/// "更正 张伟 的选票（现为“反对”）".
pub fn correction_heading(lang: Lang, who: &str, current: Choice) -> String {
    let now = choice_name(current).text(lang);
    match lang {
        Lang::Zh => format!("更正 {who} 的选票（现为“{now}”）"),
        Lang::En => format!("Correct the ballot of {who} (now “{now}”)"),
    }
}

/// One line of a ballot's corrections: when, by whom, from what to what, and why.
pub fn correction_line(lang: Lang, c: &gongzhi_core::rules::state::BallotCorrection) -> String {
    let (from, to) = (choice_name(c.from).text(lang), choice_name(c.to).text(lang));
    let when = date_time(lang, c.wall_ms);
    match lang {
        Lang::Zh => format!(
            "{when} {} 更正：{from} → {to}，原因：{}",
            c.author, c.reason
        ),
        Lang::En => format!(
            "{when} {} corrected: {from} → {to}, because: {}",
            c.author, c.reason
        ),
    }
}
