//! Day one of a real community: founding it on this device with its first compound. The device
//! that founds it is its first admin (see [`crate::rules::authority`]); everything else (the roster,
//! the councils, the other devices) follows from there.

use crate::ids::EventId;
use crate::log::payload::Payload;
use crate::rules::batch::Batch;
use crate::rules::refusal::Refusal;

/// What a new community starts with.
pub struct Founded {
    pub community: EventId,
    pub compound: EventId,
}

/// Founds `community` with its first `compound` in one batch, which must start from an empty
/// record: a device holds one community, and the rules refuse founding a second.
pub fn found(
    batch: &mut Batch,
    community: &str,
    compound: &str,
    device_label: &str,
) -> Result<Founded, Refusal> {
    let community = batch.add(Payload::CommunityFounded {
        name: community.trim().to_string(),
        device_label: device_label.trim().to_string(),
    })?;
    let compound = batch.add(Payload::CompoundAdded {
        name: compound.trim().to_string(),
    })?;
    Ok(Founded {
        community,
        compound,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::keys::DeviceKey;
    use crate::record::Record;
    use crate::rules::authority::DeviceRole;

    #[test]
    fn a_new_community_has_its_founder_as_admin_and_one_compound() {
        let key = DeviceKey::from_seed([3; 32]);
        let mut record = Record::new();
        let mut batch = record.batch(&key, 1_000, "秘书");
        let founded = found(&mut batch, " 和美社区 ", "和美花园", "社区办公室电脑").unwrap();
        record.commit_all(batch.into_events()).unwrap();
        let s = record.state();
        let c = s.community.as_ref().unwrap();
        assert_eq!((c.name.as_str(), c.id), ("和美社区", founded.community));
        assert_eq!(s.compounds[&founded.compound].name, "和美花园");
        assert_eq!(s.devices[&key.device()].role, DeviceRole::Admin);
        // A second founding on the same record is refused, and so is an empty name.
        let mut again = record.batch(&key, 2_000, "秘书");
        assert!(found(&mut again, "另一社区", "x", "y").is_err());
        let mut empty = Record::new().batch(&key, 1_000, "秘书");
        assert_eq!(
            found(&mut empty, "  ", "x", "y").err(),
            Some(Refusal::EmptyText {
                field: crate::rules::refusal::Field::CommunityName
            })
        );
    }
}
