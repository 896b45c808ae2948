//! Detecting any change to a record: each event's hash seals its content, each `prev` link
//! seals the order of a device's chain, and the device's signed head seals its end, so an
//! edit, insertion, deletion or reordering anywhere breaks at least one of them.

use std::collections::BTreeMap;
use std::fmt;

use crate::ids::{DeviceId, EventId};
use crate::log::chain::{follows, Tip};
use crate::log::event::Event;
use crate::log::keys::SignedHead;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntegrityError {
    /// Content no longer matches the event's own hash.
    Altered {
        event: EventId,
    },
    /// Two different events claim one id.
    Tampered {
        event: EventId,
    },
    /// A sequence number of a device's chain is absent.
    Missing {
        device: DeviceId,
        seq: u64,
    },
    /// `prev` does not name the hash of the device's previous event `after`: one of the two
    /// was altered, or events between them were inserted, removed or reordered.
    BrokenLink {
        event: EventId,
        after: Option<EventId>,
    },
    /// A device's Lamport clock must rise along its own chain: `lamport` is not above the
    /// `previous` event's clock (equal counts, since the clock orders events).
    ClockDidNotRise {
        event: EventId,
        lamport: u64,
        previous: u64,
    },
    /// The device has events but no signed head covering them.
    Unsigned {
        device: DeviceId,
        from_seq: u64,
    },
    /// The signed head names a different event than the one present.
    HeadMismatch {
        event: EventId,
    },
    BadSignature {
        device: DeviceId,
    },
    /// The device signed two different events as its head at one sequence number.
    ForkedHead {
        device: DeviceId,
        seq: u64,
    },
}

impl IntegrityError {
    /// The event the error is about, when it is about one.
    pub fn event(&self) -> Option<EventId> {
        use IntegrityError::*;
        match self {
            Altered { event }
            | Tampered { event }
            | BrokenLink { event, .. }
            | ClockDidNotRise { event, .. }
            | HeadMismatch { event } => Some(*event),
            Missing { device, seq }
            | ForkedHead { device, seq }
            | Unsigned {
                device,
                from_seq: seq,
            } => Some(EventId {
                device: *device,
                seq: *seq,
            }),
            BadSignature { .. } => None,
        }
    }

    /// The device the error is about: every error names one.
    pub fn device(&self) -> DeviceId {
        use IntegrityError::*;
        match self {
            Altered { event }
            | Tampered { event }
            | BrokenLink { event, .. }
            | ClockDidNotRise { event, .. }
            | HeadMismatch { event } => event.device,
            Missing { device, .. }
            | ForkedHead { device, .. }
            | Unsigned { device, .. }
            | BadSignature { device } => *device,
        }
    }
}

impl fmt::Display for IntegrityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use IntegrityError::*;
        match self {
            Altered { event } => write!(f, "event {event:?} has been altered: its content does not match its hash"),
            Tampered { event } => write!(
                f,
                "two different versions of event {event:?} exist: one of them has been tampered with"
            ),
            Missing { device, seq } => write!(f, "event number {seq} of device {} is missing", device.short()),
            BrokenLink { event, after: Some(after) } => write!(
                f,
                "event {event:?} does not follow event {after:?} of the same device: one was altered, or events were inserted, removed or reordered"
            ),
            BrokenLink { event, after: None } => {
                write!(f, "event {event:?} claims a predecessor but is the first event of its device")
            }
            ClockDidNotRise { event, lamport, previous } => write!(
                f,
                "event {event:?} has Lamport clock {lamport}, not above the clock {previous} of the previous event of its device: the clock must rise from one event of a device to the next"
            ),
            Unsigned { device, from_seq } => write!(
                f,
                "events of device {} from number {from_seq} on are not covered by its signature",
                device.short()
            ),
            HeadMismatch { event } => write!(
                f,
                "device {} signed a different event {event:?}: the end of its chain was changed",
                event.device.short()
            ),
            BadSignature { device } => {
                write!(f, "the signature of device {} is forged or damaged", device.short())
            }
            ForkedHead { device, seq } => write!(
                f,
                "device {} signed two different versions of its event number {seq}",
                device.short()
            ),
        }
    }
}

impl std::error::Error for IntegrityError {}

/// Checks the links of one device's chain, events in sequence order: numbers from 1 without
/// gaps, each `prev` naming the previous hash, the Lamport clock growing. Content hashes are
/// checked separately ([`check_hash`]) so known events are not re-hashed.
pub fn check_links(device: DeviceId, chain: &[&Event]) -> Result<(), IntegrityError> {
    let mut prev: Option<&Event> = None;
    for e in chain {
        check_link(device, prev, e)?;
        prev = Some(e);
    }
    Ok(())
}

/// `e` must directly follow `prev` in `device`'s chain (or open it when `prev` is `None`).
pub fn check_link(device: DeviceId, prev: Option<&Event>, e: &Event) -> Result<(), IntegrityError> {
    if !follows(prev.map(Tip::of), e) {
        let expected_seq = prev.map_or(1, |p| p.id.seq + 1);
        return Err(if e.id.seq != expected_seq {
            IntegrityError::Missing {
                device,
                seq: expected_seq,
            }
        } else {
            IntegrityError::BrokenLink {
                event: e.id,
                after: prev.map(|p| p.id),
            }
        });
    }
    if let Some(p) = prev.filter(|p| e.lamport <= p.lamport) {
        return Err(IntegrityError::ClockDidNotRise {
            event: e.id,
            lamport: e.lamport,
            previous: p.lamport,
        });
    }
    Ok(())
}

/// The head must reach at least event `signed_to` and name the event at its own number.
pub fn check_coverage(
    device: DeviceId,
    chain: &[&Event],
    head: Option<&SignedHead>,
    signed_to: u64,
) -> Result<(), IntegrityError> {
    match head {
        None if signed_to > 0 => Err(IntegrityError::Unsigned {
            device,
            from_seq: 1,
        }),
        None => Ok(()),
        Some(h) if h.seq < signed_to => Err(IntegrityError::Unsigned {
            device,
            from_seq: h.seq + 1,
        }),
        Some(h) => check_head_matches(h, chain),
    }
}

/// A head must name the hash of the event at its sequence number; the signature is checked by
/// [`check_signature`].
pub fn check_head_matches(head: &SignedHead, chain: &[&Event]) -> Result<(), IntegrityError> {
    let event = EventId {
        device: head.device,
        seq: head.seq,
    };
    match head.seq.checked_sub(1).and_then(|i| chain.get(i as usize)) {
        Some(e) if e.hash == head.hash => Ok(()),
        Some(_) => Err(IntegrityError::HeadMismatch { event }),
        None => Err(IntegrityError::Missing {
            device: head.device,
            seq: head.seq,
        }),
    }
}

pub fn check_signature(head: &SignedHead) -> Result<(), IntegrityError> {
    if head.signature_valid() {
        Ok(())
    } else {
        Err(IntegrityError::BadSignature {
            device: head.device,
        })
    }
}

pub fn check_hash(event: &Event) -> Result<(), IntegrityError> {
    if event.computed_hash() == event.hash {
        Ok(())
    } else {
        Err(IntegrityError::Altered { event: event.id })
    }
}

/// Keeps the furthest head per device; two different heads at one sequence number are a fork.
pub fn best_heads<'a>(
    heads: impl IntoIterator<Item = &'a SignedHead>,
) -> Result<BTreeMap<DeviceId, &'a SignedHead>, IntegrityError> {
    let mut best: BTreeMap<DeviceId, &SignedHead> = BTreeMap::new();
    for h in heads {
        match best.get(&h.device) {
            Some(b) if b.seq == h.seq && b.hash != h.hash => {
                return Err(IntegrityError::ForkedHead {
                    device: h.device,
                    seq: h.seq,
                })
            }
            Some(b) if b.seq >= h.seq => {}
            _ => {
                best.insert(h.device, h);
            }
        }
    }
    Ok(best)
}
