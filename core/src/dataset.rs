//! A seeded, deterministic super-compound for benchmarks and demos: the same spec gives the
//! same record, byte for byte, natively and in the browser. The generator uses its own
//! SplitMix64 so its output can never change with a dependency's version.

use std::collections::BTreeSet;

use crate::ids::{EventId, HouseholdId, ProposalId, VoteId};
use crate::keys::DeviceKey;
use crate::model::*;
use crate::numbers::{CentiM2, Fen};
use crate::owners::PartyId;
use crate::payload::Payload;
use crate::record::Record;
use crate::time::cst_to_unix_ms;

/// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and fully specified.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (Lemire's multiply-shift; the tiny bias is irrelevant for test data).
    pub fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }

    /// True with probability `num/den`.
    pub fn chance(&mut self, num: u64, den: u64) -> bool {
        self.below(den) < num
    }

    pub fn seed32(&mut self) -> [u8; 32] {
        let mut out = [0u8; 32];
        for chunk in out.chunks_mut(8) {
            chunk.copy_from_slice(&self.next_u64().to_le_bytes());
        }
        out
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i as u64 + 1) as usize);
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    pub seed: u64,
    pub buildings: u32,
    pub households: u32,
    /// Ballots in owners' and council votes together.
    pub ballots: u32,
    pub proposals: u32,
    /// Devices writing the record: one admin plus kiosks.
    pub devices: u8,
}

impl Spec {
    /// The benchmark compound: 10,000 households, 100,000 ballots, 40 proposals.
    pub fn super_compound() -> Spec {
        Spec {
            seed: 2017,
            buildings: 40,
            households: 10_000,
            ballots: 100_000,
            proposals: 40,
            devices: 4,
        }
    }

    /// Something a debug-build test generates in well under a second.
    pub fn small(seed: u64) -> Spec {
        Spec {
            seed,
            buildings: 4,
            households: 240,
            ballots: 1_000,
            proposals: 4,
            devices: 3,
        }
    }
}

pub struct Dataset {
    pub record: Record,
    pub keys: Vec<DeviceKey>,
    pub households: Vec<HouseholdId>,
    pub proposals: Vec<ProposalId>,
    pub council_votes: Vec<VoteId>,
    pub owners_votes: Vec<VoteId>,
}

const COUNCIL_SIZE: usize = 37;
const SURNAMES: [&str; 12] = [
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
];
const GIVEN: [&str; 12] = [
    "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰",
];

struct Writer {
    record: Record,
    keys: Vec<DeviceKey>,
    clock: i64,
}

impl Writer {
    fn put(&mut self, device: usize, payload: Payload) -> EventId {
        self.clock += 1_000;
        let author = if device == 0 {
            "admin".to_string()
        } else {
            format!("kiosk {device}")
        };
        self.record
            .submit(&self.keys[device], self.clock, &author, payload)
            .unwrap_or_else(|e| panic!("the generator only writes valid events: {e}"))
    }
}

fn person_name(rng: &mut SplitMix64) -> (String, String) {
    let name = format!(
        "{}{}{}",
        SURNAMES[rng.below(12) as usize],
        GIVEN[rng.below(12) as usize],
        GIVEN[rng.below(12) as usize]
    );
    (name, format!("5101**********{:04}", rng.below(10_000)))
}

pub fn generate(spec: Spec) -> Dataset {
    let mut rng = SplitMix64::new(spec.seed);
    let keys: Vec<DeviceKey> = (0..spec.devices.max(1))
        .map(|_| DeviceKey::from_seed(rng.seed32()))
        .collect();
    let mut w = Writer {
        record: Record::new(),
        keys,
        clock: cst_to_unix_ms(2025, 3, 1, 9, 0),
    };
    w.put(
        0,
        Payload::CommunityFounded {
            name: "晋阳社区".into(),
            device_label: "社区 admin".into(),
        },
    );
    for d in 1..w.keys.len() {
        let device = w.keys[d].device();
        w.put(
            0,
            Payload::DeviceTrusted {
                device,
                label: format!("北苑 kiosk {d}"),
                admin: false,
                role: Some(crate::authority::DeviceRole::Clerk),
                household: None,
            },
        );
    }
    let compound = w.put(
        0,
        Payload::CompoundAdded {
            name: "北苑小区".into(),
        },
    );
    let mut units = Vec::new();
    for b in 1..=spec.buildings.max(1) {
        let building = w.put(
            0,
            Payload::BuildingAdded {
                compound,
                name: b.to_string(),
            },
        );
        for u in 1..=2 {
            units.push(w.put(
                0,
                Payload::UnitAdded {
                    building,
                    name: u.to_string(),
                },
            ));
        }
    }
    // Households: ~1% belong to a buyer of several units, ~2% are developer-held, ~10% co-owned.
    let mut buyers: Vec<OwnerIdentity> = Vec::new();
    let mut households = Vec::new();
    for i in 0..spec.households {
        let unit = units[i as usize % units.len()];
        let floor = 1 + (i as usize / units.len()) / 4;
        let room = format!("{}{:02}", floor, 1 + (i as usize / units.len()) % 4);
        let roll = rng.below(100);
        let ownership = if roll < 2 {
            Ownership::DeveloperHeld {
                developer: "蓉城置业开发商".into(),
            }
        } else if roll < 3 && !buyers.is_empty() {
            let owner = buyers[rng.below(buyers.len() as u64) as usize].clone();
            Ownership::Owners {
                owners: vec![owner],
            }
        } else {
            let (name, masked_id) = person_name(&mut rng);
            let first = OwnerIdentity { name, masked_id };
            if roll < 6 {
                buyers.push(first.clone());
            }
            let mut owners = vec![first];
            if roll >= 90 {
                let (name, masked_id) = person_name(&mut rng);
                owners.push(OwnerIdentity { name, masked_id });
            }
            Ownership::Owners { owners }
        };
        let area = CentiM2(6_000 + rng.below(10_000));
        let area = match rng.below(10) {
            0 => AreaFigures {
                contract: Some(area),
                ..Default::default()
            },
            1 => AreaFigures {
                surveyed: Some(area),
                contract: Some(CentiM2(area.0 + 150)),
                registered: None,
            },
            _ => AreaFigures {
                registered: Some(area),
                surveyed: None,
                contract: Some(CentiM2(area.0 + 150)),
            },
        };
        let residents = rng.below(6) as u32;
        households.push(HouseholdId(w.put(
            0,
            Payload::HouseholdAdded {
                unit,
                room,
                area,
                ownership,
                residents,
            },
        )));
    }
    let council = w.put(
        0,
        Payload::OrganisationAdded {
            kind: OrgKind::CommunityCouncil,
            name: "晋阳社区议事会".into(),
            scope: Scope::Community,
        },
    );
    let mut members = Vec::new();
    for _ in 0..COUNCIL_SIZE {
        let (name, masked_id) = person_name(&mut rng);
        let person = w.put(
            0,
            Payload::PersonAdded {
                name,
                masked_id: Some(masked_id),
                household: None,
            },
        );
        let term_start_ms = w.clock - 86_400_000;
        w.put(
            0,
            Payload::MemberAppointed {
                organisation: council,
                person,
                role: Role::Member,
                term_start_ms,
                term_end_ms: None,
            },
        );
        members.push(person);
    }

    let mut ballots_left = spec.ballots as u64;
    let mut proposals = Vec::new();
    let mut council_votes = Vec::new();
    for n in 0..spec.proposals {
        let title = format!("项目 {}", n + 1);
        let budget = Fen::yuan(5_000 + 1_000 * rng.below(40) as i64);
        let proposal = ProposalId(w.put(
            0,
            Payload::ProposalDrafted {
                request: None,
                title: title.clone(),
                scope: Scope::Compound(compound),
                budget: vec![BudgetLine {
                    item: "works".into(),
                    amount: budget,
                }],
                funding: vec![FundingLine {
                    source: FundingSource::PublicServiceFunds,
                    amount: budget,
                }],
            },
        ));
        let opens_ms = w.clock;
        w.put(
            0,
            Payload::NoticePosted {
                gap_reason: String::new(),
                proposal,
                opens_ms,
                // The shortest notice the rules allow, then straight to the council.
                closes_ms: opens_ms + 86_400_000,
            },
        );
        w.clock += 86_400_000;
        let vote = VoteId(w.put(
            0,
            Payload::VoteOpened {
                title,
                kind: VoteKind::Council {
                    organisation: council,
                    rule: CouncilRule::TwoThirdsOfAllMembers,
                    quorum: None,
                },
                proposal: Some(proposal),
                closes_ms: w.clock + 86_400_000,
            },
        ));
        let present = 20 + rng.below(18) as usize;
        for m in members.iter().take(present.min(ballots_left as usize)) {
            let choice = if rng.chance(4, 5) {
                Choice::Yes
            } else {
                Choice::No
            };
            let device = rng.below(w.keys.len() as u64) as usize;
            w.put(
                device,
                Payload::BallotCast {
                    vote,
                    voter: Voter::Member(*m),
                    choice,
                },
            );
            ballots_left -= 1;
        }
        w.put(0, Payload::VoteClosed { vote, cut: None });
        if w.record.state().proposals[&proposal].stage == Stage::Passed {
            w.put(0, Payload::ContractorSelectionStarted { proposal });
            let mut bids = Vec::new();
            for c in 0..3 {
                let amount = Fen(budget.0 - 100 * rng.below(budget.0 as u64 / 1_000) as i64);
                bids.push(w.put(
                    0,
                    Payload::BidSubmitted {
                        proposal,
                        contractor: format!("施工单位 {c}"),
                        amount,
                        note: String::new(),
                        duration_days: Some(20 + 5 * c),
                        warranty_months: Some(24),
                        interest: Interest::NoneDeclared,
                    },
                ));
            }
            let chosen = bids[rng.below(3) as usize];
            w.put(
                0,
                Payload::ContractorChosen {
                    proposal,
                    bid: chosen,
                    reason: "报价与工期综合最优".into(),
                    meeting: None,
                },
            );
            let amount = w.record.state().bids[&chosen].amount;
            w.put(
                0,
                Payload::ExpenseRecorded {
                    payee: String::new(),
                    proposal,
                    budget_line: Some(0),
                    description: "works".into(),
                    amount,
                },
            );
            w.put(
                0,
                Payload::WorkAccepted {
                    proposal,
                    report: None,
                },
            );
            w.put(
                0,
                Payload::ProposalClosed {
                    proposal,
                    note: String::new(),
                },
            );
        }
        proposals.push(proposal);
        council_votes.push(vote);
    }

    // Owners' votes share the remaining ballots evenly, each party voting at most once per vote.
    let parties = w
        .record
        .state()
        .households
        .values()
        .map(|h| h.party)
        .collect::<BTreeSet<PartyId>>()
        .len() as u64;
    let per_vote_cap = (parties * 9 / 10).max(1);
    let n_votes = ballots_left.div_ceil(per_vote_cap);
    let mut owners_votes = Vec::new();
    for v in 0..n_votes {
        let target = ballots_left / (n_votes - v);
        let matter = 1 + rng.below(9) as u8;
        let vote = VoteId(w.put(
            0,
            Payload::VoteOpened {
                title: format!("业主大会表决 {} (事项 {matter})", v + 1),
                kind: VoteKind::Owners {
                    matter,
                    scope: Scope::Compound(compound),
                },
                proposal: None,
                closes_ms: w.clock + 30 * 86_400_000,
            },
        ));
        let mut order = households.clone();
        rng.shuffle(&mut order);
        let mut voted: BTreeSet<PartyId> = BTreeSet::new();
        let mut cast = 0;
        for h in order {
            if cast == target {
                break;
            }
            let party = w.record.state().households[&h].party;
            if !voted.insert(party) {
                continue;
            }
            let choice = match rng.below(10) {
                0..=6 => Choice::Yes,
                7..=8 => Choice::No,
                _ => Choice::Abstain,
            };
            let device = rng.below(w.keys.len() as u64) as usize;
            w.put(
                device,
                Payload::BallotCast {
                    vote,
                    voter: Voter::Household(h),
                    choice,
                },
            );
            cast += 1;
        }
        ballots_left -= cast;
        w.put(0, Payload::VoteClosed { vote, cut: None });
        owners_votes.push(vote);
    }
    let Writer {
        mut record, keys, ..
    } = w;
    for k in &keys {
        record.seal(k);
    }
    Dataset {
        record,
        keys,
        households,
        proposals,
        council_votes,
        owners_votes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix64_matches_the_reference_sequence() {
        // First outputs for seed 1234567 from the reference C implementation.
        let mut r = SplitMix64::new(1_234_567);
        assert_eq!(r.next_u64(), 6_457_827_717_110_365_317);
        assert_eq!(r.next_u64(), 3_203_168_211_198_807_973);
    }
}

/// The operations `make bench` times, natively (`examples/bench.rs`, criterion) and as wasm in
/// headless Chromium (`tests/storage_bench.rs`), so both sides measure exactly the same code.
pub mod workload {
    use crate::event::Event;
    use crate::keys::DeviceKey;
    use crate::record::{fold, Record};
    use crate::snapshot::{export, import, Limits, Scope};
    use crate::tally::live_result;

    /// Folds the log into state and tallies every vote; returns how many passed.
    pub fn fold_and_tally(events: &[Event]) -> usize {
        let state = fold(events);
        state
            .votes
            .values()
            .filter(|v| live_result(&state, v).passed())
            .count()
    }

    /// Reads a snapshot file with every check and merges it into an empty record; returns the
    /// events it holds.
    pub fn import_verify_merge(file: &[u8]) -> usize {
        let snapshot = import(file, &Limits::default()).expect("the benchmark's own file");
        snapshot.into_record().expect("merges").len()
    }

    /// The whole community as a snapshot file's bytes.
    pub fn export_json(record: &mut Record, key: &DeviceKey) -> Vec<u8> {
        export(record, key, 0, Scope::Community).to_json()
    }
}
