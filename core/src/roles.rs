//! Device roles, and why a role may not write an event: the words events, refusals and the fold
//! share. Which role may write which kind of event is [`crate::rules::authority`]'s table.

use serde::{Deserialize, Serialize};

use crate::ids::HouseholdId;

/// A device's role in the community, from its `device_trusted` event. Each role may write
/// everything the roles below it may (a secretary can also key ballots), except a resident's
/// device, which may write only for its own household.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceRole {
    /// A resident's own phone, enrolled for one household.
    Resident,
    /// A clerk's device or a service-centre kiosk: ballots, paper keying, counts, attendance.
    Clerk,
    /// The council secretary: the register, bodies, projects, votes, meetings, money.
    Secretary,
    /// Trusts and revokes devices; the device that founded the community is the first.
    Admin,
}

impl DeviceRole {
    pub const ALL: [DeviceRole; 4] = [
        DeviceRole::Admin,
        DeviceRole::Secretary,
        DeviceRole::Clerk,
        DeviceRole::Resident,
    ];

    pub fn name(self) -> &'static str {
        match self {
            DeviceRole::Resident => "resident",
            DeviceRole::Clerk => "clerk",
            DeviceRole::Secretary => "secretary",
            DeviceRole::Admin => "admin",
        }
    }

    /// What a `device_trusted` event grants: `role` when present, else the older `admin` flag.
    pub fn granted(role: Option<DeviceRole>, admin: bool) -> DeviceRole {
        role.unwrap_or(if admin {
            DeviceRole::Admin
        } else {
            DeviceRole::Clerk
        })
    }
}

/// Why a device may not write an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Denied {
    /// The community never trusted the device.
    NotTrusted,
    /// The device was trusted once and has been revoked.
    Revoked,
    /// The device's role is below what the kind needs.
    WrongRole {
        role: DeviceRole,
        needed: DeviceRole,
    },
    /// A resident's device writing for another household than its own.
    NotEnrolledFor { enrolled: HouseholdId },
}
