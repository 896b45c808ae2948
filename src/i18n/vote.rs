//! Texts of a vote: its page, the count, corrections, matters and the art. 278 meters.

use super::lang::Lang;
use super::msg::Msg;
use super::units::{share, thousands};

messages! {
    VoteNotFound => "找不到这项表决", "Vote not found";
    VoteOpenState => "表决进行中", "Voting open";
    VoteClosedState => "表决已结束", "Voting closed";
    VoteDeadline => "截止时间", "Closes";
    VoteRuleTwoThirds =>
        "须获全体成员三分之二以上同意（不是到会人数的三分之二）",
        "Needs yes from 2/3 of ALL members (not 2/3 of those present)";
    VoteRuleMajorityAll => "须获全体成员过半数同意", "Needs yes from more than half of all members";
    VoteRuleMajorityPresent => "须获到会成员过半数同意", "Needs yes from more than half of those present";
    RollCall => "记名表决", "Roll call";
    RollCallHint =>
        "逐一询问每位成员，点选其意见。每次点选在保存到本机后才显示为已记录。",
        "Ask each member in turn and tap their answer. An answer shows as recorded only once it is saved on this device.";
    ChoiceYes => "同意", "Yes";
    ChoiceNo => "反对", "No";
    ChoiceAbstain => "弃权", "Abstain";
    NotVotedYet => "未表决", "Not voted";
    Recorded => "已记录：", "Recorded:";
    Saving => "正在保存…", "Saving…";
    CloseVote => "结束表决并公布结果", "Close the vote and publish the result";
    CloseVoteConfirmText =>
        "结束后不能再投票、更正选票或录入纸质票，结果按现在的计票公布。确定结束吗？",
        "Once closed, no ballot can be cast, corrected or keyed, and the result is published as counted now. Close it?";
    CloseVoteConfirm => "确认结束并公布", "Yes, close and publish";
    ClosedBy => "结束表决的设备：", "Closed by:";
    Correct => "更正", "Correct";
    CorrectionNewChoice => "更正后的意见", "The corrected choice";
    CorrectionPickChoice => "请选择更正后的意见。", "Choose the corrected choice.";
    CorrectionReason => "更正原因", "Reason for the correction";
    CorrectionReasonHint => "例如：按错了，本人当场更正", "e.g. tapped the wrong button, corrected by the member at once";
    CorrectionConfirm => "确认更正", "Record the correction";
    CorrectionHouseholdTitle => "更正一户的选票", "Correct a household's ballot";
    CorrectionHouseholdHint =>
        "表决结束前，工作人员可以更正录错的选票。原来的选票和更正都会留在记录里，并在结果页显示。",
        "Until the vote closes, a clerk can correct a ballot entered wrongly. The ballot as cast and the correction both stay on record and show on the result page.";
    CorrectionFind => "查找选票", "Find the ballot";
    CorrectionNoBallot => "在本次表决中还没有已计入的选票。", "has no counted ballot in this vote yet.";
    RollCallRecordTitle => "各成员表决情况", "How each member voted";
    ResultPassed => "通过", "Passed";
    ResultNotPassed => "未通过", "Not passed";
    ResultTitle => "结果", "Result";
    BackHome => "返回首页", "Back to home";

    HandsTitle => "举手表决计票", "Show-of-hands count";
    HandsHint =>
        "议事会以举手方式表决时，由记录员一次登记各项票数，之后不能再逐一登记。",
        "When the council votes by show of hands, the secretary enters the counts once; individual ballots cannot be added after.";
    HandsSubmit => "登记举手结果", "Record the count";
    HandsQuestion => "登记这个举手结果？", "Record this count?";
    HandsFinal =>
        "登记后不能更改，也不能再逐人记名表决。请与会议记录核对票数。",
        "Once recorded it cannot be changed, and members can no longer be asked one by one. Check the counts against the minutes.";
    HandsConfirm => "确认登记", "Yes, record it";
    CountInvalid => "票数应为 0 或正整数。", "A count must be 0 or a whole number.";
    ProposalOfVote => "项目：", "Project:";

    NewVote => "发起业主表决", "Start an owners' vote";
    NewVoteIntro =>
        "按《民法典》第二百七十八条：参与表决的业主须占专有部分面积和业主人数各三分之二以上；第六至八项须经参与表决的面积和人数各四分之三以上同意，其他事项须各过半数同意。",
        "Under Civil Code art. 278, owners holding at least 2/3 of the floor area AND 2/3 of the owners must take part; matters 6-8 need at least 3/4 of the participating area AND owners, other matters more than half of each.";
    VoteTitleLabel => "表决事项", "What is decided";
    MatterLabel => "事项类别", "Matter";
    Matter1 => "1. 制定和修改业主大会议事规则", "1. Making or changing the owners' assembly rules";
    Matter2 => "2. 制定和修改管理规约", "2. Making or changing the management covenant";
    Matter3 => "3. 选举业主委员会或者更换业主委员会成员", "3. Electing or replacing the owners' committee";
    Matter4 => "4. 选聘和解聘物业服务企业或者其他管理人", "4. Hiring or dismissing the property company";
    Matter5 => "5. 使用建筑物及其附属设施的维修资金", "5. Using the building maintenance fund";
    Matter6 => "6. 筹集建筑物及其附属设施的维修资金", "6. Raising the building maintenance fund";
    Matter7 => "7. 改建、重建建筑物及其附属设施", "7. Rebuilding or reconstructing buildings and facilities";
    Matter8 => "8. 改变共有部分的用途或者利用共有部分从事经营活动", "8. Changing the use of common parts or using them for business";
    Matter9 => "9. 有关共有和共同管理权利的其他重大事项", "9. Other major matters of common ownership and management";
    VoteDays => "表决天数", "Days open";
    OpenVote => "发起表决", "Open the vote";
    RuleOwnersMajority =>
        "参与表决：面积和人数各须达到三分之二以上；同意：须超过参与表决面积和人数的一半",
        "Participation: at least 2/3 of area and of owners; approval: more than half of the participating area and owners";
    RuleOwnersThreeQuarters =>
        "参与表决：面积和人数各须达到三分之二以上；同意：须达到参与表决面积和人数的四分之三以上",
        "Participation: at least 2/3 of area and of owners; approval: at least 3/4 of the participating area and owners";
    MeterParticipationOwners => "参与人数", "Owners taking part";
    MeterParticipationArea => "参与面积", "Area taking part";
    MeterApprovalOwners => "同意人数", "Owners approving";
    MeterApprovalArea => "同意面积", "Area approving";
    Met => "已达到", "met";
    NotMet => "未达到", "not met";
    MeterNoneYet => "暂无", "none yet";
    HouseholdBallot => "登记住户选票", "Record a household's ballot";
    HouseholdBallotHint =>
        "按房号登记一户的意见。同一业主（含拥有多套房的业主）只计一票。",
        "Record one flat's answer by its number. One owner counts once, however many flats they own.";
    HouseholdLabel => "房号（楼栋-单元-房号）", "Flat (building-unit-room)";
    BallotRecordedFor => "已记录：", "Recorded:";
    EnterKiosk => "进入自助投票模式", "Start kiosk mode";
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

/// A council tally in plain words: "同意 25 票，需 25 票（全体 37 名成员的三分之二）".
pub fn council_counts(lang: Lang, r: &gongzhi_core::rules::council::CouncilResult) -> Vec<String> {
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
pub fn meter_figures(lang: Lang, meter: &gongzhi_core::rules::owners::Meter) -> String {
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

/// `12 / 37 已投票` / `12 of 37 voted`.
pub fn turnout_text(lang: Lang, voted: u64, eligible: u64) -> String {
    match lang {
        Lang::Zh => format!("{} / {} 已投票", thousands(voted), thousands(eligible)),
        Lang::En => format!("{} of {} voted", thousands(voted), thousands(eligible)),
    }
}

/// A show-of-hands count read back before it is recorded:
/// `同意 25 票，反对 10 票，弃权 2 票；共 37 人表决，全体成员 37 人。`
pub fn hands_read_back(lang: Lang, [yes, no, abstain]: [u32; 3], members: usize) -> String {
    let voted = u64::from(yes) + u64::from(no) + u64::from(abstain);
    match lang {
        Lang::Zh => format!(
            "同意 {yes} 票，反对 {no} 票，弃权 {abstain} 票；共 {voted} 人表决，全体成员 {members} 人。"
        ),
        Lang::En => format!(
            "Yes {yes}, no {no}, abstain {abstain}: {voted} voted of {members} members."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongzhi_core::rules::owners::{Meter, MeterKind};

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
}
