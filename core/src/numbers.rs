//! Exact quantities and their plain-English rendering.
//!
//! Money is counted in fen and floor area in hundredths of a square metre, because every legal
//! threshold must be decided exactly: a fraction is compared by cross-multiplying integers.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Money in fen (1 yuan = 100 fen). Signed, because savings and overspends share one type.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Fen(pub i64);

/// Floor area in hundredths of a square metre, the precision of Chinese property registers.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct CentiM2(pub u64);

/// A fraction `num/den` such as 2/3; used for legal thresholds and configurable quorums.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ratio {
    pub num: u64,
    pub den: u64,
}

impl Ratio {
    pub const TWO_THIRDS: Ratio = Ratio { num: 2, den: 3 };
    pub const THREE_QUARTERS: Ratio = Ratio { num: 3, den: 4 };
    pub const HALF: Ratio = Ratio { num: 1, den: 2 };

    /// `part / whole >= self`, exactly.
    pub fn reached_by(self, part: u64, whole: u64) -> bool {
        part as u128 * self.den as u128 >= self.num as u128 * whole as u128
    }

    /// `part / whole > self`, exactly ("more than half" is strict under art. 1259).
    pub fn exceeded_by(self, part: u64, whole: u64) -> bool {
        part as u128 * self.den as u128 > self.num as u128 * whole as u128
    }

    /// Smallest count that reaches this fraction of `whole`: ceil(whole * num / den).
    pub fn ceil_of(self, whole: u64) -> u64 {
        let n = whole as u128 * self.num as u128;
        let d = self.den.max(1) as u128;
        n.div_ceil(d) as u64
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.num, self.den)
    }
}

/// `1152` -> `1,152`: the form residents read in printed notices.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `part / whole` as a percentage with one decimal, rounded half up: `78.6%`; `None` when there
/// is no whole to divide by, so the app can say so in the reader's language.
pub fn percent_of(part: u64, whole: u64) -> Option<String> {
    if whole == 0 {
        return None;
    }
    let permille = (part as u128 * 2000 + whole as u128) / (whole as u128 * 2);
    Some(format!("{}.{}%", permille / 10, permille % 10))
}

/// [`percent_of`] for the English audit lines of the core and the command line: `n/a` for none.
pub fn percent(part: u64, whole: u64) -> String {
    percent_of(part, whole).unwrap_or_else(|| "n/a".to_string())
}

impl fmt::Display for Fen {
    /// `3450000` fen -> `34,500.00 yuan`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02} yuan", thousands(abs / 100), abs % 100)
    }
}

impl fmt::Display for CentiM2 {
    /// `1234567` -> `12,345.67 m²`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02} m²", thousands(self.0 / 100), self.0 % 100)
    }
}

impl Fen {
    /// The largest amount, and the largest total per proposal, the record accepts: one trillion
    /// yuan. Far beyond any compound's project, it keeps every ledger sum and difference inside
    /// `i64` however many events a (possibly hostile) file holds, and below 2^53 so any JSON
    /// reader keeps it exact.
    pub const LIMIT: Fen = Fen(100_000_000_000_000);

    pub fn yuan(y: i64) -> Fen {
        Fen(y * 100)
    }

    /// The sum of `amounts`, or `None` if it would leave `i64` (a form's running total).
    pub fn total(amounts: impl IntoIterator<Item = Fen>) -> Option<Fen> {
        amounts
            .into_iter()
            .try_fold(0_i64, |sum, f| sum.checked_add(f.0))
            .map(Fen)
    }

    /// An amount as people type it: `36000`, `36,000`, `36 000.5`, `1,500.00元`. Whole yuan
    /// and at most two decimals (fen); never through floating point.
    pub fn parse_yuan(text: &str) -> Result<Fen, AmountError> {
        let trimmed = text.trim();
        let bare = trimmed
            .strip_suffix('元')
            .or_else(|| trimmed.strip_suffix("yuan"))
            .unwrap_or(trimmed);
        let fen = parse_hundredths(bare)?;
        if fen > Fen::LIMIT.0 as u64 {
            return Err(AmountError::TooLarge);
        }
        Ok(Fen(fen as i64))
    }
}

/// A decimal figure with at most two decimals, in hundredths: `1,234.5` -> 123450. Digit
/// grouping by commas or spaces is allowed; signs, exponents and more decimals are not.
pub fn parse_hundredths(text: &str) -> Result<u64, AmountError> {
    let bare = text.trim();
    if bare.is_empty() {
        return Err(AmountError::Empty);
    }
    if bare.starts_with('-') {
        return Err(AmountError::Negative);
    }
    let digits: String = bare
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '，'))
        .collect();
    let (whole, cents) = digits.split_once('.').unwrap_or((&digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(cents) {
        return Err(AmountError::NotANumber);
    }
    if cents.len() > 2 {
        return Err(AmountError::TooManyDecimals);
    }
    // Far beyond any limit the callers apply, and it keeps the arithmetic inside u64.
    if whole.trim_start_matches('0').len() > 15 {
        return Err(AmountError::TooLarge);
    }
    let units: u64 = whole.parse().map_err(|_| AmountError::NotANumber)?;
    let hundredths: u64 = format!("{cents:0<2}")
        .parse()
        .map_err(|_| AmountError::NotANumber)?;
    Ok(units * 100 + hundredths)
}

/// Why typed text is not an amount of money.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    NotANumber,
    Negative,
    TooManyDecimals,
    TooLarge,
}

impl CentiM2 {
    /// The largest area figure a unit may have: 100 km². Summing it over even a billion
    /// households stays inside `u64`, so tallies need no overflow checks, and it stays below
    /// 2^53 so any JSON reader keeps it exact.
    pub const LIMIT: CentiM2 = CentiM2(10_000_000_000);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_thirds_of_37_needs_25() {
        assert_eq!(Ratio::TWO_THIRDS.ceil_of(37), 25);
        assert!(Ratio::TWO_THIRDS.reached_by(25, 37));
        assert!(!Ratio::TWO_THIRDS.reached_by(24, 37));
        assert_eq!(Ratio::TWO_THIRDS.ceil_of(36), 24);
    }

    #[test]
    fn more_than_half_is_strict() {
        assert!(!Ratio::HALF.exceeded_by(5, 10));
        assert!(Ratio::HALF.exceeded_by(6, 10));
        assert!(Ratio::HALF.reached_by(5, 10));
    }

    #[test]
    fn renders_figures_as_printed() {
        assert_eq!(thousands(1152), "1,152");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000_000), "1,000,000");
        assert_eq!(percent(905, 1152), "78.6%");
        assert_eq!(percent(2, 3), "66.7%");
        assert_eq!(percent(1, 0), "n/a");
        assert_eq!(percent_of(0, 0), None);
        assert_eq!(percent_of(1, 4).as_deref(), Some("25.0%"));
        assert_eq!(Fen::yuan(34_500).to_string(), "34,500.00 yuan");
        assert_eq!(Fen::parse_yuan("36000"), Ok(Fen::yuan(36_000)));
        assert_eq!(Fen::parse_yuan(" 36,000.5元"), Ok(Fen(3_600_050)));
        assert_eq!(Fen::parse_yuan("1 500.05"), Ok(Fen(150_005)));
        assert_eq!(Fen::parse_yuan("0.07 yuan"), Ok(Fen(7)));
        assert_eq!(Fen::parse_yuan(""), Err(AmountError::Empty));
        assert_eq!(Fen::parse_yuan("-5"), Err(AmountError::Negative));
        assert_eq!(Fen::parse_yuan("3.145"), Err(AmountError::TooManyDecimals));
        assert_eq!(Fen::parse_yuan("1e5"), Err(AmountError::NotANumber));
        assert_eq!(Fen::parse_yuan(".5"), Err(AmountError::NotANumber));
        assert_eq!(
            Fen::parse_yuan("1000000000000.01"),
            Err(AmountError::TooLarge)
        );
        assert_eq!(
            Fen::parse_yuan("99999999999999999999999"),
            Err(AmountError::TooLarge)
        );
        assert_eq!(Fen::parse_yuan("1000000000000"), Ok(Fen::LIMIT));
        assert_eq!(Fen(-150).to_string(), "-1.50 yuan");
        assert_eq!(CentiM2(1_234_567).to_string(), "12,345.67 m²");
    }

    #[test]
    fn thresholds_do_not_overflow_at_the_extremes() {
        assert!(Ratio::TWO_THIRDS.reached_by(u64::MAX, u64::MAX));
        assert!(!Ratio::HALF.exceeded_by(u64::MAX / 2, u64::MAX));
    }
}
