//! Texts of self-raised funds: pledges, payments, spending, refunds and activities.

use super::lang::Lang;
use super::project::amount_error;
use super::units::{date_only, money, share};

messages! {
    FundsTitle => "居民自筹", "Self-raised funds";
    FundsIntro =>
        "居民为共同的事自己筹钱，比如沿河种樱花树。每户认捐和实缴都记录在案，可以公示；结余按各户实缴比例退还，或经大家同意另作他用。",
        "Residents raise money themselves for a shared purpose, such as cherry trees along the river. Each household's pledge and payment is on record and can be posted; what is left is refunded by what each paid, or put to another agreed use.";
    FundsEmpty => "还没有自筹项目。", "No self-raised funds yet.";
    FundsLink => "居民自筹与活动", "Self-raised funds and activities";
    FundOpen => "发起自筹", "Start a fund";
    FundTitleLabel => "自筹用途", "What the money is for";
    FundTarget => "目标金额（元）", "Target (yuan)";
    FundForProposal => "对应项目（可不选）：", "For the project (optional):";
    FundProgress => "筹款进度", "Progress";
    FundSettledBadge => "已结算", "Settled";
    FundNotFound => "找不到这个自筹项目", "Fund not found";
    FundSpentLabel => "已支出", "Spent";
    FundBalance => "余额", "Balance";
    FundList => "各户认捐与实缴（公示）", "Each household's pledge and payment (for posting)";
    FundListEmpty => "还没有住户认捐或缴款。", "No household has pledged or paid yet.";
    FundPledgedLabel => "认捐", "Pledged";
    FundNoPledge => "未单独认捐", "no separate pledge";
    FundPaidLabel => "实缴", "Paid";
    FundRefundLabel => "退还", "Refund";
    FundPrint => "打印公示名单", "Print the list";
    FundRecordOne => "登记一户", "Record one household";
    FundEntryKind => "登记类型", "Kind of entry";
    FundRecord => "登记", "Record";
    FundPasteTitle => "按名单登记实缴", "Record payments from a list";
    FundPasteHint =>
        "每行一户：房号或住户码、空格、金额（元），如“4-1-101 70”。全部核对无误后才会保存。",
        "One household per line: flat or household code, a space, the amount in yuan, e.g. “4-1-101 70”. Nothing is saved until every line is right.";
    FundPasteConfirm => "确认登记这些实缴", "Record these payments";
    FundSettle => "结算", "Settle the fund";
    FundSettleHint =>
        "款项收齐、支出登记完毕后结算：结余按各户实缴比例退还，或经大家同意另作他用。",
        "Settle once every payment and expense is recorded: the balance goes back by what each household paid, or to another use everyone agreed on.";
    FundSettleOpen => "结算本基金…", "Settle this fund…";
    FundSettleQuestion => "确定结算本基金？", "Settle this fund?";
    FundSettleFinal =>
        "结算后不能撤销，本基金不能再登记收款或支出。",
        "Settling cannot be undone: no more payments or expenses can be recorded for this fund.";
    FundSettleConfirm => "确认结算", "Yes, settle it";
    FundSurplus => "结余处理", "What happens to the balance";
    FundRefund => "按各户实缴比例退还", "Refund by what each household paid";
    FundReassign => "经大家同意另作他用", "Put to another agreed use";
    FundReassignNote => "结余用途", "Where the balance goes";
    FundReassignRequired => "请写明结余用途。", "Please say where the balance goes.";
    ActivitiesTitle => "活动", "Activities";
    ActivitiesEmpty => "还没有记录活动。", "No activities recorded yet.";
    ActivityRecord => "记录一次活动", "Record an activity";
    ActivityTitleLabel => "活动名称", "Activity";
    ActivityDate => "日期（不填为今天）", "Date (empty: today)";
    ActivityParticipants => "参加人数", "People taking part";
    ActivityFund => "经费来自（可不选）", "Paid from (optional)";
    ActivityPaidFrom => "经费来自：", "Paid from:";
}

/// `已筹 2,000.00 元 / 目标 2,000.00 元（100.0%），28 户`.
pub fn fund_progress(
    lang: Lang,
    received: gongzhi_core::Fen,
    target: gongzhi_core::Fen,
    households: usize,
) -> String {
    let pct = share(lang, received.0.max(0) as u64, target.0.max(0) as u64);
    let (got, goal) = (money(lang, received), money(lang, target));
    match lang {
        Lang::Zh => format!("已筹 {got} / 目标 {goal}（{pct}），{households} 户"),
        Lang::En => format!("{got} of {goal} raised ({pct}) from {households} households"),
    }
}

/// A pasted list before and after it is recorded: `28 户，共 2,000.00 元`.
pub fn payments_summary(
    lang: Lang,
    households: usize,
    total: gongzhi_core::Fen,
    done: bool,
) -> String {
    let sum = money(lang, total);
    match (lang, done) {
        (Lang::Zh, false) => format!("核对无误：{households} 户，共 {sum}。"),
        (Lang::Zh, true) => format!("已登记 {households} 户实缴，共 {sum}。"),
        (Lang::En, false) => format!("All lines are right: {households} households, {sum} in all."),
        (Lang::En, true) => format!("Recorded payments of {households} households, {sum} in all."),
    }
}

pub fn payment_problem_text(
    lang: Lang,
    problem: &gongzhi_core::rules::funds::EntryProblem,
) -> String {
    use gongzhi_core::rules::funds::EntryProblem as P;
    match (problem, lang) {
        (P::Shape, Lang::Zh) => "应为“房号 金额”，中间用空格隔开。".into(),
        (P::Shape, Lang::En) => "should be “flat amount”, separated by a space.".into(),
        (P::UnknownFlat(f), Lang::Zh) => format!("找不到房号或住户码“{f}”。"),
        (P::UnknownFlat(f), Lang::En) => format!("no flat or household code “{f}”."),
        (P::Amount(e), _) => amount_error(*e).text(lang).into(),
        (P::Zero, Lang::Zh) => "金额应大于零。".into(),
        (P::Zero, Lang::En) => "the amount must be more than zero.".into(),
        (P::AmbiguousFlat(f, compounds), Lang::Zh) => {
            format!("“{f}”在{}都有，请改填住户码。", compounds.join("、"))
        }
        (P::AmbiguousFlat(f, compounds), Lang::En) => format!(
            "“{f}” exists in {}: write its household code instead.",
            compounds.join(", ")
        ),
        (P::FlatElsewhere(f, compounds), Lang::Zh) => {
            format!("“{f}”在{}，不在本次筹款范围内。", compounds.join("、"))
        }
        (P::FlatElsewhere(f, compounds), Lang::En) => {
            format!("“{f}” is in {}, outside this fund.", compounds.join(", "))
        }
        (P::Repeated(f), Lang::Zh) => format!("“{f}”在名单里出现了两次。"),
        (P::Repeated(f), Lang::En) => format!("“{f}” appears twice in the list."),
    }
}

/// What settling now would do with the balance.
pub fn refund_preview(lang: Lang, balance: gongzhi_core::Fen, households: usize) -> String {
    let left = money(lang, balance);
    match lang {
        Lang::Zh => format!("现有余额 {left}；如退还，将按实缴比例退给 {households} 户，精确到分。"),
        Lang::En => format!("The balance is {left}; a refund goes to {households} households by what each paid, to the fen."),
    }
}

/// How a settled fund ended.
pub fn surplus_text(
    lang: Lang,
    surplus: &gongzhi_core::model::Surplus,
    balance: gongzhi_core::Fen,
    at_ms: i64,
) -> String {
    use gongzhi_core::model::Surplus;
    let (day, left) = (date_only(lang, at_ms), money(lang, balance));
    match (surplus, lang) {
        (Surplus::Refund, Lang::Zh) => format!("{day} 结算：结余 {left} 按各户实缴比例退还。"),
        (Surplus::Refund, Lang::En) => {
            format!("Settled on {day}: the balance of {left} is refunded by what each paid.")
        }
        (Surplus::Reassign { note }, Lang::Zh) => {
            format!(
                "{day} 结算：结余 {left} 用于{}。",
                super::units::clause(note)
            )
        }
        (Surplus::Reassign { note }, Lang::En) => {
            format!(
                "Settled on {day}: the balance of {left} goes to {}.",
                super::units::clause(note)
            )
        }
    }
}

/// `2027年3月12日 · 41 人参加`.
pub fn activity_line(lang: Lang, day: &str, participants: u32) -> String {
    match lang {
        Lang::Zh => format!("{day} · {participants} 人参加"),
        Lang::En => format!("{day} · {participants} taking part"),
    }
}
