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
/// `{"<device id>": <seq>, ...}` (canonical JSON sorts the keys).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Cut(pub BTreeMap<DeviceId, u64>);

impl Cut {
    /// The highest `seq` of `device` inside the cut; 0 when the cut does not name it.
    pub fn seq(&self, device: &DeviceId) -> u64 {
        self.0.get(device).copied().unwrap_or(0)
    }

    /// Whether the writing device held `event` when it wrote its own.
    pub fn holds(&self, event: &EventId) -> bool {
        event.seq <= self.seq(&event.device)
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
        assert!(cut.holds(&at(a, 1)) && cut.holds(&at(a, 2)));
        assert!(!cut.holds(&at(a, 3)));
        assert!(!cut.holds(&at(b, 1)));
        assert_eq!(
            serde_json::to_string(&cut).unwrap(),
            format!("{{\"{}\":2}}", "01".repeat(32))
        );
    }
}
