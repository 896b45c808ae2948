//! Vocabulary shared by events and state: who owns what, which body decides, which law applies.
//!
//! The enums tagged with a `kind` field derive that file shape under `remote = "Self"`:
//! `compact.rs` gives them a second, plain shape for the checkpoint, which cannot read tags.

use serde::{Deserialize, Serialize};

use sha2::{Digest, Sha256};

use crate::ids::{EventId, HouseholdId};
use crate::numbers::{CentiM2, Fen, Ratio};

/// `building-unit-room`, e.g. `3-2-501`: how residents, the register and the kiosk name a flat.
pub fn flat_label(building: &str, unit: &str, room: &str) -> String {
    format!("{building}-{unit}-{room}")
}

/// Crockford's base-32 alphabet: no I, L, O or U, so a code read aloud or typed from paper
/// cannot be mistaken.
const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A household's code, e.g. `7KQ2-M9XD`: printed on its voting slip and typed at a kiosk instead
/// of `building-unit-room` by those who prefer not to say where they live. Derived from the id
/// of the event that registered the household, so every device computes the same code and none
/// has to be stored. 40 bits: two households of a 10,000-flat compound share one with odds of
/// about 1 in 20,000, and a lookup then finds neither silently (see `State::find_household`).
pub fn household_code(household: &HouseholdId) -> String {
    let mut h = Sha256::new();
    h.update(b"gongzhi household code");
    h.update(household.device.0);
    h.update(household.seq.to_be_bytes());
    let digest = h.finalize();
    let bits = digest[..5]
        .iter()
        .fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
    let mut code = String::with_capacity(9);
    for i in 0..8 {
        if i == 4 {
            code.push('-');
        }
        let index = (bits >> (35 - 5 * i)) & 31;
        code.push(char::from(CODE_ALPHABET[index as usize]));
    }
    code
}

/// A typed household code in the canonical form, forgiving how people type: lower case, spaces,
/// a missing dash, and the letters O, I and L for the digits they resemble.
pub fn normalise_household_code(typed: &str) -> Option<String> {
    let chars: Vec<char> = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect();
    if chars.len() != 8 || !chars.iter().all(|c| CODE_ALPHABET.contains(&(*c as u8))) {
        return None;
    }
    let mut code: String = chars[..4].iter().collect();
    code.push('-');
    code.extend(&chars[4..]);
    Some(code)
}

/// What a resident request is about, so the council can sort and count them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum RequestCategory {
    /// Gates, lifts, roofs, pipes, lighting.
    Facilities,
    /// Trees, lawns, flower beds.
    Greening,
    /// Locks, cameras, fire lanes.
    Safety,
    /// Rubbish, drains, pests.
    Sanitation,
    /// Parking, bicycles, traffic.
    Parking,
    /// Care for the elderly and children, activities.
    Services,
    /// Noise and disputes between neighbours.
    Neighbours,
    #[default]
    Other,
}

impl RequestCategory {
    pub const ALL: [RequestCategory; 8] = [
        RequestCategory::Facilities,
        RequestCategory::Greening,
        RequestCategory::Safety,
        RequestCategory::Sanitation,
        RequestCategory::Parking,
        RequestCategory::Services,
        RequestCategory::Neighbours,
        RequestCategory::Other,
    ];

    pub fn is_other(&self) -> bool {
        *self == RequestCategory::Other
    }
}

/// When a recurring meeting falls each month, in CST: "the first Saturday", "the last Friday",
/// "the 15th".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    remote = "Self",
    tag = "kind",
    rename_all = "snake_case",
    deny_unknown_fields
)]
pub enum Recurrence {
    /// `nth` 1..=4 counts from the start of the month, -1 is the last; `weekday` 1 = Monday
    /// ... 7 = Sunday.
    NthWeekday { nth: i8, weekday: u8 },
    /// 1..=28, so every month has it.
    DayOfMonth { day: u8 },
}

/// What happens to money left in a self-raised fund when it is settled.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    remote = "Self",
    tag = "kind",
    rename_all = "snake_case",
    deny_unknown_fields
)]
pub enum Surplus {
    /// Back to the households, in proportion to what each paid.
    Refund,
    /// Kept for another purpose, as the households agreed.
    Reassign { note: String },
}

/// A contractor's declaration of ties to anyone deciding the selection (利益关联声明).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    remote = "Self",
    tag = "kind",
    content = "text",
    rename_all = "snake_case",
    deny_unknown_fields
)]
pub enum Interest {
    /// No declaration was asked for or recorded.
    #[default]
    Unknown,
    /// The contractor declared no tie.
    NoneDeclared,
    /// The tie the contractor declared, in their words.
    Declared(String),
}

impl Interest {
    pub fn is_unknown(&self) -> bool {
        *self == Interest::Unknown
    }
}

/// Which of the two independent keyings of a paper ballot an entry belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryRound {
    First,
    Second,
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
#[serde(
    remote = "Self",
    tag = "kind",
    rename_all = "snake_case",
    deny_unknown_fields
)]
pub enum Ownership {
    /// One owner, or several co-owners who share one vote.
    Owners { owners: Vec<OwnerIdentity> },
    /// Unsold or undelivered; all such units together count as one owner.
    DeveloperHeld { developer: String },
}

/// Part of the community a proposal, vote or organisation covers.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(
    remote = "Self",
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

/// 验收: the day the finished work was inspected, who inspected it and what they found, and
/// optionally the SHA-256 of a photo kept elsewhere (the record holds no images).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Acceptance {
    /// Midnight (China Standard Time) of the day of the inspection.
    pub on_ms: i64,
    pub inspectors: Vec<String>,
    pub findings: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo_sha256: Option<String>,
}

impl Acceptance {
    /// Names as a secretary types them, one list: "刘德明、监理 陈工，王芳" (a space belongs to
    /// a name, as in "监理 陈工").
    pub fn inspectors_from(text: &str) -> Vec<String> {
        text.split(['、', ',', '，', ';', '；', '\n'])
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// The SHA-256 of a photo's bytes as the record names it.
    pub fn photo_digest(bytes: &[u8]) -> String {
        use sha2::{Digest, Sha256};
        Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
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
#[serde(
    remote = "Self",
    tag = "kind",
    rename_all = "snake_case",
    deny_unknown_fields
)]
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
    remote = "Self",
    tag = "kind",
    content = "id",
    rename_all = "snake_case",
    deny_unknown_fields
)]
pub enum Voter {
    /// A council member, by person id (roll call).
    Member(EventId),
    /// A household; its owner party is the voter for owners' decisions.
    Household(HouseholdId),
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
mod tests;
