//! Texts of who may write what: device roles, why the rules set an event aside, what waits for a
//! clerk's confirmation. The rules are the core's (`gongzhi_core::rules::authority`); only words here.

use super::kinds::kind_label;
use super::lang::Lang;
use super::units::thousands;
use gongzhi_core::log::payload::Kind;
use gongzhi_core::record::snapshot::report::{SetAsideGroup, SetAsideWhy};
use gongzhi_core::rules::authority::{Denied, DeviceRole};

messages! {
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
    UnconfirmedHint =>
        "这些选票来自未登记该户的手机。核实投票人确为该户登记业主后，点“确认计入”；该户已经投过票或无法核实本人的，点“不予计入”并写明原因。",
        "These ballots come from phones not enrolled for the household. After checking that the voter is the household's registered owner, confirm the ballot; if the household has voted since or the person cannot be checked, dismiss it and say why.";
    UnconfirmedConfirm => "确认计入", "Confirm";
    UnconfirmedOwner => "登记业主：", "registered owner:";
    UnconfirmedDismiss => "不予计入…", "Dismiss…";
    DismissTitle => "不予计入这张选票？", "Dismiss this ballot?";
    DismissReason => "原因（记入记录）", "Reason (kept on record)";
    DismissReasonRequired => "请写明不予计入的原因，例如“该户已在自助机投票”。", "Say why, such as “the household voted at the kiosk”.";
    DismissConfirm => "确认不予计入", "Yes, dismiss it";
    UnconfirmedRecorded => "已记录，待工作人员核实本人后计入。", "Recorded; it counts once a clerk has checked the person.";
    SetAsideTitle => "不计入的记录", "Events that do not count";
}

pub fn device_role_text(lang: Lang, role: DeviceRole) -> &'static str {
    match (lang, role) {
        (Lang::Zh, DeviceRole::Admin) => "管理设备",
        (Lang::Zh, DeviceRole::Secretary) => "秘书设备（登记、项目、表决、会议、资金）",
        (Lang::Zh, DeviceRole::Clerk) => "录票设备或自助机（选票、纸质票、举手计票、签到）",
        (Lang::Zh, DeviceRole::Resident) => "住户本人手机（只代表一户）",
        (Lang::En, DeviceRole::Admin) => "admin device",
        (Lang::En, DeviceRole::Secretary) => {
            "secretary (register, projects, votes, meetings, money)"
        }
        (Lang::En, DeviceRole::Clerk) => {
            "clerk or kiosk (ballots, paper ballots, hands, attendance)"
        }
        (Lang::En, DeviceRole::Resident) => "a resident's own phone (one household only)",
    }
}

/// The short name of a role, for the device list.
pub fn device_role_name(lang: Lang, role: DeviceRole) -> &'static str {
    match (lang, role) {
        (Lang::Zh, DeviceRole::Admin) => "管理",
        (Lang::Zh, DeviceRole::Secretary) => "秘书",
        (Lang::Zh, DeviceRole::Clerk) => "录票/自助机",
        (Lang::Zh, DeviceRole::Resident) => "住户手机",
        (Lang::En, DeviceRole::Admin) => "admin",
        (Lang::En, DeviceRole::Secretary) => "secretary",
        (Lang::En, DeviceRole::Clerk) => "clerk/kiosk",
        (Lang::En, DeviceRole::Resident) => "resident's phone",
    }
}

fn kind_words(lang: Lang, kind: Kind) -> String {
    kind_label(lang, kind.name()).map_or_else(|| kind.name().to_string(), str::to_string)
}

/// Why the core refused a device's event, naming the kind of event as residents call it (the
/// core's own English, printed by the CLI, uses the file's name for it).
pub fn not_allowed(lang: Lang, device: &str, kind: Kind, denied: &Denied) -> String {
    let kind = kind_words(lang, kind);
    match (lang, denied) {
        (Lang::Zh, Denied::NotTrusted) => {
            format!("设备 {device} 不是本社区的可信设备，它记下的“{kind}”不计入。请把这台设备的编号交给管理员。")
        }
        (Lang::Zh, Denied::Revoked) => {
            format!("设备 {device} 的信任已被撤销，它记下的“{kind}”不计入。")
        }
        (Lang::Zh, Denied::WrongRole { role, needed }) => format!(
            "设备 {device} 是{}，“{kind}”需要{}。",
            device_role_name(lang, *role),
            device_role_name(lang, *needed)
        ),
        (Lang::Zh, Denied::NotEnrolledFor { .. }) => {
            format!("设备 {device} 只登记为另一户的住户手机，不能代表这一户（{kind}）。")
        }
        (Lang::En, Denied::NotTrusted) => format!(
            "Device {device} is not trusted by this community, so what it recorded (“{kind}”) does not count. Give this device's id to an admin."
        ),
        (Lang::En, Denied::Revoked) => format!(
            "Device {device} has had its trust revoked, so what it recorded (“{kind}”) does not count."
        ),
        (Lang::En, Denied::WrongRole { role, needed }) => format!(
            "Device {device} is a {} device; “{kind}” needs a {} device.",
            device_role_name(lang, *role),
            device_role_name(lang, *needed)
        ),
        (Lang::En, Denied::NotEnrolledFor { .. }) => format!(
            "Device {device} is a resident's phone enrolled for another household, so it cannot act for this one (“{kind}”)."
        ),
    }
}

/// One line of set-aside events: "6 张选票来自未授权的设备，不计入".
pub fn set_aside_line(lang: Lang, g: &SetAsideGroup) -> String {
    let n = thousands(g.count as u64);
    let kind = kind_words(lang, g.kind);
    match lang {
        Lang::Zh => {
            let why = match g.why {
                SetAsideWhy::NotTrusted => "来自未授权的设备",
                SetAsideWhy::Revoked => "来自已撤销信任的设备",
                SetAsideWhy::AfterRevocation => "是设备被撤销后才写的",
                SetAsideWhy::AfterClose => "在表决结束后才送达",
                SetAsideWhy::WrongRole => "来自无此权限的设备",
                SetAsideWhy::NotEnrolled => "来自登记为另一户的住户手机",
                SetAsideWhy::Rules => "不符合规则（如超过截止时间才投）",
            };
            format!("{n} 条“{kind}”{why}，不计入")
        }
        Lang::En => {
            let why = match g.why {
                SetAsideWhy::NotTrusted => "from devices the community never authorised",
                SetAsideWhy::Revoked => "from revoked devices",
                SetAsideWhy::AfterRevocation => "written after their device was revoked",
                SetAsideWhy::AfterClose => "arrived after the vote closed",
                SetAsideWhy::WrongRole => "from devices without that right",
                SetAsideWhy::NotEnrolled => {
                    "from a resident's phone enrolled for another household"
                }
                SetAsideWhy::Rules => "against the rules (such as after the deadline)",
            };
            format!("{n} × \"{kind}\" {why}: not counted")
        }
    }
}

pub fn unconfirmed_line(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!(
            "{} 张选票或公示意见来自未登记的手机，待工作人员核实本人后计入",
            thousands(n as u64)
        ),
        Lang::En => format!(
            "{} ballots or responses come from phones not enrolled for their household: they count once a clerk has checked the person",
            thousands(n as u64)
        ),
    }
}

/// What dismissing a waiting ballot will do, naming it.
pub fn dismiss_question(lang: Lang, flat: &str, choice: &str) -> String {
    match lang {
        Lang::Zh => format!("{flat} 的这张“{choice}”票将不再等待核实，也永远不会计入；原因会记入记录，所有设备都能看到。"),
        Lang::En => format!("This “{choice}” ballot for {flat} will stop waiting and will never count; the reason goes on record, for every device to see."),
    }
}

/// A dismissed ballot as the vote's page lists it.
pub fn dismissed_text(
    lang: Lang,
    flat: &str,
    d: &gongzhi_core::rules::state::DismissedBallot,
) -> String {
    let choice = super::vote::choice_name(d.ballot.choice).text(lang);
    let at = super::units::date_time(lang, d.wall_ms);
    match lang {
        Lang::Zh => format!(
            "{flat} 的“{choice}”票（手机）不予计入：{}（{}，{at}）",
            super::units::clause(&d.reason),
            d.by
        ),
        Lang::En => format!(
            "{flat}'s “{choice}” ballot (phone) dismissed: {} ({}, {at})",
            super::units::clause(&d.reason),
            d.by
        ),
    }
}
