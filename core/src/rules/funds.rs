//! Self-raised funds (自筹资金) as residents read them: each household's pledge and payment,
//! progress toward the target, and the refund of a surplus to the fen.

use crate::ids::HouseholdId;
use crate::model::Scope;
use crate::numbers::{AmountError, Fen};
use crate::rules::lookup::{Candidate, FlatLookup};
use crate::rules::state::{Fund, State};

/// One household's line on the publishable list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contribution {
    pub household: HouseholdId,
    pub label: String,
    pub pledged: Fen,
    pub received: Fen,
    /// Its share of the surplus if the fund is refunded now (see [`refund_plan`]).
    pub refund: Fen,
}

/// Every household that pledged or paid, by flat.
pub fn contributions(state: &State, fund: &Fund) -> Vec<Contribution> {
    let refunds = refund_plan(fund);
    let mut households: Vec<HouseholdId> = fund
        .pledges
        .keys()
        .chain(fund.receipts.keys())
        .copied()
        .collect();
    households.sort();
    households.dedup();
    let mut rows: Vec<Contribution> = households
        .into_iter()
        .map(|h| Contribution {
            household: h,
            label: state
                .households
                .get(&h)
                .map_or_else(String::new, |x| x.label.clone()),
            pledged: fund.pledges.get(&h).copied().unwrap_or_default(),
            received: fund.receipts.get(&h).copied().unwrap_or_default(),
            refund: refunds
                .iter()
                .find(|(x, _)| *x == h)
                .map_or(Fen(0), |(_, f)| *f),
        })
        .collect();
    rows.sort_by(|a, b| a.label.cmp(&b.label));
    rows
}

/// Households that have paid something.
pub fn contributors(fund: &Fund) -> usize {
    fund.receipts.values().filter(|f| f.0 > 0).count()
}

/// The balance shared out in proportion to what each household paid, to the fen: every
/// household gets the whole fen of its exact share, and the fen left over go one each to the
/// largest remainders (ties to the earlier-registered household). The shares add up to the
/// balance exactly.
pub fn refund_plan(fund: &Fund) -> Vec<(HouseholdId, Fen)> {
    let balance = i128::from(fund.surplus().0.max(0));
    let paid = i128::from(fund.received.0);
    if balance == 0 || paid == 0 {
        return Vec::new();
    }
    let mut shares: Vec<(HouseholdId, i128, i128)> = fund
        .receipts
        .iter()
        .map(|(h, f)| {
            let exact = balance * i128::from(f.0);
            (*h, exact / paid, exact % paid)
        })
        .collect();
    let handed: i128 = shares.iter().map(|s| s.1).sum();
    let mut order: Vec<usize> = (0..shares.len()).collect();
    order.sort_by(|&a, &b| shares[b].2.cmp(&shares[a].2).then(a.cmp(&b)));
    for &i in order.iter().take((balance - handed) as usize) {
        shares[i].1 += 1;
    }
    shares
        .into_iter()
        .filter(|s| s.1 > 0)
        .map(|(h, fen, _)| (h, Fen(fen as i64)))
        .collect()
}

/// A problem on one line of a pasted list of payments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryProblem {
    /// Not "flat amount".
    Shape,
    UnknownFlat(String),
    /// This flat number exists in several compounds of the fund's place: the compounds' names.
    /// A list cannot ask which one, so the line needs the household code.
    AmbiguousFlat(String, Vec<String>),
    /// The flat exists, but outside the fund's place: the compounds it is in.
    FlatElsewhere(String, Vec<String>),
    Amount(AmountError),
    Zero,
    /// The same flat twice in one list: probably a slip, so neither is taken.
    Repeated(String),
}

/// Every problem of a pasted list, by line number (from 1).
pub type LineProblems = Vec<(usize, EntryProblem)>;

/// Reads a treasurer's list, one household per line: a flat (`4-1-101` or its household code),
/// white space, an amount in yuan (`70`, `70.50`, `70元`). Blank lines are skipped. Every
/// problem is returned with its line number, and nothing is taken unless every line is good.
/// Flats are looked up within `within`, the fund's scope.
pub fn parse_payments(
    state: &State,
    within: &Scope,
    text: &str,
) -> Result<Vec<(HouseholdId, Fen)>, LineProblems> {
    let mut good = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let mut parts = line.split_whitespace();
        let (Some(flat), Some(amount), None) = (parts.next(), parts.next(), parts.next()) else {
            problems.push((n + 1, EntryProblem::Shape));
            continue;
        };
        let names = |found: Vec<Candidate>| found.into_iter().map(|c| c.compound_name).collect();
        let household = match state.find_household(flat, within) {
            FlatLookup::Found(c) => c.household,
            FlatLookup::NotFound => {
                problems.push((n + 1, EntryProblem::UnknownFlat(flat.to_string())));
                continue;
            }
            FlatLookup::Ambiguous(found) => {
                problems.push((
                    n + 1,
                    EntryProblem::AmbiguousFlat(flat.to_string(), names(found)),
                ));
                continue;
            }
            FlatLookup::Elsewhere(found) => {
                problems.push((
                    n + 1,
                    EntryProblem::FlatElsewhere(flat.to_string(), names(found)),
                ));
                continue;
            }
        };
        match Fen::parse_yuan(amount) {
            Ok(fen) if fen.0 > 0 => {
                if good.iter().any(|(h, _)| *h == household) {
                    problems.push((n + 1, EntryProblem::Repeated(flat.to_string())));
                } else {
                    good.push((household, fen));
                }
            }
            Ok(_) => problems.push((n + 1, EntryProblem::Zero)),
            Err(e) => problems.push((n + 1, EntryProblem::Amount(e))),
        }
    }
    if problems.is_empty() {
        Ok(good)
    } else {
        Err(problems)
    }
}
