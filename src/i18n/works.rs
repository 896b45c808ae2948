//! Texts of the works: contractor comparison (比选), quotes, spending and acceptance.

use super::lang::Lang;
use super::msg::Msg;
use super::units::{date_only, money};

messages! {
    SelectionTitle => "比选施工单位", "Choosing a contractor";
    SelectionHint =>
        "表决通过后，居民小组议事会邀请几家施工单位报价，并列比较后选定，并记录理由和决定的会议。",
        "After the vote, the resident-group council invites quotes, compares them side by side and chooses, recording why and at which meeting.";
    SelectionStart => "开始比选", "Start comparing quotes";
    QuoteCompany => "施工单位", "Contractor";
    QuotePrice => "报价", "Price";
    QuoteDuration => "工期", "Duration";
    QuoteWarranty => "保修期", "Warranty";
    QuoteInterest => "利益关联声明", "Declared interests";
    QuoteChosen => "已选定", "Chosen";
    QuoteLowest => "最低价", "Lowest price";
    QuoteAdd => "登记报价", "Record a quote";
    QuoteTableLabel => "报价比较表", "Quotes compared";
    QuotePriceYuan => "报价（元）", "Price (yuan)";
    QuoteDurationDays => "工期（天，可不填）", "Duration (days, optional)";
    QuoteWarrantyMonths => "保修期（月，可不填）", "Warranty (months, optional)";
    InterestNone => "声明无利益关联", "Declared no ties";
    InterestDeclaredChoice => "声明有利益关联", "Declared a tie";
    InterestUnknown => "未作声明", "No declaration";
    QuoteTie => "关联情况", "The tie declared";
    QuoteNote => "备注（可不填）", "Notes (optional)";
    QuoteCompanyRequired => "请填写施工单位名称。", "Please enter the contractor's name.";
    QuoteCountInvalid => "工期和保修期应为正整数（天、月）。", "Duration and warranty must be whole numbers (days, months).";
    SelectionChoose => "选定施工单位", "Choose the contractor";
    SelectionChooseOpen => "选定施工单位…", "Choose the contractor…";
    SelectionChooseQuestion => "选定这家施工单位？", "Choose this contractor?";
    SelectionChooseFinal =>
        "选定后不能更改：选定理由和作出决定的会议会随项目一并公示。",
        "The choice cannot be changed afterwards: its reason and the meeting that decided it are posted with the project.";
    SelectionReason => "选定理由", "Reason for the choice";
    SelectionMeeting => "作出决定的会议", "Meeting that decided it";
    SelectionMeetingDate => "会议日期（不填为今天）", "Meeting date (empty: today)";
    SelectionMeetingDefault => "居民小组议事会比选会议", "Resident-group council meeting on the quotes";
    SelectionReasonRequired => "请填写选定理由。", "Please give the reason for the choice.";
    SpendingTitle => "预算执行", "Budget against actual";
    LedgerBudget => "预算", "Budget";
    LedgerSpent => "实际支出", "Spent";
    LedgerDifference => "节余或超支", "Saved or over";
    ExpenseOutsideBudget => "预算外支出", "Outside the budget";
    ExpenseAdd => "登记支出", "Record an expense";
    ExpenseLine => "预算明细", "Budget line";
    ExpenseDescription => "支出说明", "What was paid for";
    ExpensePayee => "收款方", "Paid to";
    ExpenseDate => "日期", "Date";
    ExpensePaidOn => "付款日期（不填为今天）", "Paid on (blank for today)";
    ExpenseListTitle => "支出明细", "Every expense";
    ExpenseDescriptionRequired => "请填写支出说明。", "Please say what was paid for.";
    ExpenseRecordedMsg => "支出已记录。", "The expense is recorded.";
    AcceptWork => "工程验收", "Accept the work";
    CloseProject => "项目结项", "Close the project";
    AcceptanceHint =>
        "记录验收的日期、参加验收的人和验收意见。验收后不能再登记支出。",
        "Record the day of the inspection, who inspected and what they found. After acceptance no more expenses can be recorded.";
    AcceptanceDate => "验收日期", "Day of the inspection";
    AcceptanceInspectors => "验收人（用顿号或逗号分隔）", "Inspected by (separate names with commas)";
    AcceptanceInspectorsHint => "例如：刘德明、监理 陈工", "e.g. Liu Deming, site supervisor Chen";
    AcceptanceFindings => "验收意见", "Findings";
    AcceptancePhoto => "现场照片（可选，只记录其 SHA-256，照片本身不存入记录）", "Photo (optional; only its SHA-256 is recorded, not the photo)";
    AcceptancePhotoTooLarge => "照片超过 64 MB，无法计算。", "The photo is over 64 MB.";
    AcceptancePhotoUnreadable => "无法读取这张照片。", "This photo cannot be read.";
    AcceptanceConfirm => "确认验收", "Record the acceptance";
    PhotoHash => "照片 SHA-256", "Photo SHA-256";
    CloseProjectConfirmText =>
        "结项后项目不能再登记收支或变更。确定结项吗？",
        "Once closed, no money can be recorded against the project and nothing changes. Close it?";
    CloseProjectNote => "结项说明（可选）", "Closing note (optional)";
    CloseProjectConfirm => "确认结项", "Yes, close the project";
}

/// A declaration of interests as the quote table shows it.
pub fn interest_text(lang: Lang, interest: &gongzhi_core::model::Interest) -> String {
    use gongzhi_core::model::Interest;
    match interest {
        Interest::Unknown => Msg::InterestUnknown.text(lang).into(),
        Interest::NoneDeclared => Msg::InterestNone.text(lang).into(),
        Interest::Declared(tie) => match lang {
            Lang::Zh => format!("声明：{tie}"),
            Lang::En => format!("Declared: {tie}"),
        },
    }
}

/// A quote against the budget: `比预算低 1,500.00 元` / `1,500.00 yuan under budget`.
pub fn budget_gap(lang: Lang, diff: gongzhi_core::Fen) -> String {
    use gongzhi_core::Fen;
    let by = money(lang, Fen(diff.0.abs()));
    match (lang, diff.0.signum()) {
        (Lang::Zh, -1) => format!("比预算低 {by}"),
        (Lang::Zh, 1) => format!("超出预算 {by}"),
        (Lang::Zh, _) => "与预算持平".into(),
        (Lang::En, -1) => format!("{by} under budget"),
        (Lang::En, 1) => format!("{by} over budget"),
        (Lang::En, _) => "equal to the budget".into(),
    }
}

/// Spent minus budget of a line or a project: `节余 1,500.00 元` / `超支 200.00 元`.
pub fn ledger_difference(lang: Lang, spent_minus_budget: gongzhi_core::Fen) -> String {
    use gongzhi_core::Fen;
    let by = money(lang, Fen(spent_minus_budget.0.abs()));
    match (lang, spent_minus_budget.0.signum()) {
        (Lang::Zh, -1) => format!("节余 {by}"),
        (Lang::Zh, 1) => format!("超支 {by}"),
        (Lang::Zh, _) => "持平".into(),
        (Lang::En, -1) => format!("{by} saved"),
        (Lang::En, 1) => format!("{by} over"),
        (Lang::En, _) => "on budget".into(),
    }
}

/// `预算 36,000.00 元，实际支出 34,500.00 元，节余 1,500.00 元`.
pub fn ledger_summary(lang: Lang, budget: gongzhi_core::Fen, spent: gongzhi_core::Fen) -> String {
    let diff = ledger_difference(lang, gongzhi_core::Fen(spent.0 - budget.0));
    match lang {
        Lang::Zh => format!(
            "预算 {}，实际支出 {}，{diff}",
            money(lang, budget),
            money(lang, spent)
        ),
        Lang::En => format!(
            "Budget {}, spent {}: {diff}",
            money(lang, budget),
            money(lang, spent)
        ),
    }
}

/// The recorded choice: who, for how much, why, and where it was decided.
pub fn selection_text(
    lang: Lang,
    contractor: &str,
    amount: gongzhi_core::Fen,
    reason: &str,
    meeting: Option<(String, i64)>,
) -> String {
    let price = money(lang, amount);
    let reason = super::units::clause(reason);
    let at = meeting.map(|(title, at_ms)| (title, date_only(lang, at_ms)));
    match (lang, at) {
        (Lang::Zh, Some((title, day))) => {
            format!("选定 {contractor}（{price}）。理由：{reason}。由 {day} 的{title}决定。")
        }
        (Lang::Zh, None) => format!("选定 {contractor}（{price}）。理由：{reason}。"),
        (Lang::En, Some((title, day))) => {
            format!(
                "Chose {contractor} ({price}). Reason: {reason}. Decided at the {title} on {day}."
            )
        }
        (Lang::En, None) => format!("Chose {contractor} ({price}). Reason: {reason}."),
    }
}

/// The warning under a comparison with too few quotes.
pub fn too_few_quotes(lang: Lang, quotes: usize, min: usize) -> String {
    match lang {
        Lang::Zh => format!("目前只有 {quotes} 家报价，少于 {min} 家，比选可能不够充分。"),
        Lang::En => format!(
            "Only {quotes} quotes so far, fewer than {min}: the comparison may not be fair enough."
        ),
    }
}
