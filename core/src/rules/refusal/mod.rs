//! Why a command was refused. Fields stay structured so the app can localise each message; the
//! `Display` text is the plain-English fallback a resident reads.

mod text;

use serde::{Deserialize, Serialize};

use crate::ids::{DeviceId, EventId};
use crate::log::payload::Kind;
use crate::model::{Choice, Stage};
use crate::numbers::{CentiM2, Fen};
use crate::roles::{Denied, DeviceRole};

/// A text a command must not leave empty. Named, not phrased, so that every language the app
/// speaks has to say each one: a new field without its Chinese does not compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    ActivityTitle,
    BudgetItem,
    BuildingName,
    ChoiceReason,
    ClerkName,
    CommunityName,
    CompoundName,
    ContractorName,
    CorrectionReason,
    DeclaredInterest,
    DeviceLabel,
    ExpenseDescription,
    Findings,
    FundTitle,
    InspectorName,
    MeetingTitle,
    Minutes,
    Name,
    OrganisationName,
    Presenter,
    ProposalTitle,
    Reply,
    RequestTitle,
    RoomNumber,
    SurplusUse,
    UnitName,
    VoteTitle,
    DismissalReason,
}

impl Field {
    /// The field as the English messages (and the CLI) name it.
    pub fn english(self) -> &'static str {
        match self {
            Field::ActivityTitle => "activity title",
            Field::BudgetItem => "budget item",
            Field::BuildingName => "building name",
            Field::ChoiceReason => "reason for the choice",
            Field::ClerkName => "clerk's name",
            Field::CommunityName => "community name",
            Field::CompoundName => "compound name",
            Field::ContractorName => "contractor name",
            Field::CorrectionReason => "reason for the correction",
            Field::DeclaredInterest => "declared interest",
            Field::DeviceLabel => "device label",
            Field::ExpenseDescription => "expense description",
            Field::Findings => "findings",
            Field::FundTitle => "fund title",
            Field::InspectorName => "inspector's name",
            Field::MeetingTitle => "meeting title",
            Field::Minutes => "minutes",
            Field::Name => "name",
            Field::OrganisationName => "organisation name",
            Field::Presenter => "presenter",
            Field::ProposalTitle => "project title",
            Field::Reply => "reply",
            Field::RequestTitle => "request title",
            Field::RoomNumber => "room number",
            Field::SurplusUse => "what the surplus goes to",
            Field::UnitName => "unit name",
            Field::VoteTitle => "vote title",
            Field::DismissalReason => "reason for dismissing the ballot",
        }
    }
}

/// Who may vote in a vote: its council's members, or the households of its place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoterKind {
    CouncilMembers,
    Households,
}

/// A figure of a contractor's quote that has its bounds (see [`crate::rules::selection::check_quote`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuoteFigure {
    DurationDays,
    WarrantyMonths,
}

impl VoterKind {
    pub fn english(self) -> &'static str {
        match self {
            VoterKind::CouncilMembers => "council members",
            VoterKind::Households => "households",
        }
    }
}

/// What a project allows at one stage only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StageAction {
    ReviseBudget,
    RespondToNotice,
    TakeBids,
    PresentToCouncil,
    RecordExpenses,
}

impl StageAction {
    pub fn english(self) -> &'static str {
        match self {
            StageAction::ReviseBudget => "the budget can be revised",
            StageAction::RespondToNotice => "residents can respond to the notice",
            StageAction::TakeBids => "bids are taken",
            StageAction::PresentToCouncil => "the project can be presented to the council",
            StageAction::RecordExpenses => "expenses are recorded",
        }
    }
}

/// The kind of thing an id was expected to name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EntityKind {
    Compound,
    Building,
    Unit,
    Household,
    Person,
    Organisation,
    Request,
    Proposal,
    Vote,
    Bid,
    Meeting,
    Fund,
}

impl EntityKind {
    fn noun(self) -> &'static str {
        match self {
            EntityKind::Compound => "compound",
            EntityKind::Building => "building",
            EntityKind::Unit => "unit",
            EntityKind::Household => "household",
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Request => "request",
            EntityKind::Proposal => "project",
            EntityKind::Vote => "vote",
            EntityKind::Bid => "bid",
            EntityKind::Meeting => "meeting",
            EntityKind::Fund => "fund",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    NoCommunity,
    CommunityAlreadyFounded {
        name: String,
    },
    Unknown {
        kind: EntityKind,
        id: EventId,
    },
    /// The device lacks the right to write this kind of event (see [`crate::rules::authority`]).
    NotAllowed {
        device: DeviceId,
        kind: Kind,
        denied: Denied,
    },
    /// A `device_trusted` whose fields disagree: `admin` must say whether the role is admin,
    /// and a household is named exactly for a resident's device.
    EnrolmentInvalid {
        role: DeviceRole,
    },
    /// A confirmation naming no ballot or response that is waiting for one.
    NothingToConfirm {
        event: EventId,
    },
    /// A plan whose funding differs from its budget, posted without saying why.
    GapReasonMissing {
        budget: Fen,
        funding: Fen,
    },
    /// An acceptance dated after the day it is recorded.
    AcceptedInFuture {
        on_ms: i64,
    },
    /// A photo's hash that is not 64 lowercase hexadecimal digits.
    PhotoHashInvalid,
    /// A correction naming no ballot this vote counts.
    NothingToCorrect {
        event: EventId,
    },
    /// A correction to the choice the ballot already counts with.
    CorrectionUnchanged {
        voter: String,
        choice: Choice,
    },
    /// A project's vote is the community council's, by two thirds of all its members.
    ProjectVoteRule {
        council: String,
    },
    NoCommunityCouncil,
    NoticePeriodOutOfRange {
        min_days: i64,
        max_days: i64,
    },
    UnknownDevice {
        device: DeviceId,
    },
    EmptyText {
        field: Field,
    },
    MissingArea {
        household_label: String,
    },
    NoOwners {
        household_label: String,
    },
    VotingClosed {
        closed_at_ms: i64,
    },
    /// An event naming a closed vote that the close's cut does not hold: the closing device
    /// had not seen it, so it came after the close, whatever its clock or time.
    ArrivedAfterClose {
        vote_title: String,
        closed_at_ms: i64,
    },
    /// A quote's duration or warranty outside its bounds.
    QuoteFigureOutOfRange {
        figure: QuoteFigure,
        found: u32,
        max: u32,
    },
    /// A close or revocation without its cut from a device that has written cuts before.
    CutMissing {
        kind: Kind,
    },
    /// A close whose cut claims an event its writer cannot have held: one with a clock not
    /// below the close's own.
    CutBeyondItself,
    /// An event its device wrote after it was revoked: beyond the last `seq` of it the
    /// revoking device held, whatever its clock.
    AfterRevocation {
        device: DeviceId,
        last_seq: u64,
    },
    VoteAlreadyClosed {
        vote_title: String,
    },
    /// `voted_through` is the flat whose ballot counts for the owner, cast at `voted_at_ms`
    /// (the time its device wrote, shown so a clerk can find the ballot, never judged by).
    HouseholdAlreadyVoted {
        household_label: String,
        voted_through: String,
        voted_at_ms: i64,
    },
    MemberAlreadyVoted {
        member_name: String,
    },
    NotAMember {
        person_name: String,
        organisation: String,
    },
    /// A ballot, notice response or pledge for a household outside the place its vote,
    /// proposal or fund is for.
    OutOfScope {
        household_label: String,
        /// The compound the household is in, since its flat number alone may exist in several.
        compound: String,
        /// [`EntityKind::Vote`], [`EntityKind::Proposal`] or [`EntityKind::Fund`].
        of: EntityKind,
        title: String,
    },
    WrongKindOfVoter {
        vote_title: String,
        expected: VoterKind,
    },
    MatterOutOfRange {
        matter: u8,
    },
    NotACouncil {
        organisation: String,
    },
    CountedByShowOfHands {
        vote_title: String,
    },
    CountedByRollCall {
        vote_title: String,
    },
    HandsExceedMembers {
        counted: u64,
        members: u64,
    },
    IllegalStep {
        proposal_title: String,
        stage: Stage,
        attempted: Stage,
    },
    NoticeStillOpen {
        proposal_title: String,
        closes_at_ms: i64,
    },
    NoticeWindowInvalid {
        opens_ms: i64,
        closes_ms: i64,
    },
    OutsideNoticeWindow {
        opens_ms: i64,
        closes_ms: i64,
    },
    CouncilVoteNeedsCouncilKind,
    AmountNotPositive {
        amount: Fen,
    },
    /// An amount, or the total it would bring a proposal's budget, funding, pledges, receipts or
    /// expenses to, above [`Fen::LIMIT`].
    AmountTooLarge {
        total: Fen,
        max: Fen,
    },
    AreaTooLarge {
        household_label: String,
        max: CentiM2,
    },
    BidOfOtherProposal {
        bid: EventId,
        proposal_title: String,
    },
    NoSuchBudgetLine {
        index: u32,
        lines: u32,
    },
    VoteDeadlineInPast {
        closes_at_ms: i64,
    },
    RequestAlreadyTaken {
        request_title: String,
    },
    NotAtStage {
        proposal_title: String,
        stage: Stage,
        needed: Stage,
        action: StageAction,
    },
    ProposalFinished {
        proposal_title: String,
        stage: Stage,
    },
    QuorumInvalid {
        num: u64,
        den: u64,
    },
    /// A term of office must end after it starts.
    TermInvalid {
        start_ms: i64,
        end_ms: i64,
    },
    /// Closing or taking up a request already answered or already a proposal.
    RequestNotOpen {
        request_title: String,
    },
    /// A monthly rule that names no real day or time.
    RecurrenceInvalid,
    SeriesEnded {
        title: String,
    },
    /// A fund cannot pay out more than it holds.
    FundOverdrawn {
        fund_title: String,
        balance: Fen,
    },
    /// A settled fund takes no more money in or out.
    FundSettled {
        fund_title: String,
    },
    /// Each paper ballot is keyed twice, by two different people.
    SameClerkBothRounds {
        clerk: String,
    },
    /// A merged event carries the largest possible Lamport clock, so nothing can follow it.
    ClockExhausted,
    /// A prepared event no longer follows the record: something else was added in between.
    OutOfDate,
    // Last, so the variants before it keep their binary tags in stored checkpoints.
    /// An owners' vote asked to stay open for fewer or more days than the rules allow.
    VoteLengthOutOfRange {
        min_days: i64,
        max_days: i64,
    },
    /// An expense dated after the event that records it.
    PaidInFuture {
        on_ms: i64,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::cst_to_unix_ms;

    #[test]
    fn messages_read_as_plain_english() {
        let closed = Refusal::VotingClosed {
            closed_at_ms: cst_to_unix_ms(2025, 5, 1, 20, 0),
        };
        assert_eq!(closed.to_string(), "voting closed at 20:00 on 1 May 2025");
        let at = cst_to_unix_ms(2025, 5, 1, 9, 30);
        let again = Refusal::HouseholdAlreadyVoted {
            household_label: "3-2-501".into(),
            voted_through: "3-2-501".into(),
            voted_at_ms: at,
        };
        assert_eq!(
            again.to_string(),
            "household 3-2-501 has already voted, at 09:30 on 1 May 2025"
        );
        let other = Refusal::HouseholdAlreadyVoted {
            household_label: "3-2-501".into(),
            voted_through: "5-1-302".into(),
            voted_at_ms: at,
        };
        assert_eq!(
            other.to_string(),
            "the owner of household 3-2-501 has already voted through household 5-1-302, at 09:30 on 1 May 2025"
        );
    }
}
