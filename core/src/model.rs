//! Vocabulary shared by events and state: who owns what, which body decides, which law applies.

use serde::{Deserialize, Serialize};

use crate::ids::EventId;
use crate::numbers::{CentiM2, Fen, Ratio};

/// `building-unit-room`, e.g. `3-2-501`: how residents, the register and the kiosk name a flat.
pub fn flat_label(building: &str, unit: &str, room: &str) -> String {
    format!("{building}-{unit}-{room}")
}

/// The area figures known for a unit; several may be known at once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaFigures {
    pub registered: Option<CentiM2>,
    pub surveyed: Option<CentiM2>,
    pub contract: Option<CentiM2>,
}

/// Where a counted area came from, in the precedence of the 2009 guidance art. 23.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AreaSource {
    Registered,
    Surveyed,
    Contract,
}

impl AreaFigures {
    /// The area the law counts: registered, else surveyed, else sale contract.
    pub fn counted(&self) -> Option<(CentiM2, AreaSource)> {
        self.registered
            .map(|a| (a, AreaSource::Registered))
            .or(self.surveyed.map(|a| (a, AreaSource::Surveyed)))
            .or(self.contract.map(|a| (a, AreaSource::Contract)))
    }
}

/// One natural or legal person as a property register names them. Two owners are the same
/// person only if BOTH name and masked ID match: common names repeat across a super-compound.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnerIdentity {
    pub name: String,
    pub masked_id: String,
}

/// Who holds a unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Ownership {
    /// One owner, or several co-owners who share one vote.
    Owners { owners: Vec<OwnerIdentity> },
    /// Unsold or undelivered; all such units together count as one owner.
    DeveloperHeld { developer: String },
}

/// Part of the community a proposal, vote or organisation covers.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    content = "id",
    rename_all = "snake_case",
    deny_unknown_fields
)]
pub enum Scope {
    Community,
    Compound(EventId),
    Building(EventId),
    Unit(EventId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    /// 居民小组议事会: representatives of one courtyard or building.
    ResidentGroupCouncil,
    /// 社区议事会.
    CommunityCouncil,
    /// 业委会.
    OwnersCommittee,
    /// 物业.
    PropertyCompany,
    /// 党支部.
    PartyBranch,
    /// 居委会.
    ResidentsCommittee,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Chair,
    ViceChair,
    Secretary,
    Member,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FundingSource {
    /// 公共服务资金 from the city.
    PublicServiceFunds,
    /// 专项维修资金.
    MaintenanceFund,
    /// Raised by the households themselves.
    SelfRaised,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    /// 业主接待日.
    ReceptionDay,
    /// 联席会议.
    JointMeeting,
    CouncilMeeting,
    OwnersMeeting,
}

/// A budget line of a proposal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetLine {
    pub item: String,
    pub amount: Fen,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FundingLine {
    pub source: FundingSource,
    pub amount: Fen,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    Yes,
    No,
    Abstain,
}

/// Which question the council answers and how a pass is decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CouncilRule {
    /// yes >= ceil(2/3 of ALL members): the community council's rule for projects.
    TwoThirdsOfAllMembers,
    /// yes > half of all members.
    MajorityOfAllMembers,
    /// yes > half of the members present.
    MajorityOfPresent,
}

/// What kind of vote, and so which counting rules apply.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum VoteKind {
    Council {
        organisation: EventId,
        rule: CouncilRule,
        /// Share of all members who must be present; `None` means no quorum.
        quorum: Option<Ratio>,
    },
    Owners {
        /// Civil Code art. 278 matter, 1..=9.
        matter: u8,
        scope: Scope,
    },
}

/// Who cast a ballot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    content = "id",
    rename_all = "snake_case",
    deny_unknown_fields
)]
pub enum Voter {
    /// A council member, by person id (roll call).
    Member(EventId),
    /// A household; its owner party is the voter for owners' decisions.
    Household(EventId),
}

/// The stages of a project, in the order the Chengdu process runs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Draft,
    PublicNotice,
    CouncilVote,
    Passed,
    Rejected,
    ContractorSelection,
    InProgress,
    Accepted,
    Closed,
}

impl Stage {
    pub fn describe(self) -> &'static str {
        match self {
            Stage::Draft => "draft",
            Stage::PublicNotice => "public notice",
            Stage::CouncilVote => "council vote",
            Stage::Passed => "passed",
            Stage::Rejected => "rejected",
            Stage::ContractorSelection => "contractor selection",
            Stage::InProgress => "in progress",
            Stage::Accepted => "accepted",
            Stage::Closed => "closed",
        }
    }
}

/// A resident's response during a public-notice window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    Objection,
    Support,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_area_follows_registered_then_surveyed_then_contract() {
        let all = AreaFigures {
            registered: Some(CentiM2(100)),
            surveyed: Some(CentiM2(200)),
            contract: Some(CentiM2(300)),
        };
        assert_eq!(all.counted(), Some((CentiM2(100), AreaSource::Registered)));
        let no_register = AreaFigures {
            registered: None,
            ..all.clone()
        };
        assert_eq!(
            no_register.counted(),
            Some((CentiM2(200), AreaSource::Surveyed))
        );
        let contract_only = AreaFigures {
            contract: Some(CentiM2(300)),
            ..Default::default()
        };
        assert_eq!(
            contract_only.counted(),
            Some((CentiM2(300), AreaSource::Contract))
        );
        assert_eq!(AreaFigures::default().counted(), None);
    }
}
