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
        SubmitError::OwnChainDamaged => Msg::OwnChainDamaged.text(lang).to_string(),
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

/// A proposal's badge: its stage, or that its notice period is over (see `lifecycle::standing`).
pub fn standing_name(standing: gongzhi_core::lifecycle::Standing) -> Msg {
    use gongzhi_core::lifecycle::Standing;
    match standing {
        Standing::At(stage) => stage_name(stage),
        Standing::NoticeEnded => Msg::StageNoticeEnded,
    }
}

/// While wrong PINs make the next try wait: `连续输错多次，请等 1 分 05 秒后再试。`
pub fn pin_wait_text(lang: Lang, left_ms: i64) -> String {
    let secs = (left_ms.max(0) + 999) / 1000;
    let (m, s) = (secs / 60, secs % 60);
    match lang {
        Lang::Zh if m > 0 => format!("连续输错多次，请等 {m} 分 {s:02} 秒后再试。"),
        Lang::Zh => format!("连续输错多次，请等 {s} 秒后再试。"),
        Lang::En if m > 0 => format!("Too many wrong PINs: try again in {m} min {s:02} s."),
        Lang::En => format!("Too many wrong PINs: try again in {s} s."),
    }
}

/// A vote's link, named for what it opens: a council vote on a project shares its title.
pub fn vote_link_text(lang: Lang, council: bool, title: &str) -> String {
    match (lang, council) {
        (Lang::Zh, true) => format!("议事会表决：{title}"),
        (Lang::Zh, false) => format!("业主表决：{title}"),
        (Lang::En, true) => format!("Council vote: {title}"),
        (Lang::En, false) => format!("Owners' vote: {title}"),
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

/// `78.6%`, or "none yet" in the reader's language when there is nothing to divide by.
pub fn share(lang: Lang, part: u64, whole: u64) -> String {
    gongzhi_core::numbers::percent_of(part, whole)
        .unwrap_or_else(|| Msg::MeterNoneYet.text(lang).to_string())
}

/// A council tally in plain words: "同意 25 票，需 25 票（全体 37 名成员的三分之二）".
pub fn council_counts(lang: Lang, r: &gongzhi_core::council::CouncilResult) -> Vec<String> {
    let pct = |part, whole| share(lang, part, whole);
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

pub fn amount_error(error: gongzhi_core::numbers::AmountError) -> Msg {
    use gongzhi_core::numbers::AmountError;
    match error {
        AmountError::Empty => Msg::AmountEmpty,
        AmountError::NotANumber => Msg::AmountNotANumber,
        AmountError::Negative => Msg::AmountNegative,
        AmountError::TooManyDecimals => Msg::AmountTooManyDecimals,
        AmountError::TooLarge => Msg::AmountTooLarge,
    }
}

pub fn funding_name(source: gongzhi_core::model::FundingSource) -> Msg {
    use gongzhi_core::model::FundingSource;
    match source {
        FundingSource::PublicServiceFunds => Msg::FundingPublic,
        FundingSource::MaintenanceFund => Msg::FundingMaintenance,
        FundingSource::SelfRaised => Msg::FundingSelfRaised,
        FundingSource::Other => Msg::FundingOther,
    }
}

/// `第 2 行：` / `Line 2: ` before a form row's problem.
pub fn line_prefix(lang: Lang, line: usize) -> String {
    match lang {
        Lang::Zh => format!("第 {line} 行："),
        Lang::En => format!("Line {line}: "),
    }
}

/// `还有 3 天 4 小时` / `3 days 4 hours left` until `until_ms`.
pub fn time_left(lang: Lang, now_ms: i64, until_ms: i64) -> String {
    let minutes = (until_ms - now_ms).max(0) / 60_000;
    let (days, hours, mins) = (minutes / 1_440, minutes % 1_440 / 60, minutes % 60);
    match lang {
        Lang::Zh if days > 0 => format!("还有 {days} 天 {hours} 小时"),
        Lang::Zh => format!("还有 {hours} 小时 {mins} 分钟"),
        Lang::En if days > 0 => format!("{days} days {hours} hours left"),
        Lang::En => format!("{hours} hours {mins} minutes left"),
    }
}

/// `支持 3 条，反对 1 条` / `3 in support, 1 objecting`.
pub fn response_counts(lang: Lang, support: usize, objection: usize) -> String {
    match lang {
        Lang::Zh => format!("支持 {support} 条，反对 {objection} 条"),
        Lang::En => format!("{support} in support, {objection} objecting"),
    }
}

/// One line of a proposal's timeline.
pub fn step_text(lang: Lang, step: &gongzhi_core::timeline::StepKind) -> String {
    use gongzhi_core::model::Stance;
    use gongzhi_core::timeline::StepKind as S;
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
            let m = match stance {
                Stance::Support => Msg::StanceSupport,
                Stance::Objection => Msg::StanceObjection,
            };
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

/// `全社区`, `北苑小区`, `北苑小区 1 栋`: where a request, project or vote applies.
pub fn scope_name(
    lang: Lang,
    state: &gongzhi_core::State,
    scope: &gongzhi_core::model::Scope,
) -> String {
    use gongzhi_core::model::Scope;
    let compound = |id| {
        state
            .compounds
            .get(id)
            .map_or("?", |c| c.name.as_str())
            .to_string()
    };
    let building = |id| {
        state.buildings.get(id).map_or_else(
            || "?".to_string(),
            |b| match lang {
                Lang::Zh => format!("{} {} 栋", compound(&b.compound), b.name),
                Lang::En => format!("{} building {}", compound(&b.compound), b.name),
            },
        )
    };
    match scope {
        Scope::Community => Msg::ScopeCommunity.text(lang).to_string(),
        Scope::Compound(id) => compound(id),
        Scope::Building(id) => building(id),
        Scope::Unit(id) => state.units.get(id).map_or_else(
            || "?".to_string(),
            |u| match lang {
                Lang::Zh => format!("{} {} 单元", building(&u.building), u.name),
                Lang::En => format!("{} unit {}", building(&u.building), u.name),
            },
        ),
    }
}

pub fn matter_name(matter: u8) -> Msg {
    match matter {
        1 => Msg::Matter1,
        2 => Msg::Matter2,
        3 => Msg::Matter3,
        4 => Msg::Matter4,
        5 => Msg::Matter5,
        6 => Msg::Matter6,
        7 => Msg::Matter7,
        8 => Msg::Matter8,
        _ => Msg::Matter9,
    }
}

/// A meter's figures: `905 / 1,152 人（78.6%），需 768 人` / `905 of 1,152 (78.6%); 768 needed`;
/// areas in m² with two decimals, as the register writes them. Over an empty whole there is no
/// share and nothing can be needed, so it says "none yet" instead.
pub fn meter_figures(lang: Lang, meter: &gongzhi_core::owners::Meter) -> String {
    let m2 = |c: u64| format!("{}.{:02}", thousands(c / 100), c % 100);
    let count = |n: u64| {
        if meter.kind.by_area() {
            m2(n)
        } else {
            thousands(n)
        }
    };
    let (part, whole) = (count(meter.part), count(meter.whole));
    let pct = share(lang, meter.part, meter.whole);
    let needed = meter.needed.map(count);
    match (lang, meter.kind.by_area(), needed) {
        (Lang::Zh, false, Some(n)) => format!("{part} / {whole} 人（{pct}），需 {n} 人"),
        (Lang::Zh, true, Some(n)) => format!("{part} / {whole} 平方米（{pct}），需 {n} 平方米"),
        (Lang::Zh, false, None) => format!("{part} / {whole} 人（{pct}）"),
        (Lang::Zh, true, None) => format!("{part} / {whole} 平方米（{pct}）"),
        (Lang::En, false, Some(n)) => format!("{part} of {whole} ({pct}); {n} needed"),
        (Lang::En, true, Some(n)) => format!("{part} of {whole} m² ({pct}); {n} m² needed"),
        (Lang::En, false, None) => format!("{part} of {whole} ({pct})"),
        (Lang::En, true, None) => format!("{part} of {whole} m² ({pct})"),
    }
}

pub fn column_name(lang: Lang, column: gongzhi_core::roster::Column) -> &'static str {
    use gongzhi_core::roster::Column as C;
    match (lang, column) {
        (Lang::Zh, C::Building) => "楼栋",
        (Lang::Zh, C::Unit) => "单元",
        (Lang::Zh, C::Room) => "房号",
        (Lang::Zh, C::OwnerNames) => "业主姓名",
        (Lang::Zh, C::OwnerIds) => "证件号码",
        (Lang::Zh, C::Area) => "建筑面积",
        (Lang::Zh, C::AreaSource) => "面积依据",
        (Lang::Zh, C::Residents) => "居住人数",
        (Lang::En, C::Building) => "building (楼栋)",
        (Lang::En, C::Unit) => "unit (单元)",
        (Lang::En, C::Room) => "room (房号)",
        (Lang::En, C::OwnerNames) => "owner names (业主姓名)",
        (Lang::En, C::OwnerIds) => "masked IDs (证件号码)",
        (Lang::En, C::Area) => "floor area (建筑面积)",
        (Lang::En, C::AreaSource) => "area source (面积依据)",
        (Lang::En, C::Residents) => "residents (居住人数)",
    }
}

/// Why a roster file cannot be imported at all.
pub fn roster_error_text(lang: Lang, error: &gongzhi_core::roster::RosterError) -> String {
    use gongzhi_core::roster::{Mapped, Misfit, RosterError};
    let mapped_name = |m: &Mapped| match (lang, m) {
        (_, Mapped::Field(c)) => column_name(lang, *c),
        (Lang::Zh, Mapped::CombinedFlat) => "房屋编号",
        (Lang::En, Mapped::CombinedFlat) => "flat number (房屋编号)",
    };
    match error {
        RosterError::Empty if lang == Lang::Zh => "文件是空的。".into(),
        RosterError::Empty => "The file is empty.".into(),
        RosterError::MissingColumns { line, columns } => {
            let names: Vec<&str> = columns.iter().map(|c| column_name(lang, *c)).collect();
            match lang {
                Lang::Zh => format!("第 {line} 行的表头缺少这些列：{}。", names.join("、")),
                Lang::En => format!(
                    "The header (line {line}) lacks these columns: {}.",
                    names.join(", ")
                ),
            }
        }
        RosterError::Misfit(Misfit::NoHeaderRow { line }) => match lang {
            Lang::Zh => format!("文件没有第 {line} 行，无法按记住的列对应读取。"),
            Lang::En => {
                format!("The file has no line {line}; the remembered columns do not fit it.")
            }
        },
        RosterError::Misfit(Misfit::ColumnOutOfRange {
            mapped,
            index,
            columns,
        }) => match lang {
            Lang::Zh => format!(
                "“{}”对应第 {} 列，但表头只有 {columns} 列。",
                mapped_name(mapped),
                index + 1
            ),
            Lang::En => format!(
                "{} is set to column {}, but the header has only {columns} columns.",
                mapped_name(mapped),
                index + 1
            ),
        },
        RosterError::Misfit(Misfit::HeaderChanged {
            mapped,
            index,
            expected,
            found,
        }) => match lang {
            Lang::Zh => format!(
                "“{}”对应的第 {} 列表头原为“{expected}”，现在是“{found}”。",
                mapped_name(mapped),
                index + 1
            ),
            Lang::En => format!(
                "column {} for {} was headed “{expected}” and is now “{found}”.",
                index + 1,
                mapped_name(mapped)
            ),
        },
    }
}

/// One line's problem: `第 4 行：面积“abc”不是数字。`
pub fn line_problem_text(
    lang: Lang,
    line: usize,
    problem: &gongzhi_core::roster::LineProblem,
) -> String {
    use gongzhi_core::roster::LineProblem as P;
    let what = match (lang, problem) {
        (Lang::Zh, P::FieldCount { expected, found }) if found > expected => {
            format!("应有 {expected} 列，却有 {found} 列（数字中的逗号要加引号）。")
        }
        (Lang::Zh, P::FieldCount { expected, found }) => {
            format!("应有 {expected} 列，只有 {found} 列。")
        }
        (Lang::En, P::FieldCount { expected, found }) if found > expected => {
            format!("{found} fields where {expected} are expected (quote numbers with commas).")
        }
        (Lang::En, P::FieldCount { expected, found }) => {
            format!("{found} fields where {expected} are expected.")
        }
        (Lang::Zh, P::BadFlat(t)) => {
            format!("房屋编号“{t}”不是“楼栋-单元-房号”（如 1-1-101 或 1栋1单元101室）。")
        }
        (Lang::En, P::BadFlat(t)) => {
            format!("the flat “{t}” is not building-unit-room (such as 1-1-101 or 1栋1单元101室).")
        }
        (Lang::Zh, P::Missing(c)) => format!("“{}”是空的。", column_name(lang, *c)),
        (Lang::En, P::Missing(c)) => format!("{} is empty.", column_name(lang, *c)),
        (Lang::Zh, P::BadArea(t)) => format!("面积“{t}”不是大于零、最多两位小数的数字。"),
        (Lang::En, P::BadArea(t)) => {
            format!("the area “{t}” is not a number above zero with at most two decimals.")
        }
        (Lang::Zh, P::BadAreaSource(t)) => format!("面积依据“{t}”应为不动产登记、实测或合同。"),
        (Lang::En, P::BadAreaSource(t)) => {
            format!("the area source “{t}” must be 不动产登记, 实测 or 合同.")
        }
        (Lang::Zh, P::BadResidents(t)) => format!("居住人数“{t}”不是整数。"),
        (Lang::En, P::BadResidents(t)) => format!("residents “{t}” is not a whole number."),
        (Lang::Zh, P::OwnersAndIdsDiffer { names, ids }) => {
            format!("业主姓名有 {names} 个，证件号码有 {ids} 个，数量应一致（用“、”等分隔）。")
        }
        (Lang::En, P::OwnersAndIdsDiffer { names, ids }) => {
            format!("{names} owner names but {ids} ID numbers; they must pair up (joined by 、 or the like).")
        }
        (Lang::Zh, P::Duplicate { label, first_line }) => {
            format!("房号 {label} 与第 {first_line} 行重复。")
        }
        (Lang::En, P::Duplicate { label, first_line }) => {
            format!("flat {label} repeats line {first_line}.")
        }
        (Lang::Zh, P::UnclosedQuote) => "引号没有闭合，这一行及之后的内容无法读取。".into(),
        (Lang::En, P::UnclosedQuote) => {
            "a quote is never closed; this line and the rest cannot be read.".into()
        }
    };
    format!("{}{what}", line_prefix(lang, line))
}

/// Under a building's sign-in page: `本栋 24 户，建筑面积合计 2,148.00 ㎡`.
pub fn sign_in_total_text(lang: Lang, flats: usize, area: &str) -> String {
    let n = thousands(flats as u64);
    match lang {
        Lang::Zh => format!("本栋 {n} 户，建筑面积合计 {area}"),
        Lang::En => format!("{n} flats in this building, {area} in all"),
    }
}

pub fn area_source_name(source: gongzhi_core::model::AreaSource) -> Msg {
    use gongzhi_core::model::AreaSource;
    match source {
        AreaSource::Registered => Msg::AreaRegistered,
        AreaSource::Surveyed => Msg::AreaSurveyed,
        AreaSource::Contract => Msg::AreaContract,
    }
}

/// `1,088.50 ㎡`.
pub fn square_metres(area: gongzhi_core::CentiM2) -> String {
    format!("{}.{:02} ㎡", thousands(area.0 / 100), area.0 % 100)
}

/// Above a preview that lists only the first rows of a file: `显示前 10 户，共 12 户`.
pub fn preview_rows_text(lang: Lang, shown: usize, total: usize) -> String {
    let (s, n) = (thousands(shown as u64), thousands(total as u64));
    match lang {
        Lang::Zh => format!("显示前 {s} 户，共 {n} 户"),
        Lang::En => format!("showing {s} of {n} households"),
    }
}

/// `4,680 户，3,912 位业主，共 412,345.67 ㎡，40 栋楼` / English.
pub fn roster_summary(
    lang: Lang,
    households: usize,
    owners: usize,
    area: gongzhi_core::CentiM2,
    buildings: usize,
) -> String {
    let (h, o, b) = (
        thousands(households as u64),
        thousands(owners as u64),
        thousands(buildings as u64),
    );
    match lang {
        Lang::Zh => format!("{h} 户，{o} 位业主，共 {}，{b} 栋楼", square_metres(area)),
        Lang::En => format!(
            "{h} households, {o} owners, {} in all, {b} buildings",
            square_metres(area)
        ),
    }
}

/// `第 2 / 94 页` / `Page 2 of 94`.
pub fn page_of(lang: Lang, page: usize, pages: usize) -> String {
    match lang {
        Lang::Zh => format!("第 {page} / {pages} 页"),
        Lang::En => format!("Page {page} of {pages}"),
    }
}

/// `已导入 4,680 户。` / `已导入 2 户，更新 3 户；4,675 户未变。`
pub fn imported_text(lang: Lang, households: usize, changed: usize, unchanged: usize) -> String {
    let (h, c, u) = (
        thousands(households as u64),
        thousands(changed as u64),
        thousands(unchanged as u64),
    );
    match (lang, changed, unchanged) {
        (Lang::Zh, 0, 0) => format!("已导入 {h} 户。"),
        (Lang::Zh, _, _) => format!("已导入 {h} 户，更新 {c} 户；{u} 户未变。"),
        (Lang::En, 0, 0) => format!("Imported {h} households."),
        (Lang::En, _, _) => {
            format!("Imported {h} households and updated {c}; {u} unchanged.")
        }
    }
}

pub fn org_kind_name(kind: gongzhi_core::model::OrgKind) -> Msg {
    use gongzhi_core::model::OrgKind;
    match kind {
        OrgKind::ResidentGroupCouncil => Msg::OrgKindResidentGroupCouncil,
        OrgKind::CommunityCouncil => Msg::OrgKindCommunityCouncil,
        OrgKind::OwnersCommittee => Msg::OrgKindOwnersCommittee,
        OrgKind::PropertyCompany => Msg::OrgKindPropertyCompany,
        OrgKind::PartyBranch => Msg::OrgKindPartyBranch,
        OrgKind::ResidentsCommittee => Msg::OrgKindResidentsCommittee,
    }
}

pub fn role_name(role: gongzhi_core::model::Role) -> Msg {
    use gongzhi_core::model::Role;
    match role {
        Role::Chair => Msg::RoleChair,
        Role::ViceChair => Msg::RoleViceChair,
        Role::Secretary => Msg::RoleSecretary,
        Role::Member => Msg::RoleMember,
    }
}

/// `2026年11月27日`/`27 Nov 2026` for a term's dates.
pub fn date_only(lang: Lang, unix_ms: i64) -> String {
    let t = gongzhi_core::time::civil_cst(unix_ms);
    match lang {
        Lang::Zh => format!("{}年{}月{}日", t.year, t.month, t.day),
        Lang::En => {
            let full = date_time(lang, unix_ms);
            full.split(',').next().unwrap_or(&full).to_string()
        }
    }
}

pub fn category_name(category: gongzhi_core::model::RequestCategory) -> Msg {
    use gongzhi_core::model::RequestCategory as C;
    match category {
        C::Facilities => Msg::CategoryFacilities,
        C::Greening => Msg::CategoryGreening,
        C::Safety => Msg::CategorySafety,
        C::Sanitation => Msg::CategorySanitation,
        C::Parking => Msg::CategoryParking,
        C::Services => Msg::CategoryServices,
        C::Neighbours => Msg::CategoryNeighbours,
        C::Other => Msg::CategoryOther,
    }
}

/// `已立项：公示中` / `Taken up: public notice`.
pub fn request_status_text(lang: Lang, status: gongzhi_core::state::RequestStatus) -> String {
    use gongzhi_core::state::RequestStatus as S;
    match status {
        S::Open => Msg::RequestStatusOpen.text(lang).into(),
        S::Closed => Msg::RequestStatusClosed.text(lang).into(),
        S::Proposal(stage) => format!(
            "{}{}{}",
            Msg::RequestStatusProposal.text(lang),
            if lang == Lang::Zh { "：" } else { ": " },
            stage_name(stage).text(lang)
        ),
    }
}

/// The roadshow's draft text: `资金来源：公共服务资金 36,000.00 元。公示期居民意见：支持 3 条，反对 1 条。`
pub fn roadshow_summary(
    lang: Lang,
    funding: &[gongzhi_core::model::FundingLine],
    support: usize,
    objection: usize,
) -> String {
    let sep = if lang == Lang::Zh { "、" } else { ", " };
    let sources = funding
        .iter()
        .map(|l| {
            format!(
                "{} {}",
                funding_name(l.source).text(lang),
                money(lang, l.amount)
            )
        })
        .collect::<Vec<_>>()
        .join(sep);
    let counts = response_counts(lang, support, objection);
    match lang {
        Lang::Zh => format!("资金来源：{sources}。公示期居民意见：{counts}。"),
        Lang::En => format!("Funding: {sources}. Residents' responses on notice: {counts}."),
    }
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
pub fn paper_counts(lang: Lang, r: &gongzhi_core::paper::PaperReport) -> String {
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

pub fn days_text(lang: Lang, days: u32) -> String {
    match lang {
        Lang::Zh => format!("{days} 天"),
        Lang::En => format!("{days} days"),
    }
}

pub fn months_text(lang: Lang, months: u32) -> String {
    match lang {
        Lang::Zh => format!("{months} 个月"),
        Lang::En => format!("{months} months"),
    }
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

pub fn payment_problem_text(lang: Lang, problem: &gongzhi_core::funds::EntryProblem) -> String {
    use gongzhi_core::funds::EntryProblem as P;
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

/// A typed flat (or code) that exists, but only outside the place it was typed for: "1-1-101
/// is in 东苑, not in 西苑", so the person knows they are at the wrong vote, not mistyping.
pub fn flat_elsewhere_text(lang: Lang, typed: &str, compounds: &[String], place: &str) -> String {
    match lang {
        Lang::Zh => format!("{typed} 在{}，不在{place}的范围内。", compounds.join("、")),
        Lang::En => format!("{typed} is in {}, not in {place}.", compounds.join(", ")),
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
        (Surplus::Reassign { note }, Lang::Zh) => format!("{day} 结算：结余 {left} 用于{note}。"),
        (Surplus::Reassign { note }, Lang::En) => {
            format!("Settled on {day}: the balance of {left} goes to {note}.")
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

pub fn weekday_name(weekday: u8) -> Msg {
    match weekday {
        1 => Msg::Monday,
        2 => Msg::Tuesday,
        3 => Msg::Wednesday,
        4 => Msg::Thursday,
        5 => Msg::Friday,
        6 => Msg::Saturday,
        _ => Msg::Sunday,
    }
}

pub fn meeting_kind_name(kind: gongzhi_core::model::MeetingKind) -> Msg {
    use gongzhi_core::model::MeetingKind as K;
    match kind {
        K::ReceptionDay => Msg::MeetingKindReception,
        K::JointMeeting => Msg::MeetingKindJoint,
        K::CouncilMeeting => Msg::MeetingKindCouncil,
        K::OwnersMeeting => Msg::MeetingKindOwners,
    }
}

/// `每月第一个星期六 09:00` / `First Saturday of each month, 09:00`.
pub fn recurrence_text(
    lang: Lang,
    rule: gongzhi_core::model::Recurrence,
    start_minute: u16,
) -> String {
    use gongzhi_core::model::Recurrence;
    let time = format!("{:02}:{:02}", start_minute / 60, start_minute % 60);
    match rule {
        Recurrence::NthWeekday { nth, weekday } => {
            let which = match nth {
                1 => Msg::RuleFirst,
                2 => Msg::RuleSecond,
                3 => Msg::RuleThird,
                4 => Msg::RuleFourth,
                _ => Msg::RuleLast,
            };
            let day = weekday_name(weekday).text(lang);
            match lang {
                Lang::Zh => format!("每月{}{day} {time}", which.text(lang)),
                Lang::En => format!("{} {day} of each month, {time}", which.text(lang)),
            }
        }
        Recurrence::DayOfMonth { day } => match lang {
            Lang::Zh => format!("每月 {day} 日 {time}"),
            Lang::En => format!("Day {day} of each month, {time}"),
        },
    }
}

/// `12 / 37 已投票` / `12 of 37 voted`.
pub fn turnout_text(lang: Lang, voted: u64, eligible: u64) -> String {
    match lang {
        Lang::Zh => format!("{} / {} 已投票", thousands(voted), thousands(eligible)),
        Lang::En => format!("{} of {} voted", thousands(voted), thousands(eligible)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongzhi_core::owners::{Meter, MeterKind};

    #[test]
    fn a_meter_over_nothing_says_none_yet_in_the_readers_language_and_needs_nothing() {
        let empty = Meter {
            kind: MeterKind::ApprovalOwners,
            part: 0,
            whole: 0,
            needed: None,
            met: false,
        };
        assert_eq!(meter_figures(Lang::Zh, &empty), "0 / 0 人（暂无）");
        assert_eq!(meter_figures(Lang::En, &empty), "0 of 0 (none yet)");
        let area = Meter {
            kind: MeterKind::ParticipationArea,
            part: 0,
            whole: 122_608,
            needed: Some(81_739),
            met: false,
        };
        assert_eq!(
            meter_figures(Lang::Zh, &area),
            "0.00 / 1,226.08 平方米（0.0%），需 817.39 平方米"
        );
        assert_eq!(share(Lang::Zh, 1, 0), "暂无");
    }

    #[test]
    fn the_pin_wait_counts_down_in_whole_seconds_then_minutes() {
        assert_eq!(
            pin_wait_text(Lang::Zh, 29_001),
            "连续输错多次，请等 30 秒后再试。"
        );
        assert_eq!(
            pin_wait_text(Lang::Zh, 65_000),
            "连续输错多次，请等 1 分 05 秒后再试。"
        );
        assert_eq!(
            pin_wait_text(Lang::En, 60_000),
            "Too many wrong PINs: try again in 1 min 00 s."
        );
    }
}
