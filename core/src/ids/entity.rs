//! Ids of the entities that cross the core's boundary most often, each its own type so that a
//! vote's id cannot be passed where a household's is meant. Each is the id of the event that
//! created the entity and is written exactly as that event id, in files and in the checkpoint.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{BadId, EventId};

macro_rules! entity_ids {
    ($($(#[$doc:meta])* $name:ident,)*) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub EventId);

        impl $name {
            /// The event that created the entity.
            pub fn event(self) -> EventId {
                self.0
            }
        }

        /// Every entity id is an event id (not the other way round): its device, its sequence
        /// number and its short form read through.
        impl std::ops::Deref for $name {
            type Target = EventId;
            fn deref(&self) -> &EventId {
                &self.0
            }
        }

        impl From<$name> for EventId {
            fn from(id: $name) -> EventId {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($name), self.0)
            }
        }

        impl FromStr for $name {
            type Err = BadId;
            fn from_str(s: &str) -> Result<Self, BadId> {
                s.parse().map($name)
            }
        }
    )*};
}

entity_ids! {
    /// A vote: its `vote_opened` event.
    VoteId,
    /// A household: its `household_added` event.
    HouseholdId,
    /// A proposal: its `proposal_drafted` event.
    ProposalId,
}
