//! The community as the record's events describe it: the result of folding every event in the
//! total order. Read it through the query methods here, [`crate::rules::owners`] and
//! [`crate::rules::council`]; change it only by submitting events to a [`crate::Record`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::cut::Cut;
use crate::ids::{DeviceId, EventId, HouseholdId, ProposalId, VoteId};
use crate::model::{
    AreaFigures, MeetingKind, OrgKind, Ownership, Recurrence, Role, Scope, Surplus,
};
use crate::numbers::Fen;
use crate::parties::{Parties, PartyId};
use crate::roles::DeviceRole;
use crate::rules::refusal::Refusal;

mod labels;
mod projects;
mod votes;

pub use projects::*;
pub use votes::*;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    pub community: Option<Community>,
    pub devices: BTreeMap<DeviceId, DeviceEntry>,
    pub compounds: BTreeMap<EventId, Compound>,
    pub buildings: BTreeMap<EventId, Building>,
    pub units: BTreeMap<EventId, Unit>,
    pub households: BTreeMap<HouseholdId, Household>,
    pub persons: BTreeMap<EventId, Person>,
    pub organisations: BTreeMap<EventId, Organisation>,
    pub requests: BTreeMap<EventId, Request>,
    pub proposals: BTreeMap<ProposalId, Proposal>,
    pub bids: BTreeMap<EventId, Bid>,
    pub votes: BTreeMap<VoteId, Vote>,
    pub funds: BTreeMap<EventId, Fund>,
    pub series: BTreeMap<EventId, MeetingSeries>,
    pub meetings: BTreeMap<EventId, Meeting>,
    pub activities: BTreeMap<EventId, Activity>,
    /// Every owner party the register has named, numbered; households and ballots name a
    /// party by its number.
    pub parties: Parties,
    /// Events in the record that the fold could not apply, with the reason, in fold order.
    /// Commands never append such events; they arrive when offline devices disagree.
    pub rejected: Vec<RejectedEvent>,
    /// For each device, the highest `seq` of it the fold has passed (applied or set aside):
    /// what this record holds of it, and so the cut a close or revocation written now carries.
    pub seen: BTreeMap<DeviceId, u64>,
    /// Events written after their device was revoked that sort before the revocation (their
    /// clock was behind it), with the revocation's `last_seq`: set aside wherever they sort. The fold is
    /// run until this is exactly what its revocations say (see `crate::record`).
    pub late: BTreeMap<EventId, u64>,
    /// For each device, what `seen` said of it at its last revocation: events up to there were
    /// judged against that revocation, so a later one leaves them as they were.
    pub(crate) revoked_seen: BTreeMap<DeviceId, u64>,
    /// Devices that have written a close or revocation with its cut: an app that writes cuts
    /// always does, so one of theirs without is a hand-made attempt to be judged by the clock.
    pub(crate) cut_writers: std::collections::BTreeSet<DeviceId>,
    /// What this pass of the fold found that `late` should hold; never stored.
    #[serde(skip)]
    pub(crate) scratch: FoldScratch,
    /// A cache of `households` for looking a typed flat up; never stored in a checkpoint.
    #[serde(skip)]
    pub(crate) labels: labels::LabelIndex,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Community {
    /// The founding event: what names this community in files, whatever its name.
    pub id: EventId,
    pub name: String,
    pub founded_by: DeviceId,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceEntry {
    pub label: String,
    pub role: DeviceRole,
    /// The household a resident's device is enrolled for.
    pub household: Option<HouseholdId>,
    pub revoked: bool,
    /// When revoked with a cut: the last `seq` of the device the revoking device held. Its
    /// events beyond it were written after the revocation.
    pub revoked_after: Option<u64>,
}

impl DeviceEntry {
    pub fn admin(&self) -> bool {
        self.role == DeviceRole::Admin
    }
}

/// How far a device is trusted, for lines such as "signed by 北苑 kiosk 1 (trusted)".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trust {
    Trusted {
        label: String,
        role: DeviceRole,
        household: Option<HouseholdId>,
    },
    Revoked {
        label: String,
    },
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Compound {
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Building {
    pub compound: EventId,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    pub building: EventId,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Household {
    pub unit: EventId,
    pub building: EventId,
    pub compound: EventId,
    pub room: String,
    /// `building-unit-room`, e.g. `3-2-501`, as residents name a flat.
    pub label: String,
    pub area: AreaFigures,
    pub ownership: Ownership,
    /// The owner party of `ownership`, by its number in [`State::parties`]; kept so ballots
    /// and tallies need not rebuild or compare it per household.
    pub party: PartyId,
    pub residents: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub masked_id: Option<String>,
    pub household: Option<HouseholdId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub kind: OrgKind,
    pub name: String,
    pub scope: Scope,
    pub members: BTreeMap<EventId, Membership>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub role: Role,
    pub term_start_ms: i64,
    pub term_end_ms: Option<i64>,
    /// Set when the member left; they stay listed so past votes keep their electorate.
    pub left_ms: Option<i64>,
}

impl Membership {
    pub fn active_at(&self, at_ms: i64) -> bool {
        self.term_start_ms <= at_ms
            && self.term_end_ms.is_none_or(|end| at_ms < end)
            && self.left_ms.is_none_or(|left| at_ms < left)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub kind: MeetingKind,
    pub organisation: Option<EventId>,
    pub title: String,
    pub at_ms: i64,
    pub agenda: Vec<String>,
    pub links: Vec<EventId>,
    pub place: String,
    pub series: Option<EventId>,
    pub attendance: BTreeMap<EventId, bool>,
    pub minutes: Option<String>,
}

/// A meeting held every month by a rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingSeries {
    pub kind: MeetingKind,
    pub organisation: Option<EventId>,
    pub title: String,
    pub rule: Recurrence,
    pub start_minute: u16,
    pub duration_minutes: u16,
    pub place: String,
    pub set_ms: i64,
    pub ended_ms: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub title: String,
    pub organisation: Option<EventId>,
    pub at_ms: i64,
    pub participants: u32,
    pub note: String,
    pub fund: Option<EventId>,
}

/// A self-raised fund (自筹资金): per household what was promised and what was paid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fund {
    pub title: String,
    pub scope: Scope,
    pub target: Fen,
    pub proposal: Option<ProposalId>,
    pub opened_ms: i64,
    pub pledges: BTreeMap<HouseholdId, Fen>,
    pub receipts: BTreeMap<HouseholdId, Fen>,
    /// Totals of the maps above and of `expenses`, kept as they grow (see `Proposal`).
    pub pledged: Fen,
    pub received: Fen,
    pub spent: Fen,
    pub expenses: Vec<Expense>,
    pub settled: Option<Settlement>,
}

/// How a fund was closed: its surplus refunded or reassigned, and how much that was.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settlement {
    pub at_ms: i64,
    pub surplus: Surplus,
    /// The balance at settlement, which left the fund then.
    pub amount: Fen,
}

impl Fund {
    /// Money in hand: received minus spent, minus the surplus handed on at settlement (a
    /// settled fund holds nothing).
    pub fn balance(&self) -> Fen {
        let handed_on = self.settled.as_ref().map_or(0, |s| s.amount.0);
        Fen(self.received.0 - self.spent.0 - handed_on)
    }

    /// What is (or was, once settled) left to refund or reassign.
    pub fn surplus(&self) -> Fen {
        self.settled
            .as_ref()
            .map_or_else(|| self.balance(), |s| s.amount)
    }
}

/// What one pass of the fold learnt from the revocations it applied: every event the
/// revocations' cuts put after them, and whether one of those was applied in this pass (then
/// the pass must be run again with them set aside). Compares equal whatever it holds, like the
/// label index: a state is its events' fold, not how the pass went.
#[derive(Clone, Debug, Default)]
pub(crate) struct FoldScratch {
    pub(crate) needed: BTreeMap<EventId, u64>,
    pub(crate) missed: bool,
}

impl PartialEq for FoldScratch {
    fn eq(&self, _: &FoldScratch) -> bool {
        true
    }
}

impl Eq for FoldScratch {}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RejectedEvent {
    pub event: EventId,
    pub reason: Refusal,
}

impl State {
    /// `payload` as this record writes it now: a close carries what the record holds (its
    /// [`Cut`]), a revocation the last event of the revoked device it holds. Whatever a caller
    /// put there is replaced: a device can only say what it held.
    pub(crate) fn stamp(
        &self,
        payload: crate::log::payload::Payload,
    ) -> crate::log::payload::Payload {
        use crate::log::payload::Payload;
        match payload {
            Payload::VoteClosed { vote, .. } => Payload::VoteClosed {
                vote,
                cut: Some(Cut(self.seen.clone())),
            },
            Payload::DeviceRevoked { device, .. } => Payload::DeviceRevoked {
                device,
                last_seq: Some(self.held_of(&device)),
            },
            other => other,
        }
    }

    /// How many of `device`'s events this state was folded from (0 for a device never seen).
    pub fn held_of(&self, device: &DeviceId) -> u64 {
        self.seen.get(device).copied().unwrap_or(0)
    }

    pub fn trust(&self, device: &DeviceId) -> Trust {
        match self.devices.get(device) {
            Some(d) if d.revoked => Trust::Revoked {
                label: d.label.clone(),
            },
            Some(d) => Trust::Trusted {
                label: d.label.clone(),
                role: d.role,
                household: d.household,
            },
            None => Trust::Unknown,
        }
    }

    /// `signed by 北苑 kiosk 1 (trusted)`, `signed by an unknown device 8139770e`: how a
    /// verified head is presented to residents.
    pub fn signed_by(&self, device: &DeviceId) -> String {
        match self.trust(device) {
            Trust::Trusted { label, .. } => format!("signed by {label} (trusted)"),
            Trust::Revoked { label } => format!("signed by {label} (revoked: no longer trusted)"),
            Trust::Unknown => format!("signed by an unknown device {}", device.short()),
        }
    }

    /// The community council (社区议事会), which votes on every project: the first one founded.
    pub fn community_council(&self) -> Option<EventId> {
        self.organisations
            .iter()
            .find(|(_, o)| o.kind == OrgKind::CommunityCouncil)
            .map(|(id, _)| *id)
    }

    /// Every ballot conflict of every vote, in vote-id order.
    pub fn conflicts(&self) -> impl Iterator<Item = &BallotConflict> {
        self.votes.values().flat_map(|v| v.conflicts.iter())
    }

    /// How many flats each owner party holds: the register shows "2 flats" next to an owner
    /// who holds more than one.
    pub fn holdings(&self) -> BTreeMap<PartyId, usize> {
        let mut held = BTreeMap::new();
        for h in self.households.values() {
            *held.entry(h.party).or_insert(0) += 1;
        }
        held
    }

    /// Every flat held by the owner party of `household`, in register order, itself included:
    /// one owner may hold several flats and still casts one vote.
    pub fn flats_of_same_owner(&self, household: &HouseholdId) -> Vec<(HouseholdId, &Household)> {
        let Some(party) = self.households.get(household).map(|h| h.party) else {
            return Vec::new();
        };
        self.households
            .iter()
            .filter(|(_, h)| h.party == party)
            .map(|(id, h)| (*id, h))
            .collect()
    }

    pub fn in_scope(&self, household: &Household, scope: &Scope) -> bool {
        match scope {
            Scope::Community => true,
            Scope::Compound(id) => household.compound == *id,
            Scope::Building(id) => household.building == *id,
            Scope::Unit(id) => household.unit == *id,
        }
    }

    pub fn scope_exists(&self, scope: &Scope) -> bool {
        match scope {
            Scope::Community => true,
            Scope::Compound(id) => self.compounds.contains_key(id),
            Scope::Building(id) => self.buildings.contains_key(id),
            Scope::Unit(id) => self.units.contains_key(id),
        }
    }
}
