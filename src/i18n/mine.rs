//! Texts of a household's own screen on a resident's phone: choosing the household once, its
//! votes, where each of its ballots stands, its receipts, and the step to the service centre's
//! screen.

use super::lang::Lang;
use super::msg::Msg;
use super::refusal::refusal_text;
use super::vote::choice_name;
use gongzhi_core::read::household::Standing;

messages! {
    MineTitle => "我家", "My household";
    MineChooseTitle => "这台手机是哪一户的？", "Which household is this phone for?";
    MineChooseHint =>
        "输入您家的房号（楼栋-单元-房号）或住户码，只需一次。之后这台手机只显示您家的表决、选票和公示。",
        "Type your flat (building-unit-room) or household code, once. This phone then shows only your household's votes, ballots and notices.";
    MineFlatLabel => "房号或住户码", "Flat or household code";
    MineFlatRequired => "请输入房号或住户码。", "Please type the flat or the household code.";
    MineChooseSubmit => "就是这一户", "This is my household";
    MineHelp => "这台手机怎么投票？", "How does voting on this phone work?";
    MineChange => "不是这一户？重新选择", "Not this household? Choose again";
    MineEnrolled => "服务中心已把这台手机登记为本户的手机，选票直接计入。", "The service centre enrolled this phone for this household: its ballots count at once.";
    MineNotEnrolled =>
        "这台手机还没有由服务中心登记，选票要等工作人员核实本人后才计入。",
        "The service centre has not enrolled this phone yet, so a ballot counts once a clerk has checked it is you.";
    MineVotesTitle => "本户的表决", "Your household's votes";
    MineNoVotes => "现在没有需要本户表决的事项。", "Nothing for your household to vote on now.";
    MineCloses => "截止：", "Closes:";
    MineClosed => "表决已结束", "Voting closed";
    MineChoose => "请选择您的意见：", "Your answer:";
    MineConfirmTitle => "请核对后提交", "Check, then submit";
    MineHousehold => "户", "Household";
    MineMatter => "表决事项", "Matter";
    MineYourChoice => "您的意见", "Your answer";
    MineSubmit => "确认提交", "Submit";
    MineCannotVote => "本户现在不能投票：", "Your household cannot vote now:";
    MineBallot => "本户的选票：", "Your household's ballot:";
    MineCounted => "已计入", "Counted";
    MineCountedInResult => "已计入表决结果", "Counted in the result";
    MineWaiting => "已记录，待工作人员核实本人后计入", "Recorded; it counts once a clerk has checked it is you";
    MineWaitingHint =>
        "请在“交换记录”页导出本机的记录文件，交给服务中心工作人员；核实本人后这张选票才计入。工作人员确认后，把他们给的文件导入本机，这里就会显示“已计入”。",
        "Export this phone's records on the Exchange page and give the file to the service centre; the ballot counts once a clerk has checked it is you. Take in the file they give back, and this will say “Counted”.";
    MineExchangeLink => "去交换记录", "Go to Exchange";
    MineReceipt => "回执", "Receipt";
    MineReceiptEvent => "选票编号", "Ballot number";
    MineReceiptHash => "校验码", "Check code";
    MineReceiptWhen => "投票时间（本机时钟）", "Cast at (this phone's clock)";
    MineReceiptHint =>
        "任何一台保存了这次表决记录的设备，都能按编号和校验码找到这张选票。",
        "Any device holding this vote's records can find this ballot by its number and check code.";
    MineNoticesTitle => "公示中的项目", "Projects on public notice";
    MineNoNotices => "现在没有本户可以提意见的公示。", "No notice your household can respond to now.";
    MineNoticeOpen => "查看并提出意见", "Read it and respond";
    MineRequestTitle => "小区里有需要解决的问题？", "Something in the compound needs fixing?";
    MineRequestLink => "提出诉求", "Raise a request";
    VoteOnMine => "本户的选票请在“我家”页面投。", "Vote for your household on its own page.";
    SettingsUse => "本机用途", "What this device is for";
    SettingsServiceCentre => "这是服务中心的设备（显示全部功能）", "This is the service centre's device (the whole app)";
    SettingsServiceCentreHint =>
        "不勾选时，首页只显示本户的表决、选票和公示，适合住户本人的手机。",
        "Unticked, the home page shows only one household's votes, ballots and notices: right for a resident's own phone.";
    MineStaffTitle => "这是服务中心的设备？", "Is this the service centre's device?";
    MineStaffHint =>
        "服务中心、工作人员或议事会秘书用的设备请切换到完整界面。它能做什么，仍由社区管理员授予的权限决定。",
        "A device of the service centre, a clerk or the council's secretary switches to the whole app. What it may do is still what the community's admin granted it.";
    MineStaffButton => "切换到服务中心界面", "Switch to the service centre's screen";
}

/// Where one of the household's ballots stands, in words: `已计入`, `工作人员未予计入：…`.
pub fn standing_text(lang: Lang, standing: &Standing, closed: bool) -> String {
    let zh = lang == Lang::Zh;
    match standing {
        Standing::Counted if closed => Msg::MineCountedInResult.text(lang).into(),
        Standing::Counted => Msg::MineCounted.text(lang).into(),
        Standing::Corrected { choice, reason } => {
            let choice = choice_name(*choice).text(lang);
            if zh {
                format!("已由工作人员更正为“{choice}”后计入：{reason}")
            } else {
                format!("Counted as “{choice}” after a clerk's correction: {reason}")
            }
        }
        Standing::Waiting => Msg::MineWaiting.text(lang).into(),
        Standing::Dismissed { reason } if zh => format!("工作人员未予计入：{reason}"),
        Standing::Dismissed { reason } => format!("Set aside by a clerk: {reason}"),
        Standing::Superseded { .. } if zh => {
            "未计入：本户业主已有另一张选票计入（每位业主一票）".into()
        }
        Standing::Superseded { .. } => {
            "Not counted: another ballot of this owner counts (one owner, one vote)".into()
        }
        Standing::Refused(refusal) if zh => format!("未计入：{}", refusal_text(lang, refusal)),
        Standing::Refused(refusal) => format!("Not counted: {}", refusal_text(lang, refusal)),
    }
}
