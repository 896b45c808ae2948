//! Texts of the dashboard and meetings: reception days, joint meetings and recurrence.

use super::lang::Lang;
use super::msg::Msg;

messages! {
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
    MeetingOrg => "组织（可不选）", "Organisation (optional)";
    TimeInvalid => "请填写有效的时间。", "Please enter a real time.";
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
