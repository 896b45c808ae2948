//! Texts of the kiosk: voting by flat number, the PIN and its lock-out.

use super::lang::Lang;

messages! {
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
    KioskOwnerAlreadyVoted =>
        "这户的业主已经通过名下另一户投过票：一位业主只有一票。",
        "This flat's owner has already voted through another of their flats: an owner has one vote.";
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
}

/// While wrong PINs make the next try wait: `连续输错多次，请等 1 分 05 秒后再试。`
pub fn pin_wait_text(lang: Lang, left_ms: i64) -> String {
    let secs = (left_ms.max(0) + 999) / 1000;
    let (m, s) = (secs / 60, secs % 60);
    match lang {
        Lang::Zh if m > 0 => format!("连续输错多次，请等 {m} 分 {s:02} 秒后再试。"),
        Lang::Zh => format!("连续输错多次，请等 {s} 秒后再试。"),
        Lang::En if m > 0 => format!("Too many wrong PINs: try again in {m} min {s:02} s."),
        Lang::En => format!("Too many wrong PINs: try again in {s} s."),
    }
}

/// A typed flat (or code) that exists, but only outside the place it was typed for: "1-1-101
/// is in 东苑, not in 西苑", so the person knows they are at the wrong vote, not mistyping.
pub fn flat_elsewhere_text(lang: Lang, typed: &str, compounds: &[String], place: &str) -> String {
    match lang {
        Lang::Zh => format!("{typed} 在{}，不在{place}的范围内。", compounds.join("、")),
        Lang::En => format!("{typed} is in {}, not in {place}.", compounds.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pin_wait_counts_down_in_whole_seconds_then_minutes() {
        assert_eq!(
            pin_wait_text(Lang::Zh, 29_001),
            "连续输错多次，请等 30 秒后再试。"
        );
        assert_eq!(
            pin_wait_text(Lang::Zh, 65_000),
            "连续输错多次，请等 1 分 05 秒后再试。"
        );
        assert_eq!(
            pin_wait_text(Lang::En, 60_000),
            "Too many wrong PINs: try again in 1 min 00 s."
        );
    }
}
