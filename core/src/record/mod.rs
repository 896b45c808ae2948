//! The append-only record: every event any device wrote, keyed by id, and the state folded from
//! them in the one total order (Lamport clock, device, sequence number).

pub mod checkpoint;
mod fold;
mod restore;
pub mod snapshot;

use std::collections::{BTreeMap, BTreeSet};

use crate::ids::{DeviceId, EventId, VoteId};
use crate::log::chain::{self, Tip};
use crate::log::event::{Event, OrderKey};
use crate::log::keys::{DeviceKey, SignedHead};
use crate::log::payload::Payload;
use crate::log::verify::{
    best_heads, check_coverage, check_hash, check_head_matches, check_link, check_links,
    check_signature, IntegrityError,
};
use crate::rules::batch::Batch;
use crate::rules::refusal::Refusal;
use crate::rules::state::State;

#[derive(Clone, Debug, Default)]
pub struct Record {
    pub(crate) events: BTreeMap<EventId, Event>,
    pub(crate) order: BTreeMap<OrderKey, EventId>,
    pub(crate) heads: BTreeMap<DeviceId, SignedHead>,
    /// The events of each vote (see [`Event::vote`]) by their place in the total order: a vote's
    /// digest, recomputed after every ballot, reads these instead of the whole log.
    pub(crate) by_vote: BTreeMap<VoteId, BTreeSet<OrderKey>>,
    pub(crate) state: State,
    /// The last event folded into `state`; events sorting after it can be applied incrementally.
    pub(crate) folded_to: Option<OrderKey>,
    pub(crate) max_lamport: u64,
    /// Closers' views already counted (see `fold`): a cache, never stored.
    pub(crate) viewed: fold::Views,
}

/// What a merge changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub added: usize,
    /// Events already known with identical content.
    pub duplicates: usize,
}

impl PartialEq for Record {
    /// Two records are equal when they hold the same events and signed heads; state is a function
    /// of the events.
    fn eq(&self, other: &Record) -> bool {
        self.events == other.events && self.heads == other.heads
    }
}

impl Eq for Record {}

impl Record {
    pub fn new() -> Record {
        Record::default()
    }

    pub fn state(&self) -> &State {
        &self.state
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    pub fn get(&self, id: &EventId) -> Option<&Event> {
        self.events.get(id)
    }

    /// Takes an event into the log and its indexes (not the state).
    fn hold(&mut self, e: Event) {
        let key = e.order_key();
        if let Some(vote) = e.vote() {
            self.by_vote.entry(vote).or_default().insert(key);
        }
        self.order.insert(key, e.id);
        self.events.insert(e.id, e);
    }

    /// The events concerning one vote, in the total order.
    pub fn vote_events<'a>(&'a self, vote: &VoteId) -> impl Iterator<Item = &'a Event> + 'a {
        self.by_vote
            .get(vote)
            .into_iter()
            .flatten()
            .map(|key| &self.events[&self.order[key]])
    }

    /// All events in the total order the state is folded in.
    pub fn events(&self) -> impl Iterator<Item = &Event> {
        self.order.values().map(|id| &self.events[id])
    }

    pub fn heads(&self) -> &BTreeMap<DeviceId, SignedHead> {
        &self.heads
    }

    /// One device's chain, in sequence order.
    pub fn chain(&self, device: &DeviceId) -> impl Iterator<Item = &Event> {
        self.events.range(chain_ids(*device)).map(|(_, e)| e)
    }

    /// The last event of a device's chain.
    pub fn last_of(&self, device: &DeviceId) -> Option<&Event> {
        self.events
            .range(chain_ids(*device))
            .next_back()
            .map(|(_, e)| e)
    }

    /// The command entry point: validates `payload` against the current state and appends it as
    /// this device's next event, or refuses it and leaves the record unchanged.
    pub fn submit(
        &mut self,
        key: &DeviceKey,
        wall_ms: i64,
        author: &str,
        payload: Payload,
    ) -> Result<EventId, Refusal> {
        let event = self.prepare(key, wall_ms, author, payload)?;
        self.commit(event)
    }

    /// Validates a command and builds the event it would append, changing nothing: an app
    /// stores the event durably first and only then [`Record::commit`]s it, so a ballot is never
    /// shown as recorded before it is safe.
    pub fn prepare(
        &mut self,
        key: &DeviceKey,
        wall_ms: i64,
        author: &str,
        payload: Payload,
    ) -> Result<Event, Refusal> {
        let device = key.device();
        let last = self.last_of(&device);
        let id = EventId {
            device,
            seq: last.map_or(1, |e| e.id.seq + 1),
        };
        let prev = last.map(|e| e.hash);
        // A merged file may carry any clock value, up to u64::MAX; refuse rather than wrap.
        let lamport = self
            .max_lamport
            .checked_add(1)
            .ok_or(Refusal::ClockExhausted)?;
        let payload = self.state.stamp(payload);
        let event = Event::seal(id, lamport, wall_ms, author.to_string(), prev, payload);
        self.state.transition(&event, false)?;
        Ok(event)
    }

    /// Appends an event made by [`Record::prepare`]. Refused with [`Refusal::OutOfDate`] when
    /// the record has moved on since (it must still be the device's next event and the newest
    /// in the total order), and re-validated against the state either way.
    pub fn commit(&mut self, event: Event) -> Result<EventId, Refusal> {
        let last = self.last_of(&event.id.device).map(Tip::of);
        let follows = chain::follows(last, &event) && event.lamport > self.max_lamport;
        if !follows {
            return Err(Refusal::OutOfDate);
        }
        self.state.transition(&event, true)?;
        let id = event.id;
        self.max_lamport = event.lamport;
        self.folded_to = Some(event.order_key());
        self.hold(event);
        Ok(id)
    }

    /// Starts a batch of this device's commands: see [`Batch`]. It works on a copy of the state,
    /// so it suits a few thousand events (an import), not every tap of a kiosk.
    pub fn batch(&self, key: &DeviceKey, wall_ms: i64, author: &str) -> Batch {
        let device = key.device();
        Batch::new(
            self.state.clone(),
            device,
            self.last_of(&device),
            self.max_lamport,
            wall_ms,
            author,
        )
    }

    /// Appends the events of a [`Batch`] made from this record as it is now. Refused with
    /// [`Refusal::OutOfDate`] and nothing changed when the record has moved on since.
    pub fn commit_all(&mut self, events: Vec<Event>) -> Result<Vec<EventId>, Refusal> {
        let Some(first) = events.first() else {
            return Ok(Vec::new());
        };
        let last = self.last_of(&first.id.device).map(Tip::of);
        let follows = chain::follows(last, first) && first.lamport > self.max_lamport;
        if !follows {
            return Err(Refusal::OutOfDate);
        }
        // Each event was checked against the state its predecessors leave, which is exactly
        // what committing them in order rebuilds.
        events.into_iter().map(|e| self.commit(e)).collect()
    }

    /// Signs the head of this device's chain so the record can be shared; returns the head.
    pub fn seal(&mut self, key: &DeviceKey) -> Option<SignedHead> {
        let device = key.device();
        let last = self.last_of(&device)?;
        let head = key.sign_head(last.id.seq, last.hash);
        self.heads.insert(device, head.clone());
        Some(head)
    }

    /// Set union with another device's events. Everything is verified first and nothing changes
    /// unless all of it holds: every new event's hash, every touched chain's links, and every
    /// head's signature. An identical duplicate is skipped; a different event under a known id
    /// is a tamper error naming it.
    pub fn merge(
        &mut self,
        events: Vec<Event>,
        heads: Vec<SignedHead>,
    ) -> Result<MergeReport, IntegrityError> {
        self.merge_checked(events, heads, false)
    }

    /// `hashes_checked`: the caller has just recomputed every event hash (snapshot import), so
    /// the most expensive check is not repeated. Links, heads and signatures are still checked
    /// against what this record already holds.
    pub(crate) fn merge_checked(
        &mut self,
        events: Vec<Event>,
        heads: Vec<SignedHead>,
        hashes_checked: bool,
    ) -> Result<MergeReport, IntegrityError> {
        let mut report = MergeReport::default();
        let mut fresh: BTreeMap<EventId, Event> = BTreeMap::new();
        for e in events {
            let known = self.events.get(&e.id).or(fresh.get(&e.id));
            match known {
                Some(k) if *k == e => report.duplicates += 1,
                Some(_) => return Err(IntegrityError::Tampered { event: e.id }),
                None => {
                    if !hashes_checked {
                        check_hash(&e)?;
                    }
                    fresh.insert(e.id, e);
                }
            }
        }
        for h in &heads {
            check_signature(h)?;
        }
        let best = best_heads(self.heads.values().chain(heads.iter()))?;
        let touched: BTreeSet<DeviceId> = fresh
            .keys()
            .map(|id| id.device)
            .chain(heads.iter().map(|h| h.device))
            .collect();
        for device in &touched {
            let mut chain: Vec<&Event> = self
                .events
                .range(chain_ids(*device))
                .map(|(_, e)| e)
                .collect();
            chain.extend(fresh.range(chain_ids(*device)).map(|(_, e)| e));
            chain.sort_unstable_by_key(|e| e.id.seq);
            check_links(*device, &chain)?;
            // This device's own events written since its last seal are known and need no head;
            // everything arriving from elsewhere must be signed.
            let signed_to = fresh
                .range(chain_ids(*device))
                .next_back()
                .map_or(0, |(id, _)| id.seq);
            check_coverage(*device, &chain, best.get(device).copied(), signed_to)?;
            for h in heads.iter().filter(|h| h.device == *device) {
                check_head_matches(h, &chain)?;
            }
        }
        let best: Vec<SignedHead> = best.into_values().cloned().collect();
        for h in best {
            self.heads.insert(h.device, h);
        }
        report.added = fresh.len();
        let earliest = fresh.values().map(Event::order_key).min();
        for e in fresh.into_values() {
            self.max_lamport = self.max_lamport.max(e.lamport);
            self.hold(e);
        }
        self.fold_added(earliest);
        Ok(report)
    }

    /// Merges everything another record holds.
    pub fn merge_record(&mut self, other: &Record) -> Result<MergeReport, IntegrityError> {
        self.merge(
            other.events.values().cloned().collect(),
            other.heads.values().cloned().collect(),
        )
    }

    /// Checks every hash, link and head of the whole record. A device's events written since
    /// its last [`Record::seal`] are reported as unsigned.
    pub fn verify(&self) -> Result<(), IntegrityError> {
        verify_events(self.events.values(), self.heads.values())
    }

    fn log(&self) -> fold::Log<'_> {
        log_of(&self.events, &self.order, &self.by_vote, &self.viewed)
    }

    /// Rebuilds the state from nothing; the result depends only on the set of events.
    fn refold(&mut self) {
        self.state = fold::fold_all(&self.log());
        self.folded_to = self.order.keys().next_back().copied();
    }

    /// After an incremental fold: a revocation it reached put events after it that it had
    /// already applied, and only a fold from nothing can set them aside.
    fn refold_if_missed(&mut self) {
        if self.state.scratch.missed {
            self.refold();
        }
    }

    /// Brings the state up to date after events were inserted, the earliest of them at
    /// `earliest`: incrementally when they all sort after what is folded, else from nothing.
    fn fold_added(&mut self, earliest: Option<OrderKey>) {
        match (earliest, self.folded_to) {
            (Some(first), Some(done)) if first < done => self.refold(),
            (Some(first), _) => self.fold_from(first),
            (None, _) => {}
        }
    }

    fn fold_from(&mut self, first: OrderKey) {
        let log = log_of(&self.events, &self.order, &self.by_vote, &self.viewed);
        for e in log.from(std::ops::Bound::Included(first)) {
            fold::step(&mut self.state, &log, e);
            self.folded_to = Some(e.order_key());
        }
        self.refold_if_missed();
    }

    /// Builds a record from verified events and heads, e.g. a loaded snapshot.
    pub fn from_parts(
        events: Vec<Event>,
        heads: Vec<SignedHead>,
    ) -> Result<Record, IntegrityError> {
        let mut r = Record::new();
        r.merge(events, heads)?;
        Ok(r)
    }
}

/// A record's events as a fold reads them; from its fields, so the state can be folded into
/// while they are borrowed.
fn log_of<'a>(
    events: &'a BTreeMap<EventId, Event>,
    order: &'a BTreeMap<OrderKey, EventId>,
    by_vote: &'a BTreeMap<VoteId, BTreeSet<OrderKey>>,
    viewed: &'a fold::Views,
) -> fold::Log<'a> {
    fold::Log::new(
        fold::Source::Record {
            events,
            order,
            by_vote,
        },
        viewed,
    )
}

/// Every possible id of one device's events: ids sort by device first, so a range over a map
/// keyed by [`EventId`] yields exactly that device's chain, in sequence order.
fn chain_ids(device: DeviceId) -> std::ops::RangeInclusive<EventId> {
    EventId { device, seq: 0 }..=EventId {
        device,
        seq: u64::MAX,
    }
}

/// The state a set of events describes, whatever order they come in.
pub fn fold<'a>(events: impl IntoIterator<Item = &'a Event>) -> State {
    let mut sorted: Vec<&Event> = events.into_iter().collect();
    sorted.sort_unstable_by_key(|e| e.order_key());
    let by_id = std::sync::OnceLock::new();
    let source = fold::Source::Sorted {
        events: &sorted,
        by_id: &by_id,
    };
    fold::fold_all(&fold::Log::new(source, &fold::Views::default()))
}

/// Full verification of a set of events against signed heads, as an importer does it.
pub fn verify_events<'a>(
    events: impl IntoIterator<Item = &'a Event>,
    heads: impl IntoIterator<Item = &'a SignedHead>,
) -> Result<(), IntegrityError> {
    let mut chains: BTreeMap<DeviceId, Vec<&Event>> = BTreeMap::new();
    let mut seen: BTreeMap<EventId, &Event> = BTreeMap::new();
    for e in events {
        check_hash(e)?;
        match seen.insert(e.id, e) {
            Some(earlier) if earlier != e => return Err(IntegrityError::Tampered { event: e.id }),
            Some(_) => continue,
            None => chains.entry(e.id.device).or_default().push(e),
        }
    }
    let heads: Vec<&SignedHead> = heads.into_iter().collect();
    for h in &heads {
        check_signature(h)?;
    }
    let best = best_heads(heads.iter().copied())?;
    for (device, chain) in &mut chains {
        chain.sort_unstable_by_key(|e| e.id.seq);
        check_links(*device, chain)?;
        check_coverage(
            *device,
            chain,
            best.get(device).copied(),
            chain.len() as u64,
        )?;
    }
    for h in &heads {
        match chains.get(&h.device) {
            Some(chain) => check_head_matches(h, chain)?,
            None => {
                return Err(IntegrityError::Missing {
                    device: h.device,
                    seq: 1,
                })
            }
        }
    }
    Ok(())
}
