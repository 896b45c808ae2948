//! What it means for an event to follow a device's chain: the next number, and a `prev` that
//! names the hash of the event before it. Said once, here, for every place that appends or checks
//! a chain: a record committing its own events, a fold verifying another device's, and storage
//! refusing an append that would fork a chain another tab extended first.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::ids::{DeviceId, Hash};
use crate::log::event::Event;

/// The end of a device's chain: what its next event must follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tip {
    pub seq: u64,
    pub hash: Hash,
}

impl Tip {
    pub fn of(event: &Event) -> Tip {
        Tip {
            seq: event.id.seq,
            hash: event.hash,
        }
    }
}

/// Whether `event` directly follows `tip` in its device's chain, or opens the chain when there
/// is no tip.
pub fn follows(tip: Option<Tip>, event: &Event) -> bool {
    event.id.seq == tip.map_or(1, |t| t.seq + 1) && event.prev == tip.map(|t| t.hash)
}

/// The tips after appending `events` to chains that end at `tips` (a device without one has
/// nothing yet): only the devices whose tip moves. Each device's events, taken in sequence
/// order, must be consecutive and either extend its tip or overlap it exactly (the same events
/// appended twice); anything else names the device whose chain they do not fit.
pub fn extend_tips(
    tips: &BTreeMap<DeviceId, Tip>,
    events: &[Event],
) -> Result<BTreeMap<DeviceId, Tip>, DeviceId> {
    let mut chains: BTreeMap<DeviceId, Vec<&Event>> = BTreeMap::new();
    for e in events {
        chains.entry(e.id.device).or_default().push(e);
    }
    let mut moved = BTreeMap::new();
    for (device, mut chain) in chains {
        chain.sort_unstable_by_key(|e| e.id.seq);
        let (first, last) = (chain[0], chain[chain.len() - 1]);
        let consecutive = chain.windows(2).all(|w| follows(Some(Tip::of(w[0])), w[1]));
        let tip = tips.get(&device).copied();
        let fits = consecutive
            && match tip {
                Some(tip) if (first.id.seq..=last.id.seq).contains(&tip.seq) => {
                    chain[(tip.seq - first.id.seq) as usize].hash == tip.hash
                }
                _ => follows(tip, first),
            };
        if !fits {
            return Err(device);
        }
        if tip.is_none_or(|tip| last.id.seq > tip.seq) {
            moved.insert(device, Tip::of(last));
        }
    }
    Ok(moved)
}
