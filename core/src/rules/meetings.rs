//! Meetings on the calendar: the dates a monthly rule gives, what comes next, and the whole
//! calendar as an iCalendar (.ics) file that phones import.

use crate::ids::EventId;
use crate::model::Recurrence;
use crate::rules::state::{MeetingSeries, State};
use crate::time::{civil_cst, cst_to_unix_ms, DAY_MS};

const MINUTE_MS: i64 = 60_000;

/// 1 = Monday ... 7 = Sunday, of a CST date.
fn weekday(year: i64, month: u32, day: u32) -> u8 {
    let days = (cst_to_unix_ms(year, month, day, 0, 0) + 8 * 3_600_000).div_euclid(DAY_MS);
    ((days + 3).rem_euclid(7) + 1) as u8
}

fn days_in_month(year: i64, month: u32) -> u32 {
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    ((cst_to_unix_ms(ny, nm, 1, 0, 0) - cst_to_unix_ms(year, month, 1, 0, 0)) / DAY_MS) as u32
}

/// The day of the month the rule names in that month.
fn day_in(rule: Recurrence, year: i64, month: u32) -> u32 {
    match rule {
        Recurrence::DayOfMonth { day } => u32::from(day),
        Recurrence::NthWeekday { nth, weekday: wd } => {
            let first = weekday(year, month, 1);
            let first_match = 1 + (u32::from(wd) + 7 - u32::from(first)) % 7;
            if nth > 0 {
                first_match + 7 * (nth as u32 - 1)
            } else {
                let last = days_in_month(year, month);
                first_match + 7 * ((last - first_match) / 7)
            }
        }
    }
}

/// The next `count` meetings of a series starting at or after `from_ms` (and before it ended),
/// as Unix milliseconds.
pub fn occurrences(series: &MeetingSeries, from_ms: i64, count: usize) -> Vec<i64> {
    let start = civil_cst(from_ms);
    let (mut year, mut month) = (start.year, start.month);
    let mut out = Vec::with_capacity(count);
    // Ten years of months bounds the walk whatever the input.
    for _ in 0..120 {
        if out.len() == count {
            break;
        }
        let day = day_in(series.rule, year, month);
        let at =
            cst_to_unix_ms(year, month, day, 0, 0) + i64::from(series.start_minute) * MINUTE_MS;
        if series.ended_ms.is_some_and(|end| at >= end) {
            break;
        }
        if at >= from_ms {
            out.push(at);
        }
        (year, month) = if month == 12 {
            (year + 1, 1)
        } else {
            (year, month + 1)
        };
    }
    out
}

/// Meetings coming up from `now_ms`, single and recurring, soonest first: (when, title, the
/// series or meeting id).
pub fn upcoming(state: &State, now_ms: i64, count: usize) -> Vec<(i64, String, EventId)> {
    let mut next: Vec<(i64, String, EventId)> = state
        .meetings
        .iter()
        .filter(|(_, m)| m.at_ms >= now_ms)
        .map(|(id, m)| (m.at_ms, m.title.clone(), *id))
        .collect();
    for (id, s) in &state.series {
        next.extend(
            occurrences(s, now_ms, count)
                .into_iter()
                .map(|at| (at, s.title.clone(), *id)),
        );
    }
    next.sort();
    next.truncate(count);
    next
}

fn local(unix_ms: i64) -> String {
    let t = civil_cst(unix_ms);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}00",
        t.year, t.month, t.day, t.hour, t.minute
    )
}

fn utc(unix_ms: i64) -> String {
    let t = civil_cst(unix_ms - 8 * 3_600_000);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}00Z",
        t.year, t.month, t.day, t.hour, t.minute
    )
}

/// RFC 5545 text escaping.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets without splitting a character, with CRLF.
fn line(out: &mut String, text: &str) {
    let mut width = 0;
    for c in text.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn rrule(rule: Recurrence, ended_ms: Option<i64>) -> String {
    const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    let by = match rule {
        Recurrence::NthWeekday { nth, weekday } => {
            format!("BYDAY={nth}{}", DAYS[usize::from(weekday.clamp(1, 7)) - 1])
        }
        Recurrence::DayOfMonth { day } => format!("BYMONTHDAY={day}"),
    };
    match ended_ms {
        Some(end) => format!("RRULE:FREQ=MONTHLY;{by};UNTIL={}", utc(end)),
        None => format!("RRULE:FREQ=MONTHLY;{by}"),
    }
}

/// Every meeting and monthly series of the community as one iCalendar file, in CST.
pub fn calendar(state: &State) -> String {
    let mut out = String::new();
    let name = state.community.as_ref().map_or("", |c| c.name.as_str());
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Gongzhi//Gongzhi//ZH",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        line(&mut out, l);
    }
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    for l in [
        "BEGIN:VTIMEZONE",
        "TZID:Asia/Shanghai",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0800",
        "TZOFFSETTO:+0800",
        "TZNAME:CST",
        "END:STANDARD",
        "END:VTIMEZONE",
    ] {
        line(&mut out, l);
    }
    for (id, s) in &state.series {
        let Some(first) = occurrences(s, s.set_ms, 1).first().copied() else {
            continue;
        };
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{id}@gongzhi"));
        line(&mut out, &format!("DTSTAMP:{}", utc(s.set_ms)));
        line(
            &mut out,
            &format!("DTSTART;TZID=Asia/Shanghai:{}", local(first)),
        );
        line(&mut out, &format!("DURATION:PT{}M", s.duration_minutes));
        line(&mut out, &rrule(s.rule, s.ended_ms));
        line(&mut out, &format!("SUMMARY:{}", escape(&s.title)));
        if !s.place.is_empty() {
            line(&mut out, &format!("LOCATION:{}", escape(&s.place)));
        }
        line(&mut out, "END:VEVENT");
    }
    for (id, m) in &state.meetings {
        // A meeting of a series is already in the series' rule.
        if m.series.is_some() {
            continue;
        }
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{id}@gongzhi"));
        line(&mut out, &format!("DTSTAMP:{}", utc(m.at_ms)));
        line(
            &mut out,
            &format!("DTSTART;TZID=Asia/Shanghai:{}", local(m.at_ms)),
        );
        line(&mut out, "DURATION:PT2H");
        line(&mut out, &format!("SUMMARY:{}", escape(&m.title)));
        if !m.place.is_empty() {
            line(&mut out, &format!("LOCATION:{}", escape(&m.place)));
        }
        if !m.agenda.is_empty() {
            line(
                &mut out,
                &format!("DESCRIPTION:{}", escape(&m.agenda.join("\n"))),
            );
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MeetingKind;

    fn series(rule: Recurrence) -> MeetingSeries {
        MeetingSeries {
            kind: MeetingKind::ReceptionDay,
            organisation: None,
            title: "业主接待日".into(),
            rule,
            start_minute: 9 * 60,
            duration_minutes: 180,
            place: String::new(),
            set_ms: 0,
            ended_ms: None,
        }
    }

    #[test]
    fn the_first_saturday_and_the_last_friday_of_each_month() {
        let from = cst_to_unix_ms(2027, 1, 1, 0, 0);
        let first_saturday = series(Recurrence::NthWeekday { nth: 1, weekday: 6 });
        let days: Vec<(u32, u32)> = occurrences(&first_saturday, from, 4)
            .into_iter()
            .map(|ms| (civil_cst(ms).month, civil_cst(ms).day))
            .collect();
        // January 2027 starts on a Friday.
        assert_eq!(days, vec![(1, 2), (2, 6), (3, 6), (4, 3)]);
        let last_friday = series(Recurrence::NthWeekday {
            nth: -1,
            weekday: 5,
        });
        let days: Vec<u32> = occurrences(&last_friday, from, 3)
            .into_iter()
            .map(|ms| civil_cst(ms).day)
            .collect();
        assert_eq!(days, vec![29, 26, 26]);
        assert_eq!(civil_cst(occurrences(&last_friday, from, 1)[0]).hour, 9);
        let fifteenth = series(Recurrence::DayOfMonth { day: 15 });
        // From the 20th, the next one is next month's.
        let next = occurrences(&fifteenth, cst_to_unix_ms(2027, 2, 20, 0, 0), 1)[0];
        assert_eq!((civil_cst(next).month, civil_cst(next).day), (3, 15));
    }

    #[test]
    fn an_ended_series_stops() {
        let mut s = series(Recurrence::DayOfMonth { day: 1 });
        s.ended_ms = Some(cst_to_unix_ms(2027, 3, 2, 0, 0));
        assert_eq!(
            occurrences(&s, cst_to_unix_ms(2027, 1, 1, 0, 0), 12).len(),
            3
        );
    }

    #[test]
    fn calendar_lines_are_escaped_and_folded_at_75_octets() {
        let mut out = String::new();
        line(
            &mut out,
            &format!("SUMMARY:{}", escape(&"议事,会;\\".repeat(10))),
        );
        let lines: Vec<&str> = out.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.len() <= 75));
        assert!(lines[1..].iter().all(|l| l.starts_with(' ')));
        assert!(out.starts_with("SUMMARY:议事\\,会\\;\\\\"));
        assert!(out.contains("\\;") && out.contains("\\\\") && out.contains("\\,"));
    }
}
