//! One entry of the record and the hash that seals it.

use serde::{Deserialize, Serialize};

use crate::canonical::canonical_hash;
use crate::ids::{DeviceId, EventId, Hash, ProposalId, VoteId};
use crate::log::payload::Payload;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: EventId,
    /// Lamport clock: greater than every event the device had seen when it wrote this one.
    pub lamport: u64,
    /// Unix milliseconds from the writing device's clock; used for deadlines, never for order.
    pub wall_ms: i64,
    /// Who operated the device, as they signed in (e.g. "secretary 王芳").
    pub author: String,
    /// Hash of the same device's previous event; `None` only for its first event.
    pub prev: Option<Hash>,
    pub payload: Payload,
    /// SHA-256 of the canonical encoding of every other field.
    pub hash: Hash,
}

/// The hashed part of an event: everything but `hash`, field names as in [`Event`].
#[derive(Serialize)]
struct Sealed<'a> {
    id: EventId,
    lamport: u64,
    wall_ms: i64,
    author: &'a str,
    prev: Option<Hash>,
    payload: &'a Payload,
}

/// The vote, proposal and fund an event names (see [`Event::vote`]).
#[derive(Clone, Copy, Default)]
struct Names {
    vote: Option<VoteId>,
    proposal: Option<ProposalId>,
    fund: Option<EventId>,
}

/// The position of an event in the single total order every device folds in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct OrderKey {
    pub lamport: u64,
    pub device: DeviceId,
    pub seq: u64,
}

impl Event {
    /// The vote this event concerns (opens, is a ballot of, counts, confirms, corrects or
    /// closes), which is what a vote's digest covers.
    pub fn vote(&self) -> Option<VoteId> {
        self.names().vote
    }

    /// The proposal this event's payload names in its `proposal` field (or that it drafts),
    /// which is what a project's digest covers.
    pub fn proposal(&self) -> Option<ProposalId> {
        self.names().proposal
    }

    /// The self-raised fund this event's payload names in its `fund` field (or that it opens),
    /// which is what a fund's digest covers: its money and the activities it paid for.
    pub fn fund(&self) -> Option<EventId> {
        self.names().fund
    }

    /// What the event names, for each posted item's check code, in one match over every kind:
    /// a new kind must say what it names before it compiles.
    fn names(&self) -> Names {
        use Payload::*;
        let own = self.id;
        let none = Names::default();
        match &self.payload {
            VoteOpened { proposal, .. } => Names {
                vote: Some(VoteId(own)),
                proposal: *proposal,
                ..none
            },
            BallotCast { vote, .. }
            | PaperBallotEntered { vote, .. }
            | HandsCounted { vote, .. }
            | BallotConfirmed { vote, .. }
            | BallotDismissed { vote, .. }
            | BallotCorrected { vote, .. }
            | VoteClosed { vote, .. } => Names {
                vote: Some(*vote),
                ..none
            },
            ProposalDrafted { .. } => Names {
                proposal: Some(ProposalId(own)),
                ..none
            },
            ProposalRevised { proposal, .. }
            | NoticePosted { proposal, .. }
            | NoticeResponse { proposal, .. }
            | ResponseConfirmed { proposal, .. }
            | RoadshowHeld { proposal, .. }
            | ContractorSelectionStarted { proposal }
            | BidSubmitted { proposal, .. }
            | ContractorChosen { proposal, .. }
            | WorkAccepted { proposal, .. }
            | ProposalClosed { proposal, .. }
            | PledgeMade { proposal, .. }
            | ReceiptRecorded { proposal, .. }
            | ExpenseRecorded { proposal, .. } => Names {
                proposal: Some(*proposal),
                ..none
            },
            FundOpened { proposal, .. } => Names {
                proposal: *proposal,
                fund: Some(own),
                ..none
            },
            FundPledged { fund, .. }
            | FundReceived { fund, .. }
            | FundSpent { fund, .. }
            | FundSettled { fund, .. } => Names {
                fund: Some(*fund),
                ..none
            },
            ActivityHeld { fund, .. } => Names {
                fund: *fund,
                ..none
            },
            CommunityFounded { .. }
            | DeviceTrusted { .. }
            | DeviceRevoked { .. }
            | CompoundAdded { .. }
            | BuildingAdded { .. }
            | UnitAdded { .. }
            | HouseholdAdded { .. }
            | HouseholdChanged { .. }
            | PersonAdded { .. }
            | OrganisationAdded { .. }
            | MemberAppointed { .. }
            | MemberLeft { .. }
            | RequestRaised { .. }
            | RequestClosed { .. }
            | MeetingScheduled { .. }
            | MeetingSeriesSet { .. }
            | MeetingSeriesEnded { .. }
            | AttendanceRecorded { .. }
            | MinutesRecorded { .. } => none,
        }
    }

    /// Builds an event and seals it with its hash.
    pub fn seal(
        id: EventId,
        lamport: u64,
        wall_ms: i64,
        author: String,
        prev: Option<Hash>,
        payload: Payload,
    ) -> Event {
        let mut event = Event {
            id,
            lamport,
            wall_ms,
            author,
            prev,
            payload,
            hash: Hash([0; 32]),
        };
        event.hash = event.computed_hash();
        event
    }

    /// The hash this event's content implies; differs from `hash` iff the event was altered.
    pub fn computed_hash(&self) -> Hash {
        canonical_hash(&Sealed {
            id: self.id,
            lamport: self.lamport,
            wall_ms: self.wall_ms,
            author: &self.author,
            prev: self.prev,
            payload: &self.payload,
        })
    }

    pub fn order_key(&self) -> OrderKey {
        OrderKey {
            lamport: self.lamport,
            device: self.id.device,
            seq: self.id.seq,
        }
    }
}
