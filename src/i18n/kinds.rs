//! What each kind of event is called, for residents: a merge preview lists the kinds a file adds,
//! and `ballot_cast × 3` means nothing to a secretary. The file's own name for a kind (the
//! payload's `type`, see public/snapshot.schema.json) stays visible for auditors.

use super::lang::Lang;

/// The resident-facing name of a payload `type`; `None` for a kind this build does not know (a
/// newer file's), which the page then shows by its file name.
pub fn kind_label(lang: Lang, kind: &str) -> Option<&'static str> {
    let (zh, en) = match kind {
        "community_founded" => ("建立社区记录", "Community record founded"),
        "device_trusted" => ("信任设备", "Device trusted"),
        "device_revoked" => ("撤销设备信任", "Device trust revoked"),
        "compound_added" => ("添加小区", "Compound added"),
        "building_added" => ("添加楼栋", "Building added"),
        "unit_added" => ("添加单元", "Unit added"),
        "household_added" => ("添加住户", "Household added"),
        "household_changed" => ("住户信息变更", "Household changed"),
        "person_added" => ("添加居民", "Resident added"),
        "organisation_added" => ("添加组织", "Organisation added"),
        "member_appointed" => ("任命成员", "Member appointed"),
        "member_left" => ("成员离任", "Member left"),
        "request_raised" => ("提出诉求", "Request raised"),
        "request_closed" => ("诉求办结", "Request closed"),
        "proposal_drafted" => ("起草项目", "Project drafted"),
        "proposal_revised" => ("修改项目草案", "Project draft revised"),
        "notice_posted" => ("公示", "Public notice posted"),
        "notice_response" => ("公示意见", "Response to a notice"),
        "response_confirmed" => ("核实公示意见", "Response confirmed"),
        "ballot_confirmed" => ("核实选票", "Ballot confirmed"),
        "ballot_dismissed" => ("不予计入待核实选票", "Waiting ballot dismissed"),
        "ballot_corrected" => ("更正选票", "Ballot corrected"),
        "roadshow_held" => ("项目路演", "Roadshow held"),
        "vote_opened" => ("发起表决", "Vote opened"),
        "ballot_cast" => ("投票", "Ballot cast"),
        "paper_ballot_entered" => ("录入纸质表决票", "Paper ballot keyed"),
        "hands_counted" => ("举手表决计票", "Show of hands counted"),
        "vote_closed" => ("结束表决", "Vote closed"),
        "contractor_selection_started" => ("开始比选", "Contractor comparison started"),
        "bid_submitted" => ("提交报价", "Quote submitted"),
        "contractor_chosen" => ("选定施工方", "Contractor chosen"),
        "work_accepted" => ("项目验收", "Work accepted"),
        "proposal_closed" => ("项目结项", "Project closed"),
        "pledge_made" => ("认捐", "Pledge made"),
        "receipt_recorded" => ("记录收款", "Receipt recorded"),
        "expense_recorded" => ("记录支出", "Expense recorded"),
        "fund_opened" => ("发起自筹", "Fund opened"),
        "fund_pledged" => ("自筹认捐", "Pledge to a fund"),
        "fund_received" => ("自筹收款", "Fund payment received"),
        "fund_spent" => ("自筹支出", "Fund spending"),
        "fund_settled" => ("自筹结算", "Fund settled"),
        "meeting_scheduled" => ("安排会议", "Meeting scheduled"),
        "meeting_series_set" => ("设定例会", "Regular meetings set"),
        "meeting_series_ended" => ("停止例会", "Regular meetings ended"),
        "attendance_recorded" => ("记录出席", "Attendance recorded"),
        "minutes_recorded" => ("记录会议纪要", "Minutes recorded"),
        "activity_held" => ("记录活动", "Activity recorded"),
        _ => return None,
    };
    Some(if lang == Lang::En { en } else { zh })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// The published schema lists exactly the kinds a file may hold (a core test holds it to
    /// `Payload`), so every one of them has a name in both languages.
    #[test]
    fn every_published_kind_has_a_name_in_both_languages() {
        let schema: Value =
            serde_json::from_str(include_str!("../../public/snapshot.schema.json")).unwrap();
        let kinds = schema["$defs"]["payload"]["oneOf"].as_array().unwrap();
        assert!(kinds.len() > 40);
        for k in kinds {
            let kind = k["properties"]["type"]["const"].as_str().unwrap();
            for lang in [Lang::Zh, Lang::En] {
                assert!(
                    kind_label(lang, kind).is_some(),
                    "{kind} has no {lang:?} name"
                );
            }
            assert_ne!(kind_label(Lang::Zh, kind), kind_label(Lang::En, kind));
        }
        assert_eq!(kind_label(Lang::Zh, "from_a_newer_version"), None);
    }
}
