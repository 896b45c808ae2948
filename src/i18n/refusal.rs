//! Why the rules refused a command, in the user's language. The core keeps every refusal's
//! figures structured; English is its own plain text, Chinese is written here.

use super::lang::Lang;
use super::project::stage_name;
use super::units::{date_time, money};
use gongzhi_core::rules::refusal::{Field, QuoteFigure, Refusal, StageAction, VoterKind};

pub fn refusal_text(lang: Lang, refusal: &Refusal) -> String {
    match (lang, refusal) {
        // The core's English names a kind of event by the file's word for it ("ballot_confirmed");
        // a resident reads the name the app gives it.
        (Lang::En, Refusal::NotAllowed { device, kind, denied }) => {
            super::authority::not_allowed(lang, &device.short(), *kind, denied)
        }
        (Lang::En, Refusal::CutMissing { kind }) => format!(
            "This “{}” does not say which records its device had received, though the device said so before: without it only the device's own clock could tell, so it is not used.",
            super::kinds::kind_label(lang, kind.name()).unwrap_or(kind.name())
        ),
        (Lang::En, _) => refusal.to_string(),
        (Lang::Zh, _) => chinese(refusal),
    }
}

fn stage(s: gongzhi_core::model::Stage) -> &'static str {
    stage_name(s).text(Lang::Zh)
}

fn field(f: Field) -> &'static str {
    match f {
        Field::ActivityTitle => "活动名称",
        Field::BudgetItem => "预算项目",
        Field::BuildingName => "楼栋名称",
        Field::ChoiceReason => "选定理由",
        Field::ClerkName => "录入人姓名",
        Field::CommunityName => "社区名称",
        Field::CompoundName => "小区名称",
        Field::ContractorName => "施工单位名称",
        Field::CorrectionReason => "更正原因",
        Field::DeviceLabel => "设备名称",
        Field::ExpenseDescription => "支出说明",
        Field::Findings => "验收意见",
        Field::FundTitle => "自筹项目名称",
        Field::InspectorName => "验收人姓名",
        Field::MeetingTitle => "会议名称",
        Field::Minutes => "会议纪要",
        Field::Name => "姓名",
        Field::OrganisationName => "组织名称",
        Field::Presenter => "介绍人",
        Field::ProposalTitle => "项目名称",
        Field::Reply => "答复内容",
        Field::RequestTitle => "诉求标题",
        Field::RoomNumber => "房号",
        Field::SurplusUse => "结余去向",
        Field::UnitName => "单元名称",
        Field::VoteTitle => "表决事项",
        Field::DismissalReason => "不予计入的原因",
        Field::DeclaredInterest => "利益关联说明",
    }
}

fn voters(v: VoterKind) -> &'static str {
    match v {
        VoterKind::CouncilMembers => "议事会成员",
        VoterKind::Households => "住户",
    }
}

fn stage_action(a: StageAction) -> &'static str {
    match a {
        StageAction::ReviseBudget => "只有草案可以修改预算",
        StageAction::RespondToNotice => "只有公示期间可以提意见",
        StageAction::TakeBids => "只有比选阶段可以登记报价",
        StageAction::PresentToCouncil => "只有公示期满后、表决结束前可以路演",
        StageAction::RecordExpenses => "只有施工阶段可以登记支出",
    }
}

fn chinese(refusal: &Refusal) -> String {
    use Refusal::*;
    let at = |ms: i64| date_time(Lang::Zh, ms);
    match refusal {
        NoCommunity => "这里还没有社区，请先建立社区。".into(),
        CommunityAlreadyFounded { name } => format!("这份记录已属于{name}，不能再建立社区。"),
        Unknown { id, .. } => format!("找不到编号为 {id:?} 的记录。"),
        NotAllowed {
            device,
            kind,
            denied,
        } => super::authority::not_allowed(Lang::Zh, &device.short(), *kind, denied),
        EnrolmentInvalid { role } => match role {
            gongzhi_core::rules::authority::DeviceRole::Resident => {
                "住户本人手机必须登记为某一户。".into()
            }
            _ => "只有住户手机登记住户；只有管理设备标为管理。".into(),
        },
        NothingToConfirm { event } => format!("编号 {event:?} 没有待核实的选票或意见。"),
        GapReasonMissing { .. } => "预算与资金来源不一致，请先说明原因。".into(),
        AcceptedInFuture { on_ms } => {
            format!("验收日期 {} 还没有到。", super::units::date_only(Lang::Zh, *on_ms))
        }
        PhotoHashInvalid => "照片的 SHA-256 应为 64 位 0-9、a-f 字符。".into(),
        NothingToCorrect { event } => format!("本次表决没有编号为 {event:?} 的已计选票。"),
        CorrectionUnchanged { voter, choice } => format!(
            "{voter} 的选票已经按“{}”计入，无需更正。",
            super::vote::choice_name(*choice).text(Lang::Zh)
        ),
        ProjectVoteRule { council } => {
            format!("项目由{council}表决，须全体成员三分之二以上同意。")
        }
        NoCommunityCouncil => "本社区还没有社区议事会，请先在“组织”页添加。".into(),
        NoticePeriodOutOfRange { min_days, max_days } => {
            format!("公示期为 {min_days} 至 {max_days} 天。")
        }
        PaidInFuture { on_ms } => format!(
            "付款日期 {} 还没有到：支出要在付款之后登记。",
            super::units::date_only(Lang::Zh, *on_ms)
        ),
        VoteLengthOutOfRange { min_days, max_days } => {
            format!("表决天数应为 {min_days} 到 {max_days} 之间的整数。")
        }
        UnknownDevice { device } => format!("设备 {} 不在设备名单上。", device.short()),
        EmptyText { field: f } => format!("{}不能为空。", field(*f)),
        MissingArea { household_label } => {
            format!("{household_label} 户需要填写面积（不动产登记、测绘或购房合同面积）。")
        }
        NoOwners { household_label } => format!("{household_label} 户至少需要一位业主。"),
        VotingClosed { closed_at_ms } => format!("表决已于 {} 截止。", at(*closed_at_ms)),
        ArrivedAfterClose {
            vote_title,
            closed_at_ms,
        } => format!(
            "“{vote_title}”已于 {} 结束表决，结束表决的设备当时没有收到这一条：它在结束之后才送达，不计入。",
            at(*closed_at_ms)
        ),
        QuoteFigureOutOfRange { figure, found, max } => match figure {
            QuoteFigure::DurationDays => format!("工期应为 1 至 {max} 天，不是 {found} 天。"),
            QuoteFigure::WarrantyMonths => format!("保修期应为 1 至 {max} 个月，不是 {found} 个月。"),
        },
        CutMissing { kind } => format!(
            "这条“{}”没有写明当时收到了哪些记录，而这台设备以前都写明：不写就只能凭它自己设定的时钟判断，不予采用。",
            super::kinds::kind_label(Lang::Zh, kind.name()).unwrap_or(kind.name())
        ),
        CutBeyondItself => "这次结束表决声称收到了比它自己更晚写下的记录，不予采用。".into(),
        AfterRevocation { device, last_seq } => format!(
            "设备 {} 被撤销后写入（撤销时保留了它的前 {last_seq} 条记录），不计入。",
            device.short()
        ),
        VoteAlreadyClosed { vote_title } => format!("“{vote_title}”的表决已经结束。"),
        HouseholdAlreadyVoted {
            household_label,
            voted_through,
            voted_at_ms,
        } => {
            let when = at(*voted_at_ms);
            if household_label == voted_through {
                format!("{household_label} 户已于 {when} 投过票。")
            } else {
                format!("{household_label} 户的业主已于 {when} 通过 {voted_through} 户投过票。")
            }
        }
        MemberAlreadyVoted { member_name } => format!("{member_name}已经表决过。"),
        NotAMember {
            person_name,
            organisation,
        } => format!("{person_name}不是{organisation}的成员。"),
        OutOfScope {
            household_label,
            compound,
            of,
            title,
        } => {
            let area = match of {
                gongzhi_core::rules::refusal::EntityKind::Vote => "表决",
                gongzhi_core::rules::refusal::EntityKind::Fund => "筹款",
                _ => "项目",
            };
            format!("{compound} {household_label} 户不在“{title}”的{area}范围内。")
        }
        WrongKindOfVoter {
            vote_title,
            expected,
        } => format!("“{vote_title}”只能由{}表决。", voters(*expected)),
        MatterOutOfRange { matter } => {
            format!("事项 {matter} 不是《民法典》第二百七十八条所列的九类事项（1 至 9）之一。")
        }
        NotACouncil { organisation } => format!("{organisation}不是议事会，不能发起议事会表决。"),
        CountedByShowOfHands { vote_title } => {
            format!("“{vote_title}”已按举手结果计票，不能再逐一登记。")
        }
        CountedByRollCall { vote_title } => {
            format!("“{vote_title}”已有记名表决或举手计票结果。")
        }
        HandsExceedMembers { counted, members } => {
            format!("举手共 {counted} 票，但议事会只有 {members} 名成员。")
        }
        IllegalStep {
            proposal_title,
            stage: now,
            attempted,
        } => format!(
            "项目“{proposal_title}”处于“{}”阶段，不能进入“{}”。",
            stage(*now),
            stage(*attempted)
        ),
        NoticeStillOpen {
            proposal_title,
            closes_at_ms,
        } => format!(
            "项目“{proposal_title}”的公示到 {} 结束，之后议事会才能表决。",
            at(*closes_at_ms)
        ),
        NoticeWindowInvalid {
            opens_ms,
            closes_ms,
        } => format!(
            "公示结束时间（{}）必须晚于开始时间（{}）。",
            at(*closes_ms),
            at(*opens_ms)
        ),
        OutsideNoticeWindow {
            opens_ms,
            closes_ms,
        } => format!(
            "只能在公示期间（{} 至 {}）提出意见。",
            at(*opens_ms),
            at(*closes_ms)
        ),
        CouncilVoteNeedsCouncilKind => "项目应提交议事会表决，而不是业主表决。".into(),
        AmountNotPositive { amount } => {
            format!("金额必须大于零（填写的是 {}）。", money(Lang::Zh, *amount))
        }
        AmountTooLarge { total, max } => format!(
            "合计将达到 {}，超出可记录的上限 {}。",
            money(Lang::Zh, *total),
            money(Lang::Zh, *max)
        ),
        AreaTooLarge {
            household_label,
            max,
        } => format!("{household_label} 户的面积超过 {max}，请核对。"),
        BidOfOtherProposal { proposal_title, .. } => {
            format!("这份报价不是为“{proposal_title}”提交的。")
        }
        NoSuchBudgetLine { index, lines } => {
            format!("没有第 {} 项预算；预算共 {lines} 项。", index + 1)
        }
        VoteDeadlineInPast { closes_at_ms } => {
            format!("截止时间 {} 已经过去。", at(*closes_at_ms))
        }
        RequestNotOpen { request_title } => {
            format!("诉求“{request_title}”已经答复或已经立项。")
        }
        RecurrenceInvalid => {
            "每月的会议须选定第几周（第一至第四或最后一周）和星期几，或 1 至 28 日中的一天，以及当天的开始时间和时长。".into()
        }
        SeriesEnded { title } => format!("例会“{title}”已经停止。"),
        FundOverdrawn {
            fund_title,
            balance,
        } => format!(
            "“{fund_title}”现有余额 {}，支出不能超过余额。",
            money(Lang::Zh, *balance)
        ),
        FundSettled { fund_title } => format!("“{fund_title}”已经结算，不能再登记收支。"),
        SameClerkBothRounds { clerk } => {
            format!("{clerk}已经录入了另一轮，第二轮录入须由另一个人完成。")
        }
        RequestAlreadyTaken { request_title } => {
            format!("诉求“{request_title}”已经转成项目。")
        }
        NotAtStage {
            proposal_title,
            stage: now,
            action,
            ..
        } => format!(
            "项目“{proposal_title}”处于“{}”阶段；{}。",
            stage(*now),
            stage_action(*action)
        ),
        ProposalFinished {
            proposal_title,
            stage: now,
        } => format!(
            "项目“{proposal_title}”已{}，不能再登记新的内容。",
            stage(*now)
        ),
        QuorumInvalid { num, den } => {
            format!("法定人数 {num}/{den} 不是介于零和全体之间的比例。")
        }
        ClockExhausted => {
            "这份记录含有一个不可能的时钟值，之后无法再添加记录；它来自损坏或伪造的文件。".into()
        }
        TermInvalid { start_ms, end_ms } => format!(
            "任期结束日期（{}）必须晚于开始日期（{}）。",
            at(*end_ms),
            at(*start_ms)
        ),
        OutOfDate => "保存期间记录发生了变化，这次没有记录，请再试一次。".into(),
    }
}

/// A refusal held by a signal: put into words where it is shown, in the language current then.
impl From<Refusal> for super::msg::Said {
    fn from(refusal: Refusal) -> Self {
        super::msg::Said::new(move |lang| refusal_text(lang, &refusal))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gongzhi_core::time::cst_to_unix_ms;

    #[test]
    fn refusals_read_as_plain_chinese_with_their_figures() {
        let closed = Refusal::VotingClosed {
            closed_at_ms: cst_to_unix_ms(2025, 5, 1, 20, 0),
        };
        assert_eq!(
            refusal_text(Lang::Zh, &closed),
            "表决已于 2025年5月1日 20:00 截止。"
        );
        assert_eq!(
            refusal_text(Lang::En, &closed),
            "voting closed at 20:00 on 1 May 2025"
        );
        let empty = Refusal::EmptyText {
            field: Field::ProposalTitle,
        };
        assert_eq!(refusal_text(Lang::Zh, &empty), "项目名称不能为空。");
        assert_eq!(
            refusal_text(Lang::En, &empty),
            "the project title must not be empty"
        );
    }

    /// What a resident reads names the kind of event as the app does, never the file's word
    /// for it or a type's name (walkthrough, issue 40).
    #[test]
    fn a_refused_device_is_told_in_words_not_file_names() {
        use gongzhi_core::log::payload::Kind;
        use gongzhi_core::rules::authority::{Denied, DeviceRole};
        use gongzhi_core::{DeviceId, EventId, HouseholdId};
        let device = DeviceId([7; 32]);
        let enrolled = HouseholdId(EventId { device, seq: 26 });
        for denied in [
            Denied::NotTrusted,
            Denied::Revoked,
            Denied::WrongRole {
                role: DeviceRole::Resident,
                needed: DeviceRole::Clerk,
            },
            Denied::NotEnrolledFor { enrolled },
        ] {
            let refusal = Refusal::NotAllowed {
                device,
                kind: Kind::BallotConfirmed,
                denied,
            };
            for lang in [Lang::Zh, Lang::En] {
                let text = refusal_text(lang, &refusal);
                assert!(!text.contains("ballot_confirmed"), "{text}");
                assert!(!text.contains("HouseholdId"), "{text}");
                assert!(text.contains(&device.short()), "{text}");
            }
        }
        let revoked = Refusal::NotAllowed {
            device,
            kind: Kind::DeviceRevoked,
            denied: Denied::Revoked,
        };
        assert_eq!(
            refusal_text(Lang::En, &revoked),
            format!("Device {} has had its trust revoked, so what it recorded (“Device trust revoked”) does not count.", device.short())
        );
        // The core's own English (the CLI's) names a household by its id, not its type.
        let other = Refusal::NotAllowed {
            device,
            kind: Kind::BallotCast,
            denied: Denied::NotEnrolledFor { enrolled },
        };
        assert!(!other.to_string().contains("HouseholdId"), "{other}");
    }
}
