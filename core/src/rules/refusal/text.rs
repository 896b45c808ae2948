//! A refusal in plain English: the fallback a resident reads where the app has no text of its
//! own, and what the CLI prints.

use std::fmt;

use super::*;
use crate::time::format_cst;

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
                        "device {d} is a resident's phone enrolled for household {enrolled}; its {kind} for another household does not count"
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
                "this community has no community council yet; add it on the organisations page first"
            ),
            NoticePeriodOutOfRange { min_days, max_days } => write!(
                f,
                "a public notice runs from {min_days} to {max_days} days"
            ),
            PaidInFuture { on_ms } => write!(
                f,
                "the payment is dated {}, which has not come yet: an expense is recorded once paid",
                format_cst(*on_ms)
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
            HouseholdAlreadyVoted {
                household_label,
                voted_through,
                voted_at_ms,
            } => {
                let at = format_cst(*voted_at_ms);
                if household_label == voted_through {
                    write!(f, "household {household_label} has already voted, at {at}")
                } else {
                    write!(
                        f,
                        "the owner of household {household_label} has already voted through household {voted_through}, at {at}"
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
                "project \"{proposal_title}\" is at the {} stage and cannot move to {}",
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
                write!(f, "a project goes to a council vote, not an owners' vote")
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
                "project \"{proposal_title}\" is at the {} stage; {} only at the {} stage",
                stage.describe(),
                action.english(),
                needed.describe()
            ),
            ProposalFinished { proposal_title, stage } => write!(
                f,
                "project \"{proposal_title}\" is already {}; nothing more can be recorded against it",
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
                "the request \"{request_title}\" already has a project"
            ),
        }
    }
}

impl std::error::Error for Refusal {}
