//! Texts of the organisations page: councils, roles and members.

use super::msg::Msg;

messages! {
    OrganisationsTitle => "自治组织", "Self-governing organisations";
    OrganisationsIntro =>
        "社区议事会、居民小组议事会、业主委员会等组织及其成员、职务和任期。议事会表决以表决开始时在任的成员为准。",
        "Councils, the owners' committee and the other organisations, with their members, roles and terms. A council vote counts the members in office when it opens.";
    OrganisationsEmpty => "还没有组织。", "No organisations yet.";
    OrganisationKindResidentGroupCouncil => "居民小组议事会", "Resident-group council";
    OrganisationKindCommunityCouncil => "社区议事会", "Community council";
    OrganisationKindOwnersCommittee => "业主委员会", "Owners' committee";
    OrganisationKindPropertyCompany => "物业服务企业", "Property company";
    OrganisationKindPartyBranch => "党支部", "Party branch";
    OrganisationKindResidentsCommittee => "居民委员会", "Residents' committee";
    RoleChair => "主任", "Chair";
    RoleViceChair => "副主任", "Vice-chair";
    RoleSecretary => "秘书", "Secretary";
    RoleMember => "成员", "Member";
    OrganisationNew => "新建组织", "Add an organisation";
    OrganisationKindLabel => "类型", "Kind";
    OrganisationNameLabel => "名称", "Name";
    OrganisationAdd => "新建", "Add";
    OrganisationMembers => "成员", "Members";
    MemberCount => "在任成员", "Members in office";
    MemberAdd => "添加成员", "Add a member";
    MemberName => "姓名", "Name";
    MemberMaskedId => "证件号码（脱敏，可不填）", "Masked ID number (optional)";
    MemberRole => "职务", "Role";
    MemberTermStart => "任期开始", "Term starts";
    MemberTermEnd => "任期结束（可不填）", "Term ends (optional)";
    MemberLeave => "离任", "Leaves office";
    MemberLeft => "已离任", "Left office";
    MemberLeaveTitle => "登记离任？", "Record leaving office?";
    MemberLeaveConfirm => "确认离任", "Yes, leaves office";
    DateInvalid => "请填写有效的日期。", "Please enter a real date.";
    RequiredName => "请填写姓名。", "Please enter a name.";
}

pub fn organisation_kind_name(kind: gongzhi_core::model::OrgKind) -> Msg {
    use gongzhi_core::model::OrgKind;
    match kind {
        OrgKind::ResidentGroupCouncil => Msg::OrganisationKindResidentGroupCouncil,
        OrgKind::CommunityCouncil => Msg::OrganisationKindCommunityCouncil,
        OrgKind::OwnersCommittee => Msg::OrganisationKindOwnersCommittee,
        OrgKind::PropertyCompany => Msg::OrganisationKindPropertyCompany,
        OrgKind::PartyBranch => Msg::OrganisationKindPartyBranch,
        OrgKind::ResidentsCommittee => Msg::OrganisationKindResidentsCommittee,
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

/// What recording a member's leaving does: `周桂芬将不再是……的成员……`.
pub fn leave_question(lang: crate::i18n::Lang, name: &str, organisation: &str) -> String {
    match lang {
        crate::i18n::Lang::Zh => format!(
            "{name}将不再是{organisation}的成员，此后发起的表决不再把其计入全体成员人数；任期记录会保留。登记错了，可以重新任命。"
        ),
        crate::i18n::Lang::En => format!(
            "{name} will no longer be a member of {organisation}: votes opened from now on no longer count them among all members. The term stays on record; if this is a mistake, appoint them again."
        ),
    }
}
