//! Texts of snapshot exchange: why a file was refused, who signed it, what a merge would add.
//! Every refusal names what it found (the event, the device, the limit) in both languages.

use super::lang::Lang;
use super::units::thousands;
use gongzhi_core::log::verify::IntegrityError;
use gongzhi_core::model::Voter;
use gongzhi_core::record::snapshot::SnapshotError;
use gongzhi_core::rules::state::{BallotConflict, Trust};
use gongzhi_core::DeviceId;

messages! {
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
}

pub fn snapshot_error_text(lang: Lang, e: &SnapshotError) -> String {
    use SnapshotError::*;
    if lang == Lang::En {
        return format!("The file was refused: {e}.");
    }
    let why = match e {
        TooLarge { bytes, max } => format!(
            "文件有 {} 字节，超过上限 {} 字节",
            thousands(*bytes as u64),
            thousands(*max as u64)
        ),
        TooDeep { max } => format!("文件的数据嵌套超过 {max} 层，不是共治快照"),
        StringTooLong { max } => format!("文件中有一段文字超过 {} 字节", thousands(*max as u64)),
        TooManyEvents { max } => format!("文件中的记录超过 {} 条", thousands(*max as u64)),
        Unreadable {
            line,
            column,
            path,
            reason,
        } => format!(
            "文件无法读取（第 {line} 行第 {column} 列{}）：{reason}；文件可能不完整或已损坏",
            path.as_ref().map(|p| format!("，字段 {p}")).unwrap_or_default()
        ),
        EmptyOptionalField { event, field } => format!(
            "记录 {event:?} 把可省略的字段“{field}”写成了空值；读取时空的可省略字段会被去掉再计算哈希，所以它的哈希对不上：请省略这个字段"
        ),
        NotASnapshot => "这不是共治快照文件".to_string(),
        NewerVersion { found, supported } => format!(
            "此快照由更新版本的共治生成（格式版本 {found}，本应用最高可读 {supported}），请先更新应用"
        ),
        OlderVersion { found } => format!("快照格式版本 {found} 从未发布过"),
        DigestMismatch => "文件摘要与内容不符：文件被改动或已损坏".to_string(),
        NotUtf8 {
            offset,
            line,
            column,
            ..
        } => format!("文件不是 UTF-8 文本：第 {offset} 字节处（第 {line} 行第 {column} 列）的字节不是 UTF-8，请以 UTF-8 保存"),
        ByteOrderMark => {
            "文件以字节顺序标记（0xef 0xbb 0xbf）开头；请以不带 BOM 的 UTF-8 保存".to_string()
        }
        IntegerOutOfRange {
            found,
            negative,
            line,
            column,
            ..
        } => format!(
            "第 {line} 行第 {column} 列的整数 {found} {}",
            if *negative {
                "太小：共治的整数不小于 -9223372036854775808（-2^63）"
            } else {
                "太大：共治的整数不大于 18446744073709551615（2^64 - 1）"
            }
        ),
        NotAnInteger {
            found,
            line,
            column,
            ..
        } => format!(
            "第 {line} 行第 {column} 列的数 {found} 带小数或指数：共治的数都是直接写出的整数（金额以分计，面积以百分之一平方米计，时间以毫秒计）"
        ),
        EventTwice { event } => format!("文件把记录 {event:?} 列了两次；每条记录只能出现一次"),
        OutOfOrder { event, after } => format!(
            "记录 {event:?} 列在记录 {after:?} 之后，但按记录的顺序（逻辑时钟、设备号、序号）应在它之前；文件须按此顺序列出记录"
        ),
        ScopeVoteMissing { vote } => format!("文件声称关于表决 {vote:?}，但文件中没有这项表决"),
        ScopeForeignEvent { event } => {
            format!("文件声称只含一台设备自己的记录，但记录 {event:?} 来自另一台设备")
        }
        Integrity(i) => format!("文件中的记录被篡改：{}", integrity_zh(i)),
        OtherCommunity { file, here } => format!(
            "这份文件属于{file}，而本机保存的是{here}。一台设备只保存一个社区；如需改换社区，请管理员先导出备份，再在设置页清除本机数据"
        ),
        NamesNoCommunity { here } => format!(
            "这份文件没有写明属于哪个社区，无法确认它是不是{here}的文件（本应用导出的每份文件都写明社区）"
        ),
        CommunityMismatch { declared, founded } => format!(
            "文件声称属于由记录 {declared:?} 建立的社区，但其中的建立记录是 {founded:?}"
        ),
    };
    format!("文件被拒绝：{why}。")
}

/// One failed check of a record, as the damage banner lists it for whoever repairs the device.
pub fn integrity_text(lang: Lang, e: &IntegrityError) -> String {
    match lang {
        Lang::Zh => integrity_zh(e),
        Lang::En => e.to_string(),
    }
}

fn integrity_zh(e: &IntegrityError) -> String {
    use IntegrityError::*;
    match e {
        Altered { event } => format!("记录 {event:?} 被改动过，内容与其哈希不符"),
        Tampered { event } => format!("记录 {event:?} 有两个不同版本，其中一个被篡改"),
        Missing { device, seq } => format!("设备 {} 的第 {seq} 条记录缺失", device.short()),
        BrokenLink {
            event,
            after: Some(after),
        } => format!(
            "记录 {event:?} 没有接在同一设备的记录 {after:?} 之后：有记录被改动、插入、删除或调换"
        ),
        BrokenLink { event, after: None } => {
            format!("记录 {event:?} 声称有前一条，但它是该设备的第一条")
        }
        ClockDidNotRise {
            event,
            lamport,
            previous,
        } => format!(
            "记录 {event:?} 的逻辑时钟为 {lamport}，没有大于同一设备前一条记录的 {previous}：同一设备的时钟必须逐条增大"
        ),
        Unsigned { device, from_seq } => format!(
            "设备 {} 从第 {from_seq} 条起的记录没有它的签名",
            device.short()
        ),
        HeadMismatch { event } => format!(
            "设备 {} 签名的是另一条记录 {event:?}：链尾被改动",
            event.device.short()
        ),
        BadSignature { device } => format!("设备 {} 的签名是伪造的或已损坏", device.short()),
        ForkedHead { device, seq } => {
            format!("设备 {} 对第 {seq} 条记录签过两个不同版本", device.short())
        }
    }
}

/// `由 北苑 kiosk 1 签名（可信）` / `signed by 北苑 kiosk 1 (trusted)`.
/// `from_file`: the trust list is the file's own, as on a device that holds no community yet.
pub fn signer_text(lang: Lang, device: &DeviceId, trust: &Trust, from_file: bool) -> String {
    let short = device.short();
    match (lang, trust) {
        (Lang::Zh, Trust::Trusted { label, .. }) if from_file => {
            format!("由 {label} 签名（文件自带的设备名单称其可信；本机尚无社区，无从核对）")
        }
        (Lang::En, Trust::Trusted { label, .. }) if from_file => format!(
            "signed by {label} (trusted by the file's own device list; this device holds no community to check it against)"
        ),
        (Lang::Zh, Trust::Trusted { label, .. }) => format!("由 {label} 签名（可信设备）"),
        (Lang::Zh, Trust::Revoked { label }) => format!("由 {label} 签名（已撤销信任）"),
        (Lang::Zh, Trust::Unknown) => format!("来自未知设备 {short}（不在可信设备名单中）"),
        (Lang::En, Trust::Trusted { label, .. }) => format!("signed by {label} (trusted)"),
        (Lang::En, Trust::Revoked { label }) => {
            format!("signed by {label} (revoked: no longer trusted)")
        }
        (Lang::En, Trust::Unknown) => {
            format!("from an unknown device {short} (not on the trusted list)")
        }
    }
}

/// A device as people know it: its label in the community's list, else its short id.
pub fn device_name(trust: &Trust, device: &DeviceId) -> String {
    match trust {
        Trust::Trusted { label, .. } | Trust::Revoked { label } => label.clone(),
        Trust::Unknown => device.short(),
    }
}

pub fn events_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{} 条记录", thousands(n as u64)),
        Lang::En if n == 1 => "1 event".to_string(),
        Lang::En => format!("{} events", thousands(n as u64)),
    }
}

pub fn merge_summary(lang: Lang, new: usize, known: usize) -> String {
    match lang {
        Lang::Zh => format!(
            "将新增 {} 条记录；{} 条本机已有，不会重复计入。",
            thousands(new as u64),
            thousands(known as u64)
        ),
        Lang::En => format!(
            "A merge adds {} new events; {} are already on this device and are not counted twice.",
            thousands(new as u64),
            thousands(known as u64)
        ),
    }
}

pub fn ballots_added(lang: Lang, title: &str, new: usize, counted: usize) -> String {
    match lang {
        Lang::Zh => format!("{title}：新增选票 {new} 张，其中 {counted} 张计入"),
        Lang::En => format!("{title}: {new} new ballots, {counted} of them counted"),
    }
}

pub fn merged_text(lang: Lang, added: usize) -> String {
    match lang {
        Lang::Zh => format!("已合并：新增 {} 条记录。", thousands(added as u64)),
        Lang::En => format!("Merged: {} new events added.", thousands(added as u64)),
    }
}

/// Who cast a double ballot: `1-1-201 户`, or in English the core's own wording.
pub fn voter_text(lang: Lang, conflict: &BallotConflict) -> String {
    match (lang, conflict.voter) {
        (Lang::Zh, Voter::Household(_)) => format!("{} 户", conflict.named),
        _ => conflict.voter_text(),
    }
}

/// One double ballot: who, from which devices when, which counts and why.
pub fn conflict_text(
    lang: Lang,
    voter: &str,
    counted: (&str, &str),
    ignored: (&str, &str),
) -> String {
    match lang {
        Lang::Zh => format!(
            "{voter} 在两台设备上投了票：{} 于 {} 记录的一票计入；{} 于 {} 记录的一票不计。按记录的统一顺序，先记下的一票有效。",
            counted.0, counted.1, ignored.0, ignored.1
        ),
        Lang::En => format!(
            "{voter} voted on two devices: the ballot {} recorded at {} counts; the one {} recorded at {} does not. In the record's one order, the earlier ballot stands.",
            counted.0, counted.1, ignored.0, ignored.1
        ),
    }
}
