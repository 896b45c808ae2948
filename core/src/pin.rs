//! The admin PIN that lets a person leave kiosk mode. Only a salted, stretched hash is kept, so
//! reading the device's storage does not reveal the PIN; stretching makes trying every short PIN
//! against a copied hash slow.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// SHA-256 rounds per check: about a tenth of a second in a phone's browser.
pub const ROUNDS: u32 = 50_000;
pub const MIN_DIGITS: usize = 4;
pub const MAX_DIGITS: usize = 12;

/// What is stored instead of the PIN: the salt and the hash, in hex.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinHash {
    pub salt: String,
    pub hash: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinError {
    /// Only digits, so a kiosk's number pad is enough.
    NotDigits,
    TooShort,
    TooLong,
}

pub fn check_format(pin: &str) -> Result<(), PinError> {
    if !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PinError::NotDigits);
    }
    match pin.len() {
        n if n < MIN_DIGITS => Err(PinError::TooShort),
        n if n > MAX_DIGITS => Err(PinError::TooLong),
        _ => Ok(()),
    }
}

fn stretch(salt: &[u8], pin: &str) -> [u8; 32] {
    let mut digest: [u8; 32] = Sha256::new()
        .chain_update(salt)
        .chain_update(pin.as_bytes())
        .finalize()
        .into();
    for _ in 1..ROUNDS {
        digest = Sha256::new()
            .chain_update(salt)
            .chain_update(digest)
            .finalize()
            .into();
    }
    digest
}

/// Hashes a new PIN with the caller's random `salt`.
pub fn hash_pin(salt: [u8; 16], pin: &str) -> Result<PinHash, PinError> {
    check_format(pin)?;
    Ok(PinHash {
        salt: hex::encode(salt),
        hash: hex::encode(stretch(&salt, pin)),
    })
}

/// Whether `pin` is the one `stored` was made from; compares every byte whatever the answer.
pub fn pin_matches(stored: &PinHash, pin: &str) -> bool {
    let (Ok(salt), Ok(expected)) = (hex::decode(&stored.salt), hex::decode(&stored.hash)) else {
        return false;
    };
    let actual = stretch(&salt, pin);
    expected.len() == actual.len()
        && expected
            .iter()
            .zip(actual.iter())
            .fold(0_u8, |diff, (a, b)| diff | (a ^ b))
            == 0
}

/// Wrong PINs allowed in a row before each further try has to wait.
pub const FREE_TRIES: u32 = 3;
/// The wait after the first try past [`FREE_TRIES`]; it doubles with each further wrong PIN.
pub const FIRST_WAIT_MS: i64 = 30_000;
/// The longest wait: a quarter of an hour, so an admin who mistyped is never locked out for long.
pub const MAX_WAIT_MS: i64 = 15 * 60_000;

/// How long the next try must wait after `failures` wrong PINs in a row: nothing for the first
/// [`FREE_TRIES`], then 30 s, 60 s, 120 s... up to [`MAX_WAIT_MS`]. With a 4-digit PIN that makes
/// trying them all at the screen take months instead of minutes.
pub fn wait_after(failures: u32) -> i64 {
    if failures < FREE_TRIES {
        return 0;
    }
    let doublings = (failures - FREE_TRIES).min(16);
    (FIRST_WAIT_MS << doublings).min(MAX_WAIT_MS)
}

/// Wrong PINs typed in a row on this device and when the last one was, kept with the hash so a
/// reload does not start the count again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Attempts {
    pub failures: u32,
    pub last_failure_ms: i64,
}

impl Attempts {
    /// Milliseconds left before a PIN may be tried at `now_ms`; 0 when it may.
    pub fn wait_left(&self, now_ms: i64) -> i64 {
        (self.last_failure_ms + wait_after(self.failures) - now_ms).max(0)
    }
}

/// Why a typed PIN did not let the person through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinRefused {
    /// Typed while the device was still making them wait: not even checked.
    Wait { left_ms: i64 },
    /// Not the PIN; the next try waits `wait_ms` (0 while tries are free).
    Wrong { wait_ms: i64 },
}

/// Checks `pin` against `stored` at `now_ms`, counting wrong ones in `attempts` (reset when it
/// is right). While a wait runs the PIN is not checked, so guessing faster gains nothing.
pub fn try_pin(
    stored: &PinHash,
    attempts: &mut Attempts,
    pin: &str,
    now_ms: i64,
) -> Result<(), PinRefused> {
    let left_ms = attempts.wait_left(now_ms);
    if left_ms > 0 {
        return Err(PinRefused::Wait { left_ms });
    }
    if pin_matches(stored, pin) {
        *attempts = Attempts::default();
        return Ok(());
    }
    attempts.failures = attempts.failures.saturating_add(1);
    attempts.last_failure_ms = now_ms;
    Err(PinRefused::Wrong {
        wait_ms: wait_after(attempts.failures),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_wrong_pins_are_free_then_each_waits_twice_as_long_up_to_a_quarter_hour() {
        let waits: Vec<i64> = (0..=10).map(wait_after).collect();
        assert_eq!(
            waits,
            [0, 0, 0, 30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000]
        );
        assert_eq!(wait_after(u32::MAX), MAX_WAIT_MS);
    }

    #[test]
    fn a_wrong_pin_is_counted_a_waiting_one_not_checked_and_the_right_one_resets() {
        let stored = hash_pin([3; 16], "2580").unwrap();
        let mut a = Attempts::default();
        for n in 1..=2 {
            assert_eq!(
                try_pin(&stored, &mut a, "0000", n * 1_000),
                Err(PinRefused::Wrong { wait_ms: 0 })
            );
        }
        assert_eq!(
            try_pin(&stored, &mut a, "1111", 3_000),
            Err(PinRefused::Wrong { wait_ms: 30_000 })
        );
        // Even the right PIN waits: the wait is not a hint that it was close.
        assert_eq!(
            try_pin(&stored, &mut a, "2580", 13_000),
            Err(PinRefused::Wait { left_ms: 20_000 })
        );
        assert_eq!(a.failures, 3, "a try during the wait is not counted");
        assert_eq!(a.wait_left(33_000), 0);
        assert_eq!(
            try_pin(&stored, &mut a, "9999", 33_000),
            Err(PinRefused::Wrong { wait_ms: 60_000 })
        );
        assert_eq!(a.wait_left(93_000), 0);
        assert_eq!(try_pin(&stored, &mut a, "2580", 93_000), Ok(()));
        assert_eq!(a, Attempts::default());
    }

    #[test]
    fn a_pin_is_kept_only_as_a_salted_hash_and_checks_back() {
        let stored = hash_pin([7; 16], "2580").unwrap();
        assert!(!stored.hash.contains("2580") && stored.hash.len() == 64);
        assert!(pin_matches(&stored, "2580"));
        assert!(!pin_matches(&stored, "2581"));
        assert!(!pin_matches(&stored, ""));
        // The same PIN with another salt hashes differently.
        assert_ne!(hash_pin([8; 16], "2580").unwrap().hash, stored.hash);
    }

    #[test]
    fn a_pin_is_four_to_twelve_digits() {
        assert_eq!(hash_pin([0; 16], "123"), Err(PinError::TooShort));
        assert_eq!(hash_pin([0; 16], "12a4"), Err(PinError::NotDigits));
        assert_eq!(hash_pin([0; 16], "1234567890123"), Err(PinError::TooLong));
        assert!(hash_pin([0; 16], "123456789012").is_ok());
    }

    #[test]
    fn a_damaged_stored_hash_never_matches() {
        let broken = PinHash {
            salt: "zz".into(),
            hash: "00".into(),
        };
        assert!(!pin_matches(&broken, "2580"));
    }
}
