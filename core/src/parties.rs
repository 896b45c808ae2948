//! Owner parties as the fold numbers them (2009 guidance art. 24): who counts as one owner in a
//! head count. The state keeps the numbering; [`crate::rules::owners`] counts by it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{OwnerIdentity, Ownership};

/// One owner in the head count. Units held by one buyer (same name AND masked ID) form one
/// party, as do all units a developer still holds; co-owners of a unit together are one party.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum OwnerParty {
    /// A developer by name: two developers (say, of two compounds in one community) are two
    /// owners.
    Developer(String),
    /// Sorted and de-duplicated, so listing order on the register does not split a party.
    Owners(Vec<OwnerIdentity>),
}

impl OwnerParty {
    pub fn of(ownership: &Ownership) -> OwnerParty {
        match ownership {
            Ownership::DeveloperHeld { developer } => {
                OwnerParty::Developer(developer.trim().to_string())
            }
            Ownership::Owners { owners } => {
                let mut owners = owners.clone();
                owners.sort();
                owners.dedup();
                OwnerParty::Owners(owners)
            }
        }
    }
}

/// An owner party as the state numbers it: the position at which the fold first met the party
/// on the register (see [`Parties`]). Ballots and tallies key owners by it, so counting a vote
/// compares numbers instead of names and ID numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PartyId(usize);

impl PartyId {
    pub fn index(self) -> usize {
        self.0
    }
}

/// Every owner party the register has named, each numbered once, in fold order. A number is
/// never reused or dropped (a party that sold its last flat keeps it), so the numbering is a
/// function of the events, like the rest of the state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parties {
    ids: BTreeMap<OwnerParty, PartyId>,
}

impl Parties {
    /// The number of `party`, given now if the register never named it before.
    pub(crate) fn number(&mut self, party: OwnerParty) -> PartyId {
        let next = PartyId(self.ids.len());
        *self.ids.entry(party).or_insert(next)
    }

    /// Every party with its number, in party order.
    pub fn iter(&self) -> impl Iterator<Item = (&OwnerParty, PartyId)> {
        self.ids.iter().map(|(party, id)| (party, *id))
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}
