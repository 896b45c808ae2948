//! Texts of a project from draft to council: stages, funding, the public notice and the roadshow.

use super::lang::Lang;
use super::msg::Msg;
use super::units::money;

messages! {
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
    PostNoticeOpen => "发布公示…", "Post the public notice…";
    PostNoticeQuestion => "发布这份方案的公示？", "Post this plan for public notice?";
    PostNoticeFinal =>
        "公示一经发布不能撤回：方案从此不能再修改，居民在公示期内可以实名提出意见。",
        "Once posted, a notice cannot be withdrawn: the plan can no longer be edited, and residents may answer under their names until it ends.";
    NoticeDays => "公示天数", "Days on notice";
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
pub fn standing_name(standing: gongzhi_core::rules::lifecycle::Standing) -> Msg {
    use gongzhi_core::rules::lifecycle::Standing;
    match standing {
        Standing::At(stage) => stage_name(stage),
        Standing::NoticeEnded => Msg::StageNoticeEnded,
    }
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

/// `支持 3 条，反对 1 条` / `3 in support, 1 objecting`.
pub fn stance_name(stance: gongzhi_core::model::Stance) -> Msg {
    match stance {
        gongzhi_core::model::Stance::Support => Msg::StanceSupport,
        gongzhi_core::model::Stance::Objection => Msg::StanceObjection,
    }
}

pub fn response_counts(lang: Lang, support: usize, objection: usize) -> String {
    match lang {
        Lang::Zh => format!("支持 {support} 条，反对 {objection} 条"),
        Lang::En => format!("{support} in support, {objection} objecting"),
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
