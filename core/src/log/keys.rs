//! Device keys and signed chain heads.
//!
//! Core has no random number generator: the browser draws the 32-byte seed (crypto.getRandomValues)
//! and keeps it; the same seed always gives the same device.

use std::fmt;
use std::str::FromStr;

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::ids::{BadId, DeviceId, Hash};

/// The private key of this device. Never leaves the device; deliberately neither `Debug` nor
/// serialisable.
pub struct DeviceKey(SigningKey);

impl DeviceKey {
    pub fn from_seed(seed: [u8; 32]) -> DeviceKey {
        DeviceKey(SigningKey::from_bytes(&seed))
    }

    pub fn device(&self) -> DeviceId {
        DeviceId(self.0.verifying_key().to_bytes())
    }

    /// Vouches that `hash` is this device's event number `seq`, and so (through the `prev`
    /// links) for its whole chain up to there.
    pub fn sign_head(&self, seq: u64, hash: Hash) -> SignedHead {
        let device = self.device();
        let signature = HeadSignature(self.0.sign(&head_message(&device, seq, &hash)).to_bytes());
        SignedHead {
            device,
            seq,
            hash,
            signature,
        }
    }
}

/// Ed25519 signature, written as 128 lower-case hex digits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct HeadSignature(pub [u8; 64]);

/// The last event of a device's chain as the device itself signed it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedHead {
    pub device: DeviceId,
    pub seq: u64,
    pub hash: Hash,
    pub signature: HeadSignature,
}

/// The signed bytes; spelled out in docs/snapshot-format.md so other tools can check them.
pub fn head_message(device: &DeviceId, seq: u64, hash: &Hash) -> Vec<u8> {
    format!("gongzhi-head-v1\n{device}\n{seq}\n{hash}").into_bytes()
}

impl SignedHead {
    /// True iff the device id's key made this signature over this head.
    pub fn signature_valid(&self) -> bool {
        let Ok(key) = VerifyingKey::from_bytes(&self.device.0) else {
            return false;
        };
        let sig = Signature::from_bytes(&self.signature.0);
        key.verify(&head_message(&self.device, self.seq, &self.hash), &sig)
            .is_ok()
    }
}

impl fmt::Display for HeadSignature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for HeadSignature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HeadSignature({}…)", &hex::encode(&self.0[..4]))
    }
}

impl FromStr for HeadSignature {
    type Err = BadId;
    fn from_str(s: &str) -> Result<Self, BadId> {
        if s.len() != 128 || s.bytes().any(|b| b.is_ascii_uppercase()) {
            return Err(BadId(s.to_string()));
        }
        let mut out = [0u8; 64];
        hex::decode_to_slice(s, &mut out).map_err(|_| BadId(s.to_string()))?;
        Ok(HeadSignature(out))
    }
}

impl Serialize for HeadSignature {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for HeadSignature {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_verifies_only_unchanged_and_under_its_own_key() {
        let key = DeviceKey::from_seed([7; 32]);
        let head = key.sign_head(3, Hash([1; 32]));
        assert!(head.signature_valid());
        assert!(!SignedHead {
            seq: 4,
            ..head.clone()
        }
        .signature_valid());
        assert!(!SignedHead {
            hash: Hash([2; 32]),
            ..head.clone()
        }
        .signature_valid());
        let other = DeviceKey::from_seed([8; 32]).device();
        assert!(!SignedHead {
            device: other,
            ..head.clone()
        }
        .signature_valid());
        let mut forged = head.clone();
        forged.signature.0[10] ^= 1;
        assert!(!forged.signature_valid());
    }

    #[test]
    fn the_same_seed_is_the_same_device() {
        assert_eq!(
            DeviceKey::from_seed([1; 32]).device(),
            DeviceKey::from_seed([1; 32]).device()
        );
        assert_ne!(
            DeviceKey::from_seed([1; 32]).device(),
            DeviceKey::from_seed([2; 32]).device()
        );
    }
}
