//! Wall-clock rendering in China Standard Time.
//!
//! Times arrive as Unix milliseconds from the caller (core has no clock). CST has had no daylight
//! saving since 1991, so a fixed +8 h offset and integer civil-date arithmetic are exact and need
//! no time-zone database.

const CST_OFFSET_MS: i64 = 8 * 3_600_000;

/// One calendar day; CST has no daylight saving, so every day is this long.
pub const DAY_MS: i64 = 86_400_000;

/// `days` whole days after `from_ms`, when `days` is one the rule at hand allows.
pub fn days_after(from_ms: i64, days: i64, allowed: &std::ops::RangeInclusive<i64>) -> Option<i64> {
    allowed
        .contains(&days)
        .then(|| from_ms.saturating_add(days * DAY_MS))
}
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A calendar date and clock time in CST.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CivilTime {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

/// Unix milliseconds -> CST calendar fields (Howard Hinnant's days-to-civil algorithm).
pub fn civil_cst(unix_ms: i64) -> CivilTime {
    let local = unix_ms.saturating_add(CST_OFFSET_MS);
    let days = local.div_euclid(DAY_MS);
    let ms_of_day = local.rem_euclid(DAY_MS);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    CivilTime {
        year,
        month,
        day,
        hour: (ms_of_day / 3_600_000) as u32,
        minute: (ms_of_day % 3_600_000 / 60_000) as u32,
    }
}

/// `20:00 on 1 May 2025`: how a notice board would state a deadline.
pub fn format_cst(unix_ms: i64) -> String {
    let t = civil_cst(unix_ms);
    format!(
        "{:02}:{:02} on {} {} {}",
        t.hour,
        t.minute,
        t.day,
        MONTHS[(t.month - 1) as usize],
        t.year
    )
}

/// Unix milliseconds of a CST wall time; the inverse of [`civil_cst`] (days-from-civil).
pub fn cst_to_unix_ms(year: i64, month: u32, day: u32, hour: u32, minute: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    days * 86_400_000 + i64::from(hour) * 3_600_000 + i64::from(minute) * 60_000 - CST_OFFSET_MS
}

/// Midnight CST at the start of a date written `YYYY-MM-DD` (what a date input gives), or
/// `None` when it is not a real calendar date.
pub fn parse_date_cst(text: &str) -> Option<i64> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    if !(1900..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
        return None;
    }
    let ms = cst_to_unix_ms(year, month, day, 0, 0);
    // A day past the month's end rolls over into the next month; the round trip catches it.
    let back = civil_cst(ms);
    (back.year == year && back.month == month && back.day == day).then_some(ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_a_date_input_are_midnight_in_chengdu() {
        assert_eq!(
            parse_date_cst("2025-05-01"),
            Some(cst_to_unix_ms(2025, 5, 1, 0, 0))
        );
        assert_eq!(
            parse_date_cst("2024-02-29"),
            Some(cst_to_unix_ms(2024, 2, 29, 0, 0))
        );
        assert_eq!(parse_date_cst("2025-02-29"), None);
        assert_eq!(parse_date_cst("2025-13-01"), None);
        assert_eq!(parse_date_cst("2025-04-31"), None);
        assert_eq!(parse_date_cst(""), None);
        assert_eq!(parse_date_cst("2025/05/01"), None);
    }

    #[test]
    fn formats_in_china_standard_time() {
        // 2025-05-01 12:00 UTC is 20:00 in Chengdu.
        assert_eq!(format_cst(1_746_100_800_000), "20:00 on 1 May 2025");
        assert_eq!(format_cst(0), "08:00 on 1 Jan 1970");
        // 16:00 UTC on 31 Dec is already the next day and year in CST.
        assert_eq!(format_cst(1_735_660_800_000), "00:00 on 1 Jan 2025");
        assert_eq!(format_cst(-1), "07:59 on 1 Jan 1970");
    }

    #[test]
    fn civil_round_trip_covers_leap_days() {
        for &(y, m, d) in &[
            (2024, 2, 29),
            (2000, 2, 29),
            (1900, 3, 1),
            (2025, 12, 31),
            (1969, 12, 31),
        ] {
            let ms = cst_to_unix_ms(y, m, d, 20, 5);
            let t = civil_cst(ms);
            assert_eq!((t.year, t.month, t.day, t.hour, t.minute), (y, m, d, 20, 5));
        }
    }
}
