//! Texts of residents' requests: categories, statuses and support.

use super::lang::Lang;
use super::msg::Msg;
use super::project::stage_name;

messages! {
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
    RaisedBy => "提出人", "Raised by";
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
    RequestAnswerQuestion => "答复并关闭这条诉求？", "Answer and close this request?";
    RequestAnswerFinal =>
        "关闭后这条诉求不能再起草项目方案；答复会显示在诉求列表里，居民都能看到。",
        "Once closed, no project can be drafted from this request; the reply shows in the list of requests for every resident to read.";
    RequestAnswerConfirm => "确认答复并关闭", "Yes, answer and close";
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
pub fn request_status_text(
    lang: Lang,
    status: gongzhi_core::rules::state::RequestStatus,
) -> String {
    use gongzhi_core::rules::state::RequestStatus as S;
    match status {
        S::Open => Msg::RequestStatusOpen.text(lang).into(),
        S::Closed => Msg::RequestStatusClosed.text(lang).into(),
        S::Proposal(stage) => labelled(
            lang,
            Msg::RequestStatusProposal.text(lang),
            stage_name(stage).text(lang),
        ),
    }
}

/// Who raised a request: `提出人：周桂芳`, `Raised by: 周桂芳`.
pub fn raised_by(lang: Lang, who: &str) -> String {
    labelled(lang, Msg::RaisedBy.text(lang), who)
}

/// `标签：内容` / `Label: value`: each language's colon, English's with its space.
fn labelled(lang: Lang, label: &str, value: &str) -> String {
    match lang {
        Lang::Zh => format!("{label}：{value}"),
        Lang::En => format!("{label}: {value}"),
    }
}
