//! Finding the household a person typed (`1-1-101`, `1栋1单元101室`, or its household code).
//!
//! Flat numbers are per compound: two compounds of one community often both have 1-1-101. So a
//! flat is always looked up *somewhere* — the compounds a vote's, proposal's or fund's scope
//! covers, or the compound a page is about — and the answer says when the typed flat is still
//! ambiguous (the person chooses the compound) or exists only outside that place (the page says
//! where it is). A household code is unique across the community and finds its flat anywhere.
//! There is deliberately no "first match anywhere": that is how a kiosk in one compound once
//! could record a ballot for another compound's flat.

use std::collections::BTreeSet;

use crate::ids::{EventId, HouseholdId, VoteId};
use crate::model::{household_code, normalise_household_code, Scope, VoteKind};
use crate::rules::state::{Household, State};

/// One household a typed flat may name, with its compound so a person can tell them apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub household: HouseholdId,
    pub label: String,
    pub compound: EventId,
    pub compound_name: String,
}

/// What a typed flat or code names within a place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FlatLookup {
    Found(Candidate),
    /// Several compounds of the place have this flat number: the person must choose. In
    /// register order; never empty.
    Ambiguous(Vec<Candidate>),
    /// The flat (or code) exists, but only outside the place: these are where it is.
    Elsewhere(Vec<Candidate>),
    /// No such flat anywhere, a malformed code, or a code two households share (never guessed).
    NotFound,
}

impl FlatLookup {
    /// The household, when it was found without doubt.
    pub fn found(&self) -> Option<HouseholdId> {
        match self {
            FlatLookup::Found(c) => Some(c.household),
            _ => None,
        }
    }
}

impl State {
    /// The household `typed` names within `within`: a flat as residents write it, or a
    /// household code, looked for in `within` (a vote's scope, a page's compound, or the whole
    /// community). A flat or code that exists only outside it — in another compound, or in
    /// another building of a building's vote — is [`FlatLookup::Elsewhere`].
    pub fn find_household(&self, typed: &str, within: &Scope) -> FlatLookup {
        let typed = typed.trim();
        let matches: Vec<Candidate> = self
            .households_labelled(typed)
            .into_iter()
            .map(|(id, h)| self.candidate(id, h))
            .collect();
        if !matches.is_empty() {
            let (mut here, elsewhere): (Vec<_>, Vec<_>) = matches
                .into_iter()
                .partition(|c| self.in_scope(&self.households[&c.household], within));
            return match here.len() {
                0 => FlatLookup::Elsewhere(elsewhere),
                1 => FlatLookup::Found(here.remove(0)),
                _ => FlatLookup::Ambiguous(here),
            };
        }
        match self.household_by_code(typed) {
            Some((id, h)) if self.in_scope(h, within) => FlatLookup::Found(self.candidate(id, h)),
            Some((id, h)) => FlatLookup::Elsewhere(vec![self.candidate(id, h)]),
            None => FlatLookup::NotFound,
        }
    }

    /// Where a flat typed for an owners' vote is looked up: the vote's scope. `None` for a vote
    /// that households do not cast (a council's) or an unknown vote.
    pub fn vote_scope(&self, vote: &VoteId) -> Option<&Scope> {
        match &self.votes.get(vote)?.kind {
            VoteKind::Owners { scope, .. } => Some(scope),
            VoteKind::Council { .. } => None,
        }
    }

    /// The compound a scope lies in, as a scope (the whole community for the community): where
    /// a page about a building still finds its compound's residents, such as a request's author.
    pub fn covering_compound(&self, scope: &Scope) -> Scope {
        let compound = match scope {
            Scope::Community => None,
            Scope::Compound(c) => Some(*c),
            Scope::Building(b) => self.buildings.get(b).map(|b| b.compound),
            Scope::Unit(u) => self
                .units
                .get(u)
                .and_then(|u| self.buildings.get(&u.building))
                .map(|b| b.compound),
        };
        // An unknown building or unit covers nothing; its own id keeps every flat outside it.
        compound.map_or_else(|| scope.clone(), Scope::Compound)
    }

    fn candidate(&self, household: HouseholdId, h: &Household) -> Candidate {
        Candidate {
            household,
            label: h.label.clone(),
            compound: h.compound,
            compound_name: self
                .compounds
                .get(&h.compound)
                .map(|c| c.name.clone())
                .unwrap_or_default(),
        }
    }

    /// Every household whose flat is `typed`, in any compound, however it was written
    /// (`１－１－２０１`, `1栋1单元201室`; see [`crate::flat::normalise_label`]).
    fn households_labelled(&self, typed: &str) -> Vec<(HouseholdId, &Household)> {
        if typed.is_empty() {
            return Vec::new();
        }
        let wanted = crate::flat::normalise_label(typed);
        let index = self.labels.of(&self.households);
        let ids: BTreeSet<HouseholdId> = [
            index.verbatim.get(typed),
            index.verbatim.get(&wanted),
            // A label registered before the register kept bare numbers (`1栋-1-201`).
            index.normalised.get(&wanted),
        ]
        .into_iter()
        .flatten()
        .flatten()
        .copied()
        .collect();
        ids.into_iter()
            .map(|id| (id, &self.households[&id]))
            .collect()
    }

    /// The household a typed code names (see [`crate::model::household_code`]). `None` when
    /// the code is malformed, unknown, or (very rarely) shared by two households: a kiosk must
    /// never guess which flat is voting.
    fn household_by_code(&self, typed: &str) -> Option<(HouseholdId, &Household)> {
        let code = normalise_household_code(&crate::flat::fold_width(typed))?;
        let mut found = self
            .households
            .iter()
            .filter(|(id, _)| household_code(id) == code);
        let first = found.next()?;
        match found.next() {
            Some(_) => None,
            None => Some((*first.0, first.1)),
        }
    }
}
