//! Several commands recorded as one write: a demo community, a roster import, a pile of paper
//! ballots. Each command is checked against the state the earlier ones leave; the app stores
//! the events in one transaction and commits them with [`crate::Record::commit_all`], so a
//! batch is in the record whole or not at all.

use crate::ids::{DeviceId, EventId, Hash};
use crate::log::event::Event;
use crate::log::payload::Payload;
use crate::rules::refusal::Refusal;
use crate::rules::state::State;

pub struct Batch {
    state: State,
    device: DeviceId,
    last_seq: u64,
    prev: Option<Hash>,
    lamport: u64,
    wall_ms: i64,
    author: String,
    events: Vec<Event>,
}

impl Batch {
    pub(crate) fn new(
        state: State,
        device: DeviceId,
        last: Option<&Event>,
        lamport: u64,
        wall_ms: i64,
        author: &str,
    ) -> Batch {
        Batch {
            state,
            device,
            last_seq: last.map_or(0, |e| e.id.seq),
            prev: last.map(|e| e.hash),
            lamport,
            wall_ms,
            author: author.to_string(),
            events: Vec::new(),
        }
    }

    /// Checks one more command against the state so far and adds its event, or refuses it and
    /// leaves the batch as it was.
    pub fn add(&mut self, payload: Payload) -> Result<EventId, Refusal> {
        let lamport = self.lamport.checked_add(1).ok_or(Refusal::ClockExhausted)?;
        let id = EventId {
            device: self.device,
            seq: self.last_seq + 1,
        };
        let event = Event::seal(
            id,
            lamport,
            self.wall_ms,
            self.author.clone(),
            self.prev,
            self.state.stamp(payload),
        );
        self.state.transition(&event, true)?;
        self.last_seq = id.seq;
        self.prev = Some(event.hash);
        self.lamport = lamport;
        self.events.push(event);
        Ok(id)
    }

    /// The state as it would be with the batch committed.
    pub fn state(&self) -> &State {
        &self.state
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    pub fn into_events(self) -> Vec<Event> {
        self.events
    }
}
