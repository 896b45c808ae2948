//! Meetings and activities.

use super::*;

impl State {
    pub(super) fn apply_meeting(&mut self, event: &Event, commit: bool) -> Result<(), Refusal> {
        let id = event.id;
        match &event.payload {
            Payload::MeetingScheduled {
                kind,
                organisation,
                title,
                at_ms,
                agenda,
            } => {
                non_empty(title, "meeting title")?;
                need_opt(&self.organisations, organisation, EntityKind::Organisation)?;
                if commit {
                    let m = Meeting {
                        kind: *kind,
                        organisation: *organisation,
                        title: title.clone(),
                        at_ms: *at_ms,
                        agenda: agenda.clone(),
                        attendance: BTreeMap::new(),
                        minutes: None,
                    };
                    self.meetings.insert(id, m);
                }
            }
            Payload::AttendanceRecorded {
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
            Payload::MinutesRecorded { meeting, text } => {
                get(&self.meetings, meeting, EntityKind::Meeting)?;
                non_empty(text, "minutes")?;
                if commit {
                    self.meetings.get_mut(meeting).expect("checked").minutes = Some(text.clone());
                }
            }
            Payload::ActivityHeld {
                title,
                organisation,
                at_ms,
                participants,
                note,
                fund,
            } => {
                non_empty(title, "activity title")?;
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
            _ => unreachable!("dispatched by payload kind"),
        }
        Ok(())
    }
}
