//! Meetings and activities.

use super::*;
use crate::ids::ProposalId;
use crate::model::MeetingKind;

/// The events this file folds, each with its fields, as `apply` hands them over: one
/// variant per kind, so a new kind does not compile until it is handled here.
pub(super) enum MeetingEvent<'a> {
    MeetingScheduled {
        kind: &'a MeetingKind,
        organisation: &'a Option<EventId>,
        title: &'a String,
        at_ms: &'a i64,
        agenda: &'a Vec<String>,
        links: &'a Vec<EventId>,
        place: &'a String,
        series: &'a Option<EventId>,
    },
    MeetingSeriesSet {
        kind: &'a MeetingKind,
        organisation: &'a Option<EventId>,
        title: &'a String,
        rule: &'a Recurrence,
        start_minute: &'a u16,
        duration_minutes: &'a u16,
        place: &'a String,
    },
    MeetingSeriesEnded {
        series: &'a EventId,
    },
    AttendanceRecorded {
        meeting: &'a EventId,
        person: &'a EventId,
        present: &'a bool,
    },
    MinutesRecorded {
        meeting: &'a EventId,
        text: &'a String,
    },
    ActivityHeld {
        title: &'a String,
        organisation: &'a Option<EventId>,
        at_ms: &'a i64,
        participants: &'a u32,
        note: &'a String,
        fund: &'a Option<EventId>,
    },
}

impl State {
    pub(super) fn apply_meeting(
        &mut self,
        event: &Event,
        payload: MeetingEvent<'_>,
        commit: bool,
        // Only ballots and responses can wait for a clerk; none of this file's kinds.
        _unconfirmed: bool,
    ) -> Result<(), Refusal> {
        let id = event.id;
        match payload {
            MeetingEvent::MeetingScheduled {
                kind,
                organisation,
                title,
                at_ms,
                agenda,
                links,
                place,
                series,
            } => {
                non_empty(title, Field::MeetingTitle)?;
                need_opt(&self.organisations, organisation, EntityKind::Organisation)?;
                need_opt(&self.series, series, EntityKind::Meeting)?;
                for link in links {
                    if !self.requests.contains_key(link)
                        && !self.proposals.contains_key(&ProposalId(*link))
                    {
                        return Err(Refusal::Unknown {
                            kind: EntityKind::Proposal,
                            id: *link,
                        });
                    }
                }
                if commit {
                    let m = Meeting {
                        kind: *kind,
                        organisation: *organisation,
                        title: title.trim().to_string(),
                        at_ms: *at_ms,
                        agenda: agenda.clone(),
                        links: links.clone(),
                        place: place.trim().to_string(),
                        series: *series,
                        attendance: BTreeMap::new(),
                        minutes: None,
                    };
                    self.meetings.insert(id, m);
                }
            }
            MeetingEvent::MeetingSeriesSet {
                kind,
                organisation,
                title,
                rule,
                start_minute,
                duration_minutes,
                place,
            } => {
                non_empty(title, Field::MeetingTitle)?;
                need_opt(&self.organisations, organisation, EntityKind::Organisation)?;
                let valid_rule = match rule {
                    Recurrence::NthWeekday { nth, weekday } => {
                        matches!(nth, 1..=4 | -1) && (1..=7).contains(weekday)
                    }
                    Recurrence::DayOfMonth { day } => (1..=28).contains(day),
                };
                if !valid_rule || *start_minute >= 24 * 60 || *duration_minutes == 0 {
                    return Err(Refusal::RecurrenceInvalid);
                }
                if commit {
                    self.series.insert(
                        id,
                        MeetingSeries {
                            kind: *kind,
                            organisation: *organisation,
                            title: title.trim().to_string(),
                            rule: *rule,
                            start_minute: *start_minute,
                            duration_minutes: *duration_minutes,
                            place: place.trim().to_string(),
                            set_ms: event.wall_ms,
                            ended_ms: None,
                        },
                    );
                }
            }
            MeetingEvent::MeetingSeriesEnded { series } => {
                let s = get(&self.series, series, EntityKind::Meeting)?;
                if s.ended_ms.is_some() {
                    return Err(Refusal::SeriesEnded {
                        title: s.title.clone(),
                    });
                }
                if commit {
                    self.series.get_mut(series).expect("checked").ended_ms = Some(event.wall_ms);
                }
            }
            MeetingEvent::AttendanceRecorded {
                meeting,
                person,
                present,
            } => {
                get(&self.meetings, meeting, EntityKind::Meeting)?;
                get(&self.persons, person, EntityKind::Person)?;
                if commit {
                    self.meetings
                        .get_mut(meeting)
                        .expect("checked")
                        .attendance
                        .insert(*person, *present);
                }
            }
            MeetingEvent::MinutesRecorded { meeting, text } => {
                get(&self.meetings, meeting, EntityKind::Meeting)?;
                non_empty(text, Field::Minutes)?;
                if commit {
                    self.meetings.get_mut(meeting).expect("checked").minutes = Some(text.clone());
                }
            }
            MeetingEvent::ActivityHeld {
                title,
                organisation,
                at_ms,
                participants,
                note,
                fund,
            } => {
                non_empty(title, Field::ActivityTitle)?;
                need_opt(&self.organisations, organisation, EntityKind::Organisation)?;
                need_opt(&self.funds, fund, EntityKind::Fund)?;
                if commit {
                    let a = Activity {
                        title: title.clone(),
                        organisation: *organisation,
                        at_ms: *at_ms,
                        participants: *participants,
                        note: note.clone(),
                        fund: *fund,
                    };
                    self.activities.insert(id, a);
                }
            }
        }
        Ok(())
    }
}
