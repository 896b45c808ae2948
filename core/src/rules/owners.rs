//! Owners' decisions: Civil Code art. 278 thresholds and the 2009 guidance counting rules
//! (art. 23-24): who counts as one owner and with how much floor area.

use std::collections::BTreeMap;

use crate::model::{Choice, Scope};
use crate::numbers::CentiM2;
use crate::numbers::Ratio;
use crate::rules::refusal::Refusal;
use crate::rules::state::{State, Vote, VoterKey};
use crate::time::days_after;

pub use crate::parties::{OwnerParty, Parties, PartyId};
pub use crate::rules::outcome::{Meter, MeterKind, OwnersResult, Threshold, PARTICIPATION};

/// Approval among participants: 3/4 for matters 6-8 (raising the maintenance fund, rebuilding,
/// changing the use of common parts), more than half otherwise.
pub fn approval_threshold(matter: u8) -> Threshold {
    if (6..=8).contains(&matter) {
        Threshold {
            ratio: Ratio::THREE_QUARTERS,
            strict: false,
        }
    } else {
        Threshold {
            ratio: Ratio::HALF,
            strict: true,
        }
    }
}

/// How long an owners' vote stays open, in whole days: at least one so owners can take part,
/// at most ninety so a decision is not left hanging for a season.
pub const VOTE_DAYS: std::ops::RangeInclusive<i64> = 1..=90;

/// When an owners' vote opened at `opens_ms` for `days` closes, or why it cannot run that long.
/// `days` is `None` when what a person typed is no whole number, which the refusal covers too.
pub fn vote_closes(opens_ms: i64, days: Option<i64>) -> Result<i64, Refusal> {
    days.and_then(|days| days_after(opens_ms, days, &VOTE_DAYS))
        .ok_or(Refusal::VoteLengthOutOfRange {
            min_days: *VOTE_DAYS.start(),
            max_days: *VOTE_DAYS.end(),
        })
}

/// The electorate of a scope: each owner party with the summed counted area of its units there.
pub fn electorate(state: &State, scope: &Scope) -> BTreeMap<OwnerParty, CentiM2> {
    let areas = areas_in_scope(state, scope);
    state
        .parties
        .iter()
        .filter_map(|(party, id)| Some((party.clone(), areas[id.index()]?)))
        .collect()
}

/// [`electorate`] by party number: entry `i` is the area party `i` holds in `scope`, `None`
/// when it holds no flat there (a party whose flats have no counted area still counts, with 0).
fn areas_in_scope(state: &State, scope: &Scope) -> Vec<Option<CentiM2>> {
    let mut areas = vec![None; state.parties.len()];
    for household in state.households.values() {
        if !state.in_scope(household, scope) {
            continue;
        }
        let area = household.area.counted().map_or(0, |(a, _)| a.0);
        areas[household.party.index()].get_or_insert(CentiM2(0)).0 += area;
    }
    areas
}

/// Live tally of an owners' vote from its counted ballots.
pub fn tally(state: &State, vote: &Vote, matter: u8, scope: &Scope) -> OwnersResult {
    let parties = areas_in_scope(state, scope);
    let mut r = OwnersResult {
        matter,
        owners: parties.iter().flatten().count() as u64,
        area: CentiM2(parties.iter().flatten().map(|a| a.0).sum()),
        participating_owners: 0,
        participating_area: CentiM2(0),
        yes_owners: 0,
        yes_area: CentiM2(0),
        no_owners: 0,
        abstain_owners: 0,
        no_area: CentiM2(0),
        abstain_area: CentiM2(0),
        approval: approval_threshold(matter),
    };
    for ballot in &vote.ballots {
        let VoterKey::Party(party) = &ballot.key else {
            continue;
        };
        // A party that sold all its units in scope since voting no longer counts.
        let Some(area) = parties[party.index()] else {
            continue;
        };
        r.participating_owners += 1;
        r.participating_area.0 += area.0;
        match ballot.choice {
            Choice::Yes => {
                r.yes_owners += 1;
                r.yes_area.0 += area.0;
            }
            Choice::No => {
                r.no_owners += 1;
                r.no_area.0 += area.0;
            }
            Choice::Abstain => {
                r.abstain_owners += 1;
                r.abstain_area.0 += area.0;
            }
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{OwnerIdentity, Ownership};

    #[test]
    fn a_vote_runs_from_one_to_ninety_days() {
        let day = 24 * 60 * 60 * 1000;
        assert_eq!(vote_closes(1_000, Some(1)), Ok(1_000 + day));
        assert_eq!(vote_closes(1_000, Some(90)), Ok(1_000 + 90 * day));
        for days in [Some(0), Some(91), Some(-1), None] {
            assert_eq!(
                vote_closes(1_000, days),
                Err(Refusal::VoteLengthOutOfRange {
                    min_days: 1,
                    max_days: 90
                })
            );
        }
    }

    #[test]
    fn needed_is_the_smallest_part_that_meets_each_threshold() {
        for whole in 1..200_u64 {
            for t in [PARTICIPATION, approval_threshold(6), approval_threshold(1)] {
                let n = t.needed(whole);
                assert!(t.met(n, whole), "{n} of {whole} must meet {t:?}");
                assert!(
                    n == 0 || !t.met(n - 1, whole),
                    "{} of {whole} must not",
                    n - 1
                );
            }
        }
        for t in [PARTICIPATION, approval_threshold(6), approval_threshold(1)] {
            assert!(!t.met(0, 0) && !t.met(1, 0), "{t:?} over nothing");
        }
        assert_eq!(PARTICIPATION.needed(37), 25);
        assert_eq!(approval_threshold(1).needed(36), 19);
        assert_eq!(approval_threshold(7).needed(10), 8);
    }

    fn result(
        matter: u8,
        owners: u64,
        area: u64,
        p_owners: u64,
        p_area: u64,
        yes: u64,
        yes_area: u64,
    ) -> OwnersResult {
        OwnersResult {
            matter,
            owners,
            area: CentiM2(area),
            participating_owners: p_owners,
            participating_area: CentiM2(p_area),
            yes_owners: yes,
            yes_area: CentiM2(yes_area),
            no_owners: p_owners - yes,
            abstain_owners: 0,
            no_area: CentiM2(p_area - yes_area),
            abstain_area: CentiM2(0),
            approval: approval_threshold(matter),
        }
    }

    #[test]
    fn participation_needs_two_thirds_of_owners_and_of_area() {
        // 2 of 3 is exactly 2/3: met. 199 of 300 is just under.
        assert!(result(1, 3, 300, 2, 200, 2, 200).participation_met());
        assert!(!result(1, 300, 300, 199, 200, 199, 200).participation_met());
        assert!(!result(1, 300, 300, 200, 199, 200, 199).participation_met());
        assert!(result(1, 300, 300, 200, 200, 200, 200).participation_met());
    }

    #[test]
    fn with_no_ballot_cast_no_meter_is_met_and_approval_needs_no_figure() {
        for matter in [1, 6] {
            let meters = result(matter, 36, 360_000, 0, 0, 0, 0).meters();
            assert!(meters.iter().all(|m| !m.met), "matter {matter}: {meters:?}");
            assert_eq!(meters[0].needed, Some(24));
            assert_eq!(meters[0].whole, 36);
            assert_eq!(
                (meters[2].part, meters[2].whole, meters[2].needed),
                (0, 0, None)
            );
            assert_eq!(meters[3].needed, None);
            assert!(!result(matter, 36, 360_000, 0, 0, 0, 0).passed());
        }
        // One ballot for: the approval meters are met; participation is not.
        let one = result(6, 36, 360_000, 1, 10_000, 1, 10_000).meters();
        assert_eq!(one.map(|m| m.met), [false, false, true, true]);
        assert_eq!(one[2].needed, Some(1));
    }

    #[test]
    fn ordinary_matters_need_strictly_more_than_half() {
        for matter in [1, 2, 3, 4, 5, 9] {
            assert!(
                !result(matter, 100, 1000, 100, 1000, 50, 600).passed(),
                "matter {matter}"
            );
            assert!(
                !result(matter, 100, 1000, 100, 1000, 51, 500).passed(),
                "matter {matter}"
            );
            assert!(
                result(matter, 100, 1000, 100, 1000, 51, 501).passed(),
                "matter {matter}"
            );
        }
    }

    #[test]
    fn matters_six_to_eight_need_three_quarters() {
        for matter in [6, 7, 8] {
            assert!(
                result(matter, 100, 1000, 100, 1000, 75, 750).passed(),
                "matter {matter}"
            );
            assert!(
                !result(matter, 100, 1000, 100, 1000, 74, 900).passed(),
                "matter {matter}"
            );
            assert!(
                !result(matter, 100, 1000, 100, 1000, 90, 749).passed(),
                "matter {matter}"
            );
        }
        assert!(result(5, 100, 1000, 100, 1000, 74, 740).passed());
    }

    #[test]
    fn approval_is_counted_among_participants_not_all_owners() {
        // 700 owners take part; 351 approve: more than half of participants though far from
        // half of all 1,000 owners.
        assert!(result(4, 1000, 1000, 700, 700, 351, 351).passed());
        assert!(!result(4, 1000, 1000, 700, 700, 350, 350).passed());
    }

    #[test]
    fn lines_explain_every_figure() {
        let r = result(1, 1152, 10_000_000, 905, 8_000_000, 600, 5_000_000);
        let lines = r.lines();
        assert_eq!(
            lines[0],
            "participation 905 of 1,152 owners (78.6%) >= 2/3: met"
        );
        assert_eq!(
            lines[1],
            "participation 80,000.00 m² of 100,000.00 m² of area (80.0%) >= 2/3: met"
        );
        assert_eq!(
            lines[2],
            "approval 600 of 905 participating owners (66.3%) > 1/2: met"
        );
        assert_eq!(lines[4], "matter 1 of Civil Code art. 278: passed");
    }

    #[test]
    fn party_ignores_register_order_of_co_owners() {
        let a = OwnerIdentity {
            name: "张伟".into(),
            masked_id: "5101**********1234".into(),
        };
        let b = OwnerIdentity {
            name: "李娜".into(),
            masked_id: "5101**********5678".into(),
        };
        let ab = Ownership::Owners {
            owners: vec![a.clone(), b.clone()],
        };
        let ba = Ownership::Owners { owners: vec![b, a] };
        assert_eq!(OwnerParty::of(&ab), OwnerParty::of(&ba));
        let dev1 = Ownership::DeveloperHeld {
            developer: "X 开发商".into(),
        };
        let dev2 = Ownership::DeveloperHeld {
            developer: "Y 开发商".into(),
        };
        // Each developer's flats together are one owner; two developers are two.
        assert_ne!(OwnerParty::of(&dev1), OwnerParty::of(&dev2));
        let dev1_again = Ownership::DeveloperHeld {
            developer: " X 开发商 ".into(),
        };
        assert_eq!(OwnerParty::of(&dev1), OwnerParty::of(&dev1_again));
    }
}
