//! The community calendar as an .ics file phones import.

mod common;

use common::*;
use gongzhi_core::model::*;
use gongzhi_core::rules::meetings::{calendar, upcoming};
use gongzhi_core::time::cst_to_unix_ms;
use gongzhi_core::Payload;

#[test]
fn reception_day_and_a_single_meeting_export_as_icalendar() {
    let mut t = Town::new(1);
    let reception = t.submit(Payload::MeetingSeriesSet {
        kind: MeetingKind::ReceptionDay,
        organisation: None,
        title: "业主接待日".into(),
        rule: Recurrence::NthWeekday { nth: 1, weekday: 6 },
        start_minute: 9 * 60,
        duration_minutes: 180,
        place: "社区服务中心, 二楼".into(),
    });
    let at = cst_to_unix_ms(2025, 5, 20, 19, 30);
    t.submit(Payload::MeetingScheduled {
        kind: MeetingKind::JointMeeting,
        organisation: None,
        title: "联席会议：后门验收".into(),
        at_ms: at,
        agenda: vec!["验收后门".into(), "通报结余".into()],
        links: Vec::new(),
        place: String::new(),
        series: None,
    });
    let ics = calendar(t.record.state());
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    // Long lines are folded; a reader unfolds them first.
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains(&format!("UID:{reception}@gongzhi\r\n")));
    assert!(ics.contains("RRULE:FREQ=MONTHLY;BYDAY=1SA\r\n"));
    // T0 is 30 April 2025; the first Saturday on or after it is 3 May.
    assert!(ics.contains("DTSTART;TZID=Asia/Shanghai:20250503T090000\r\n"));
    assert!(ics.contains("LOCATION:社区服务中心\\, 二楼\r\n"));
    assert!(ics.contains("DTSTART;TZID=Asia/Shanghai:20250520T193000\r\n"));
    assert!(ics.contains("DESCRIPTION:验收后门\\n通报结余\r\n"));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);

    let next = upcoming(t.record.state(), cst_to_unix_ms(2025, 5, 10, 0, 0), 3);
    let when: Vec<i64> = next.iter().map(|n| n.0).collect();
    assert_eq!(
        when,
        vec![
            at,
            cst_to_unix_ms(2025, 6, 7, 9, 0),
            cst_to_unix_ms(2025, 7, 5, 9, 0)
        ]
    );
}

#[test]
fn a_rule_naming_no_real_day_is_refused() {
    let mut t = Town::new(1);
    for rule in [
        Recurrence::NthWeekday { nth: 5, weekday: 6 },
        Recurrence::NthWeekday { nth: 1, weekday: 0 },
        Recurrence::DayOfMonth { day: 31 },
    ] {
        let r = t.record.submit(
            &t.admin,
            T0,
            "a",
            Payload::MeetingSeriesSet {
                kind: MeetingKind::ReceptionDay,
                organisation: None,
                title: "x".into(),
                rule,
                start_minute: 600,
                duration_minutes: 60,
                place: String::new(),
            },
        );
        assert_eq!(r.unwrap_err(), gongzhi_core::Refusal::RecurrenceInvalid);
    }
}
