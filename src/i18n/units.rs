//! Units, each formatted once: money in yuan, dates, areas, counts, sizes and durations.

use super::lang::Lang;
use super::msg::Msg;

/// `36,000.00 元` / `36,000.00 yuan`.
pub fn money(lang: Lang, fen: gongzhi_core::Fen) -> String {
    let sign = if fen.0 < 0 { "-" } else { "" };
    let abs = fen.0.unsigned_abs();
    let unit = match lang {
        Lang::Zh => "元",
        Lang::En => "yuan",
    };
    format!("{sign}{}.{:02} {unit}", thousands(abs / 100), abs % 100)
}

/// `2026年11月27日 20:05` / `27 Nov 2026, 20:05`, in China Standard Time.
pub fn date_time(lang: Lang, unix_ms: i64) -> String {
    let t = gongzhi_core::time::civil_cst(unix_ms);
    match lang {
        Lang::Zh => format!(
            "{}年{}月{}日 {:02}:{:02}",
            t.year, t.month, t.day, t.hour, t.minute
        ),
        Lang::En => {
            const MONTHS: [&str; 12] = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            let month = MONTHS[(t.month as usize).saturating_sub(1) % 12];
            format!(
                "{} {month} {}, {:02}:{:02}",
                t.day, t.year, t.hour, t.minute
            )
        }
    }
}

/// `78.6%`, or "none yet" in the reader's language when there is nothing to divide by.
pub fn share(lang: Lang, part: u64, whole: u64) -> String {
    gongzhi_core::numbers::percent_of(part, whole)
        .unwrap_or_else(|| Msg::MeterNoneYet.text(lang).to_string())
}

/// `1,234,567`: the core's grouping, which both languages share.
pub use gongzhi_core::numbers::thousands;

/// `12.5 MB`: bytes in decimal megabytes with one decimal, rounded half up.
pub fn megabytes(bytes: u64) -> String {
    let tenths = (bytes + 50_000) / 100_000;
    format!("{}.{} MB", thousands(tenths / 10), tenths % 10)
}

/// `还有 3 天 4 小时` / `3 days 4 hours left` until `until_ms`.
pub fn time_left(lang: Lang, now_ms: i64, until_ms: i64) -> String {
    let minutes = (until_ms - now_ms).max(0) / 60_000;
    let (days, hours, mins) = (minutes / 1_440, minutes % 1_440 / 60, minutes % 60);
    match lang {
        Lang::Zh if days > 0 => format!("还有 {days} 天 {hours} 小时"),
        Lang::Zh => format!("还有 {hours} 小时 {mins} 分钟"),
        Lang::En if days > 0 => format!("{days} days {hours} hours left"),
        Lang::En => format!("{hours} hours {mins} minutes left"),
    }
}

/// `1,088.50 ㎡`.
pub fn square_metres(area: gongzhi_core::CentiM2) -> String {
    format!("{}.{:02} ㎡", thousands(area.0 / 100), area.0 % 100)
}

/// `第 2 / 94 页` / `Page 2 of 94`.
pub fn page_of(lang: Lang, page: usize, pages: usize) -> String {
    match lang {
        Lang::Zh => format!("第 {page} / {pages} 页"),
        Lang::En => format!("Page {page} of {pages}"),
    }
}

/// `2026年11月27日`/`27 Nov 2026` for a term's dates.
pub fn date_only(lang: Lang, unix_ms: i64) -> String {
    let t = gongzhi_core::time::civil_cst(unix_ms);
    match lang {
        Lang::Zh => format!("{}年{}月{}日", t.year, t.month, t.day),
        Lang::En => {
            let full = date_time(lang, unix_ms);
            full.split(',').next().unwrap_or(&full).to_string()
        }
    }
}

pub fn days_text(lang: Lang, days: u32) -> String {
    match lang {
        Lang::Zh => format!("{days} 天"),
        Lang::En => format!("{days} days"),
    }
}

pub fn months_text(lang: Lang, months: u32) -> String {
    match lang {
        Lang::Zh => format!("{months} 个月"),
        Lang::En => format!("{months} months"),
    }
}

/// Who wrote in: a name, a flat, both (the flat in brackets), or nothing when they gave neither.
pub fn name_and_flat(name: &str, flat: Option<&str>) -> String {
    match (name, flat) {
        ("", None) => String::new(),
        (name, None) => name.to_string(),
        ("", Some(flat)) => flat.to_string(),
        (name, Some(flat)) => format!("{name}（{flat}）"),
    }
}

/// A person's typed sentence set inside one of ours, which supplies the full stop: their own
/// closing stop would print twice ("理由：价格最低。。").
pub fn clause(typed: &str) -> &str {
    typed
        .trim()
        .trim_end_matches(['。', '.', '！', '!', '；', ';', '，', ','])
        .trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_sentence_inside_ours_keeps_one_full_stop() {
        assert_eq!(clause("价格最低，质保最长。"), "价格最低，质保最长");
        assert_eq!(clause(" cheapest. "), "cheapest");
        assert_eq!(clause("报价最低！。"), "报价最低");
        assert_eq!(clause("3.5 米"), "3.5 米");
    }

    #[test]
    fn sizes_are_rounded_to_a_tenth_of_a_megabyte() {
        assert_eq!(megabytes(0), "0.0 MB");
        assert_eq!(megabytes(49_999), "0.0 MB");
        assert_eq!(megabytes(50_000), "0.1 MB");
        assert_eq!(megabytes(58_300_000), "58.3 MB");
        assert_eq!(megabytes(1_234_560_000_000), "1,234,560.0 MB");
    }
}
