//! Texts of the posted result sheet and of its QR code's lines for a person: every choice by
//! owners and by area, the voting period as it happened, and the result in a sentence.

use super::lang::Lang;
use super::msg::Msg;
use super::units::{date_time, money, square_metres};
use super::vote::{choice_name, council_counts};
use gongzhi_core::model::Choice;
use gongzhi_core::rules::owners::OwnersResult;
use gongzhi_core::rules::tally::VoteResult;
use gongzhi_core::CentiM2;

messages! {
    PrintResult => "打印结果公示（A4）", "Print the result notice (A4)";
    ResultNotice => "表决结果公示", "Notice of a vote's result";
    FundNotice => "自筹资金公示", "Notice of a self-raised fund";
    ProjectNotice => "项目公示", "Public notice of a project";
    FinalAccounts => "项目决算公示", "Final accounts of a project";
    ProjectReport => "项目情况", "Project report";
    PrintPosted => "打印", "Print:";
    PrintedAt => "打印时间：", "Printed:";

    QrTitle => "结果二维码", "Result QR code";
    QrLabel => "表决结果二维码", "QR code of the vote result";
    QrHint =>
        "用手机扫描二维码，可以看到本次表决的票数、结论和核对码。",
        "Scan the code with a phone to see this vote's counts, verdict and check code.";
    HowToCheck =>
        "如何核对：向社区索取本次表决的记录文件，在共治应用的“交换记录”页选择“只读查看”打开，本表决下显示的核对码与下面这一串相同，就说明张贴的结果与记录一致，没有被改动。",
        "To check: open this vote's record file (ask the community for it) read-only on the Gongzhi exchange page; if its check code for this vote is the one below, this is the result on record.";
    CheckCode => "核对码：", "Check code:";
    ProjectQrHint =>
        "用手机扫描二维码，可以看到本项目的阶段、预算、资金和支出，以及核对码。",
        "Scan the code with a phone to see this project's stage, budget, funding and spending, and its check code.";
    FundQrHint =>
        "用手机扫描二维码，可以看到本项资金的目标、认捐、实收、支出和余额，以及核对码。",
        "Scan the code with a phone to see this fund's target, pledges, money received, spent and held, and its check code.";
    ProjectQrTitle => "项目二维码", "Project QR code";
    ProjectQrLabel => "项目公示二维码", "QR code of the project";
    HowToCheckProject =>
        "如何核对：向社区索取本项目的记录文件，在共治应用的“交换记录”页选择“只读查看”打开，本项目下显示的核对码与下面这一串相同，就说明张贴的内容与记录一致。",
        "To check: open this project's record file (ask the community for it) read-only on the Gongzhi exchange page; if its check code for this project is the one below, this is what is on record.";
    FundQrTitle => "公示名单二维码", "QR code of the list";
    FundQrLabel => "自筹资金公示二维码", "QR code of the fund's list";
    HowToCheckFund =>
        "如何核对：向社区索取本项资金的记录文件，在共治应用的“交换记录”页选择“只读查看”打开，这项资金下显示的核对码与下面这一串相同，就说明张贴的名单和账目与记录一致。",
        "To check: open this fund's record file (ask the community for it) read-only on the Gongzhi exchange page; if its check code for this fund is the one below, this list and its accounts are what is on record.";
    VoteScope => "表决范围：", "Who votes:";
    ChoiceCounts => "各选项票数", "Votes by choice";
    OwnersColumn => "业主人数", "Owners";
    AreaColumn => "专有部分面积", "Area";
    NotVotedOwners => "未投票", "Not voted";
    QrText => "二维码中的文字", "The text in the QR code";
}

/// Each choice with its owners and area, then those in scope who did not vote:
/// `(同意, 9, 1,000.00 ㎡)`.
pub fn owners_choices(lang: Lang, r: &OwnersResult) -> Vec<(String, String, String)> {
    let not_voted = (
        r.owners.saturating_sub(r.participating_owners),
        CentiM2(r.area.0.saturating_sub(r.participating_area.0)),
    );
    let rows = [
        (
            choice_name(Choice::Yes).text(lang),
            r.yes_owners,
            r.yes_area,
        ),
        (choice_name(Choice::No).text(lang), r.no_owners, r.no_area),
        (
            choice_name(Choice::Abstain).text(lang),
            r.abstain_owners,
            r.abstain_area,
        ),
        (Msg::NotVotedOwners.text(lang), not_voted.0, not_voted.1),
    ];
    rows.into_iter()
        .map(|(name, owners, area)| (name.to_string(), owners.to_string(), square_metres(area)))
        .collect()
}

/// `表决时间：2026年12月2日 22:02 至 2026年12月9日 22:02（已结束）`: the close as it happened, or
/// the deadline while the vote is open.
pub fn vote_period(lang: Lang, opened_ms: i64, closes_ms: i64, closed_ms: Option<i64>) -> String {
    let from = date_time(lang, opened_ms);
    match (lang, closed_ms) {
        (Lang::Zh, Some(at)) => format!("表决时间：{from} 至 {}（已结束）", date_time(lang, at)),
        (Lang::Zh, None) => format!("表决时间：{from} 起，截止 {}", date_time(lang, closes_ms)),
        (Lang::En, Some(at)) => format!("Voting: {from} to {} (closed)", date_time(lang, at)),
        (Lang::En, None) => format!("Voting: from {from}, until {}", date_time(lang, closes_ms)),
    }
}

/// The lines a scanner shows under the QR code's machine lines, for a resident.
pub fn vote_reader_lines(
    lang: Lang,
    title: &str,
    result: &VoteResult,
    closed_ms: Option<i64>,
) -> Vec<String> {
    let verdict = if result.passed() {
        Msg::ResultPassed
    } else {
        Msg::ResultNotPassed
    }
    .text(lang);
    let state = match (lang, closed_ms) {
        (Lang::Zh, Some(at)) => format!("结果：{verdict}（{} 结束）", date_time(lang, at)),
        (Lang::Zh, None) => "表决进行中，结果未定".to_string(),
        (Lang::En, Some(at)) => format!("Result: {verdict} (closed {})", date_time(lang, at)),
        (Lang::En, None) => "Voting is open; not final".to_string(),
    };
    let mut lines = vec![title.to_string(), state];
    match result {
        VoteResult::Council(r) => lines.extend(council_counts(lang, r)),
        VoteResult::Owners(r) => lines.extend(owners_choices(lang, r).into_iter().map(
            |(choice, owners, area)| match lang {
                Lang::Zh => format!("{choice} {owners} 人，{area}"),
                Lang::En => format!("{choice}: {owners} owners, {area}"),
            },
        )),
    }
    lines
}

/// The lines a scanner shows under a project's machine lines: its title, where it stands, and
/// its money.
pub fn project_reader_lines(
    lang: Lang,
    title: &str,
    standing: &str,
    l: &gongzhi_core::rules::ledger::Ledger,
) -> Vec<String> {
    let (budget, funding, spent) = (
        money(lang, l.budget),
        money(lang, l.funding),
        money(lang, l.spent),
    );
    let money = match lang {
        Lang::Zh => format!("预算 {budget}，资金来源 {funding}，已支出 {spent}"),
        Lang::En => format!("Budget {budget}, funding {funding}, spent {spent}"),
    };
    vec![title.to_string(), standing.to_string(), money]
}

/// The lines a scanner shows under a fund's machine lines: its title, what was raised from how
/// many households, what was spent and what it holds, and its settlement once settled.
pub fn fund_reader_lines(lang: Lang, f: &gongzhi_core::rules::state::Fund) -> Vec<String> {
    let (spent, balance) = (money(lang, f.spent), money(lang, f.balance()));
    let mut lines = vec![
        f.title.clone(),
        super::funds::fund_progress(
            lang,
            f.received,
            f.target,
            gongzhi_core::rules::funds::contributors(f),
        ),
        match lang {
            Lang::Zh => format!("已支出 {spent}，余额 {balance}"),
            Lang::En => format!("Spent {spent}, balance {balance}"),
        },
    ];
    if let Some(s) = &f.settled {
        lines.push(super::funds::surplus_text(
            lang, &s.surplus, s.amount, s.at_ms,
        ));
    }
    lines
}
