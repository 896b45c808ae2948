//! The community's register: devices, places, households, people and organisations.

use super::*;
use crate::ids::HouseholdId;
use crate::model::{AreaFigures, Role, Scope};
use crate::numbers::CentiM2;
use crate::roles::DeviceRole;

/// The events this file folds, each with its fields, as `apply` hands them over: one
/// variant per kind, so a new kind does not compile until it is handled here.
pub(super) enum RegistryEvent<'a> {
    CommunityFounded {
        name: &'a String,
        device_label: &'a String,
    },
    DeviceTrusted {
        device: &'a DeviceId,
        label: &'a String,
        admin: &'a bool,
        role: &'a Option<DeviceRole>,
        household: &'a Option<HouseholdId>,
    },
    DeviceRevoked {
        device: &'a DeviceId,
        last_seq: &'a Option<u64>,
    },
    CompoundAdded {
        name: &'a String,
    },
    BuildingAdded {
        compound: &'a EventId,
        name: &'a String,
    },
    UnitAdded {
        building: &'a EventId,
        name: &'a String,
    },
    HouseholdAdded {
        unit: &'a EventId,
        room: &'a String,
        area: &'a AreaFigures,
        ownership: &'a Ownership,
        residents: &'a u32,
    },
    HouseholdChanged {
        household: &'a HouseholdId,
        area: &'a Option<AreaFigures>,
        ownership: &'a Option<Ownership>,
        residents: &'a Option<u32>,
    },
    PersonAdded {
        name: &'a String,
        masked_id: &'a Option<String>,
        household: &'a Option<HouseholdId>,
    },
    OrganisationAdded {
        kind: &'a OrgKind,
        name: &'a String,
        scope: &'a Scope,
    },
    MemberAppointed {
        organisation: &'a EventId,
        person: &'a EventId,
        role: &'a Role,
        term_start_ms: &'a i64,
        term_end_ms: &'a Option<i64>,
    },
    MemberLeft {
        organisation: &'a EventId,
        person: &'a EventId,
    },
}

impl State {
    pub(super) fn apply_registry(
        &mut self,
        event: &Event,
        payload: RegistryEvent<'_>,
        commit: bool,
        // Only ballots and responses can wait for a clerk; none of this file's kinds.
        _unconfirmed: bool,
    ) -> Result<(), Refusal> {
        let id = event.id;
        match payload {
            RegistryEvent::CommunityFounded { name, device_label } => {
                if let Some(c) = &self.community {
                    return Err(Refusal::CommunityAlreadyFounded {
                        name: c.name.clone(),
                    });
                }
                non_empty(name, Field::CommunityName)?;
                if commit {
                    self.community = Some(Community {
                        id,
                        name: name.clone(),
                        founded_by: id.device,
                    });
                    self.devices.insert(
                        id.device,
                        DeviceEntry {
                            label: device_label.clone(),
                            role: DeviceRole::Admin,
                            household: None,
                            revoked: false,
                            revoked_after: None,
                        },
                    );
                }
            }
            RegistryEvent::DeviceTrusted {
                device,
                label,
                admin,
                role,
                household,
            } => {
                non_empty(label, Field::DeviceLabel)?;
                let granted = DeviceRole::granted(*role, *admin);
                let consistent = *admin == (granted == DeviceRole::Admin)
                    && household.is_some() == (granted == DeviceRole::Resident);
                if !consistent {
                    return Err(Refusal::EnrolmentInvalid { role: granted });
                }
                need_opt(&self.households, household, EntityKind::Household)?;
                if commit {
                    self.devices.insert(
                        *device,
                        DeviceEntry {
                            label: label.clone(),
                            role: granted,
                            household: *household,
                            revoked: false,
                            revoked_after: None,
                        },
                    );
                }
            }
            RegistryEvent::DeviceRevoked { device, last_seq } => {
                if !self.devices.contains_key(device) {
                    return Err(Refusal::UnknownDevice { device: *device });
                }
                if commit {
                    let entry = self.devices.get_mut(device).expect("checked");
                    entry.revoked = true;
                    entry.revoked_after = *last_seq;
                    self.note_revocation(*device, *last_seq);
                }
            }
            RegistryEvent::CompoundAdded { name } => {
                non_empty(name, Field::CompoundName)?;
                if commit {
                    self.compounds.insert(id, Compound { name: name.clone() });
                }
            }
            RegistryEvent::BuildingAdded { compound, name } => {
                get(&self.compounds, compound, EntityKind::Compound)?;
                non_empty(name, Field::BuildingName)?;
                if commit {
                    self.buildings.insert(
                        id,
                        Building {
                            compound: *compound,
                            name: name.clone(),
                        },
                    );
                }
            }
            RegistryEvent::UnitAdded { building, name } => {
                get(&self.buildings, building, EntityKind::Building)?;
                non_empty(name, Field::UnitName)?;
                if commit {
                    self.units.insert(
                        id,
                        Unit {
                            building: *building,
                            name: name.clone(),
                        },
                    );
                }
            }
            RegistryEvent::HouseholdAdded {
                unit,
                room,
                area,
                ownership,
                residents,
            } => {
                let u = get(&self.units, unit, EntityKind::Unit)?;
                non_empty(room, Field::RoomNumber)?;
                let building = &self.buildings[&u.building];
                let label = crate::model::flat_label(&building.name, &u.name, room);
                household_facts(&label, area, ownership)?;
                if commit {
                    let party = self.parties.number(OwnerParty::of(ownership));
                    let household = Household {
                        unit: *unit,
                        building: u.building,
                        compound: building.compound,
                        room: room.clone(),
                        label,
                        area: area.clone(),
                        party,
                        ownership: ownership.clone(),
                        residents: *residents,
                    };
                    self.households.insert(HouseholdId(id), household);
                    self.labels.forget();
                }
            }
            RegistryEvent::HouseholdChanged {
                household,
                area,
                ownership,
                residents,
            } => {
                let h = get(&self.households, household, EntityKind::Household)?;
                household_facts(
                    &h.label,
                    area.as_ref().unwrap_or(&h.area),
                    ownership.as_ref().unwrap_or(&h.ownership),
                )?;
                if commit {
                    let h = self.households.get_mut(household).expect("checked");
                    if let Some(a) = area {
                        h.area = a.clone();
                    }
                    if let Some(o) = ownership {
                        h.party = self.parties.number(OwnerParty::of(o));
                        h.ownership = o.clone();
                    }
                    if let Some(r) = residents {
                        h.residents = *r;
                    }
                }
            }
            RegistryEvent::PersonAdded {
                name,
                masked_id,
                household,
            } => {
                non_empty(name, Field::Name)?;
                need_opt(&self.households, household, EntityKind::Household)?;
                if commit {
                    self.persons.insert(
                        id,
                        Person {
                            name: name.clone(),
                            masked_id: masked_id.clone(),
                            household: *household,
                        },
                    );
                }
            }
            RegistryEvent::OrganisationAdded { kind, name, scope } => {
                non_empty(name, Field::OrganisationName)?;
                self.require_scope(scope)?;
                if commit {
                    let org = Organisation {
                        kind: *kind,
                        name: name.clone(),
                        scope: scope.clone(),
                        members: BTreeMap::new(),
                    };
                    self.organisations.insert(id, org);
                }
            }
            RegistryEvent::MemberAppointed {
                organisation,
                person,
                role,
                term_start_ms,
                term_end_ms,
            } => {
                get(&self.organisations, organisation, EntityKind::Organisation)?;
                get(&self.persons, person, EntityKind::Person)?;
                if term_end_ms.is_some_and(|end| end <= *term_start_ms) {
                    return Err(Refusal::TermInvalid {
                        start_ms: *term_start_ms,
                        end_ms: term_end_ms.unwrap_or_default(),
                    });
                }
                if commit {
                    let m = Membership {
                        role: *role,
                        term_start_ms: *term_start_ms,
                        term_end_ms: *term_end_ms,
                        left_ms: None,
                    };
                    self.organisations
                        .get_mut(organisation)
                        .expect("checked")
                        .members
                        .insert(*person, m);
                }
            }
            RegistryEvent::MemberLeft {
                organisation,
                person,
            } => {
                let org = get(&self.organisations, organisation, EntityKind::Organisation)?;
                let p = get(&self.persons, person, EntityKind::Person)?;
                if org.members.get(person).is_none_or(|m| m.left_ms.is_some()) {
                    return Err(Refusal::NotAMember {
                        person_name: p.name.clone(),
                        organisation: org.name.clone(),
                    });
                }
                if commit {
                    let org = self.organisations.get_mut(organisation).expect("checked");
                    org.members.get_mut(person).expect("checked").left_ms = Some(event.wall_ms);
                }
            }
        }
        Ok(())
    }
}

fn household_facts(
    label: &str,
    area: &crate::model::AreaFigures,
    ownership: &Ownership,
) -> Result<(), Refusal> {
    if area.counted().is_none() {
        return Err(Refusal::MissingArea {
            household_label: label.to_string(),
        });
    }
    // Every figure, not only the counted one, so no stored area can break the tally's sums.
    let figures = [area.registered, area.surveyed, area.contract];
    if figures.into_iter().flatten().any(|a| a > CentiM2::LIMIT) {
        return Err(Refusal::AreaTooLarge {
            household_label: label.to_string(),
            max: CentiM2::LIMIT,
        });
    }
    if let Ownership::Owners { owners } = ownership {
        if owners.is_empty() {
            return Err(Refusal::NoOwners {
                household_label: label.to_string(),
            });
        }
    }
    Ok(())
}
