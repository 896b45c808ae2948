//! What a device held when it wrote an event that ends something.
//!
//! A device's clock is its own claim: a kiosk that never heard of a close or a revocation, or
//! one that lies, writes whatever Lamport clock and time it likes. What a closing or revoking
//! device *held* is not a clock but a set of events, and every device's events are numbered
//! without gaps, so the set is a number per device: the highest `seq` of it held. An event is
//! inside the cut when its `seq` is at most its device's number; a device the cut does not name
//! had nothing inside it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::ids::{DeviceId, EventId};

/// For each device, the highest `seq` of it that the writing device held. In a file:
/// `{"<device id>": <seq>, ...}` (canonical JSON sorts the keys). The writing device's clock is
/// above every event it held (that is what a Lamport clock is), so an event a cut names with a
/// clock not below the writer's was not held: the cut claims more than its writer could have,
/// and what it claims beyond that counts for nothing (see [`Cut::holds`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Cut(pub BTreeMap<DeviceId, u64>);

impl Cut {
    /// The highest `seq` of `device` inside the cut; 0 when the cut does not name it.
    pub fn seq(&self, device: &DeviceId) -> u64 {
        self.0.get(device).copied().unwrap_or(0)
    }

    /// Whether the writing device, whose clock was `writer_lamport`, held `event` (with its
    /// clock `lamport`) when it wrote its own.
    pub fn holds(&self, event: &EventId, lamport: u64, writer_lamport: u64) -> bool {
        event.seq <= self.seq(&event.device) && lamport < writer_lamport
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_is_inside_up_to_its_devices_number_and_a_device_not_named_has_nothing_inside() {
        let (a, b) = (DeviceId([1; 32]), DeviceId([2; 32]));
        let cut = Cut([(a, 2)].into_iter().collect());
        let at = |device, seq| EventId { device, seq };
        assert!(cut.holds(&at(a, 1), 5, 9) && cut.holds(&at(a, 2), 8, 9));
        assert!(!cut.holds(&at(a, 3), 8, 9));
        assert!(!cut.holds(&at(b, 1), 1, 9));
        assert!(
            !cut.holds(&at(a, 2), 9, 9),
            "a clock not below the writer's was not held"
        );
        assert_eq!(
            serde_json::to_string(&cut).unwrap(),
            format!("{{\"{}\":2}}", "01".repeat(32))
        );
    }
}
