//! Texts of a plan's money: a budget its funding does not match.

use super::lang::Lang;
use super::units::money;

/// "预算合计 5,700.50 元，资金来源合计 5,000.00 元，资金缺口 700.50 元。"
pub fn funding_gap_text(lang: Lang, gap: &gongzhi_core::rules::ledger::FundingGap) -> String {
    let (budget, funding) = (money(lang, gap.budget), money(lang, gap.funding));
    let diff = gap.difference();
    let by = money(lang, gongzhi_core::Fen(diff.0.abs()));
    match (lang, diff.0 < 0) {
        (Lang::Zh, true) => format!("预算合计 {budget}，资金来源合计 {funding}，资金缺口 {by}。"),
        (Lang::Zh, false) => {
            format!("预算合计 {budget}，资金来源合计 {funding}，资金超出预算 {by}。")
        }
        (Lang::En, true) => {
            format!("The budget totals {budget} and the funding {funding}: {by} short.")
        }
        (Lang::En, false) => format!(
            "The budget totals {budget} and the funding {funding}: {by} more than the budget."
        ),
    }
}
