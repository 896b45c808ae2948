//! What an event says happened. Each variant is also the command a device submits: the record
//! validates it against the state and appends it, or refuses it with a [`crate::Refusal`].
//!
//! Entities are named by the id of the event that created them (see [`crate::ids`]).
//!
//! Fields added after the first release are skipped when empty, so an event written before
//! them serialises (and hashes) exactly as it did.
//!
//! In a file a payload is one object whose `type` names its kind. The enum derives the plain
//! shape (`{"vote_closed": {...}}`) under `remote = "Self"`, and `super::tagged` moves the tag in
//! and out: serde's own derive of the tagged shape buffers every object and was the largest
//! code in the app (docs/first-load.md).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::tagged::{deserialize_tagged, TagInside};

use crate::cut::Cut;
use crate::ids::{DeviceId, EventId, HouseholdId, ProposalId, VoteId};
use crate::model::{
    Acceptance, AreaFigures, BudgetLine, Choice, EntryRound, FundingLine, Interest, MeetingKind,
    OrgKind, Ownership, Recurrence, RequestCategory, Role, Scope, Stance, Surplus, VoteKind, Voter,
};
use crate::numbers::Fen;
use crate::roles::DeviceRole;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", rename_all = "snake_case", deny_unknown_fields)]
pub enum Payload {
    /// The first event of a record; its device becomes the first trusted admin device.
    CommunityFounded {
        name: String,
        device_label: String,
    },
    /// Gives a device its role (see [`crate::rules::authority`]). Re-trusting a revoked device is
    /// allowed, so a mistake can be undone. Events written before roles carry only `admin`:
    /// true reads as [`DeviceRole::Admin`], false as [`DeviceRole::Clerk`].
    DeviceTrusted {
        device: DeviceId,
        label: String,
        /// Kept equal to `role == admin`, so older readers still see who administers.
        admin: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<DeviceRole>,
        /// The one household a resident's device is enrolled for.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        household: Option<HouseholdId>,
    },
    /// Revokes a device. `last_seq` is the last `seq` of it the revoking device held: every
    /// later event of the device is set aside as written after the revocation, whatever its
    /// clock (see [`crate::cut`]). Absent only in events written before it existed, which are
    /// judged by their place in the total order alone.
    DeviceRevoked {
        device: DeviceId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        last_seq: Option<u64>,
    },

    CompoundAdded {
        name: String,
    },
    BuildingAdded {
        compound: EventId,
        name: String,
    },
    UnitAdded {
        building: EventId,
        name: String,
    },
    HouseholdAdded {
        unit: EventId,
        room: String,
        area: AreaFigures,
        ownership: Ownership,
        residents: u32,
    },
    /// A sale, a new survey, people moving in or out. `None` leaves a field as it was.
    HouseholdChanged {
        household: HouseholdId,
        area: Option<AreaFigures>,
        ownership: Option<Ownership>,
        residents: Option<u32>,
    },
    PersonAdded {
        name: String,
        masked_id: Option<String>,
        household: Option<HouseholdId>,
    },

    OrganisationAdded {
        kind: OrgKind,
        name: String,
        scope: Scope,
    },
    MemberAppointed {
        organisation: EventId,
        person: EventId,
        role: Role,
        term_start_ms: i64,
        term_end_ms: Option<i64>,
    },
    MemberLeft {
        organisation: EventId,
        person: EventId,
    },

    /// 诉求: a need raised by residents.
    RequestRaised {
        title: String,
        detail: String,
        scope: Scope,
        raised_by: Option<EventId>,
        #[serde(default, skip_serializing_if = "RequestCategory::is_other")]
        category: RequestCategory,
        /// Where, in the resident's words: "north back gate".
        #[serde(default, skip_serializing_if = "String::is_empty")]
        place: String,
        /// Who raised it, as they gave their name; residents need not be in the register.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        household: Option<HouseholdId>,
    },
    /// Answered without a project (the property company fixed it, or it is not the council's
    /// to decide), with the reply the resident reads.
    RequestClosed {
        request: EventId,
        reply: String,
    },
    ProposalDrafted {
        request: Option<EventId>,
        title: String,
        scope: Scope,
        budget: Vec<BudgetLine>,
        funding: Vec<FundingLine>,
    },
    /// While the proposal is a draft (what residents saw on notice must not change under them),
    /// or after the council rejected it: the plan then goes back to a draft, to be posted again.
    /// `title`, when given, renames the plan (absent in events written before it existed).
    ProposalRevised {
        proposal: ProposalId,
        budget: Vec<BudgetLine>,
        funding: Vec<FundingLine>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
    },
    /// 公示: the plan is posted for residents to object or support. When its budget and its
    /// funding differ, `gap_reason` says why (the app asks for one; a notice posted without it
    /// is shown flagged, see [`crate::rules::ledger::funding_gap`]).
    NoticePosted {
        proposal: ProposalId,
        opens_ms: i64,
        closes_ms: i64,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        gap_reason: String,
    },
    NoticeResponse {
        proposal: ProposalId,
        stance: Stance,
        household: Option<HouseholdId>,
        text: String,
        /// The resident's name, as signed on a notice board response.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        name: String,
    },
    /// A clerk checked the person behind a notice response from a device not enrolled for its
    /// household: from here on it is listed with the others.
    ResponseConfirmed {
        proposal: ProposalId,
        response: EventId,
    },
    /// 路演: a resident group presents the project to the community council before it votes:
    /// what it is, where the money comes from, what the owners said during the notice.
    RoadshowHeld {
        proposal: ProposalId,
        presenter: String,
        group: Option<EventId>,
        summary: String,
    },

    /// A council vote with a proposal moves it from public notice to council vote.
    VoteOpened {
        title: String,
        kind: VoteKind,
        proposal: Option<ProposalId>,
        closes_ms: i64,
    },
    BallotCast {
        vote: VoteId,
        voter: Voter,
        choice: Choice,
    },
    /// 书面征求意见: one paper ballot as one clerk keyed it. Every sheet is keyed twice, by two
    /// different clerks; only when both agree does it become a ballot (see [`crate::rules::paper`]).
    /// Keying the same sheet again in the same round corrects the earlier entry.
    PaperBallotEntered {
        vote: VoteId,
        household: HouseholdId,
        choice: Choice,
        round: EntryRound,
        clerk: String,
    },
    /// Entered by the meeting secretary when the council votes by show of hands.
    HandsCounted {
        vote: VoteId,
        yes: u32,
        no: u32,
        abstain: u32,
    },
    /// Freezes the result; a council vote on a proposal moves it to passed or rejected. `cut` is
    /// what the closing device held (see [`crate::cut`]): the result is counted from the events
    /// inside it, and every event naming the vote outside it arrived after the close, whatever
    /// its clock. Absent only in events written before it existed, which count what sorts
    /// before them in the total order.
    VoteClosed {
        vote: VoteId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cut: Option<Cut>,
    },
    /// A clerk checked the person behind a ballot from a device not enrolled for its household
    /// (a resident's own phone): from here on it counts, if the household has not voted since.
    BallotConfirmed {
        vote: VoteId,
        ballot: EventId,
    },
    /// A clerk dismisses a waiting ballot no one can confirm, with the reason on record.
    BallotDismissed {
        vote: VoteId,
        ballot: EventId,
        reason: String,
    },
    /// A clerk corrects a counted ballot before the vote closes (a mis-tap at the roll call, a
    /// household's choice keyed wrong): the ballot stays on record, and counts with the new
    /// choice; each correction is kept with its reason, so the result page shows both.
    BallotCorrected {
        vote: VoteId,
        ballot: EventId,
        choice: Choice,
        reason: String,
    },

    ContractorSelectionStarted {
        proposal: ProposalId,
    },
    /// 比选: one of several quotes compared side by side.
    BidSubmitted {
        proposal: ProposalId,
        contractor: String,
        amount: Fen,
        note: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        duration_days: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        warranty_months: Option<u32>,
        #[serde(default, skip_serializing_if = "Interest::is_unknown")]
        interest: Interest,
    },
    /// The selection, with why and (when recorded) the meeting that decided it.
    ContractorChosen {
        proposal: ProposalId,
        bid: EventId,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        reason: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        meeting: Option<EventId>,
    },
    /// 验收. `report` (when, by whom, what was found) is absent only from events written before
    /// it existed; the app always records one.
    WorkAccepted {
        proposal: ProposalId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        report: Option<Acceptance>,
    },
    /// 结项, with what the council noted on closing (empty in events written before it existed).
    ProposalClosed {
        proposal: ProposalId,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        note: String,
    },

    PledgeMade {
        proposal: ProposalId,
        household: HouseholdId,
        amount: Fen,
    },
    ReceiptRecorded {
        proposal: ProposalId,
        household: HouseholdId,
        amount: Fen,
    },
    /// `budget_line` is the index into the proposal's budget, when the expense belongs to one.
    /// `payee` (who was paid) is empty in events written before it existed.
    ExpenseRecorded {
        proposal: ProposalId,
        budget_line: Option<u32>,
        description: String,
        amount: Fen,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        payee: String,
        /// The day it was paid (midnight, China time), when not the day it is recorded.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        paid_on_ms: Option<i64>,
    },

    /// 自筹: households raise money themselves toward a target, for a project's own share or for
    /// an activity (28 households, 2,000 yuan, 50 cherry trees).
    FundOpened {
        title: String,
        scope: Scope,
        target: Fen,
        proposal: Option<ProposalId>,
    },
    /// A household's promise; several add up.
    FundPledged {
        fund: EventId,
        household: HouseholdId,
        amount: Fen,
    },
    /// Money received from a household; several add up.
    FundReceived {
        fund: EventId,
        household: HouseholdId,
        amount: Fen,
    },
    /// Money paid out of the fund; never more than it holds.
    FundSpent {
        fund: EventId,
        description: String,
        amount: Fen,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        payee: String,
        /// As an expense's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        paid_on_ms: Option<i64>,
    },
    /// Closes the fund; what is left is refunded in proportion to what each household paid
    /// (see [`crate::rules::funds::refund_plan`]) or reassigned as described.
    FundSettled {
        fund: EventId,
        surplus: Surplus,
    },

    MeetingScheduled {
        kind: MeetingKind,
        organisation: Option<EventId>,
        title: String,
        at_ms: i64,
        agenda: Vec<String>,
        /// Requests and proposals on the agenda.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        links: Vec<EventId>,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        place: String,
        /// The recurring series this meeting is one of.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        series: Option<EventId>,
    },
    /// A meeting held every month by a rule: the owners' reception day (业主接待日) on the first
    /// Saturday, the joint meeting (联席会议) on the last Friday.
    MeetingSeriesSet {
        kind: MeetingKind,
        organisation: Option<EventId>,
        title: String,
        rule: Recurrence,
        /// Minutes after midnight CST: 19:30 is 1170.
        start_minute: u16,
        duration_minutes: u16,
        place: String,
    },
    MeetingSeriesEnded {
        series: EventId,
    },
    AttendanceRecorded {
        meeting: EventId,
        person: EventId,
        present: bool,
    },
    MinutesRecorded {
        meeting: EventId,
        text: String,
    },

    ActivityHeld {
        title: String,
        organisation: Option<EventId>,
        at_ms: i64,
        participants: u32,
        note: String,
        /// The self-raised fund that paid for it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fund: Option<EventId>,
    },
}

impl Payload {
    /// A close or revocation written before cuts existed: the total order alone says what it
    /// counted (see [`crate::cut`]).
    pub fn carries_no_cut(&self) -> bool {
        matches!(
            self,
            Payload::VoteClosed { cut: None, .. } | Payload::DeviceRevoked { last_seq: None, .. }
        )
    }
}

impl Serialize for Payload {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Payload::serialize(self, TagInside(s))
    }
}

impl<'de> Deserialize<'de> for Payload {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize_tagged(d, Payload::deserialize)
    }
}

mod kinds;
pub use kinds::Kind;

#[cfg(test)]
mod tests;
