//! Two serde shapes for the tagged enums of [`crate::model`]: the file format's (JSON, where a
//! `kind` field names the variant) and a plain one for the checkpoint. Postcard, which encodes
//! the checkpoint, cannot read internally or adjacently tagged enums (they need
//! `deserialize_any`), and the folded state holds these enums as much as events do.
//!
//! Each type derives its file shape under `#[serde(remote = "Self")]`; the impls below pick it
//! for human-readable formats, so every file and every event hash stays exactly as before, and
//! pick the mirror here for binary ones. The mirrors must list the same variants and fields, which
//! the remote derive checks at compile time.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::ids::{EventId, HouseholdId};
use crate::model::{
    CouncilRule, Interest, OwnerIdentity, Ownership, Recurrence, Scope, Surplus, VoteKind, Voter,
};
use crate::numbers::Ratio;

macro_rules! two_shapes {
    ($($t:ident => $plain:ident,)*) => {$(
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                if s.is_human_readable() {
                    $t::serialize(self, s)
                } else {
                    $plain::serialize(self, s)
                }
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                if d.is_human_readable() {
                    $t::deserialize(d)
                } else {
                    $plain::deserialize(d)
                }
            }
        }
    )*};
}

two_shapes! {
    Recurrence => PlainRecurrence,
    Surplus => PlainSurplus,
    Interest => PlainInterest,
    Ownership => PlainOwnership,
    Scope => PlainScope,
    VoteKind => PlainVoteKind,
    Voter => PlainVoter,
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "Recurrence")]
enum PlainRecurrence {
    NthWeekday { nth: i8, weekday: u8 },
    DayOfMonth { day: u8 },
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "Surplus")]
enum PlainSurplus {
    Refund,
    Reassign { note: String },
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "Interest")]
enum PlainInterest {
    Unknown,
    NoneDeclared,
    Declared(String),
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "Ownership")]
enum PlainOwnership {
    Owners { owners: Vec<OwnerIdentity> },
    DeveloperHeld { developer: String },
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "Scope")]
enum PlainScope {
    Community,
    Compound(EventId),
    Building(EventId),
    Unit(EventId),
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "VoteKind")]
enum PlainVoteKind {
    Council {
        organisation: EventId,
        rule: CouncilRule,
        quorum: Option<Ratio>,
    },
    Owners {
        matter: u8,
        scope: Scope,
    },
}

#[derive(Serialize, Deserialize)]
#[serde(remote = "Voter")]
enum PlainVoter {
    Member(EventId),
    Household(HouseholdId),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::DeviceId;

    fn id(seq: u64) -> EventId {
        EventId {
            device: DeviceId([3; 32]),
            seq,
        }
    }

    fn round_trip<T>(value: &T)
    where
        T: Serialize + for<'de> Deserialize<'de> + PartialEq + std::fmt::Debug,
    {
        let json = serde_json::to_string(value).unwrap();
        assert_eq!(&serde_json::from_str::<T>(&json).unwrap(), value, "{json}");
        let bytes = postcard::to_allocvec(value).unwrap();
        assert_eq!(&postcard::from_bytes::<T>(&bytes).unwrap(), value);
    }

    #[test]
    fn files_keep_their_tagged_shape_and_both_shapes_round_trip() {
        assert_eq!(
            serde_json::to_string(&Scope::Compound(id(4))).unwrap(),
            format!("{{\"kind\":\"compound\",\"id\":\"{}\"}}", id(4))
        );
        assert_eq!(
            serde_json::to_string(&Surplus::Refund).unwrap(),
            "{\"kind\":\"refund\"}"
        );
        for scope in [Scope::Community, Scope::Unit(id(9))] {
            round_trip(&scope);
        }
        for kind in [
            VoteKind::Council {
                organisation: id(1),
                rule: CouncilRule::MajorityOfPresent,
                quorum: Some(Ratio::HALF),
            },
            VoteKind::Owners {
                matter: 7,
                scope: Scope::Building(id(2)),
            },
        ] {
            round_trip(&kind);
        }
        round_trip(&Recurrence::NthWeekday {
            nth: -1,
            weekday: 5,
        });
        round_trip(&Recurrence::DayOfMonth { day: 15 });
        round_trip(&Surplus::Reassign { note: "树".into() });
        for interest in [
            Interest::Unknown,
            Interest::NoneDeclared,
            Interest::Declared("表亲".into()),
        ] {
            round_trip(&interest);
        }
        round_trip(&Ownership::DeveloperHeld {
            developer: "开发商".into(),
        });
        round_trip(&Ownership::Owners {
            owners: vec![OwnerIdentity {
                name: "王芳".into(),
                masked_id: "5101**1".into(),
            }],
        });
        round_trip(&Voter::Member(id(5)));
        round_trip(&Voter::Household(HouseholdId(id(6))));
    }

    #[test]
    fn ids_are_bytes_in_the_compact_shape() {
        let event = id(300);
        let bytes = postcard::to_allocvec(&event).unwrap();
        // 32 bytes of device, then the sequence number as a two-byte varint.
        assert_eq!(bytes.len(), 34);
        assert_eq!(postcard::from_bytes::<EventId>(&bytes).unwrap(), event);
        round_trip(&event);
        round_trip(&crate::ids::Hash([7; 32]));
    }
}
