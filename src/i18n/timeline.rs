//! One line per step of a project's timeline.

use super::lang::Lang;
use super::msg::Msg;
use super::units::{date_only, date_time, money};

/// One line of a proposal's timeline.
pub fn step_text(lang: Lang, step: &gongzhi_core::read::timeline::StepKind) -> String {
    use gongzhi_core::read::timeline::StepKind as S;
    let zh = lang == Lang::Zh;
    match step {
        S::RequestRaised { title } if zh => format!("居民提出诉求“{title}”"),
        S::RequestRaised { title } => format!("Request raised: “{title}”"),
        S::Drafted if zh => "起草项目方案".into(),
        S::Drafted => "Plan drafted".into(),
        S::Revised { renamed: None } if zh => "修改预算".into(),
        S::Revised { renamed: None } => "Budget revised".into(),
        S::Revised { renamed: Some(t) } if zh => format!("修改方案，更名为“{t}”"),
        S::Revised { renamed: Some(t) } => format!("Plan revised and renamed “{t}”"),
        S::NoticePosted { closes_ms } if zh => {
            format!("发布公示，至 {} 结束", date_time(lang, *closes_ms))
        }
        S::NoticePosted { closes_ms } => {
            format!(
                "Posted on public notice until {}",
                date_time(lang, *closes_ms)
            )
        }
        S::Response { stance } => {
            let m = super::project::stance_name(*stance);
            if zh {
                format!("居民意见：{}", m.text(lang))
            } else {
                format!("Resident response: {}", m.text(lang))
            }
        }
        S::Roadshow { presenter } if zh => format!("{presenter} 在社区议事会路演"),
        S::Roadshow { presenter } => format!("{presenter} presented it to the council"),
        S::VoteOpened { .. } if zh => "提交社区议事会表决".into(),
        S::VoteOpened { .. } => "Put to the council vote".into(),
        S::HandsCounted if zh => "登记举手表决结果".into(),
        S::HandsCounted => "Show-of-hands count recorded".into(),
        S::VoteClosed { passed, .. } => {
            let verdict = if *passed {
                Msg::ResultPassed
            } else {
                Msg::ResultNotPassed
            };
            if zh {
                format!("表决结束：{}", verdict.text(lang))
            } else {
                format!("Vote closed: {}", verdict.text(lang))
            }
        }
        S::ContractorSelectionStarted if zh => "开始比选施工单位".into(),
        S::ContractorSelectionStarted => "Contractor selection started".into(),
        S::BidSubmitted { contractor, amount } if zh => {
            format!("{contractor} 报价 {}", money(lang, *amount))
        }
        S::BidSubmitted { contractor, amount } => {
            format!("{contractor} quoted {}", money(lang, *amount))
        }
        S::ContractorChosen { .. } if zh => "选定施工单位".into(),
        S::ContractorChosen { .. } => "Contractor chosen".into(),
        S::Pledged { amount } if zh => format!("住户认捐 {}", money(lang, *amount)),
        S::Pledged { amount } => format!("Household pledged {}", money(lang, *amount)),
        S::Received { amount } if zh => format!("收到自筹款 {}", money(lang, *amount)),
        S::Received { amount } => format!("Received {}", money(lang, *amount)),
        S::Spent {
            amount,
            description,
            payee,
            line,
        } => {
            let amount = match (zh, payee.is_empty()) {
                (_, true) => money(lang, *amount),
                (true, false) => format!("{}，付给 {payee}", money(lang, *amount)),
                (false, false) => format!("{} to {payee}", money(lang, *amount)),
            };
            match (zh, line) {
                (true, Some(line)) => format!("支出 {amount}：{description}（预算项目：{line}）"),
                (true, None) => format!("支出 {amount}：{description}（预算外）"),
                (false, Some(line)) => {
                    format!("Spent {amount}: {description} (budget line: {line})")
                }
                (false, None) => format!("Spent {amount}: {description} (outside the budget)"),
            }
        }
        S::WorkAccepted { report: None } if zh => "工程验收".into(),
        S::WorkAccepted { report: None } => "Work accepted".into(),
        S::WorkAccepted { report: Some(r) } => {
            let day = date_only(lang, r.on_ms);
            let names = r.inspectors.join(if zh { "、" } else { ", " });
            let photo = r
                .photo_sha256
                .as_ref()
                .map(|h| {
                    let sep = if zh { "；" } else { "; " };
                    format!("{sep}{} {h}", Msg::PhotoHash.text(lang))
                })
                .unwrap_or_default();
            if zh {
                format!(
                    "{day} 工程验收，验收人：{names}；验收意见：{}{photo}",
                    r.findings
                )
            } else {
                format!(
                    "Work accepted on {day} by {names}; findings: {}{photo}",
                    r.findings
                )
            }
        }
        S::Closed { note } if note.is_empty() => {
            if zh {
                "项目结项".into()
            } else {
                "Project closed".into()
            }
        }
        S::Closed { note } if zh => format!("项目结项：{note}"),
        S::Closed { note } => format!("Project closed: {note}"),
    }
}
