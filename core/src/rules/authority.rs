//! Who may write what. A signature proves which device wrote an event; this module decides,
//! from the record itself, whether that device had the right to. The fold asks it for every
//! event at its place in the total order, so every device and the CLI count the same events
//! whatever order files were merged in: an event written without the right stays in the record
//! (the log is append-only) and is set aside with its reason.
//!
//! [`writers`] is the one table, event kind by event kind; docs/snapshot-format.md prints it
//! (a test keeps the two equal).

use crate::ids::{DeviceId, HouseholdId};
use crate::log::payload::{Kind, Payload};
use crate::model::Voter;
use crate::rules::state::State;

pub use crate::roles::{Denied, DeviceRole};

/// Who may write one kind of event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Writers {
    /// The first event of a record; its device becomes the admin.
    Founder,
    /// This role or a higher one.
    AtLeast(DeviceRole),
    /// Trusting or revoking a device: a secretary for a resident's device, else an admin.
    Trust,
    /// For a household: a clerk, or the device enrolled for that household; from any other
    /// device it is kept unconfirmed until a clerk confirms it. For a council member: a clerk.
    Voter,
    /// Anyone; from a device without a role it is marked as unverified.
    Anyone,
}

impl Writers {
    /// As docs/snapshot-format.md prints it.
    pub fn describe(self) -> &'static str {
        match self {
            Writers::Founder => "the founding device (first event only)",
            Writers::AtLeast(DeviceRole::Admin) => "admin",
            Writers::AtLeast(DeviceRole::Secretary) => "secretary, admin",
            Writers::AtLeast(DeviceRole::Clerk) => "clerk, secretary, admin",
            Writers::AtLeast(DeviceRole::Resident) => "any device with a role",
            Writers::Trust => {
                "admin; a resident's device: secretary, admin"
            }
            Writers::Voter => {
                "for a household: clerk, secretary, admin, or the resident's device enrolled for it (any other device: kept unconfirmed until a clerk confirms); for a council member: clerk, secretary, admin"
            }
            Writers::Anyone => "any device (marked unverified from a device without a role)",
        }
    }
}

/// The table: who may write each kind of event.
pub fn writers(kind: Kind) -> Writers {
    use DeviceRole::*;
    use Kind::*;
    match kind {
        CommunityFounded => Writers::Founder,
        DeviceTrusted | DeviceRevoked => Writers::Trust,
        CompoundAdded | BuildingAdded | UnitAdded | HouseholdAdded | HouseholdChanged
        | PersonAdded | OrganisationAdded | MemberAppointed | MemberLeft => {
            Writers::AtLeast(Secretary)
        }
        RequestRaised => Writers::Anyone,
        RequestClosed | ProposalDrafted | ProposalRevised | NoticePosted | RoadshowHeld => {
            Writers::AtLeast(Secretary)
        }
        NoticeResponse | BallotCast => Writers::Voter,
        ResponseConfirmed | BallotConfirmed | BallotDismissed | BallotCorrected
        | PaperBallotEntered | HandsCounted | AttendanceRecorded => Writers::AtLeast(Clerk),
        VoteOpened | VoteClosed => Writers::AtLeast(Secretary),
        ContractorSelectionStarted
        | BidSubmitted
        | ContractorChosen
        | WorkAccepted
        | ProposalClosed
        | PledgeMade
        | ReceiptRecorded
        | ExpenseRecorded => Writers::AtLeast(Secretary),
        FundOpened | FundPledged | FundReceived | FundSpent | FundSettled => {
            Writers::AtLeast(Secretary)
        }
        MeetingScheduled | MeetingSeriesSet | MeetingSeriesEnded | MinutesRecorded
        | ActivityHeld => Writers::AtLeast(Secretary),
    }
}

/// How an event the device may write stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    Counts,
    /// A household's ballot or response from a device not enrolled for it: kept and listed,
    /// counted only once a clerk confirms it.
    Unconfirmed,
    /// Counts, but came from a device without a role (a request raised by anyone).
    Unverified,
}

/// Where `device` stands in the community at this point of the fold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holder {
    Unknown,
    Revoked,
    Role(DeviceRole, Option<HouseholdId>),
}

impl State {
    pub fn holder(&self, device: &DeviceId) -> Holder {
        match self.devices.get(device) {
            None => Holder::Unknown,
            Some(d) if d.revoked => Holder::Revoked,
            Some(d) => Holder::Role(d.role, d.household),
        }
    }

    /// Whether `device` may write `payload` now, and how it would stand. Commands and the fold
    /// both ask this first; a page asks it to explain what a device can do.
    pub fn may_write(&self, device: &DeviceId, payload: &Payload) -> Result<Standing, Denied> {
        let holder = self.holder(device);
        let needs = |needed: DeviceRole| match holder {
            Holder::Unknown => Err(Denied::NotTrusted),
            Holder::Revoked => Err(Denied::Revoked),
            Holder::Role(role, _) if role >= needed => Ok(Standing::Counts),
            Holder::Role(role, _) => Err(Denied::WrongRole { role, needed }),
        };
        match writers(payload.kind()) {
            // Whether a community exists already is the registry's refusal, not a right.
            Writers::Founder => Ok(Standing::Counts),
            Writers::Anyone => Ok(match holder {
                Holder::Role(..) => Standing::Counts,
                _ => Standing::Unverified,
            }),
            Writers::AtLeast(needed) => needs(needed),
            Writers::Trust => {
                let is_resident = |d: &DeviceId| {
                    self.devices
                        .get(d)
                        .is_some_and(|e| e.role == DeviceRole::Resident)
                };
                // A secretary enrols and removes residents' phones; turning any other device
                // into a resident's (or back) is an admin's decision.
                let residents_only = match payload {
                    Payload::DeviceTrusted {
                        device,
                        role,
                        admin,
                        ..
                    } => {
                        DeviceRole::granted(*role, *admin) == DeviceRole::Resident
                            && (is_resident(device) || !self.devices.contains_key(device))
                    }
                    Payload::DeviceRevoked { device, .. } => is_resident(device),
                    _ => false,
                };
                needs(if residents_only {
                    DeviceRole::Secretary
                } else {
                    DeviceRole::Admin
                })
            }
            Writers::Voter => {
                let household = match payload {
                    Payload::BallotCast {
                        voter: Voter::Member(_),
                        ..
                    } => return needs(DeviceRole::Clerk),
                    Payload::BallotCast {
                        voter: Voter::Household(h),
                        ..
                    } => Some(*h),
                    Payload::NoticeResponse { household, .. } => *household,
                    _ => None,
                };
                match holder {
                    Holder::Unknown => Ok(Standing::Unconfirmed),
                    Holder::Revoked => Err(Denied::Revoked),
                    Holder::Role(role, _) if role >= DeviceRole::Clerk => Ok(Standing::Counts),
                    Holder::Role(_, enrolled) => match (household, enrolled) {
                        (Some(h), Some(e)) if h != e => Err(Denied::NotEnrolledFor { enrolled: e }),
                        _ => Ok(Standing::Counts),
                    },
                }
            }
        }
    }
}

impl State {
    /// Whether `device` may write some event of `kind` now that would count or wait for a
    /// clerk: what a page asks before it offers a step, so no device is shown a control it may
    /// not use. Whether one particular event may be written is still [`State::may_write`]'s.
    pub fn may_write_kind(&self, device: &DeviceId, kind: Kind) -> bool {
        let role = match self.holder(device) {
            Holder::Revoked => return false,
            Holder::Unknown => None,
            Holder::Role(role, _) => Some(role),
        };
        match writers(kind) {
            Writers::Founder => self.community.is_none(),
            Writers::Anyone | Writers::Voter => true,
            Writers::AtLeast(needed) => role.is_some_and(|r| r >= needed),
            // A secretary trusts and revokes residents' phones; an admin any device.
            Writers::Trust => role.is_some_and(|r| r >= DeviceRole::Secretary),
        }
    }
}

/// The table as docs/snapshot-format.md prints it (a test keeps the document equal to this).
pub fn table_markdown() -> String {
    let mut out = String::from("| event `type` | who may write it |\n| --- | --- |\n");
    for kind in Kind::ALL {
        out.push_str(&format!(
            "| `{}` | {} |\n",
            kind.name(),
            writers(*kind).describe()
        ));
    }
    out
}
