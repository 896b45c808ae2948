//! Every kind of payload, once: the list [`Kind`] and [`Payload::kind`] are made from.

use serde::{Deserialize, Serialize};

use super::Payload;

/// Declares [`Kind`] and [`Payload::kind`] from one list, so a new payload cannot be added
/// without its kind (the match in `kind` would not compile).
macro_rules! kinds {
    ($($variant:ident => $name:literal,)*) => {
        /// Which kind of event a payload is, without its fields: what rules such as
        /// [`crate::rules::authority::writers`] are keyed by.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum Kind {
            $($variant,)*
        }

        impl Kind {
            /// Every kind, in the order the payload declares them.
            pub const ALL: &'static [Kind] = &[$(Kind::$variant,)*];

            /// The `type` the payload is written with in a file.
            pub fn name(self) -> &'static str {
                match self {
                    $(Kind::$variant => $name,)*
                }
            }

            pub fn from_name(name: &str) -> Option<Kind> {
                Kind::ALL.iter().copied().find(|k| k.name() == name)
            }
        }

        impl Payload {
            pub fn kind(&self) -> Kind {
                match self {
                    $(Payload::$variant { .. } => Kind::$variant,)*
                }
            }
        }
    };
}

kinds! {
    CommunityFounded => "community_founded",
    DeviceTrusted => "device_trusted",
    DeviceRevoked => "device_revoked",
    CompoundAdded => "compound_added",
    BuildingAdded => "building_added",
    UnitAdded => "unit_added",
    HouseholdAdded => "household_added",
    HouseholdChanged => "household_changed",
    PersonAdded => "person_added",
    OrganisationAdded => "organisation_added",
    MemberAppointed => "member_appointed",
    MemberLeft => "member_left",
    RequestRaised => "request_raised",
    RequestClosed => "request_closed",
    ProposalDrafted => "proposal_drafted",
    ProposalRevised => "proposal_revised",
    NoticePosted => "notice_posted",
    NoticeResponse => "notice_response",
    ResponseConfirmed => "response_confirmed",
    RoadshowHeld => "roadshow_held",
    VoteOpened => "vote_opened",
    BallotCast => "ballot_cast",
    PaperBallotEntered => "paper_ballot_entered",
    HandsCounted => "hands_counted",
    VoteClosed => "vote_closed",
    BallotConfirmed => "ballot_confirmed",
    BallotCorrected => "ballot_corrected",
    ContractorSelectionStarted => "contractor_selection_started",
    BidSubmitted => "bid_submitted",
    ContractorChosen => "contractor_chosen",
    WorkAccepted => "work_accepted",
    ProposalClosed => "proposal_closed",
    PledgeMade => "pledge_made",
    ReceiptRecorded => "receipt_recorded",
    ExpenseRecorded => "expense_recorded",
    FundOpened => "fund_opened",
    FundPledged => "fund_pledged",
    FundReceived => "fund_received",
    FundSpent => "fund_spent",
    FundSettled => "fund_settled",
    MeetingScheduled => "meeting_scheduled",
    MeetingSeriesSet => "meeting_series_set",
    MeetingSeriesEnded => "meeting_series_ended",
    AttendanceRecorded => "attendance_recorded",
    MinutesRecorded => "minutes_recorded",
    ActivityHeld => "activity_held",
    BallotDismissed => "ballot_dismissed",
}
