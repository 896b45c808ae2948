//! Identifiers: devices, events and hashes.
//!
//! A device id IS the device's Ed25519 public key (lower-case hex), so a signed head can be checked
//! against the id alone, with no key registry. Entities (households, proposals, votes...) are
//! named by the id of the event that created them, which two offline devices can never both mint.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

mod entity;
pub(crate) mod numbering;

pub use entity::{HouseholdId, ProposalId, VoteId};

/// Hex of a device's Ed25519 verifying key (64 lower-case hex digits).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeviceId(pub [u8; 32]);

impl Ord for DeviceId {
    /// Byte order, as the derived order would be, but compared eight bytes at a time: every
    /// map keyed by event id compares device ids, and a byte-slice comparison is a call into
    /// `memcmp` each time.
    fn cmp(&self, other: &DeviceId) -> std::cmp::Ordering {
        let words = |id: &DeviceId| {
            std::array::from_fn::<u64, 4, _>(|i| {
                u64::from_be_bytes(id.0[8 * i..8 * i + 8].try_into().expect("8 bytes"))
            })
        };
        words(self).cmp(&words(other))
    }
}

impl PartialOrd for DeviceId {
    fn partial_cmp(&self, other: &DeviceId) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// A device's event: its sequence number starts at 1 and has no gaps.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventId {
    pub device: DeviceId,
    pub seq: u64,
}

/// SHA-256 digest, written as 64 lower-case hex digits.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hash(pub [u8; 32]);

/// Why a textual id could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadId(pub String);

impl fmt::Display for BadId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\" is not a valid identifier", self.0)
    }
}

fn parse_hex32(s: &str) -> Result<[u8; 32], BadId> {
    // Every stored event holds two or three of these, so a restore reads hundreds of
    // thousands: one pass, no allocation (the `hex` crate's decoder took a fifth of a reload).
    // Upper-case hex would give two spellings of one id, and so two hashes of one event.
    const NOT_HEX: u8 = 0xff;
    const NIBBLES: [u8; 256] = {
        let mut t = [NOT_HEX; 256];
        let mut i = 0;
        while i < 10 {
            t[b'0' as usize + i] = i as u8;
            i += 1;
        }
        let mut i = 0;
        while i < 6 {
            t[b'a' as usize + i] = 10 + i as u8;
            i += 1;
        }
        t
    };
    let bad = || BadId(s.to_string());
    let digits: &[u8; 64] = s.as_bytes().try_into().map_err(|_| bad())?;
    let mut out = [0u8; 32];
    // Any digit that is not hex sets the high bits of `seen`: checked once, at the end.
    let mut seen = 0u8;
    for (byte, pair) in out.iter_mut().zip(digits.chunks_exact(2)) {
        let (high, low) = (NIBBLES[pair[0] as usize], NIBBLES[pair[1] as usize]);
        seen |= high | low;
        *byte = (high << 4) | (low & 0x0f);
    }
    if seen & 0xf0 != 0 {
        return Err(bad());
    }
    Ok(out)
}

impl DeviceId {
    /// The first 8 hex digits: enough for a person to tell devices apart on screen.
    pub fn short(&self) -> String {
        hex::encode(&self.0[..4])
    }
}

impl fmt::Display for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DeviceId({})", self.short())
    }
}

impl FromStr for DeviceId {
    type Err = BadId;
    fn from_str(s: &str) -> Result<Self, BadId> {
        parse_hex32(s).map(DeviceId)
    }
}

impl fmt::Display for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Hash({})", &hex::encode(self.0)[..8])
    }
}

impl FromStr for Hash {
    type Err = BadId;
    fn from_str(s: &str) -> Result<Self, BadId> {
        parse_hex32(s).map(Hash)
    }
}

/// Written as `<device hex>:<seq>`, so an id is one JSON string and can be a map key.
impl fmt::Display for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.device, self.seq)
    }
}

impl fmt::Debug for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.device.short(), self.seq)
    }
}

impl FromStr for EventId {
    type Err = BadId;
    fn from_str(s: &str) -> Result<Self, BadId> {
        let (device, seq) = s.split_once(':').ok_or_else(|| BadId(s.to_string()))?;
        // Leading zeros or '+' would give two spellings of one id.
        if seq.is_empty() || seq.starts_with('0') || !seq.bytes().all(|b| b.is_ascii_digit()) {
            return Err(BadId(s.to_string()));
        }
        Ok(EventId {
            device: device.parse()?,
            seq: seq.parse().map_err(|_| BadId(s.to_string()))?,
        })
    }
}

/// Text in files (JSON is human-readable), bytes in the checkpoint: ids make up most of a folded
/// state, and their hex would make the checkpoint about twice as large and slow to read back.
/// Within a checkpoint a device is written as its number in the checkpoint's table of devices.
macro_rules! text_or_bytes {
    ($t:ty) => {
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                if s.is_human_readable() {
                    s.collect_str(self)
                } else {
                    self.compact(s)
                }
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                if d.is_human_readable() {
                    d.deserialize_str(ParsedText(std::marker::PhantomData))
                } else {
                    <$t>::from_compact(d)
                }
            }
        }
    };
}

/// Reads an id from borrowed text where the format lends it, so no `String` is allocated
/// for each of the ids a restore reads.
struct ParsedText<T>(std::marker::PhantomData<T>);

impl<T: FromStr<Err = BadId>> serde::de::Visitor<'_> for ParsedText<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<T, E> {
        s.parse().map_err(E::custom)
    }
}

text_or_bytes!(DeviceId);
text_or_bytes!(EventId);
text_or_bytes!(Hash);

impl DeviceId {
    fn compact<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match numbering::device_number(self) {
            Some(n) => s.serialize_u32(n),
            None => self.0.serialize(s),
        }
    }

    fn from_compact<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if numbering::numbering() {
            let n = u32::deserialize(d)?;
            numbering::numbered_device(n)
                .ok_or_else(|| serde::de::Error::custom("device number out of range"))
        } else {
            <[u8; 32]>::deserialize(d).map(DeviceId)
        }
    }
}

impl EventId {
    fn compact<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (self.device, self.seq).serialize(s)
    }

    fn from_compact<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (device, seq) = <(DeviceId, u64)>::deserialize(d)?;
        Ok(EventId { device, seq })
    }
}

impl Hash {
    fn compact<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }

    fn from_compact<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <[u8; 32]>::deserialize(d).map(Hash)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_id_round_trips_and_rejects_alternative_spellings() {
        let id = EventId {
            device: DeviceId([0xab; 32]),
            seq: 42,
        };
        let text = id.to_string();
        assert_eq!(text.parse::<EventId>().unwrap(), id);
        assert!(format!("{}:042", id.device).parse::<EventId>().is_err());
        assert!(format!("{}:0", id.device).parse::<EventId>().is_err());
        assert!(text.to_uppercase().parse::<EventId>().is_err());
        assert!("ab:1".parse::<EventId>().is_err());
    }

    #[test]
    fn hashes_read_every_byte_and_only_lower_case_hex() {
        let bytes: [u8; 32] = std::array::from_fn(|i| (i * 8 + 7) as u8);
        let text = Hash(bytes).to_string();
        assert_eq!(text.parse::<Hash>().unwrap(), Hash(bytes));
        for at in [0, 1, 31, 62, 63] {
            for wrong in ["g", "G", "A", "F", " ", ":", "/", "@", "`"] {
                let mut spelled = text.clone();
                spelled.replace_range(at..at + 1, wrong);
                assert!(spelled.parse::<Hash>().is_err(), "{spelled}");
            }
        }
        assert!(text[..63].parse::<Hash>().is_err());
        assert!(format!("{text}0").parse::<Hash>().is_err());
        // 64 bytes, not 64 characters.
        assert!(format!("{}é", &text[..62]).parse::<Hash>().is_err());
        let all: String = "0123456789abcdef".repeat(4);
        assert_eq!(all.parse::<Hash>().unwrap().to_string(), all);
    }

    #[test]
    fn ids_read_from_json_text_borrowed_or_escaped() {
        let id = EventId {
            device: DeviceId([0x5c; 32]),
            seq: 7,
        };
        let plain = format!("\"{id}\"");
        assert_eq!(serde_json::from_str::<EventId>(&plain).unwrap(), id);
        // An escape makes the parser hand over an owned string instead of borrowed text.
        let escaped = plain.replacen('5', "\\u0035", 1);
        assert_eq!(serde_json::from_str::<EventId>(&escaped).unwrap(), id);
        assert!(serde_json::from_str::<EventId>("7").is_err());
    }

    #[test]
    fn device_ids_sort_in_byte_order() {
        // Every map keyed by event id depends on this order; it must be the bytes' own.
        let mut ids = Vec::new();
        for at in [0, 7, 8, 15, 31] {
            for byte in [0x00, 0x01, 0x7f, 0x80, 0xff] {
                let mut bytes = [0x80; 32];
                bytes[at] = byte;
                ids.push(DeviceId(bytes));
            }
        }
        for a in &ids {
            for b in &ids {
                assert_eq!(a.cmp(b), a.0.cmp(&b.0), "{a:?} against {b:?}");
            }
        }
    }
}
