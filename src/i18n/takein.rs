//! Texts of the two steps that end something, which count only what this device holds: the
//! devices to take in before closing a vote, what a revocation keeps, and the events of a vote
//! that arrived too late or were set aside.

use super::kinds::kind_label;
use super::lang::Lang;
use super::msg::Msg;
use super::units::{date_time, thousands};
use gongzhi_core::log::payload::Kind;

messages! {
    TakeInTitle => "结束前，请先导入这些设备的记录", "Before closing, take in these devices' records";
    TakeInHint =>
        "结束表决只计入本机已经收到的记录。下列设备上若还有没导入的选票，结束后再导入将一律不计入，只列为“结束后才送达”。",
        "Closing counts only what this device has received. Ballots still on a device below that are not taken in will not count once the vote is closed: they will be listed as arrived after the close.";
    TakeInNone => "没有其他可以录票的设备：本机收到的就是全部。", "No other device can record ballots: what this device holds is everything.";
    TakeInDevice => "设备", "Device";
    TakeInForVote => "本次表决的记录", "Records of this vote";
    TakeInLastHeard => "最后一条记录的时间", "Its last record";
    TakeInNever => "从未收到", "nothing received yet";
    RevokeTitle => "撤销设备", "Revoke a device";
    RevokeConfirm => "确认撤销", "Yes, revoke it";
    VoteSetAsideTitle => "未计入的记录", "Records not counted";
    VoteLateTitle => "表决结束后才送达（不计入）", "Arrived after the vote closed (not counted)";
    VoteLateHint =>
        "结束表决的设备当时没有收到这些记录，所以公布的结果不含它们，无论它们上面写的是什么时间。",
        "The device that closed the vote had not received these, so the published result does not include them, whatever time they carry.";
    VoteOtherAsideTitle => "不符合规则，不计入", "Set aside by the rules";
}

/// `3 条`, or `—` when none.
pub fn records_count(lang: Lang, n: usize) -> String {
    match (n, lang) {
        (0, _) => "—".into(),
        (n, Lang::Zh) => format!("{} 条", thousands(n as u64)),
        (n, Lang::En) => thousands(n as u64),
    }
}

/// When the record last heard from a device, by that device's own clock.
pub fn last_heard(lang: Lang, wall_ms: Option<i64>) -> String {
    match wall_ms {
        Some(ms) => date_time(lang, ms),
        None => Msg::TakeInNever.text(lang).to_string(),
    }
}

/// What revoking a device keeps and what it sets aside, asked before it is recorded.
pub fn revoke_question(lang: Lang, label: &str, held: u64, last_wall_ms: Option<i64>) -> String {
    let n = thousands(held);
    match (lang, last_wall_ms) {
        (Lang::Zh, Some(ms)) => format!(
            "撤销“{label}”？本机已收到它的 {n} 条记录（最后一条记于 {}），这些照常保留；它此后写下的一切都将被搁置、不计入，无论上面写的是什么时间。它上面若还有没导入的选票，请先导入它的文件再撤销。",
            date_time(lang, ms)
        ),
        (Lang::Zh, None) => format!(
            "撤销“{label}”？本机还没有收到它的任何记录：它写下的一切都将被搁置、不计入，无论上面写的是什么时间。它上面若有没导入的选票，请先导入它的文件再撤销。"
        ),
        (Lang::En, Some(ms)) => format!(
            "Revoke \"{label}\"? This device holds {n} of its records (the last written {}); they are kept. Everything it writes after them will be set aside and not counted, whatever time it carries. If it still holds ballots not taken in, take in its file before revoking it.",
            date_time(lang, ms)
        ),
        (Lang::En, None) => format!(
            "Revoke \"{label}\"? This device holds none of its records yet: everything it writes will be set aside and not counted, whatever time it carries. If it holds ballots not taken in, take in its file before revoking it."
        ),
    }
}

/// One row of a vote's set-aside list: what, from which device, at the time it carries.
pub fn set_aside_row(lang: Lang, kind: Kind, device: &str, wall_ms: i64) -> String {
    let what = kind_label(lang, kind.name()).unwrap_or(kind.name());
    let when = date_time(lang, wall_ms);
    match lang {
        Lang::Zh => format!("{what} · {device} · 记于 {when}"),
        Lang::En => format!("{what} · {device} · written {when}"),
    }
}
