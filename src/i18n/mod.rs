//! The one i18n layer: every user-facing string is a [`Msg`] with a zh-CN and an English text.
//!
//! A hand-written table rather than `leptos_i18n`: both languages of a message sit on one line, so a
//! missing translation is a compile error, and it adds no build-time codegen or runtime loader to a
//! bundle that must stay small for mid-range phones (see docs/ARCHITECTURE.md).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A UI language. zh-CN is the default: the app is for Chengdu's residents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    Zh,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language a browser with these preferences (navigator.languages, best first) should get:
    /// the first Chinese or English entry decides; anything else falls back to zh-CN.
    pub fn negotiate<S: AsRef<str>>(preferences: &[S]) -> Lang {
        preferences
            .iter()
            .find_map(|tag| {
                let primary = tag.as_ref().split(['-', '_']).next()?.to_ascii_lowercase();
                match primary.as_str() {
                    "zh" => Some(Lang::Zh),
                    "en" => Some(Lang::En),
                    _ => None,
                }
            })
            .unwrap_or_default()
    }

    /// The other language, for the one-tap switch in the header.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

macro_rules! messages {
    ($($key:ident => $zh:literal, $en:literal;)*) => {
        /// A user-facing message. Add new ones to the table below, both languages at once.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($key),* }

        impl Msg {
            /// Every message, so tests can check the whole table.
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];

            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Msg::$key, Lang::Zh) => $zh, (Msg::$key, Lang::En) => $en,)*
                }
            }
        }
    };
}

messages! {
    AppName => "共治", "Gongzhi";
    FlatWhichCompound => "这个房号在几个小区都有：请选择是哪个小区的，再提交。", "This flat number exists in more than one compound: choose which one, then submit again.";
    KioskWhichCompound => "这个房号在几个小区都有。请点您住的小区：", "This flat number is in more than one compound. Tap yours:";
    AppTagline => "小区的事，大家商量着办", "Our compound, decided together";
    SkipToContent => "跳到正文", "Skip to main content";
    NavLabel => "主导航", "Main navigation";
    NavHome => "首页", "Home";
    NavRegistry => "住户", "Households";
    NavRequests => "诉求", "Requests";
    NavOrganisations => "组织", "Bodies";
    NavSettings => "设置", "Settings";
    NavVotes => "表决", "Votes";
    NavProjects => "项目", "Projects";
    NavFunds => "自筹", "Funds";
    NavMeetings => "会议", "Meetings";
    ProjectsFromRequests => "项目从居民诉求中产生：", "A project starts from a resident's request:";
    SwitchLanguage => "English", "中文";
    SwitchLanguageLabel => "Switch to English", "切换到中文";

    HomeTitle => "欢迎使用共治", "Welcome to Gongzhi";
    HomeIntro =>
        "共治帮助居民自己管理小区：从提出诉求、议事会起草项目和预算、公示征求意见，到社区议事会表决、业主共同决定、比选施工单位和公开账目，每一步都有记录、可核对。",
        "Gongzhi helps residents govern their own compound: raise a need, let the resident-group council draft a project and budget, post it publicly for objections, put it to the community council and the owners, compare contractors and publish the accounts — every step on record and checkable.";
    HomeEmptyTitle => "这台设备上还没有社区", "No community on this device yet";
    HomeEmptyBody =>
        "登记社区、小区、楼栋和住户后，这里会显示进行中的诉求、公示和表决。",
        "Once a community, its compounds, buildings and households are registered, open requests, public notices and votes will appear here.";
    FoundTitle => "建立社区", "Found a community";
    FoundHint => "在这台设备上建立你们的社区：这台设备成为管理设备，之后可以导入住户名册、添加议事会和其他设备。", "Found your community on this device: it becomes the admin device, and you can then import the household roster and add the councils and other devices.";
    FoundName => "社区名称（如 晋阳社区）", "Community name (such as 晋阳社区)";
    FoundCompound => "第一个小区的名称", "Name of the first compound";
    FoundDevice => "这台设备的名称（如 社区办公室电脑）", "What to call this device (such as the community office PC)";
    FoundSubmit => "建立社区并导入名册", "Found it and import the roster";
    JoinTitle => "加入已有社区", "Join an existing community";
    JoinStepId => "把这台设备的编号交给社区的管理员，由管理员在“设置”页添加：", "Give this device's id to the community's admin, who adds it on the settings page:";
    JoinStepFile => "管理员添加后导出社区文件，在这台设备的“交换记录”页导入。", "Once added, the admin exports the community's file; import it here on the exchange page.";
    JoinImport => "导入社区文件", "Import the community's file";
    DemoTitle => "先看看示例", "See an example first";
    HomeHowTitle => "一件事怎样办成", "How a project gets done";
    HomeStepRequest => "居民提出诉求：比如“后门坏了”。", "A resident raises a need: “the back gate is broken”.";
    HomeStepDraft =>
        "居民小组议事会商量方案，定下内容和预算。",
        "The resident-group council works out the plan: what to do and the budget.";
    HomeStepNotice => "方案向全体居民公示，大家可以提意见。", "The plan is posted to all residents, who can object.";
    HomeStepCouncil =>
        "社区议事会表决：须经全体成员三分之二以上同意（37 人中至少 25 人）。",
        "The community council votes: it passes only with two thirds of ALL members (at least 25 of 37).";
    HomeStepBuild =>
        "比选施工单位，公开预算和实际支出。",
        "Contractors are compared side by side; budget and actual spending are published.";
    HomePrivacyTitle => "数据只在这台设备上", "Your data stays on this device";
    HomePrivacyBody =>
        "共治没有服务器：所有记录都保存在本机浏览器里，断网也能用。设备之间通过导出和导入快照文件来同步，每个文件都可以核验。",
        "Gongzhi has no server: every record is kept in this browser and works offline. Devices share snapshot files that merge and can be verified.";
    HomeSettingsLink => "选择语言和字号", "Choose language and text size";

    SettingsTitle => "设置", "Settings";
    SettingsLanguage => "界面语言", "Language";
    SettingsLanguageZh => "中文（简体）", "中文（简体）";
    SettingsLanguageEn => "English", "English";
    SettingsDisplay => "显示", "Display";
    SettingsLargeText => "大字模式", "Large text";
    SettingsLargeTextHint => "放大全部文字，方便老年居民阅读。", "Makes all text bigger, easier for older residents to read.";
    SettingsSaved => "设置已保存在这台设备上。", "Settings are saved on this device.";
    SettingsSaveFailed =>
        "设置无法保存：浏览器存储不可用（可能处于无痕模式或存储已满）。本次仍然生效。",
        "Settings could not be saved: browser storage is unavailable (private mode or full). They still apply for this visit.";
    SettingsAbout => "关于", "About";
    SettingsVersion => "版本", "Version";

    LoadingRecord => "正在读取本机记录", "Reading this device's records";
    DamageTitle => "部分记录未能通过核验", "Some records failed verification";
    DamageBody =>
        "下面这些记录在本机存储中已损坏，已被排除在外；其余记录完好，可以照常使用和导出。",
        "These records are damaged in this device's storage and were left out; everything else is intact and can be used and exported as usual.";
    DamageDetails => "技术细节", "Technical details";
    OwnChainDamaged =>
        "没有保存：这台设备自己的记录在存储中已损坏，新记录无法接在后面。请先用下方按钮导出完好的记录，在设置中清除本机数据，再把导出的文件导入。",
        "Not saved: this device's own record is damaged in storage, so nothing new can follow it. Export the intact records with the button below, erase this device's data in Settings, then import the exported file.";
    DamageExport => "导出完好的记录", "Export the intact records";
    StorageFailed => "无法打开本机存储", "This device's storage could not be opened";
    StorageFull =>
        "本机存储已满，这次的内容没有保存。之前保存的记录都完好。请先导出备份，再清理浏览器空间。",
        "This device's storage is full, so this was not saved. Everything saved before is intact. Export a backup, then free up browser space.";
    StorageBehind =>
        "另一个标签页正在以这台设备的身份记录，这次没有保存。请稍后再试一次；之前保存的记录都完好。",
        "Another tab of this browser is recording as this device, so this was not saved. Please try again; everything saved before is intact.";
    StorageUnavailable => "本机存储暂时无法使用：", "This device's storage is unavailable:";

    DeviceTitle => "这台设备", "This device";
    DeviceId => "设备编号", "Device id";
    DeviceRecords => "本机记录", "Records stored";
    DeviceStorage => "已用空间", "Storage used";
    DevicePersistent => "防止浏览器清理", "Protected from clean-up";
    DevicePersistentYes => "是：浏览器不会自动删除这些数据", "Yes: the browser will not delete this data by itself";
    DevicePersistentNo =>
        "否：空间紧张时浏览器可能删除数据，请定期导出备份",
        "No: the browser may delete data when space runs low; export backups regularly";
    Unknown => "未知", "unknown";
    ExportAll => "导出全部记录", "Export all records";
    ExportDone => "已导出：", "Exported:";
    ExportFailed => "导出失败：", "Export failed:";
    EraseAll => "清除本机全部数据…", "Erase everything on this device…";
    EraseConfirmTitle => "确定清除本机全部数据？", "Erase everything on this device?";
    EraseConfirmBody =>
        "这会删除本机的全部记录、设备密钥和设置，无法恢复。其他设备上的记录不受影响。建议先导出一份备份。",
        "This deletes every record, the device key and the settings on this device, and cannot be undone. Other devices keep their records. Export a backup first.";
    EraseExportFirst => "先导出备份", "Export a backup first";
    EraseConfirm => "清除全部数据", "Erase everything";
    Cancel => "取消", "Cancel";

    DemoLoad => "载入示例社区", "Load the demo community";
    DemoHint =>
        "用晋阳社区的示例数据体验完整流程：红运花园和北苑小区、37 人的社区议事会、5 人的居民小组议事会，以及正在公示的北苑后门改造项目。",
        "Try the whole cycle with the Jinyang (晋阳) demo: Hongyun Garden and Beiyuan, a 37-member community council, a 5-member resident-group council, and Beiyuan's back-gate project on public notice.";
    DemoLoading => "正在创建示例社区…", "Creating the demo community…";
    DemoDeviceLabel => "社区办公室设备", "Community office device";
    NotSaved => "没有保存：", "Not saved:";
    Refused => "不符合议事规则：", "Not allowed by the rules:";
    StillLoading => "本机记录还在读取，请稍候再试。", "This device's records are still loading; try again in a moment.";

    OverviewCompounds => "小区", "Compounds";
    OverviewHouseholds => "住户", "Households";
    OverviewOrganisations => "组织", "Organisations";
    ProposalsTitle => "项目", "Projects";
    ProposalsEmpty => "还没有项目。", "No projects yet.";
    VotesTitle => "表决", "Votes";
    VotesEmpty => "还没有表决。", "No votes yet.";
    Budget => "预算", "Budget";
    StageDraft => "草案", "Draft";
    StagePublicNotice => "公示中", "On public notice";
    StageNoticeEnded => "公示期满，待议事会表决", "Notice over, awaiting the council";
    StageCouncilVote => "议事会表决中", "Council vote";
    StagePassed => "已通过", "Passed";
    StageRejected => "未通过", "Rejected";
    ResubmitTitle => "议事会未通过这个方案", "The council rejected this plan";
    ResubmitHint =>
        "可以退回草案，按议事会的意见修改后重新公示，再提交议事会表决。原来的公示和表决结果保留在记录中。",
        "It can go back to a draft, be revised after the council's comments, posted again and put to the council again. The earlier notice and vote stay on record.";
    Resubmit => "退回草案，重新公示", "Back to a draft, to post again";
    StageContractorSelection => "比选施工单位", "Choosing a contractor";
    StageInProgress => "施工中", "In progress";
    StageAccepted => "已验收", "Accepted";
    StageClosed => "已结项", "Closed";

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

    RequestsTitle => "居民诉求", "Resident requests";
    RequestsIntro =>
        "任何居民都可以提出需要解决的问题。居民小组议事会据此起草项目方案，经公示和社区议事会表决后实施。",
        "Any resident can raise a need. The resident-group council turns it into a project plan, which is posted publicly and put to the community council.";
    RequestNew => "记录一条诉求", "Record a request";
    RequestTitleLabel => "标题", "Title";
    RequestDetailLabel => "具体情况", "What is the problem";
    PlaceLabel => "范围", "Where";
    ScopeCommunity => "全社区", "Whole community";
    RequestSubmit => "记录诉求", "Record the request";
    RequestRecorded => "诉求已记录。", "The request is recorded.";
    RequestsEmpty => "还没有诉求。", "No requests yet.";
    RequestHasProposal => "已转成项目：", "Became the project:";
    RequestDraftProposal => "起草项目方案", "Draft a project plan";
    NeedsCommunity => "请先在首页建立社区或载入示例社区。", "First found a community, or load the demo, on the home page.";
    RequiredTitle => "请填写标题。", "Please enter a title.";
    RequestCategoryLabel => "类别", "Category";
    CategoryFacilities => "设施维修", "Facilities and repairs";
    CategoryGreening => "绿化环境", "Greening";
    CategorySafety => "安全", "Safety";
    CategorySanitation => "环境卫生", "Sanitation";
    CategoryParking => "停车交通", "Parking and traffic";
    CategoryServices => "为老为小与活动", "Care and activities";
    CategoryNeighbours => "邻里关系", "Neighbours";
    CategoryOther => "其他", "Other";
    RequestSpotLabel => "具体位置（可不填）", "Exact place (optional)";
    RequestNameLabel => "提出人姓名（可不填）", "Raised by (name, optional)";
    FlatOrCodeOptional => "房号（楼栋-单元-房号）或住户码，可不填", "Flat (building-unit-room) or household code, optional";
    RaisedBy => "提出人：", "Raised by:";
    StatusLabel => "状态", "Status";
    FilterAll => "全部", "All";
    RequestStatusOpen => "待处理", "Open";
    RequestStatusProposal => "已立项", "Taken up";
    RequestStatusClosed => "已答复", "Answered";
    RequestAnswer => "不立项，答复并关闭", "Answer and close without a project";
    RequestReplyLabel => "答复内容", "Reply";
    RequestReplySubmit => "保存答复", "Save the reply";
    RequestReplyRequired => "请填写答复内容。", "Please write the reply.";
    RequestReply => "答复：", "Reply:";

    DraftTitle => "起草项目方案", "Draft a project plan";
    ProposalTitleLabel => "项目名称", "Project name";
    BudgetLines => "预算明细", "Budget lines";
    BudgetItem => "内容", "Item";
    AmountYuan => "金额（元）", "Amount (yuan)";
    AddLine => "添加一行", "Add a line";
    RemoveLine => "删除这一行", "Remove this line";
    FundingLines => "资金来源", "Funding";
    FundingSourceLabel => "来源", "Source";
    FundingPublic => "公共服务资金", "Public service funds";
    FundingMaintenance => "专项维修资金", "Maintenance fund";
    FundingSelfRaised => "居民自筹", "Raised by residents";
    FundingOther => "其他", "Other";
    BudgetTotal => "预算合计", "Budget total";
    FundingTotal => "资金合计", "Funding total";
    DraftSubmit => "保存草案", "Save the draft";
    EditDraftTitle => "修改项目草案", "Edit the draft plan";
    EditDraftHint =>
        "公示前可以修改名称、预算和资金来源；每次修改都记入项目经过。",
        "Until it is posted for notice, the title, budget and funding can be changed; each change is on the project's timeline.";
    EditDraftSubmit => "保存修改", "Save the changes";
    EditDraftMissing => "没有可以修改的草案（项目已公示或不存在）", "No draft to edit (the project is posted or does not exist)";
    EditDraft => "修改草案", "Edit the draft";
    GapReasonLabel => "差额原因（公示前必须说明）", "Why they differ (required before posting)";
    GapUnexplained => "公示时未说明差额原因。", "No reason for the difference was given when it was posted.";
    GapExplained => "差额原因：", "Why they differ:";
    AmountEmpty => "请填写金额。", "Please enter an amount.";
    AmountNotANumber => "金额只能包含数字、逗号和小数点。", "An amount may only contain digits, commas and a decimal point.";
    AmountNegative => "金额不能为负数。", "An amount cannot be negative.";
    AmountTooManyDecimals => "金额最多两位小数（到分）。", "An amount has at most two decimals (fen).";
    AmountTooLarge => "金额超出可记录的范围。", "That amount is beyond what can be recorded.";

    ProposalNotFound => "找不到这个项目", "Project not found";
    StageLabel => "阶段", "Stage";
    FromRequest => "来自诉求：", "From the request:";
    NoticeTitle => "公示", "Public notice";
    NoticeRuns => "公示期", "Notice period";
    NoticeEnded => "公示已结束。", "The notice period has ended.";
    PostNotice => "发布公示", "Post the public notice";
    NoticeDays => "公示天数", "Days on notice";
    NoticeDaysInvalid => "公示天数应为 1 到 60 之间的整数。", "Days on notice must be a whole number from 1 to 60.";
    Responses => "居民意见", "Residents' responses";
    ResponsesEmpty => "暂无意见。", "No responses yet.";
    StanceSupport => "支持", "Support";
    StanceObjection => "反对", "Objection";
    ResponseName => "姓名（可不填）", "Name (optional)";
    RoadshowTitle => "路演", "Roadshow";
    RoadshowHint =>
        "公示期满后，由居民小组向社区议事会介绍项目情况、资金来源和业主意见，然后表决。",
        "After the notice period, the resident group presents the project, its funding and the owners' views to the community council, which then votes.";
    RoadshowNone => "尚未记录路演。", "No roadshow recorded yet.";
    RoadshowRecord => "记录路演", "Record the roadshow";
    RoadshowPresenter => "介绍人", "Presented by";
    RoadshowGroup => "居民小组议事会（可不选）", "Resident-group council (optional)";
    RoadshowSummary => "介绍内容", "What was presented";
    ResponseText => "意见内容", "Response";
    ResponseSubmit => "提交意见", "Submit the response";
    ResponseRecorded => "意见已记录。", "The response is recorded.";
    HouseholdNotFound => "找不到这个房号或住户码。房号请按“楼栋-单元-房号”填写，如 1-2-301。", "No such flat or household code. Write a flat as building-unit-room, e.g. 1-2-301.";
    CouncilTitle => "社区议事会表决", "Community council vote";
    StartCouncilVote => "提交社区议事会表决", "Put to the community council";
    NoCouncil => "还没有社区议事会，无法表决。", "There is no community council to vote yet.";
    GoToVote => "查看表决", "Open the vote";
    Timeline => "办理过程", "Timeline";

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
    QuoteTieRequired => "请说明利益关联情况。", "Please describe the declared tie.";
    SelectionChoose => "选定施工单位", "Choose the contractor";
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

    DashTitle => "社区概况", "At a glance";
    DashTurnout => "进行中的表决：参与情况", "Open votes: who has voted";
    DashNoOpenVotes => "目前没有进行中的表决。", "No vote is open now.";
    DashMoney => "资金：项目预算与支出，居民自筹与使用", "Money: project budgets and spending, self-raised and used";
    DashBudgeted => "项目预算", "Project budgets";
    DashSpent => "项目支出", "Project spending";
    DashRaised => "居民自筹", "Raised by residents";
    DashRaisedSpent => "自筹已用", "Self-raised money used";
    DashStages => "项目所处阶段", "Projects by stage";
    DashNotices => "公示中", "On public notice";
    DashMeetings => "近期会议", "Next meetings";
    DashNoNotices => "没有正在公示的项目。", "No project is on public notice.";
    DashMore => "自筹、活动与会议", "Funds, activities and meetings";
    MeetingsTitle => "会议日历", "Meetings";
    MeetingsIntro =>
        "每月固定的业主接待日、联席会议，以及每次会议的议题、出席和纪要。日历可以导入手机。",
        "The monthly owners' reception day and joint meeting, and each meeting's agenda, attendance and minutes. The calendar imports into phones.";
    MeetingsLink => "会议日历", "Meeting calendar";
    MeetingsDownload => "下载日历（.ics，可导入手机）", "Download the calendar (.ics, for phones)";
    MeetingsUpcoming => "近期会议", "Coming up";
    MeetingsNone => "没有安排的会议。", "No meetings scheduled.";
    SeriesTitle => "每月例会", "Monthly meetings";
    SeriesSet => "设定例会", "Set a monthly meeting";
    SeriesEnd => "停止这个例会", "Stop this monthly meeting";
    SeriesEnded => "已停止", "Stopped";
    MeetingKindLabel => "会议类型", "Kind";
    MeetingKindReception => "业主接待日", "Owners' reception day";
    MeetingKindJoint => "联席会议", "Joint meeting";
    MeetingKindCouncil => "议事会会议", "Council meeting";
    MeetingKindOwners => "业主大会", "Owners' assembly";
    MeetingTitleLabel => "名称", "Name";
    RuleWeek => "每月第几个", "Which week";
    RuleWeekday => "星期", "Weekday";
    RuleFirst => "第一个", "First";
    RuleSecond => "第二个", "Second";
    RuleThird => "第三个", "Third";
    RuleFourth => "第四个", "Fourth";
    RuleLast => "最后一个", "Last";
    RuleDayOfMonth => "固定日期", "A fixed date";
    RuleDay => "每月几号（1–28）", "Day of the month (1–28)";
    Monday => "星期一", "Monday";
    Tuesday => "星期二", "Tuesday";
    Wednesday => "星期三", "Wednesday";
    Thursday => "星期四", "Thursday";
    Friday => "星期五", "Friday";
    Saturday => "星期六", "Saturday";
    Sunday => "星期日", "Sunday";
    MeetingTime => "开始时间", "Starts at";
    MeetingDuration => "时长（分钟）", "Length (minutes)";
    MeetingPlace => "地点（可不填）", "Place (optional)";
    MeetingSchedule => "安排一次会议", "Schedule a meeting";
    MeetingDate => "日期", "Date";
    MeetingAgenda => "议题（每行一项）", "Agenda (one item per line)";
    MeetingLinks => "讨论的诉求和项目", "Requests and projects discussed";
    MeetingsList => "会议记录", "Meetings on record";
    MeetingMinutes => "会议纪要", "Minutes";
    MeetingMinutesSave => "保存纪要", "Save the minutes";
    MeetingAttendance => "出席", "Attendance";
    MeetingPresent => "出席", "Present";
    MeetingAbsent => "缺席", "Absent";
    MeetingOrg => "组织（可不选）", "Body (optional)";
    TimeInvalid => "请填写有效的时间。", "Please enter a real time.";

    HandsTitle => "举手表决计票", "Show-of-hands count";
    HandsHint =>
        "议事会以举手方式表决时，由记录员一次登记各项票数，之后不能再逐一登记。",
        "When the council votes by show of hands, the secretary enters the counts once; individual ballots cannot be added after.";
    HandsSubmit => "登记举手结果", "Record the count";
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
    VoteDaysInvalid => "表决天数应为 1 到 90 之间的整数。", "Days open must be a whole number from 1 to 90.";
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

    KioskTitle => "自助投票", "Self-service voting";
    KioskIdentify => "请输入您家的房号", "Enter your flat number";
    KioskBuilding => "楼栋", "Building";
    KioskUnit => "单元", "Unit";
    KioskRoom => "房号", "Room";
    KioskCode => "或输入住户码（如 7KQ2-M9XD）", "Or your household code (e.g. 7KQ2-M9XD)";
    KioskNext => "下一步", "Next";
    KioskChoose => "请选择您的意见", "Choose your answer";
    KioskConfirm => "请确认您的选择", "Please confirm your choice";
    KioskYourChoice => "您的选择：", "Your choice:";
    KioskSubmit => "确认投票", "Confirm my vote";
    KioskBack => "返回修改", "Go back";
    KioskRecorded => "您的投票已记录，谢谢！", "Your vote is recorded. Thank you!";
    KioskSaving => "正在保存，请稍候…", "Saving, please wait…";
    KioskNextVoter => "下一位", "Next voter";
    KioskUnknownFlat => "没有找到这个房号或住户码，请核对后重新输入。", "That flat or household code was not found. Please check and try again.";
    KioskAlreadyVoted => "这户已经投过票，每户只能投一次。", "This household has already voted; each household votes once.";
    KioskCancel => "取消", "Cancel";
    KioskExit => "退出自助模式", "Leave kiosk mode";
    KioskPinPrompt => "请输入管理员密码（PIN）", "Enter the admin PIN";
    KioskPinWrong => "密码不正确。", "That PIN is not right.";
    KioskPinSet => "设置管理员密码（PIN）", "Set the admin PIN";
    KioskPinSetHint =>
        "自助模式需要管理员密码才能退出，防止投票人离开投票界面。密码只以加盐散列保存在本机。",
        "Leaving kiosk mode needs the admin PIN, so voters cannot leave the voting screen. Only a salted hash of it is kept on this device.";
    KioskPinFormat => "密码应为 4 到 12 位数字。", "The PIN must be 4 to 12 digits.";
    KioskPinMismatch => "两次输入的密码不一致，请重新输入。", "The two PINs differ. Please type them again.";
    PinCurrent => "当前密码", "Current PIN";
    PinNew => "新密码（4 到 12 位数字）", "New PIN (4 to 12 digits)";
    PinConfirm => "再输入一次新密码", "The new PIN again";
    PinSettingsTitle => "自助投票管理密码", "Kiosk admin PIN";
    PinSettingsHint =>
        "离开自助投票模式时需要这个密码。这台设备只保存它的加盐哈希。",
        "This PIN is needed to leave kiosk mode. This device keeps only its salted hash.";
    PinSettingsNone => "还没有设置密码：第一次进入自助投票模式时设置。", "No PIN yet: it is set on first entering kiosk mode.";
    PinChange => "修改密码", "Change the PIN";
    PinChanged => "密码已修改。", "The PIN is changed.";
    KioskLockTitle => "这台设备正用于自助投票", "This device is a voting kiosk";
    KioskLockHint =>
        "其他页面需要管理员密码。投票的居民请回到投票页面。",
        "Other pages need the admin PIN. Voters, please go back to the voting screen.";
    KioskLockBack => "回到投票", "Back to voting";
    KioskLockUnlock => "输入密码并退出自助模式", "Enter the PIN and leave kiosk mode";
    KioskFlat => "房号", "Flat";
    KioskCodeShown => "住户码", "Household code";
    KioskMatter => "表决事项", "Matter";
    KioskPinSave => "保存密码并进入自助模式", "Save the PIN and start kiosk mode";
    KioskPinSaveFailed => "密码没能保存到本机，无法进入自助模式。", "The PIN could not be saved on this device, so kiosk mode cannot start.";

    RegistryTitle => "住户登记", "Household register";
    RegistrySearch => "搜索房号、住户码或业主姓名", "Search by flat, household code or owner name";
    RegistryCompound => "小区", "Compound";
    RegistryAll => "全部小区", "All compounds";
    RegistryEmpty => "没有符合条件的住户。", "No households match.";
    RegistryFlat => "房号", "Flat";
    RegistryOwners => "业主", "Owners";
    RegistryArea => "面积", "Area";
    RegistryResidents => "居住人数", "Residents";
    RegistryAllOwners => "显示全部住户", "Show all households";
    RegistryPrevious => "上一页", "Previous";
    RegistryNext => "下一页", "Next";
    RegisterOutTitle => "导出和打印", "Export and print";
    RegisterOutHint =>
        "导出的名册可以用 Excel 或 WPS 打开，也可以改好后重新导入；导出的是上面所选小区的全部住户。",
        "The exported register opens in Excel or WPS and can be imported again after editing; it holds every household of the compound chosen above.";
    ExportCsv => "导出名册（CSV）", "Export the register (CSV)";
    ExportXlsx => "导出名册（Excel）", "Export the register (Excel)";
    ExportFileStem => "住户名册", "register";
    ExportBuilding => "楼栋", "Building";
    ExportUnit => "单元", "Unit";
    ExportRoom => "房号", "Room";
    ExportOwnerNames => "业主姓名", "Owners";
    ExportOwnerIds => "证件号码", "ID number";
    ExportArea => "建筑面积（㎡）", "Area (m²)";
    ExportAreaSource => "面积依据", "Area source";
    SignInTitle => "业主大会签到表", "Owners' meeting sign-in sheet";
    SignInHint =>
        "每栋楼打印一页：房号、业主、建筑面积，本人或委托代理人签名。签到表按登记簿生成，打印前请先导入最新名册。",
        "One printed page per building: flat, owner, floor area, and a column for the owner's or their proxy's signature. It follows the register, so import the latest roster before printing.";
    SignInChooseCompound => "请选择小区", "Choose a compound";
    SignInBuilding => "楼栋", "Building";
    SignInAllBuildings => "全部楼栋（每栋一页）", "Every building (a page each)";
    SignInPrint => "打印签到表", "Print the sign-in sheet";
    SignInEmpty => "这个小区还没有登记住户。", "This compound has no households registered yet.";
    SignInHeading => "业主大会签到表", "owners' meeting sign-in sheet";
    SignInMeeting => "会议名称：________________　日期：____年__月__日", "Meeting: ________________   Date: ____-__-__";
    SignInArea => "建筑面积（㎡）", "Area (m²)";
    SignInSignature => "本人签名", "Owner's signature";
    SignInProxy => "委托代理人签名", "Proxy's signature";
    AreaRegistered => "不动产登记", "registered";
    AreaSurveyed => "实测", "surveyed";
    AreaContract => "合同", "sale contract";
    ImportTitle => "导入住户名册", "Import a household roster";
    ImportHint =>
        "支持 Excel（.xlsx、.xls）、WPS/LibreOffice（.ods）和 CSV（UTF-8 或 GBK/GB18030）。表头可以在标题行下面，列名按常见写法识别（如 房号/室号、建筑面积/产权面积、业主/产权人、身份证号），也可以是一列“房屋编号”（如 1-1-101）；认不出的列由您对应一次，本机会记住。合计行、空行不导入。共有人可用“、”“，”“/”或“;”分隔；开发商持有的房屋在业主中写明“开发商”。导入到已登记的小区时，会先列出新增、业主变更、面积更正的住户。确认之前不会保存任何内容。",
        "Excel (.xlsx, .xls), WPS/LibreOffice (.ods) and CSV (UTF-8 or GBK/GB18030). The header may sit below title rows; column names are recognised as offices write them (房号/室号, 建筑面积/产权面积, 业主/产权人, 身份证号), or a single flat-number column (房屋编号, e.g. 1-1-101); columns that are not recognised you map once, and this device remembers it. Totals rows and blank lines are left out. Co-owners may be joined by 、 ， / or ;, and developer-held flats name a company with 开发商. Importing into a registered compound first lists new flats, owner changes and area corrections. Nothing is saved until you confirm.";
    ImportInto => "导入到小区", "Import into compound";
    ImportNewCompound => "新建小区：", "New compound:";
    ImportNewCompoundName => "新小区名称", "New compound's name";
    ImportFile => "选择名册文件（Excel 或 CSV）", "Choose the roster file (Excel or CSV)";
    ImportReading => "正在读取文件…", "Reading the file…";
    ImportPreview => "导入预览", "Preview";
    ImportConfirm => "确认导入", "Confirm the import";
    ImportCancel => "放弃", "Discard";
    ImportProblems => "以下行有问题，不会导入：", "These lines have problems and will not be imported:";
    ImportNothing => "文件里没有可以导入的住户。", "The file has no household that can be imported.";
    ImportSaving => "正在保存…", "Saving…";
    ImportWhichSheet => "这个工作簿有几张表，哪一张是住户名册？", "This workbook has several sheets: which one is the roster?";
    MappingTitle => "对应文件的列", "Match the file's columns";
    MappingChoose => "请选择列", "Choose a column";
    MappingNone => "（没有这一列）", "(no such column)";
    MappingCombined => "整个房号在一列（如 1-1-101、1栋1单元101室）", "Whole flat number in one column (e.g. 1-1-101)";
    MappingConfirm => "按这样读取并记住", "Read it this way and remember";
    MappingRemembered => "按本机记住的列对应读取。", "Read with the column matching this device remembered.";
    MappingChange => "修改对应", "Change it";
    ChangesTitle => "与名册相比", "Compared with the register";
    FlatHistory => "变更记录", "History";
    ImportNeedsCompound => "请选择小区，或填写新小区的名称。", "Choose a compound, or name a new one.";

    OrgsTitle => "自治组织", "Self-governing bodies";
    OrgsIntro =>
        "社区议事会、居民小组议事会、业主委员会等组织及其成员、职务和任期。议事会表决以表决开始时在任的成员为准。",
        "Councils, the owners' committee and the other bodies, with their members, roles and terms. A council vote counts the members in office when it opens.";
    OrgsEmpty => "还没有组织。", "No bodies yet.";
    OrgKindResidentGroupCouncil => "居民小组议事会", "Resident-group council";
    OrgKindCommunityCouncil => "社区议事会", "Community council";
    OrgKindOwnersCommittee => "业主委员会", "Owners' committee";
    OrgKindPropertyCompany => "物业服务企业", "Property company";
    OrgKindPartyBranch => "党支部", "Party branch";
    OrgKindResidentsCommittee => "居民委员会", "Residents' committee";
    RoleChair => "主任", "Chair";
    RoleViceChair => "副主任", "Vice-chair";
    RoleSecretary => "秘书", "Secretary";
    RoleMember => "成员", "Member";
    OrgNew => "新建组织", "Add a body";
    OrgKindLabel => "类型", "Kind";
    OrgNameLabel => "名称", "Name";
    OrgAdd => "新建", "Add";
    OrgMembers => "成员", "Members";
    MemberCount => "在任成员", "Members in office";
    MemberAdd => "添加成员", "Add a member";
    MemberName => "姓名", "Name";
    MemberMaskedId => "证件号码（脱敏，可不填）", "Masked ID number (optional)";
    MemberRole => "职务", "Role";
    MemberTermStart => "任期开始", "Term starts";
    MemberTermEnd => "任期结束（可不填）", "Term ends (optional)";
    MemberLeave => "离任", "Leaves office";
    MemberLeft => "已离任", "Left office";
    DateInvalid => "请填写有效的日期。", "Please enter a real date.";
    RequiredName => "请填写姓名。", "Please enter a name.";

    PrintResult => "打印结果公示（A4）", "Print the result notice (A4)";
    ResultNotice => "表决结果公示", "Notice of a vote's result";
    FundNotice => "自筹资金公示", "Notice of a self-raised fund";
    ProjectNotice => "项目公示", "Public notice of a project";
    FinalAccounts => "项目决算公示", "Final accounts of a project";
    ProjectReport => "项目情况", "Project report";
    PrintPosted => "打印", "Print:";
    PrintedAt => "打印时间：", "Printed:";

    NotFoundTitle => "找不到这个页面", "Page not found";
    NotFoundBody => "这个地址没有对应的页面：", "There is no page at this address:";
    NotFoundHome => "回到首页", "Back to home";

    NavExchange => "交换记录", "Exchange";
    ShareFile => "分享文件…", "Share the file…";
    ExchangeTitle => "交换记录", "Exchange records";
    ExchangeIntro =>
        "没有服务器：各台设备（秘书的手机、议事点的自助机、居民的手机）通过快照文件交换记录。导入的文件会先完整核验并预览，确认后才合并；同一条记录不会重复计入。",
        "There is no server: devices (the secretary's phone, the kiosks, residents' phones) exchange records as snapshot files. An imported file is checked in full and previewed, and merged only when you confirm; no event is ever counted twice.";
    ExportTitle => "导出", "Export";
    ExportAllHint => "整个社区的全部记录，用于备份或交给另一台设备。", "Every record of the community, as a backup or for another device.";
    ExportMine => "导出我在本机提交的内容", "Export my contributions";
    ExportMineHint =>
        "只含本机自己写下的记录（诉求、支持或反对、在本机投的票），文件很小，可发给议事会秘书。",
        "Only what this device wrote itself (requests, support or objections, ballots cast here): a small file to send to the council secretary.";
    ExportVote => "导出本次表决（可供核验）", "Export this vote (for checking)";
    ImportSnapshotTitle => "导入快照文件", "Import a snapshot file";
    ImportPick => "选择快照文件（.json）", "Choose a snapshot file (.json)";
    ImportDropHint => "也可以把文件拖到这里。文件大小在读取前检查。", "Or drop the file here. Its size is checked before it is read.";
    SnapshotReading => "正在读取并核验…", "Reading and checking…";
    ImportNothingChanged => "本机记录没有任何改变。", "Nothing on this device has changed.";
    ImportNotText =>
        "文件被拒绝：这不是文本文件（可能是图片、压缩包或其他二进制文件），不是共治快照。",
        "The file was refused: it is not a text file (perhaps an image, an archive or another binary file), so it is not a Gongzhi snapshot.";
    ImportUnreadable => "文件无法读取：", "The file could not be read:";
    FileCheckedTitle => "核验通过：", "Checked:";
    ReportFormat => "格式", "Format";
    ReportExported => "导出", "Exported";
    ReportScope => "内容", "Contents";
    ReportEvents => "记录", "Events";
    ReportChains => "哈希链与签名", "Hash chains and signatures";
    ReportChainsOk => "完整：每条记录的哈希、每台设备的链和签名都已核验 ✓", "Intact: every event's hash, every device's chain and signature checked ✓";
    ReportDigest => "摘要", "Digest";
    ReportDigestOk => "与内容相符 ✓", "matches the content ✓";
    ScopeCommunityFile => "整个社区", "The whole community";
    ScopeVoteFile => "一次表决及其核验所需的全部记录：", "One vote, with every event needed to check it:";
    ScopeMineFile => "一台设备自己提交的内容：", "One device's own contributions:";
    MergePreviewTitle => "合并后将会", "What a merge would add";
    MergeNewConflicts => "新发现的重复投票", "New double ballots";
    MergeNothingNew => "本机已有这个文件中的全部记录，无需合并。", "This device already holds everything in this file; there is nothing to merge.";
    MergeConfirm => "确认合并到本机", "Merge into this device";
    OpenReadOnly => "只读查看（不合并）", "Open read-only (do not merge)";
    ReadOnlyTitle => "只读查看：", "Read-only:";
    ReadOnlyNotice =>
        "这里显示的是文件本身的内容，没有保存到本机，也没有改变本机的任何记录。",
        "This shows the file's own contents. Nothing from it is stored on this device, and this device's records are unchanged.";
    ReadOnlyClose => "关闭只读查看", "Close the read-only view";
    ConflictsTitle => "重复投票（同一户在两台设备上投票）", "Double ballots (one voter on two devices)";
    ConflictsNone => "没有重复投票。", "No double ballots.";
    QrTitle => "结果二维码", "Result QR code";
    QrLabel => "表决结果二维码", "QR code of the vote result";
    QrHint =>
        "用手机扫描二维码，可以看到本次表决的票数、结论和核对码。",
        "Scan the code with a phone to see this vote's counts, verdict and check code.";
    HowToCheck =>
        "如何核对：向社区索取本次表决的记录文件，在共治应用的“交换记录”页选择“只读查看”打开，本表决下显示的核对码与下面这一串相同，就说明张贴的结果与记录一致，没有被改动。",
        "To check: open this vote's record file (ask the community for it) read-only on the Gongzhi exchange page; if its check code for this vote is the one below, this is the result on record.";
    CheckCode => "核对码：", "Check code:";
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
    TrustedTitle => "可信设备", "Trusted devices";
    TrustedHint =>
        "社区记录中的可信设备名单。导入文件时，每台设备的签名都按这份名单显示为“可信”或“未知设备”。只有管理设备可以添加或撤销。",
        "The community record's list of trusted devices. When a file is imported, each device's signature is shown as trusted or unknown by this list. Only an admin device can add or revoke.";
    OwnTrustAdmin => "这台设备是管理设备。", "This device is an admin device.";
    OwnTrustTrusted => "这台设备是可信设备。", "This device is trusted.";
    OwnTrustRevoked => "这台设备的信任已被撤销。", "This device's trust has been revoked.";
    OwnTrustUnknown => "这台设备不在可信名单中。请把上面的设备编号交给管理员。", "This device is not on the trusted list. Give the device id above to an admin.";
    TrustLabel => "名称", "Name";
    TrustState => "状态", "Status";
    TrustStateRevoked => "已撤销", "revoked";
    TrustRevoke => "撤销", "Revoke";
    TrustAddTitle => "添加可信设备", "Add a trusted device";
    TrustDeviceField => "设备编号（64 位，见该设备的设置页）", "Device id (64 characters, on that device's settings page)";
    TrustAdd => "添加", "Add";
    TrustBadId => "设备编号应为 64 位小写十六进制字符。", "A device id is 64 lower-case hexadecimal characters.";
    TrustNeedsLabel => "请填写设备名称，例如“北苑自助机 2”。", "Give the device a name, such as \"Beiyuan kiosk 2\".";
    TrustSaved => "已添加。", "Added.";
    TrustRoleField => "角色", "Role";
    TrustHouseholdField => "这部手机代表的住户（房号或住户码）", "The household this phone is for (flat or household code)";
    TrustHouseholdUnknown => "找不到这一户。请输入楼栋-单元-房号（如 1-1-101）或住户码。", "No such household. Type building-unit-room (such as 1-1-101) or the household code.";
    OwnTrustResident => "这台设备登记为住户本人手机：", "This device is enrolled as a resident's own phone for";
    OwnDeviceQr => "设备编号二维码（给管理员或秘书扫描）", "The device id as a QR code (for the admin or secretary to scan)";
    UnconfirmedTitle => "待核实的选票", "Ballots waiting for confirmation";
    UnconfirmedHint => "这些选票来自未登记该户的手机。核实投票人确为该户业主后，点“确认计入”。", "These ballots come from phones not enrolled for the household. After checking that the voter is that household's owner, confirm the ballot.";
    UnconfirmedConfirm => "确认计入", "Confirm";
    UnconfirmedRecorded => "已记录，待工作人员核实本人后计入。", "Recorded; it counts once a clerk has checked the person.";
    SetAsideTitle => "不计入的记录", "Events that do not count";
}

mod authority;
mod correction;
mod exchange;
mod format;
mod kinds;
mod plan;
mod poster;
mod refusal;
mod roster;
mod spreadsheet;

pub use authority::*;
pub use correction::*;
pub use exchange::*;
pub use format::*;
pub use kinds::kind_label;
pub use plan::funding_gap_text;
pub use poster::*;
pub use refusal::refusal_text;
pub use roster::*;
pub use spreadsheet::{sheet_error_text, spreadsheet_error_text};

/// The current language, provided once at the root; components read texts through it.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: Signal<Lang>,
}

impl I18n {
    /// A reactive text: re-renders when the language changes.
    pub fn t(self, msg: Msg) -> impl Fn() -> &'static str + Clone + Send + Sync + 'static {
        move || msg.text(self.lang.get())
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_both_languages() {
        for msg in Msg::ALL {
            for lang in [Lang::Zh, Lang::En] {
                let text = msg.text(lang);
                assert!(!text.trim().is_empty(), "{msg:?} is empty in {lang:?}");
                assert_eq!(
                    text,
                    text.trim(),
                    "{msg:?} has stray white space in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn chinese_texts_are_chinese() {
        let has_cjk = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        // Language names are written in their own language, whatever the UI language.
        let exempt = [
            Msg::SwitchLanguage,
            Msg::SwitchLanguageLabel,
            Msg::SettingsLanguageEn,
        ];
        for msg in Msg::ALL.iter().filter(|m| !exempt.contains(m)) {
            assert!(has_cjk(msg.text(Lang::Zh)), "{msg:?} has no Chinese text");
        }
    }

    #[test]
    fn damage_is_counted_in_both_languages() {
        assert_eq!(damage_summary(Lang::Zh, 1, 0), "1 条记录无法读取");
        assert_eq!(
            damage_summary(Lang::Zh, 2, 1_200),
            "2 条记录无法读取，1,200 条记录未通过核验"
        );
        assert_eq!(damage_summary(Lang::En, 1, 0), "1 record could not be read");
        assert_eq!(
            damage_summary(Lang::En, 0, 3),
            "3 records failed verification"
        );
    }

    #[test]
    fn sizes_are_rounded_to_a_tenth_of_a_megabyte() {
        assert_eq!(megabytes(0), "0.0 MB");
        assert_eq!(megabytes(49_999), "0.0 MB");
        assert_eq!(megabytes(50_000), "0.1 MB");
        assert_eq!(megabytes(58_300_000), "58.3 MB");
        assert_eq!(megabytes(1_234_560_000_000), "1,234,560.0 MB");
    }

    #[test]
    fn negotiation_takes_the_first_known_language() {
        assert_eq!(Lang::negotiate(&["en-US", "zh-CN"]), Lang::En);
        assert_eq!(Lang::negotiate(&["zh-TW", "en"]), Lang::Zh);
        assert_eq!(Lang::negotiate(&["fr-FR", "EN_gb"]), Lang::En);
        assert_eq!(Lang::negotiate(&["fr", "de"]), Lang::Zh);
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::Zh);
    }

    #[test]
    fn lang_tags_round_trip_through_serde() {
        for lang in [Lang::Zh, Lang::En] {
            let json = serde_json::to_string(&lang).unwrap();
            assert_eq!(json, format!("\"{}\"", lang.tag()));
            assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), lang);
        }
    }
}
