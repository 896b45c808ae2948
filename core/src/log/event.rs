//! One entry of the record and the hash that seals it.

use serde::{Deserialize, Serialize};

use crate::canonical::canonical_hash;
use crate::ids::{DeviceId, EventId, Hash, ProposalId, VoteId};
use crate::payload::Payload;

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

/// The position of an event in the single total order every device folds in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct OrderKey {
    pub lamport: u64,
    pub device: DeviceId,
    pub seq: u64,
}

impl Event {
    /// The vote this event concerns (opens, is a ballot of, counts, confirms, corrects or closes), which
    /// is what a vote's digest covers.
    pub fn vote(&self) -> Option<VoteId> {
        match &self.payload {
            Payload::VoteOpened { .. } => Some(VoteId(self.id)),
            Payload::BallotCast { vote, .. }
            | Payload::PaperBallotEntered { vote, .. }
            | Payload::HandsCounted { vote, .. }
            | Payload::BallotConfirmed { vote, .. }
            | Payload::BallotCorrected { vote, .. }
            | Payload::VoteClosed { vote, .. } => Some(*vote),
            // Named, not `_`: a new kind must say whether it names one.
            Payload::CommunityFounded { .. }
            | Payload::DeviceTrusted { .. }
            | Payload::DeviceRevoked { .. }
            | Payload::CompoundAdded { .. }
            | Payload::BuildingAdded { .. }
            | Payload::UnitAdded { .. }
            | Payload::HouseholdAdded { .. }
            | Payload::HouseholdChanged { .. }
            | Payload::PersonAdded { .. }
            | Payload::OrganisationAdded { .. }
            | Payload::MemberAppointed { .. }
            | Payload::MemberLeft { .. }
            | Payload::RequestRaised { .. }
            | Payload::RequestClosed { .. }
            | Payload::ProposalDrafted { .. }
            | Payload::ProposalRevised { .. }
            | Payload::NoticePosted { .. }
            | Payload::NoticeResponse { .. }
            | Payload::ResponseConfirmed { .. }
            | Payload::RoadshowHeld { .. }
            | Payload::ContractorSelectionStarted { .. }
            | Payload::BidSubmitted { .. }
            | Payload::ContractorChosen { .. }
            | Payload::WorkAccepted { .. }
            | Payload::ProposalClosed { .. }
            | Payload::PledgeMade { .. }
            | Payload::ReceiptRecorded { .. }
            | Payload::ExpenseRecorded { .. }
            | Payload::FundOpened { .. }
            | Payload::FundPledged { .. }
            | Payload::FundReceived { .. }
            | Payload::FundSpent { .. }
            | Payload::FundSettled { .. }
            | Payload::MeetingScheduled { .. }
            | Payload::MeetingSeriesSet { .. }
            | Payload::MeetingSeriesEnded { .. }
            | Payload::AttendanceRecorded { .. }
            | Payload::MinutesRecorded { .. }
            | Payload::ActivityHeld { .. } => None,
        }
    }

    /// The proposal this event's payload names in its `proposal` field (or that it drafts),
    /// which is what a project's digest covers.
    pub fn proposal(&self) -> Option<ProposalId> {
        match &self.payload {
            Payload::ProposalDrafted { .. } => Some(ProposalId(self.id)),
            Payload::ProposalRevised { proposal, .. }
            | Payload::NoticePosted { proposal, .. }
            | Payload::NoticeResponse { proposal, .. }
            | Payload::ResponseConfirmed { proposal, .. }
            | Payload::RoadshowHeld { proposal, .. }
            | Payload::ContractorSelectionStarted { proposal }
            | Payload::BidSubmitted { proposal, .. }
            | Payload::ContractorChosen { proposal, .. }
            | Payload::WorkAccepted { proposal, .. }
            | Payload::ProposalClosed { proposal, .. }
            | Payload::PledgeMade { proposal, .. }
            | Payload::ReceiptRecorded { proposal, .. }
            | Payload::ExpenseRecorded { proposal, .. } => Some(*proposal),
            Payload::VoteOpened { proposal, .. } | Payload::FundOpened { proposal, .. } => {
                *proposal
            }
            // Named, not `_`: a new kind must say whether it names one.
            Payload::CommunityFounded { .. }
            | Payload::DeviceTrusted { .. }
            | Payload::DeviceRevoked { .. }
            | Payload::CompoundAdded { .. }
            | Payload::BuildingAdded { .. }
            | Payload::UnitAdded { .. }
            | Payload::HouseholdAdded { .. }
            | Payload::HouseholdChanged { .. }
            | Payload::PersonAdded { .. }
            | Payload::OrganisationAdded { .. }
            | Payload::MemberAppointed { .. }
            | Payload::MemberLeft { .. }
            | Payload::RequestRaised { .. }
            | Payload::RequestClosed { .. }
            | Payload::BallotCast { .. }
            | Payload::PaperBallotEntered { .. }
            | Payload::HandsCounted { .. }
            | Payload::VoteClosed { .. }
            | Payload::BallotConfirmed { .. }
            | Payload::BallotCorrected { .. }
            | Payload::FundPledged { .. }
            | Payload::FundReceived { .. }
            | Payload::FundSpent { .. }
            | Payload::FundSettled { .. }
            | Payload::MeetingScheduled { .. }
            | Payload::MeetingSeriesSet { .. }
            | Payload::MeetingSeriesEnded { .. }
            | Payload::AttendanceRecorded { .. }
            | Payload::MinutesRecorded { .. }
            | Payload::ActivityHeld { .. } => None,
        }
    }

    /// The self-raised fund this event's payload names in its `fund` field (or that it opens),
    /// which is what a fund's digest covers: its money and the activities it paid for.
    pub fn fund(&self) -> Option<EventId> {
        match &self.payload {
            Payload::FundOpened { .. } => Some(self.id),
            Payload::FundPledged { fund, .. }
            | Payload::FundReceived { fund, .. }
            | Payload::FundSpent { fund, .. }
            | Payload::FundSettled { fund, .. } => Some(*fund),
            Payload::ActivityHeld { fund, .. } => *fund,
            // Named, not `_`: a new kind must say whether it names one.
            Payload::CommunityFounded { .. }
            | Payload::DeviceTrusted { .. }
            | Payload::DeviceRevoked { .. }
            | Payload::CompoundAdded { .. }
            | Payload::BuildingAdded { .. }
            | Payload::UnitAdded { .. }
            | Payload::HouseholdAdded { .. }
            | Payload::HouseholdChanged { .. }
            | Payload::PersonAdded { .. }
            | Payload::OrganisationAdded { .. }
            | Payload::MemberAppointed { .. }
            | Payload::MemberLeft { .. }
            | Payload::RequestRaised { .. }
            | Payload::RequestClosed { .. }
            | Payload::ProposalDrafted { .. }
            | Payload::ProposalRevised { .. }
            | Payload::NoticePosted { .. }
            | Payload::NoticeResponse { .. }
            | Payload::ResponseConfirmed { .. }
            | Payload::RoadshowHeld { .. }
            | Payload::VoteOpened { .. }
            | Payload::BallotCast { .. }
            | Payload::PaperBallotEntered { .. }
            | Payload::HandsCounted { .. }
            | Payload::VoteClosed { .. }
            | Payload::BallotConfirmed { .. }
            | Payload::BallotCorrected { .. }
            | Payload::ContractorSelectionStarted { .. }
            | Payload::BidSubmitted { .. }
            | Payload::ContractorChosen { .. }
            | Payload::WorkAccepted { .. }
            | Payload::ProposalClosed { .. }
            | Payload::PledgeMade { .. }
            | Payload::ReceiptRecorded { .. }
            | Payload::ExpenseRecorded { .. }
            | Payload::MeetingScheduled { .. }
            | Payload::MeetingSeriesSet { .. }
            | Payload::MeetingSeriesEnded { .. }
            | Payload::AttendanceRecorded { .. }
            | Payload::MinutesRecorded { .. } => None,
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
