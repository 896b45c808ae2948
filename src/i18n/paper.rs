//! Texts of paper ballots keyed twice and the reconciliation of both keyings.

use super::lang::Lang;

messages! {
    PaperLink => "录入纸质表决票", "Key in paper ballots";
    PaperTitle => "纸质表决票：双人录入", "Paper ballots, keyed twice";
    PaperHint =>
        "书面征求意见的每张表决票由两个人各录入一次。两次一致的才能确认计票；不一致的列在下面，请对照纸质票处理。每次录入都立即保存。",
        "Every paper ballot is keyed once by each of two people. Only sheets both keyings agree on can be confirmed and counted; disagreements are listed below to settle against the paper. Each keying is saved at once.";
    PaperEntry => "录入", "Keying";
    PaperClerk => "录入人姓名", "Your name (clerk)";
    PaperRound => "录入轮次", "Round";
    PaperRoundFirst => "第一轮", "First keying";
    PaperRoundSecond => "第二轮（须由另一人录入）", "Second keying (by someone else)";
    PaperRoundSecondShort => "第二轮", "Second keying";
    PaperFlat => "房号（楼栋-单元-房号）或住户码", "Flat (building-unit-room) or household code";
    PaperNeedsClerk => "请先填写录入人姓名。", "Please enter your name first.";
    PaperKeyed => "已录入：", "Keyed:";
    PaperReconcile => "两轮核对", "Both keyings compared";
    PaperEmpty => "还没有录入纸质表决票。", "No paper ballots keyed yet.";
    PaperConfirm => "确认两轮一致的表决票并计票", "Count every sheet both keyings agree on";
    PaperStatusMismatch => "两轮不一致", "Keyings disagree";
    PaperStatusAwaiting => "待另一轮录入", "Awaiting the other keying";
    PaperStatusAgreed => "一致，待确认", "Agreed, not yet counted";
    PaperStatusCounted => "已计票", "Counted";
    PaperStatusCountedDiffers => "已计票，但与纸质票不同", "Counted, but not as the paper says";
    PaperSettle => "核对纸质票后计为：", "After checking the paper, count as:";
}

/// `共 2 套` / `2 flats`: an owner holding several flats, who still votes once.
pub fn flats_held_text(lang: Lang, flats: usize) -> String {
    match lang {
        Lang::Zh => format!("共 {flats} 套"),
        Lang::En => format!("{flats} flats"),
    }
}

/// `张建国 名下的 2 套房屋（表决时计为一位业主）`.
pub fn owner_flats_text(lang: Lang, owner: &str, flats: usize) -> String {
    match lang {
        Lang::Zh => format!("{owner} 名下的 {flats} 套房屋（表决时计为一位业主）"),
        Lang::En => format!("The {flats} flats held by {owner} (one owner when voting)"),
    }
}

/// `不一致 1 张 · 待另一轮 2 张 · 一致待确认 3 张 · 已计票 0 张`.
pub fn paper_counts(lang: Lang, r: &gongzhi_core::rules::paper::PaperReport) -> String {
    match lang {
        Lang::Zh => format!(
            "不一致 {} 张 · 待另一轮 {} 张 · 一致待确认 {} 张 · 已计票 {} 张",
            r.mismatched, r.awaiting, r.agreed, r.counted
        ),
        Lang::En => format!(
            "{} disagree · {} awaiting a keying · {} agreed · {} counted",
            r.mismatched, r.awaiting, r.agreed, r.counted
        ),
    }
}

/// What confirming the agreed sheets did, with each sheet that could not count and why.
pub fn confirmed_text(lang: Lang, recorded: usize, skipped: &[String]) -> String {
    let head = match lang {
        Lang::Zh => format!("已计入 {recorded} 张表决票。"),
        Lang::En => format!("{recorded} ballots counted."),
    };
    if skipped.is_empty() {
        return head;
    }
    match lang {
        Lang::Zh => format!("{head}未计入 {} 张：{}", skipped.len(), skipped.join("；")),
        Lang::En => format!(
            "{head} {} not counted: {}",
            skipped.len(),
            skipped.join("; ")
        ),
    }
}
