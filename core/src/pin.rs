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

#[cfg(test)]
mod tests {
    use super::*;

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
