//! A small Beiyuan compound built through the public command API, shared by the test files.
#![allow(dead_code)]

use gongzhi_core::model::*;
use gongzhi_core::time::cst_to_unix_ms;
use gongzhi_core::{CentiM2, DeviceKey, EventId, Fen, Payload, Record};

pub const T0: i64 = 1_746_000_000_000;
pub const HOUR: i64 = 3_600_000;
pub const DAY: i64 = 24 * HOUR;

pub fn key(n: u8) -> DeviceKey {
    DeviceKey::from_seed([n; 32])
}

pub fn owner(name: &str, id: &str) -> OwnerIdentity {
    OwnerIdentity {
        name: name.into(),
        masked_id: id.into(),
    }
}

pub fn owners(list: &[(&str, &str)]) -> Ownership {
    Ownership::Owners {
        owners: list.iter().map(|(n, i)| owner(n, i)).collect(),
    }
}

pub fn registered(m2_hundredths: u64) -> AreaFigures {
    AreaFigures {
        registered: Some(CentiM2(m2_hundredths)),
        ..Default::default()
    }
}

pub struct Town {
    pub record: Record,
    pub admin: DeviceKey,
    pub compound: EventId,
    pub buildings: Vec<EventId>,
    /// units[building][unit]
    pub units: Vec<Vec<EventId>>,
}

impl Town {
    /// Community, one compound, `buildings` buildings of 2 units each.
    pub fn new(buildings: usize) -> Town {
        let admin = key(1);
        let mut record = Record::new();
        record
            .submit(
                &admin,
                T0,
                "admin",
                Payload::CommunityFounded {
                    name: "晋阳社区".into(),
                    device_label: "北苑 kiosk 1".into(),
                },
            )
            .unwrap();
        let compound = record
            .submit(
                &admin,
                T0,
                "admin",
                Payload::CompoundAdded {
                    name: "北苑小区".into(),
                },
            )
            .unwrap();
        let mut town = Town {
            record,
            admin,
            compound,
            buildings: vec![],
            units: vec![],
        };
        for b in 1..=buildings {
            let building = town.submit(Payload::BuildingAdded {
                compound,
                name: b.to_string(),
            });
            let units = (1..=2)
                .map(|u| {
                    town.submit(Payload::UnitAdded {
                        building,
                        name: u.to_string(),
                    })
                })
                .collect();
            town.buildings.push(building);
            town.units.push(units);
        }
        town
    }

    pub fn submit(&mut self, payload: Payload) -> EventId {
        self.submit_at(T0, payload)
    }

    pub fn submit_at(&mut self, wall_ms: i64, payload: Payload) -> EventId {
        self.record
            .submit(&self.admin, wall_ms, "admin", payload)
            .unwrap_or_else(|e| panic!("refused: {e}"))
    }

    /// Household in building `b` (1-based), unit `u` (1-based).
    pub fn household(
        &mut self,
        b: usize,
        u: usize,
        room: &str,
        area: AreaFigures,
        ownership: Ownership,
    ) -> EventId {
        let unit = self.units[b - 1][u - 1];
        self.submit(Payload::HouseholdAdded {
            unit,
            room: room.into(),
            area,
            ownership,
            residents: 2,
        })
    }

    pub fn person(&mut self, name: &str) -> EventId {
        self.submit(Payload::PersonAdded {
            name: name.into(),
            masked_id: None,
            household: None,
        })
    }

    /// A community council of `n` members, all in office from T0.
    pub fn council(&mut self, n: usize) -> (EventId, Vec<EventId>) {
        let org = self.submit(Payload::OrganisationAdded {
            kind: OrgKind::CommunityCouncil,
            name: "晋阳社区议事会".into(),
            scope: Scope::Community,
        });
        let members = (0..n)
            .map(|i| {
                let p = self.person(&format!("议事员{i}"));
                self.submit(Payload::MemberAppointed {
                    organisation: org,
                    person: p,
                    role: Role::Member,
                    term_start_ms: T0 - DAY,
                    term_end_ms: None,
                });
                p
            })
            .collect();
        (org, members)
    }

    pub fn owners_vote(&mut self, matter: u8, scope: Scope, closes_ms: i64) -> EventId {
        self.submit(Payload::VoteOpened {
            title: format!("matter {matter}"),
            kind: VoteKind::Owners { matter, scope },
            proposal: None,
            closes_ms,
        })
    }

    pub fn ballot(&mut self, vote: EventId, household: EventId, choice: Choice) -> EventId {
        self.submit_at(
            T0 + HOUR,
            Payload::BallotCast {
                vote,
                voter: Voter::Household(household),
                choice,
            },
        )
    }
}

pub fn yuan(y: i64) -> Fen {
    Fen::yuan(y)
}

pub fn may_first_20h() -> i64 {
    cst_to_unix_ms(2025, 5, 1, 20, 0)
}
