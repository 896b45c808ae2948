//! The fold: the state a set of events describes, the same on every device and in the CLI.
//!
//! Events are folded in the one total order (Lamport clock, device, sequence number), each
//! judged against the state the earlier ones left. Two kinds of event end something and say
//! what their writer held when it wrote them (a [`Cut`]), because a clock is a claim its own
//! device makes and an order built from clocks alone would let a device choose where its events
//! land:
//!
//! - A revocation puts every later event of the revoked device after it, however early its
//!   clock sorts it. Such an event may already have been folded when the revocation is reached;
//!   the fold is then run again with it set aside from the start ([`State::late`]), until a
//!   pass sets aside exactly what its revocations say.
//! - A close counts what its writer held: when the record holds events its cut does not (a
//!   kiosk's ballots taken in after the close, or anything else that sorts before it), the
//!   vote's result is counted from a fold of the events inside the cut alone, and every other
//!   event naming the vote arrived after the close.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;
use std::sync::{Mutex, OnceLock};

use crate::cut::Cut;
use crate::ids::{DeviceId, EventId, VoteId};
use crate::log::event::{Event, OrderKey};
use crate::log::payload::Payload;
use crate::rules::apply::Viewed;
use crate::rules::refusal::Refusal;
use crate::rules::state::State;

/// Passes of the fold before revocations that undo each other's cuts are settled by keeping
/// every event any pass set aside (see [`fold_all`]).
const MAX_PASSES: usize = 8;

/// Closers' views already counted, by the close and the events its view holds (for each device,
/// how many of its first events): a view is the same wherever it is met, so a record counts each
/// once, however many folds or enclosing views meet it.
///
/// Behind a mutex rather than a cell only so a record can sit in a signal, which every thread
/// may read: the fold itself runs on one.
#[derive(Default)]
pub(crate) struct Views(Mutex<ViewMap>);

type ViewMap = BTreeMap<(EventId, Vec<(DeviceId, u64)>), Viewed>;

impl Views {
    fn get(&self, key: &(EventId, Vec<(DeviceId, u64)>)) -> Option<Viewed> {
        self.lock().get(key).cloned()
    }

    fn put(&self, key: (EventId, Vec<(DeviceId, u64)>), viewed: Viewed) {
        self.lock().insert(key, viewed);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, ViewMap> {
        // A panic while it was held left a cache, not the truth: what it holds is still right.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Clone for Views {
    fn clone(&self) -> Views {
        Views(Mutex::new(self.lock().clone()))
    }
}

/// A cache says nothing of the record it serves.
impl std::fmt::Debug for Views {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Views")
    }
}

/// Where a log's events are: a record's indexes, or events already sorted in the total order
/// (the free [`crate::record::fold`], which need not copy them into a record), with an index by
/// id built only if a close asks for one.
#[derive(Clone, Copy)]
pub(crate) enum Source<'a> {
    Record {
        events: &'a BTreeMap<EventId, Event>,
        order: &'a BTreeMap<OrderKey, EventId>,
        by_vote: &'a BTreeMap<VoteId, BTreeSet<OrderKey>>,
    },
    Sorted {
        events: &'a [&'a Event],
        by_id: &'a OnceLock<BTreeMap<EventId, &'a Event>>,
    },
}

impl<'a> Source<'a> {
    fn range(
        self,
        first: Bound<OrderKey>,
        end: Bound<OrderKey>,
    ) -> Box<dyn Iterator<Item = &'a Event> + 'a> {
        match self {
            Source::Record { events, order, .. } => {
                Box::new(order.range((first, end)).map(move |(_, id)| &events[id]))
            }
            Source::Sorted { events, .. } => {
                // The index of the first event past everything below `bound` (`after`: the
                // bound is where the events stop, else where they start).
                let at = |bound: Bound<OrderKey>, after: bool| match bound {
                    Bound::Included(k) if after => events.partition_point(|e| e.order_key() <= k),
                    Bound::Excluded(k) if !after => events.partition_point(|e| e.order_key() <= k),
                    Bound::Included(k) | Bound::Excluded(k) => {
                        events.partition_point(|e| e.order_key() < k)
                    }
                    Bound::Unbounded if after => events.len(),
                    Bound::Unbounded => 0,
                };
                let (from, to) = (at(first, false), at(end, true));
                Box::new(events[from..to.max(from)].iter().copied())
            }
        }
    }

    fn get(self, id: &EventId) -> Option<&'a Event> {
        match self {
            Source::Record { events, .. } => events.get(id),
            Source::Sorted { events, by_id } => by_id
                .get_or_init(|| events.iter().map(|e| (e.id, *e)).collect())
                .get(id)
                .copied(),
        }
    }

    /// The events naming `vote` that sort before `before`.
    fn naming_vote(self, vote: &VoteId, before: OrderKey) -> Vec<&'a Event> {
        match self {
            Source::Record {
                events,
                order,
                by_vote,
            } => by_vote
                .get(vote)
                .into_iter()
                .flat_map(|keys| keys.range(..before))
                .map(|key| &events[&order[key]])
                .collect(),
            Source::Sorted { .. } => self
                .range(Bound::Unbounded, Bound::Excluded(before))
                .filter(|e| e.vote() == Some(*vote))
                .collect(),
        }
    }
}

/// The events a fold reads: a whole record, or what one closing device held of it.
pub(crate) struct Log<'a> {
    source: Source<'a>,
    viewed: &'a Views,
    /// Closers' views this log is limited to: only events each cut holds and that sort before
    /// its close.
    views: Vec<(&'a Cut, OrderKey)>,
}

impl<'a> Log<'a> {
    pub(crate) fn new(source: Source<'a>, viewed: &'a Views) -> Log<'a> {
        Log {
            source,
            viewed,
            views: Vec::new(),
        }
    }

    fn admits(&self, e: &Event) -> bool {
        self.views.iter().all(|(cut, before)| {
            e.order_key() < *before && cut.holds(&e.id, e.lamport, before.lamport)
        })
    }

    fn end(&self) -> Bound<OrderKey> {
        self.views
            .iter()
            .map(|(_, before)| *before)
            .min()
            .map_or(Bound::Unbounded, Bound::Excluded)
    }

    /// Every event of the log from `first` on, in the total order.
    pub(crate) fn from(&self, first: Bound<OrderKey>) -> impl Iterator<Item = &'a Event> + '_ {
        self.source
            .range(first, self.end())
            .filter(|e| self.views.is_empty() || self.admits(e))
    }

    /// The events of this log naming `vote` that sort before `before`.
    fn vote_events_before(&self, vote: &VoteId, before: OrderKey) -> Vec<&'a Event> {
        let mut named = self.source.naming_vote(vote, before);
        named.retain(|e| self.admits(e));
        named
    }

    /// What the device that wrote `close` held, as far as this log holds it.
    fn view_of(&self, close: &'a Event, cut: &'a Cut) -> Log<'a> {
        let mut views = self.views.clone();
        views.push((cut, close.order_key()));
        Log {
            source: self.source,
            viewed: self.viewed,
            views,
        }
    }
}

/// The state of the whole log, from nothing.
///
/// Each pass folds with `late` set aside and collects what its revocations say `late` should
/// be; when the two agree, the pass is the fold. It starts from nothing every time, so the
/// state is a function of the events alone (two devices holding them agree, whatever each held
/// before). Revocations that undo each other's cuts (two admin devices revoking each other,
/// each beyond the other's cut) may agree with no set; after [`MAX_PASSES`] or a set seen
/// before, every event any pass set aside stays set aside.
pub(crate) fn fold_all(log: &Log) -> State {
    let mut late = BTreeMap::new();
    let mut tried: Vec<BTreeMap<EventId, u64>> = Vec::new();
    loop {
        let mut state = pass(log, late.clone());
        let needed = std::mem::take(&mut state.scratch.needed);
        state.scratch.missed = false;
        if needed == late {
            return state;
        }
        if tried.len() >= MAX_PASSES || tried.contains(&needed) {
            let every: BTreeMap<EventId, u64> =
                tried.into_iter().chain([late, needed]).flatten().collect();
            let mut state = pass(log, every);
            state.scratch = Default::default();
            return state;
        }
        tried.push(std::mem::replace(&mut late, needed));
    }
}

fn pass(log: &Log, late: BTreeMap<EventId, u64>) -> State {
    let mut state = State {
        late,
        ..State::default()
    };
    for e in log.from(Bound::Unbounded) {
        step(&mut state, log, e);
    }
    state
}

/// Folds the next event of `log` into `state`. A close that counts, when this state may not be
/// what its writer held, is counted from its writer's view.
pub(crate) fn step<'a>(state: &mut State, log: &Log<'a>, e: &'a Event) {
    if let Payload::VoteClosed {
        vote,
        cut: Some(cut),
    } = &e.payload
    {
        if state.would_apply(e) {
            if claims_too_much(state, log, e, cut) {
                return state.set_aside(e, Refusal::CutBeyondItself);
            }
            if state.differs_from(cut) {
                return close_from_view(state, log, e, vote, cut);
            }
        }
    }
    state.fold_event(e);
}

/// Whether `cut` names an event the fold has passed that its writer cannot have held: one with
/// a clock not below the close's. Along a device's chain clocks rise, so its last such event
/// tells.
fn claims_too_much(state: &State, log: &Log, close: &Event, cut: &Cut) -> bool {
    state.view_bounds(cut).into_iter().any(|(device, seq)| {
        log.source
            .get(&EventId { device, seq })
            .is_some_and(|e| e.lamport >= close.lamport)
    })
}

fn close_from_view<'a>(
    state: &mut State,
    log: &Log<'a>,
    close: &'a Event,
    vote: &VoteId,
    cut: &'a Cut,
) {
    let key = (close.id, state.view_bounds(cut));
    let known = log.viewed.get(&key);
    let viewed = known.unwrap_or_else(|| {
        let view_log = log.view_of(close, cut);
        let mut view = fold_all(&view_log);
        view.fold_event(close);
        let names_vote = |id: &EventId| log.source.get(id).and_then(Event::vote) == Some(*vote);
        let viewed = Viewed::of(&view, close, vote, names_vote);
        log.viewed.put(key, viewed.clone());
        viewed
    });
    let before = log.vote_events_before(vote, close.order_key());
    state.close_as_viewed(close, (vote, cut), &viewed, &before);
}
