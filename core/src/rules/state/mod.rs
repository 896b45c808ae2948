//! The community as the record's events describe it: the result of folding every event in the
//! total order. Read it through the query methods here, [`crate::rules::owners`] and
//! [`crate::rules::council`]; change it only by submitting events to a [`crate::Record`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::cut::Cut;
use crate::ids::{DeviceId, EventId, HouseholdId, ProposalId, VoteId};
use crate::model::{
    AreaFigures, BudgetLine, Choice, FundingLine, Interest, MeetingKind, OrgKind, Ownership,
    Recurrence, RequestCategory, Role, Scope, Stage, Stance, Surplus, VoteKind, Voter,
};
use crate::numbers::Fen;
use crate::parties::{Parties, PartyId};
use crate::roles::DeviceRole;
use crate::rules::outcome::VoteResult;
use crate::rules::refusal::Refusal;

mod labels;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    pub community: Option<Community>,
    pub devices: BTreeMap<DeviceId, DeviceEntry>,
    pub compounds: BTreeMap<EventId, Compound>,
    pub buildings: BTreeMap<EventId, Building>,
    pub units: BTreeMap<EventId, Unit>,
    pub households: BTreeMap<HouseholdId, Household>,
    pub persons: BTreeMap<EventId, Person>,
    pub organisations: BTreeMap<EventId, Organisation>,
    pub requests: BTreeMap<EventId, Request>,
    pub proposals: BTreeMap<ProposalId, Proposal>,
    pub bids: BTreeMap<EventId, Bid>,
    pub votes: BTreeMap<VoteId, Vote>,
    pub funds: BTreeMap<EventId, Fund>,
    pub series: BTreeMap<EventId, MeetingSeries>,
    pub meetings: BTreeMap<EventId, Meeting>,
    pub activities: BTreeMap<EventId, Activity>,
    /// Every owner party the register has named, numbered; households and ballots name a
    /// party by its number.
    pub parties: Parties,
    /// Events in the record that the fold could not apply, with the reason, in fold order.
    /// Commands never append such events; they arrive when offline devices disagree.
    pub rejected: Vec<RejectedEvent>,
    /// For each device, the highest `seq` of it the fold has passed (applied or set aside):
    /// what this record holds of it, and so the cut a close or revocation written now carries.
    pub seen: BTreeMap<DeviceId, u64>,
    /// Events written after their device was revoked that sort before the revocation (their
    /// clock was behind it), with the revocation's `last_seq`: set aside wherever they sort. The fold is
    /// run until this is exactly what its revocations say (see `crate::record`).
    pub late: BTreeMap<EventId, u64>,
    /// For each device, what `seen` said of it at its last revocation: events up to there were
    /// judged against that revocation, so a later one leaves them as they were.
    pub(crate) revoked_seen: BTreeMap<DeviceId, u64>,
    /// Devices that have written a close or revocation with its cut: an app that writes cuts
    /// always does, so one of theirs without is a hand-made attempt to be judged by the clock.
    pub(crate) cut_writers: std::collections::BTreeSet<DeviceId>,
    /// What this pass of the fold found that `late` should hold; never stored.
    #[serde(skip)]
    pub(crate) scratch: FoldScratch,
    /// A cache of `households` for looking a typed flat up; never stored in a checkpoint.
    #[serde(skip)]
    pub(crate) labels: labels::LabelIndex,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Community {
    /// The founding event: what names this community in files, whatever its name.
    pub id: EventId,
    pub name: String,
    pub founded_by: DeviceId,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceEntry {
    pub label: String,
    pub role: DeviceRole,
    /// The household a resident's device is enrolled for.
    pub household: Option<HouseholdId>,
    pub revoked: bool,
    /// When revoked with a cut: the last `seq` of the device the revoking device held. Its
    /// events beyond it were written after the revocation.
    pub revoked_after: Option<u64>,
}

impl DeviceEntry {
    pub fn admin(&self) -> bool {
        self.role == DeviceRole::Admin
    }
}

/// How far a device is trusted, for lines such as "signed by 北苑 kiosk 1 (trusted)".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trust {
    Trusted {
        label: String,
        role: DeviceRole,
        household: Option<HouseholdId>,
    },
    Revoked {
        label: String,
    },
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Compound {
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Building {
    pub compound: EventId,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    pub building: EventId,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Household {
    pub unit: EventId,
    pub building: EventId,
    pub compound: EventId,
    pub room: String,
    /// `building-unit-room`, e.g. `3-2-501`, as residents name a flat.
    pub label: String,
    pub area: AreaFigures,
    pub ownership: Ownership,
    /// The owner party of `ownership`, by its number in [`State::parties`]; kept so ballots
    /// and tallies need not rebuild or compare it per household.
    pub party: PartyId,
    pub residents: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub masked_id: Option<String>,
    pub household: Option<HouseholdId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub kind: OrgKind,
    pub name: String,
    pub scope: Scope,
    pub members: BTreeMap<EventId, Membership>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub role: Role,
    pub term_start_ms: i64,
    pub term_end_ms: Option<i64>,
    /// Set when the member left; they stay listed so past votes keep their electorate.
    pub left_ms: Option<i64>,
}

impl Membership {
    pub fn active_at(&self, at_ms: i64) -> bool {
        self.term_start_ms <= at_ms
            && self.term_end_ms.is_none_or(|end| at_ms < end)
            && self.left_ms.is_none_or(|left| at_ms < left)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub title: String,
    pub detail: String,
    pub scope: Scope,
    pub category: RequestCategory,
    pub place: String,
    pub raised_by: Option<EventId>,
    /// The name the resident gave, else the registered person's name; may be empty.
    pub name: String,
    pub household: Option<HouseholdId>,
    pub raised_ms: i64,
    /// Raised from a device the community gave no role: anyone may raise a need, and the list
    /// says where it came from.
    pub unverified: bool,
    pub proposal: Option<ProposalId>,
    /// When and how it was answered without a project.
    pub closed: Option<(i64, String)>,
}

/// Where a request stands, as its list shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RequestStatus {
    /// Waiting for a council to take it up.
    Open,
    /// Taken up as a proposal, now at this stage.
    Proposal(Stage),
    /// Answered without a project.
    Closed,
}

impl Request {
    pub fn status(&self, state: &State) -> RequestStatus {
        if let Some(p) = self.proposal.and_then(|p| state.proposals.get(&p)) {
            RequestStatus::Proposal(p.stage)
        } else if self.closed.is_some() {
            RequestStatus::Closed
        } else {
            RequestStatus::Open
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub title: String,
    pub scope: Scope,
    pub request: Option<EventId>,
    pub budget: Vec<BudgetLine>,
    pub funding: Vec<FundingLine>,
    pub stage: Stage,
    pub notice: Option<NoticeWindow>,
    /// Why the plan went on notice with a budget its funding does not cover (or exceed); empty
    /// when they agree or nobody said.
    pub gap_reason: String,
    pub responses: Vec<NoticeResponse>,
    /// Responses from devices not enrolled for their household, waiting for a clerk.
    pub unconfirmed: BTreeMap<EventId, NoticeResponse>,
    pub roadshows: Vec<Roadshow>,
    pub council_vote: Option<VoteId>,
    pub bids: Vec<EventId>,
    pub chosen_bid: Option<EventId>,
    pub selection: Option<Selection>,
    pub pledges: BTreeMap<HouseholdId, Fen>,
    pub receipts: BTreeMap<HouseholdId, Fen>,
    pub expenses: Vec<Expense>,
    /// Totals of `pledges`, `receipts` and `expenses`, kept as they grow so that an amount
    /// taking one past [`Fen::LIMIT`] is refused without re-summing every household.
    pub pledged: Fen,
    pub received: Fen,
    pub spent: Fen,
}

impl Proposal {
    /// How the counted responses to the notice fall: in support, and objecting.
    pub fn stances(&self) -> (usize, usize) {
        // A match, not a subtraction: a new kind of stance must say where it counts.
        self.responses
            .iter()
            .fold((0, 0), |(support, objection), r| match r.stance {
                Stance::Support => (support + 1, objection),
                Stance::Objection => (support, objection + 1),
            })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeWindow {
    pub opens_ms: i64,
    pub closes_ms: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeResponse {
    pub event: EventId,
    pub stance: Stance,
    pub household: Option<HouseholdId>,
    pub name: String,
    pub text: String,
    pub wall_ms: i64,
}

/// A presentation of the project to the community council (路演).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Roadshow {
    pub event: EventId,
    pub presenter: String,
    pub group: Option<EventId>,
    pub summary: String,
    pub wall_ms: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bid {
    pub proposal: ProposalId,
    pub contractor: String,
    pub amount: Fen,
    pub note: String,
    pub duration_days: Option<u32>,
    pub warranty_months: Option<u32>,
    pub interest: Interest,
}

/// Which quote was chosen, why, and where it was decided.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selection {
    pub bid: EventId,
    pub reason: String,
    pub meeting: Option<EventId>,
    pub wall_ms: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expense {
    pub event: EventId,
    pub budget_line: Option<u32>,
    pub description: String,
    pub amount: Fen,
    /// Who was paid; empty when not recorded.
    pub payee: String,
    /// When it was recorded.
    pub wall_ms: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    pub title: String,
    pub kind: VoteKind,
    pub proposal: Option<ProposalId>,
    pub opened_ms: i64,
    pub closes_ms: i64,
    /// Council votes: the members whose term covered the opening, frozen so later appointments
    /// cannot change the denominator of a vote already under way.
    pub electorate: Vec<EventId>,
    /// Counted ballots, at most one per voter key, in fold order.
    pub ballots: Vec<CountedBallot>,
    pub counted_by: BTreeMap<VoterKey, usize>,
    pub hands: Option<Hands>,
    pub conflicts: Vec<BallotConflict>,
    /// Household ballots from devices not enrolled for the household (a resident's own
    /// phone), kept and listed until a clerk confirms them; see [`crate::rules::authority`].
    pub unconfirmed: BTreeMap<EventId, PendingBallot>,
    /// Paper ballots as the two clerks keyed them, by household; see [`crate::rules::paper`].
    pub paper: BTreeMap<HouseholdId, PaperSheet>,
    pub paper_clerks: PaperClerks,
    /// Frozen when the vote is closed, so later sales or appointments cannot rewrite it.
    pub closed: Option<ClosedVote>,
}

/// One household's paper ballot, keyed once in each round.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperSheet {
    pub first: Option<PaperEntry>,
    pub second: Option<PaperEntry>,
}

/// Who keyed each round, so nobody checks their own keying.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperClerks {
    pub first: std::collections::BTreeSet<String>,
    pub second: std::collections::BTreeSet<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PaperEntry {
    pub event: EventId,
    pub choice: Choice,
    pub clerk: String,
}

/// A ballot waiting for a clerk's confirmation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingBallot {
    pub voter: Voter,
    pub choice: Choice,
    pub wall_ms: i64,
}

/// Who a ballot counts for: a council member, or an owner party (one vote per party).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum VoterKey {
    Member(EventId),
    Party(PartyId),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountedBallot {
    pub event: EventId,
    pub voter: Voter,
    pub key: VoterKey,
    /// What counts now: the last correction's choice, or the ballot's own.
    pub choice: Choice,
    pub wall_ms: i64,
    /// Oldest first; the ballot as cast stays on record beside them.
    pub corrections: Vec<BallotCorrection>,
}

impl CountedBallot {
    /// The choice as the ballot was cast, before any correction.
    pub fn cast_choice(&self) -> Choice {
        self.corrections.first().map_or(self.choice, |c| c.from)
    }
}

/// A clerk's correction of a counted ballot (`ballot_corrected`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotCorrection {
    pub event: EventId,
    pub from: Choice,
    pub to: Choice,
    pub reason: String,
    pub wall_ms: i64,
    /// The name the correcting device signs with.
    pub author: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hands {
    pub yes: u32,
    pub no: u32,
    pub abstain: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosedVote {
    pub at_ms: i64,
    pub result: VoteResult,
    /// The name the closing device signs with.
    pub by: String,
    /// The `vote_closed` event that froze it, and its clock.
    pub event: EventId,
    pub lamport: u64,
    /// What the closing device held, when the close says (see [`crate::cut`]): the result is
    /// counted from inside it, and any event naming the vote outside it arrived after the close.
    pub cut: Option<Cut>,
}

impl ClosedVote {
    /// Whether `event` (naming this vote) came after the close: outside its cut, whatever its
    /// clock says of its place. A close written before cuts says nothing here; the total order
    /// decides alone.
    pub fn arrived_after(&self, event: &crate::log::event::Event) -> bool {
        event.id != self.event
            && self
                .cut
                .as_ref()
                .is_some_and(|cut| !cut.holds(&event.id, event.lamport, self.lamport))
    }
}

/// A voter's second ballot from another device: the first in the total order counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotConflict {
    pub vote: VoteId,
    pub voter: Voter,
    /// The flat's label (`3-2-501`) or the member's name, as the register had it when the second
    /// ballot was folded.
    pub named: String,
    pub counted: EventId,
    pub counted_wall_ms: i64,
    pub ignored: EventId,
    pub ignored_wall_ms: i64,
}

impl BallotConflict {
    /// `household 3-2-501`, or the member's name.
    pub fn voter_text(&self) -> String {
        match self.voter {
            Voter::Household(_) => format!("household {}", self.named),
            Voter::Member(_) => self.named.clone(),
        }
    }
}

impl std::fmt::Display for BallotConflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::time::format_cst;
        write!(
            f,
            "{} voted on two devices: the ballot from device {} at {} counts; the one from device {} at {} does not",
            self.voter_text(),
            self.counted.device.short(),
            format_cst(self.counted_wall_ms),
            self.ignored.device.short(),
            format_cst(self.ignored_wall_ms)
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub kind: MeetingKind,
    pub organisation: Option<EventId>,
    pub title: String,
    pub at_ms: i64,
    pub agenda: Vec<String>,
    pub links: Vec<EventId>,
    pub place: String,
    pub series: Option<EventId>,
    pub attendance: BTreeMap<EventId, bool>,
    pub minutes: Option<String>,
}

/// A meeting held every month by a rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingSeries {
    pub kind: MeetingKind,
    pub organisation: Option<EventId>,
    pub title: String,
    pub rule: Recurrence,
    pub start_minute: u16,
    pub duration_minutes: u16,
    pub place: String,
    pub set_ms: i64,
    pub ended_ms: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub title: String,
    pub organisation: Option<EventId>,
    pub at_ms: i64,
    pub participants: u32,
    pub note: String,
    pub fund: Option<EventId>,
}

/// A self-raised fund (自筹资金): per household what was promised and what was paid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fund {
    pub title: String,
    pub scope: Scope,
    pub target: Fen,
    pub proposal: Option<ProposalId>,
    pub opened_ms: i64,
    pub pledges: BTreeMap<HouseholdId, Fen>,
    pub receipts: BTreeMap<HouseholdId, Fen>,
    /// Totals of the maps above and of `expenses`, kept as they grow (see `Proposal`).
    pub pledged: Fen,
    pub received: Fen,
    pub spent: Fen,
    pub expenses: Vec<Expense>,
    pub settled: Option<Settlement>,
}

/// How a fund was closed: its surplus refunded or reassigned, and how much that was.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settlement {
    pub at_ms: i64,
    pub surplus: Surplus,
    /// The balance at settlement, which left the fund then.
    pub amount: Fen,
}

impl Fund {
    /// Money in hand: received minus spent, minus the surplus handed on at settlement (a
    /// settled fund holds nothing).
    pub fn balance(&self) -> Fen {
        let handed_on = self.settled.as_ref().map_or(0, |s| s.amount.0);
        Fen(self.received.0 - self.spent.0 - handed_on)
    }

    /// What is (or was, once settled) left to refund or reassign.
    pub fn surplus(&self) -> Fen {
        self.settled
            .as_ref()
            .map_or_else(|| self.balance(), |s| s.amount)
    }
}

/// What one pass of the fold learnt from the revocations it applied: every event the
/// revocations' cuts put after them, and whether one of those was applied in this pass (then
/// the pass must be run again with them set aside). Compares equal whatever it holds, like the
/// label index: a state is its events' fold, not how the pass went.
#[derive(Clone, Debug, Default)]
pub(crate) struct FoldScratch {
    pub(crate) needed: BTreeMap<EventId, u64>,
    pub(crate) missed: bool,
}

impl PartialEq for FoldScratch {
    fn eq(&self, _: &FoldScratch) -> bool {
        true
    }
}

impl Eq for FoldScratch {}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RejectedEvent {
    pub event: EventId,
    pub reason: Refusal,
}

impl State {
    /// `payload` as this record writes it now: a close carries what the record holds (its
    /// [`Cut`]), a revocation the last event of the revoked device it holds. Whatever a caller
    /// put there is replaced: a device can only say what it held.
    pub(crate) fn stamp(
        &self,
        payload: crate::log::payload::Payload,
    ) -> crate::log::payload::Payload {
        use crate::log::payload::Payload;
        match payload {
            Payload::VoteClosed { vote, .. } => Payload::VoteClosed {
                vote,
                cut: Some(Cut(self.seen.clone())),
            },
            Payload::DeviceRevoked { device, .. } => Payload::DeviceRevoked {
                device,
                last_seq: Some(self.held_of(&device)),
            },
            other => other,
        }
    }

    /// How many of `device`'s events this state was folded from (0 for a device never seen).
    pub fn held_of(&self, device: &DeviceId) -> u64 {
        self.seen.get(device).copied().unwrap_or(0)
    }

    pub fn trust(&self, device: &DeviceId) -> Trust {
        match self.devices.get(device) {
            Some(d) if d.revoked => Trust::Revoked {
                label: d.label.clone(),
            },
            Some(d) => Trust::Trusted {
                label: d.label.clone(),
                role: d.role,
                household: d.household,
            },
            None => Trust::Unknown,
        }
    }

    /// `signed by 北苑 kiosk 1 (trusted)`, `signed by an unknown device 8139770e`: how a
    /// verified head is presented to residents.
    pub fn signed_by(&self, device: &DeviceId) -> String {
        match self.trust(device) {
            Trust::Trusted { label, .. } => format!("signed by {label} (trusted)"),
            Trust::Revoked { label } => format!("signed by {label} (revoked: no longer trusted)"),
            Trust::Unknown => format!("signed by an unknown device {}", device.short()),
        }
    }

    /// The community council (社区议事会), which votes on every project: the first one founded.
    pub fn community_council(&self) -> Option<EventId> {
        self.organisations
            .iter()
            .find(|(_, o)| o.kind == OrgKind::CommunityCouncil)
            .map(|(id, _)| *id)
    }

    /// Every ballot conflict of every vote, in vote-id order.
    pub fn conflicts(&self) -> impl Iterator<Item = &BallotConflict> {
        self.votes.values().flat_map(|v| v.conflicts.iter())
    }

    /// How many flats each owner party holds: the register shows "2 flats" next to an owner
    /// who holds more than one.
    pub fn holdings(&self) -> BTreeMap<PartyId, usize> {
        let mut held = BTreeMap::new();
        for h in self.households.values() {
            *held.entry(h.party).or_insert(0) += 1;
        }
        held
    }

    /// Every flat held by the owner party of `household`, in register order, itself included:
    /// one owner may hold several flats and still casts one vote.
    pub fn flats_of_same_owner(&self, household: &HouseholdId) -> Vec<(HouseholdId, &Household)> {
        let Some(party) = self.households.get(household).map(|h| h.party) else {
            return Vec::new();
        };
        self.households
            .iter()
            .filter(|(_, h)| h.party == party)
            .map(|(id, h)| (*id, h))
            .collect()
    }

    pub fn in_scope(&self, household: &Household, scope: &Scope) -> bool {
        match scope {
            Scope::Community => true,
            Scope::Compound(id) => household.compound == *id,
            Scope::Building(id) => household.building == *id,
            Scope::Unit(id) => household.unit == *id,
        }
    }

    pub fn scope_exists(&self, scope: &Scope) -> bool {
        match scope {
            Scope::Community => true,
            Scope::Compound(id) => self.compounds.contains_key(id),
            Scope::Building(id) => self.buildings.contains_key(id),
            Scope::Unit(id) => self.units.contains_key(id),
        }
    }
}
