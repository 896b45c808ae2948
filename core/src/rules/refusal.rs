//! Why a command was refused. Fields stay structured so the app can localise each message; the
//! `Display` text is the plain-English fallback a resident reads.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::ids::{DeviceId, EventId};
use crate::log::payload::Kind;
use crate::model::{Choice, Stage};
use crate::numbers::{CentiM2, Fen};
use crate::roles::{Denied, DeviceRole};
use crate::time::format_cst;

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
            Field::ProposalTitle => "proposal title",
            Field::Reply => "reply",
            Field::RequestTitle => "request title",
            Field::RoomNumber => "room number",
            Field::SurplusUse => "what the surplus goes to",
            Field::UnitName => "unit name",
            Field::VoteTitle => "vote title",
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
            EntityKind::Proposal => "proposal",
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
    HouseholdAlreadyVoted {
        household_label: String,
        voted_through: String,
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
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Refusal::*;
        match self {
            NoCommunity => write!(f, "this record has no community yet; found it first"),
            CommunityAlreadyFounded { name } => {
                write!(f, "this record already belongs to the community {name}")
            }
            Unknown { kind, id } => write!(f, "no {} with id {id:?} is known", kind.noun()),
            NotAllowed { device, kind, denied } => {
                let d = device.short();
                let kind = kind.name();
                match denied {
                    Denied::NotTrusted => write!(
                        f,
                        "device {d} is not trusted by this community, so its {kind} does not count"
                    ),
                    Denied::Revoked => write!(
                        f,
                        "device {d} was revoked, so its {kind} does not count"
                    ),
                    Denied::WrongRole { role, needed } => write!(
                        f,
                        "device {d} is a {} device; a {kind} needs a {} device",
                        role.name(),
                        needed.name()
                    ),
                    Denied::NotEnrolledFor { enrolled } => write!(
                        f,
                        "device {d} is a resident's phone enrolled for household {enrolled:?}; its {kind} for another household does not count"
                    ),
                }
            }
            EnrolmentInvalid { role } => write!(
                f,
                "a {} device {}",
                role.name(),
                if *role == DeviceRole::Resident {
                    "must be enrolled for one household"
                } else {
                    "is not enrolled for a household, and only an admin device is marked admin"
                }
            ),
            NothingToConfirm { event } => {
                write!(f, "nothing is waiting for confirmation under id {event:?}")
            }
            GapReasonMissing { budget, funding } => write!(
                f,
                "the budget ({budget}) and the funding ({funding}) differ: say why before posting"
            ),
            AcceptedInFuture { on_ms } => write!(
                f,
                "the work cannot be accepted on {}, a day still to come",
                format_cst(*on_ms)
            ),
            PhotoHashInvalid => write!(
                f,
                "a photo is named by its SHA-256: 64 digits 0-9 and a-f"
            ),
            NothingToCorrect { event } => {
                write!(f, "no counted ballot of this vote has id {event:?}")
            }
            CorrectionUnchanged { voter, choice } => {
                let choice = match choice {
                    Choice::Yes => "yes",
                    Choice::No => "no",
                    Choice::Abstain => "abstain",
                };
                write!(f, "the ballot of {voter} already counts as {choice}")
            }
            ProjectVoteRule { council } => write!(
                f,
                "a project is decided by {council}, with two thirds of all its members voting yes"
            ),
            NoCommunityCouncil => write!(
                f,
                "this community has no community council yet; add it on the bodies page first"
            ),
            NoticePeriodOutOfRange { min_days, max_days } => write!(
                f,
                "a public notice runs from {min_days} to {max_days} days"
            ),
            VoteLengthOutOfRange { min_days, max_days } => write!(
                f,
                "days open must be a whole number from {min_days} to {max_days}"
            ),
            UnknownDevice { device } => write!(f, "device {} is not on the list", device.short()),
            EmptyText { field } => write!(f, "the {} must not be empty", field.english()),
            MissingArea { household_label } => write!(
                f,
                "household {household_label} needs a floor area (registered, surveyed or from the sale contract)"
            ),
            NoOwners { household_label } => write!(f, "household {household_label} needs at least one owner"),
            VotingClosed { closed_at_ms } => write!(f, "voting closed at {}", format_cst(*closed_at_ms)),
            ArrivedAfterClose { vote_title, closed_at_ms } => write!(
                f,
                "arrived after the vote \"{vote_title}\" closed at {}: the closing device had not received it, so it does not count",
                format_cst(*closed_at_ms)
            ),
            QuoteFigureOutOfRange { figure, found, max } => write!(
                f,
                "a quote's {} is from 1 to {max}, not {found}",
                match figure {
                    QuoteFigure::DurationDays => "duration in days",
                    QuoteFigure::WarrantyMonths => "warranty in months",
                }
            ),
            CutMissing { kind } => write!(
                f,
                "this {} carries no cut, though its device has written cuts before: it would be judged by the clock its device chose",
                kind.name()
            ),
            CutBeyondItself => write!(
                f,
                "this close claims to have held an event written with a later clock than its own"
            ),
            AfterRevocation { device, last_seq } => write!(
                f,
                "written after device {} was revoked (the revocation kept its events up to number {last_seq}), so it does not count",
                device.short()
            ),
            VoteAlreadyClosed { vote_title } => write!(f, "the vote \"{vote_title}\" is already closed"),
            HouseholdAlreadyVoted { household_label, voted_through } => {
                if household_label == voted_through {
                    write!(f, "household {household_label} has already voted")
                } else {
                    write!(
                        f,
                        "the owner of household {household_label} has already voted through household {voted_through}"
                    )
                }
            }
            MemberAlreadyVoted { member_name } => write!(f, "{member_name} has already voted"),
            NotAMember { person_name, organisation } => {
                write!(f, "{person_name} is not a member of {organisation}")
            }
            OutOfScope {
                household_label,
                compound,
                of,
                title,
            } => write!(
                f,
                "household {household_label} of {compound} is outside the area of the {} \"{title}\"",
                of.noun()
            ),
            WrongKindOfVoter { vote_title, expected } => {
                write!(f, "only {} can vote on \"{vote_title}\"", expected.english())
            }
            MatterOutOfRange { matter } => write!(
                f,
                "matter {matter} is not one of the nine matters of Civil Code article 278 (1 to 9)"
            ),
            NotACouncil { organisation } => {
                write!(f, "{organisation} is not a council and cannot hold a council vote")
            }
            CountedByShowOfHands { vote_title } => write!(
                f,
                "\"{vote_title}\" was counted by show of hands; individual ballots cannot be added"
            ),
            CountedByRollCall { vote_title } => write!(
                f,
                "\"{vote_title}\" already has roll-call ballots or a show-of-hands count"
            ),
            HandsExceedMembers { counted, members } => write!(
                f,
                "{counted} hands were counted but the council has only {members} members"
            ),
            IllegalStep { proposal_title, stage, attempted } => write!(
                f,
                "proposal \"{proposal_title}\" is at the {} stage and cannot move to {}",
                stage.describe(),
                attempted.describe()
            ),
            NoticeStillOpen { proposal_title, closes_at_ms } => write!(
                f,
                "the public notice of \"{proposal_title}\" runs until {}; the council can vote after that",
                format_cst(*closes_at_ms)
            ),
            NoticeWindowInvalid { opens_ms, closes_ms } => write!(
                f,
                "a public notice must close after it opens ({} is not after {})",
                format_cst(*closes_ms),
                format_cst(*opens_ms)
            ),
            OutsideNoticeWindow { opens_ms, closes_ms } => write!(
                f,
                "responses are taken only while the notice is posted, from {} to {}",
                format_cst(*opens_ms),
                format_cst(*closes_ms)
            ),
            CouncilVoteNeedsCouncilKind => {
                write!(f, "a proposal goes to a council vote, not an owners' vote")
            }
            AmountNotPositive { amount } => write!(f, "the amount must be more than zero (got {amount})"),
            AmountTooLarge { total, max } => write!(
                f,
                "this would make a total of {total}; Gongzhi records amounts of at most {max}"
            ),
            AreaTooLarge { household_label, max } => write!(
                f,
                "household {household_label} has a floor area over {max}; please check the figure"
            ),
            BidOfOtherProposal { bid, proposal_title } => {
                write!(f, "bid {bid:?} was not made for \"{proposal_title}\"")
            }
            NoSuchBudgetLine { index, lines } => write!(
                f,
                "budget line {} does not exist; the budget has {lines} lines",
                index + 1
            ),
            VoteDeadlineInPast { closes_at_ms } => {
                write!(f, "the voting deadline {} has already passed", format_cst(*closes_at_ms))
            }
            NotAtStage { proposal_title, stage, needed, action } => write!(
                f,
                "proposal \"{proposal_title}\" is at the {} stage; {} only at the {} stage",
                stage.describe(),
                action.english(),
                needed.describe()
            ),
            ProposalFinished { proposal_title, stage } => write!(
                f,
                "proposal \"{proposal_title}\" is already {}; nothing more can be recorded against it",
                stage.describe()
            ),
            QuorumInvalid { num, den } => {
                write!(f, "a quorum of {num}/{den} is not a share between none and all members")
            }
            TermInvalid { start_ms, end_ms } => write!(
                f,
                "a term of office must end after it starts ({} is not after {})",
                format_cst(*end_ms),
                format_cst(*start_ms)
            ),
            OutOfDate => write!(
                f,
                "the record changed while this was being saved; nothing was recorded, please try again"
            ),
            ClockExhausted => write!(
                f,
                "this record holds an event with an impossible clock value, so no event can be added after it; it came from a damaged or forged file"
            ),
            RequestNotOpen { request_title } => write!(
                f,
                "the request \"{request_title}\" has already been answered or taken up"
            ),
            RecurrenceInvalid => write!(
                f,
                "a monthly meeting needs a week (first to fourth, or last) and a weekday, or a day from 1 to 28, a start time within the day and a length"
            ),
            SeriesEnded { title } => write!(f, "the recurring meeting \"{title}\" has already ended"),
            FundOverdrawn { fund_title, balance } => write!(
                f,
                "the fund \"{fund_title}\" holds only {balance}; it cannot pay out more"
            ),
            FundSettled { fund_title } => write!(
                f,
                "the fund \"{fund_title}\" is settled; nothing more can be recorded against it"
            ),
            SameClerkBothRounds { clerk } => write!(
                f,
                "{clerk} already keyed the other round of these paper ballots; the second keying must be done by someone else"
            ),
            RequestAlreadyTaken { request_title } => write!(
                f,
                "the request \"{request_title}\" already has a proposal"
            ),
        }
    }
}

impl std::error::Error for Refusal {}

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
        let again = Refusal::HouseholdAlreadyVoted {
            household_label: "3-2-501".into(),
            voted_through: "3-2-501".into(),
        };
        assert_eq!(again.to_string(), "household 3-2-501 has already voted");
        let other = Refusal::HouseholdAlreadyVoted {
            household_label: "3-2-501".into(),
            voted_through: "5-1-302".into(),
        };
        assert_eq!(
            other.to_string(),
            "the owner of household 3-2-501 has already voted through household 5-1-302"
        );
    }
}
