//! The fold step: how each event changes the state, and why it may not.
//!
//! Validation and mutation live in one match arm per event kind so they can never drift apart:
//! every arm first checks everything, then returns early when only checking, then mutates.
//! Commands (checking before appending) and the fold (re-checking in total order) run the same
//! code. The arms are grouped by subject in the files below.

use std::collections::BTreeMap;

use crate::ids::{DeviceId, EventId, HouseholdId};
use crate::log::event::Event;
use crate::log::payload::Payload;
use crate::model::{EntryRound, OrgKind, Ownership, Recurrence, Stage, Surplus, VoteKind, Voter};
use crate::numbers::Fen;
use crate::rules::authority::{Denied, Standing};
use crate::rules::lifecycle::{
    check_at, check_council_vote, check_notice_period, check_open, check_response, check_roadshow,
    check_step,
};
use crate::rules::owners::OwnerParty;
use crate::rules::refusal::{EntityKind, Field, Refusal, StageAction, VoterKind};
use crate::rules::state::*;
use crate::rules::tally::live_result;

mod ballots;
mod closing;
mod funds;
mod meetings;
mod projects;
mod registry;
mod voting;
mod works;

pub(crate) use closing::Viewed;
use funds::FundEvent;
use meetings::MeetingEvent;
use projects::ProjectEvent;
use registry::RegistryEvent;
use voting::VoteEvent;
use works::WorksEvent;

/// The entity `id` names in `map`, or the refusal naming the unknown id (any entity's id is the
/// id of the event that created it).
fn get<'a, K: Copy + Ord + Into<EventId>, T>(
    map: &'a BTreeMap<K, T>,
    id: &K,
    kind: EntityKind,
) -> Result<&'a T, Refusal> {
    map.get(id).ok_or(Refusal::Unknown {
        kind,
        id: (*id).into(),
    })
}

fn need_opt<K: Copy + Ord + Into<EventId>, T>(
    map: &BTreeMap<K, T>,
    id: &Option<K>,
    kind: EntityKind,
) -> Result<(), Refusal> {
    match id {
        Some(id) => get(map, id, kind).map(|_| ()),
        None => Ok(()),
    }
}

fn non_empty(text: &str, field: Field) -> Result<(), Refusal> {
    if text.trim().is_empty() {
        Err(Refusal::EmptyText { field })
    } else {
        Ok(())
    }
}

/// A payment's stated day cannot come after the event that records it, as its own device tells
/// the time: an expense is entered once it is paid. (A day before is any day: receipts come in
/// late.)
fn paid_by(paid_on_ms: Option<i64>, recorded_ms: i64) -> Result<(), Refusal> {
    match paid_on_ms {
        Some(on_ms) if on_ms > recorded_ms => Err(Refusal::PaidInFuture { on_ms }),
        _ => Ok(()),
    }
}

/// An amount must be more than zero and at most [`Fen::LIMIT`].
fn positive(amount: Fen) -> Result<(), Refusal> {
    if amount.0 <= 0 {
        return Err(Refusal::AmountNotPositive { amount });
    }
    add_within_limit(Fen(0), amount).map(|_| ())
}

/// `total + amount`, refused past [`Fen::LIMIT`]. Every running total of a proposal goes
/// through here, so no ledger sum can overflow whatever amounts a merged file carries.
fn add_within_limit(total: Fen, amount: Fen) -> Result<Fen, Refusal> {
    let sum = Fen(total.0.saturating_add(amount.0));
    if sum > Fen::LIMIT {
        Err(Refusal::AmountTooLarge {
            total: sum,
            max: Fen::LIMIT,
        })
    } else {
        Ok(sum)
    }
}

/// The dispatch of `apply`: for each file's function and enum, every kind it folds with its
/// fields, written once. It expands to one match arm per kind, `Payload::Kind { fields }` handed
/// over as `Enum::Kind { fields }`, with no catch-all: a new kind does not compile until routed.
macro_rules! route {
    ($state:ident, $event:ident, $commit:ident, $unconfirmed:ident; $(
        $apply:ident: $group:ident [
            $( $kind:ident { $($field:ident),* } )*
        ]
    )*) => {
        match &$event.payload {
            $($(
                Payload::$kind { $($field),* } => {
                    $state.$apply($event, $group::$kind { $($field),* }, $commit, $unconfirmed)
                }
            )*)*
        }
    };
}

impl State {
    /// Checks `event` against the state and, when `commit`, applies it. Nothing is changed when
    /// an error is returned. A duplicate ballot is refused here; the fold handles it first.
    pub(crate) fn transition(&mut self, event: &Event, commit: bool) -> Result<(), Refusal> {
        let p = &event.payload;
        if self.community.is_none() && !matches!(p, Payload::CommunityFounded { .. }) {
            return Err(Refusal::NoCommunity);
        }
        let standing = self.authorise(event)?;
        self.apply(event, standing, commit)?;
        if commit {
            self.note_seen(event);
        }
        Ok(())
    }

    /// The right to write `event` at this point of the fold (see [`crate::rules::authority`]). An
    /// event of a device revoked with a cut, beyond it, was written after the revocation.
    fn authorise(&self, event: &Event) -> Result<Standing, Refusal> {
        let device = event.id.device;
        self.may_write(&device, &event.payload).map_err(|denied| {
            let cut = self.devices.get(&device).and_then(|d| d.revoked_after);
            match cut.filter(|last| denied == Denied::Revoked && event.id.seq > *last) {
                Some(last_seq) => Refusal::AfterRevocation { device, last_seq },
                None => Refusal::NotAllowed {
                    device,
                    kind: event.payload.kind(),
                    denied,
                },
            }
        })
    }

    /// A device that has written a cut writes one with every close and revocation: without it,
    /// the event would be judged by the clock its device chose. Checked before the event itself.
    fn check_cut(&mut self, event: &Event, commit: bool) -> Result<(), Refusal> {
        let device = event.id.device;
        match &event.payload {
            p @ (Payload::VoteClosed { .. } | Payload::DeviceRevoked { .. }) => {
                if !p.carries_no_cut() {
                    if commit {
                        self.cut_writers.insert(device);
                    }
                } else if self.cut_writers.contains(&device) {
                    return Err(Refusal::CutMissing { kind: p.kind() });
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// The fold has passed `event`: this record holds its device's chain up to it.
    pub(crate) fn note_seen(&mut self, event: &Event) {
        let seen = self.seen.entry(event.id.device).or_insert(0);
        *seen = (*seen).max(event.id.seq);
    }

    /// A revocation that counts: the events of `device` the fold has passed since its last
    /// revocation and that lie beyond `last_seq` were written after this one, though their
    /// clocks put them before it. They belong in `late`; when one of them is not there, this
    /// pass applied it and must be run again (see `crate::record`).
    pub(super) fn note_revocation(&mut self, device: DeviceId, last_seq: Option<u64>) {
        let seen = self.held_of(&device);
        let judged = self.revoked_seen.insert(device, seen).unwrap_or(0);
        let Some(last_seq) = last_seq else {
            return;
        };
        for seq in last_seq.max(judged).saturating_add(1)..=seen {
            let id = EventId { device, seq };
            self.scratch.needed.insert(id, last_seq);
            if self.late.get(&id) != Some(&last_seq) {
                self.scratch.missed = true;
            }
        }
    }

    /// An event naming a vote that was closed with a cut not holding it: it arrived after the
    /// close, whatever its clock or time says.
    pub(crate) fn after_close(&self, event: &Event) -> Option<Refusal> {
        let vote = self.votes.get(&event.vote()?)?;
        let closed = vote.closed.as_ref()?;
        closed
            .arrived_after(event)
            .then(|| Refusal::ArrivedAfterClose {
                vote_title: vote.title.clone(),
                closed_at_ms: closed.at_ms,
            })
    }

    /// Checks `event` and, when `commit`, applies it; `standing` says whether it counts or (a
    /// household's ballot or response from a device not enrolled for it) waits for a clerk.
    /// One arm per kind, each handing the kind's fields to the file that folds it.
    fn apply(&mut self, event: &Event, standing: Standing, commit: bool) -> Result<(), Refusal> {
        self.check_cut(event, commit)?;
        let unconfirmed = standing == Standing::Unconfirmed;
        route! {
            self, event, commit, unconfirmed;
            apply_registry: RegistryEvent [
                CommunityFounded { name, device_label }
                DeviceTrusted { device, label, admin, role, household }
                DeviceRevoked { device, last_seq }
                CompoundAdded { name }
                BuildingAdded { compound, name }
                UnitAdded { building, name }
                HouseholdAdded { unit, room, area, ownership, residents }
                HouseholdChanged { household, area, ownership, residents }
                PersonAdded { name, masked_id, household }
                OrganisationAdded { kind, name, scope }
                MemberAppointed { organisation, person, role, term_start_ms, term_end_ms }
                MemberLeft { organisation, person }
            ]
            apply_vote: VoteEvent [
                VoteOpened { title, kind, proposal, closes_ms }
                BallotCast { vote, voter, choice }
                PaperBallotEntered { vote, household, choice, round, clerk }
                HandsCounted { vote, yes, no, abstain }
                VoteClosed { vote, cut }
                BallotConfirmed { vote, ballot }
                BallotDismissed { vote, ballot, reason }
                BallotCorrected { vote, ballot, choice, reason }
            ]
            apply_meeting: MeetingEvent [
                MeetingScheduled { kind, organisation, title, at_ms, agenda, links, place, series }
                MeetingSeriesSet { kind, organisation, title, rule, start_minute, duration_minutes, place }
                MeetingSeriesEnded { series }
                AttendanceRecorded { meeting, person, present }
                MinutesRecorded { meeting, text }
                ActivityHeld { title, organisation, at_ms, participants, note, fund }
            ]
            apply_fund: FundEvent [
                FundOpened { title, scope, target, proposal }
                FundPledged { fund, household, amount }
                FundReceived { fund, household, amount }
                FundSpent { fund, description, amount, payee, paid_on_ms }
                FundSettled { fund, surplus }
            ]
            apply_project: ProjectEvent [
                RequestRaised { title, detail, scope, raised_by, category, place, name, household }
                RequestClosed { request, reply }
                ProposalDrafted { request, title, scope, budget, funding }
                ProposalRevised { proposal, budget, funding, title }
                NoticePosted { proposal, opens_ms, closes_ms, gap_reason }
                NoticeResponse { proposal, stance, household, text, name }
                ResponseConfirmed { proposal, response }
                RoadshowHeld { proposal, presenter, group, summary }
                ProposalClosed { proposal, note }
            ]
            apply_works: WorksEvent [
                ContractorSelectionStarted { proposal }
                BidSubmitted { proposal, contractor, amount, note, duration_days, warranty_months, interest }
                ContractorChosen { proposal, bid, reason, meeting }
                WorkAccepted { proposal, report }
                PledgeMade { proposal, household, amount }
                ReceiptRecorded { proposal, household, amount }
                ExpenseRecorded { proposal, budget_line, description, amount, payee, paid_on_ms }
            ]
        }
    }

    /// Applies an event of the record in fold order. A second ballot of a voter from another
    /// device becomes a conflict; anything else that does not fit is set aside as rejected.
    pub(crate) fn fold_event(&mut self, event: &Event) {
        let outcome = if let Some(&last_seq) = self.late.get(&event.id) {
            Err(Refusal::AfterRevocation {
                device: event.id.device,
                last_seq,
            })
        } else if let Some(late) = self.after_close(event) {
            Err(late)
        } else {
            self.judge(event)
        };
        if let Err(reason) = outcome {
            self.rejected.push(RejectedEvent {
                event: event.id,
                reason,
            });
        }
        self.note_seen(event);
    }

    fn judge(&mut self, event: &Event) -> Result<(), Refusal> {
        match &event.payload {
            // Ballots are most of any record: checked once, not again in `transition`.
            Payload::BallotCast {
                vote,
                voter,
                choice,
            } => self.authorise(event).and_then(|standing| match standing {
                Standing::Unconfirmed => {
                    self.keep_unconfirmed_ballot(event, vote, voter, choice, true)
                }
                Standing::Counts | Standing::Unverified => {
                    self.fold_ballot(event, vote, voter, choice)
                }
            }),
            _ => self.transition(event, true),
        }
    }

    fn require_scope(&self, scope: &crate::model::Scope) -> Result<(), Refusal> {
        use crate::model::Scope;
        let (kind, id) = match scope {
            Scope::Community => return Ok(()),
            Scope::Compound(id) => (EntityKind::Compound, id),
            Scope::Building(id) => (EntityKind::Building, id),
            Scope::Unit(id) => (EntityKind::Unit, id),
        };
        if self.scope_exists(scope) {
            Ok(())
        } else {
            Err(Refusal::Unknown { kind, id: *id })
        }
    }

    /// The household, if it lies in `scope`: a ballot, response or pledge names a flat of the
    /// place its vote, proposal or fund is for, whichever page or device wrote it.
    fn require_in_scope(
        &self,
        household: &HouseholdId,
        scope: &crate::model::Scope,
        of: EntityKind,
        title: &str,
    ) -> Result<&Household, Refusal> {
        let h = get(&self.households, household, EntityKind::Household)?;
        if self.in_scope(h, scope) {
            return Ok(h);
        }
        Err(Refusal::OutOfScope {
            household_label: h.label.clone(),
            compound: self
                .compounds
                .get(&h.compound)
                .map(|c| c.name.clone())
                .unwrap_or_default(),
            of,
            title: title.to_string(),
        })
    }
}
