//! Texts of the settings page: language, display, this device, storage and a damaged record.

use super::lang::Lang;
use super::units::thousands;

messages! {
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
    CopyId => "复制编号", "Copy the id";
    Copied => "已复制。", "Copied.";
    CopyFailed => "无法自动复制：请长按编号选中后复制。", "Could not copy: press and hold the id to select it, then copy.";
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
    EraseFailed => "没能清除本机数据：", "Could not erase this device's data:";
    Cancel => "取消", "Cancel";
}

/// The damage banner's count of what was left out, e.g. "2 条记录无法读取，3 条未通过核验".
pub fn damage_summary(lang: Lang, unreadable: u64, rejected: usize) -> String {
    let rejected = rejected as u64;
    let mut parts = Vec::new();
    match lang {
        Lang::Zh => {
            if unreadable > 0 {
                parts.push(format!("{} 条记录无法读取", thousands(unreadable)));
            }
            if rejected > 0 {
                parts.push(format!("{} 条记录未通过核验", thousands(rejected)));
            }
            parts.join("，")
        }
        Lang::En => {
            let records = |n: u64| if n == 1 { "record" } else { "records" };
            if unreadable > 0 {
                parts.push(format!(
                    "{} {} could not be read",
                    thousands(unreadable),
                    records(unreadable)
                ));
            }
            if rejected > 0 {
                parts.push(format!(
                    "{} {} failed verification",
                    thousands(rejected),
                    records(rejected)
                ));
            }
            parts.join("; ")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
