//! A device's own record coming back: from its stored log at start, chunk by chunk, and from
//! what another tab of the browser stored since. Each event is checked as it comes; one that
//! fails is left out and reported, never fatal.

use super::*;

impl Record {
    /// Rebuilds a record from this device's own stored log one chunk at a time, so that a large
    /// log never holds the page for long. Events must come in the total order (storage keys
    /// keep them so); each is checked against its hash and linked to its device's previous
    /// event, then folded at once. An event that fails is left out and reported, and so is
    /// every later event of its device, which can no longer be linked: the rest of the record
    /// stays usable and exportable.
    pub fn restore_chunk(&mut self, events: Vec<Event>) -> Vec<IntegrityError> {
        let mut problems = Vec::new();
        for e in events {
            let in_order = self.folded_to.is_none_or(|done| e.order_key() > done);
            let checked = if in_order {
                check_hash(&e)
                    .and_then(|()| check_link(e.id.device, self.last_of(&e.id.device), &e))
            } else {
                Err(IntegrityError::BrokenLink {
                    event: e.id,
                    after: self.last_of(&e.id.device).map(|p| p.id),
                })
            };
            if let Err(problem) = checked {
                problems.push(problem);
                continue;
            }
            let (key, id) = (e.order_key(), e.id);
            self.max_lamport = self.max_lamport.max(e.lamport);
            self.hold(e);
            let log = log_of(&self.events, &self.order, &self.by_vote, &self.viewed);
            fold::step(&mut self.state, &log, &self.events[&id]);
            self.folded_to = Some(key);
        }
        self.refold_if_missed();
        problems
    }

    /// Ends a restore: keeps each stored head whose signature holds and whose event is present.
    pub fn restore_heads(&mut self, heads: Vec<SignedHead>) -> Vec<IntegrityError> {
        let mut problems = Vec::new();
        for h in heads {
            let chain: Vec<&Event> = self
                .events
                .range(chain_ids(h.device))
                .map(|(_, e)| e)
                .collect();
            match check_signature(&h).and_then(|()| check_head_matches(&h, &chain)) {
                Ok(()) => {
                    self.heads.insert(h.device, h);
                }
                Err(problem) => problems.push(problem),
            }
        }
        problems
    }

    /// Takes in events another tab of this browser stored after this record was restored: they
    /// come from the same trusted storage as [`Record::restore_chunk`], so they need no signed
    /// head, but each must carry its hash and extend its device's chain. Unlike a restore they may
    /// come in any order and sort before events already folded (an import by the other tab), so
    /// the state is refolded when needed. Known identical events are skipped; every event that
    /// does not fit is reported and left out, with the rest of its device's batch.
    pub fn absorb(&mut self, mut events: Vec<Event>) -> Vec<IntegrityError> {
        events.sort_unstable_by_key(|e| e.id);
        let mut problems = Vec::new();
        let mut earliest: Option<OrderKey> = None;
        let mut broken: Option<DeviceId> = None;
        for e in events {
            if broken == Some(e.id.device) {
                problems.push(IntegrityError::BrokenLink {
                    event: e.id,
                    after: self.last_of(&e.id.device).map(|p| p.id),
                });
                continue;
            }
            match self.events.get(&e.id) {
                Some(known) if *known == e => continue,
                Some(_) => {
                    broken = Some(e.id.device);
                    problems.push(IntegrityError::Tampered { event: e.id });
                    continue;
                }
                None => {}
            }
            let checked = check_hash(&e)
                .and_then(|()| check_link(e.id.device, self.last_of(&e.id.device), &e));
            if let Err(problem) = checked {
                broken = Some(e.id.device);
                problems.push(problem);
                continue;
            }
            let key = e.order_key();
            earliest = Some(earliest.map_or(key, |k| k.min(key)));
            self.max_lamport = self.max_lamport.max(e.lamport);
            self.hold(e);
        }
        self.fold_added(earliest);
        problems
    }
}
