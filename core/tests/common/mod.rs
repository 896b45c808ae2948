//! A small Beiyuan compound built through the public command API, shared by the test files.
#![allow(dead_code)]

use gongzhi_core::model::*;
use gongzhi_core::time::cst_to_unix_ms;
use gongzhi_core::{
    CentiM2, DeviceKey, Event, EventId, Fen, HouseholdId, Payload, ProposalId, Record, SignedHead,
    VoteId,
};

pub const T0: i64 = 1_746_000_000_000;
pub const HOUR: i64 = 3_600_000;
pub const DAY: i64 = 24 * HOUR;

/// Proptest cases per property: `PROPTEST_CASES` if set (`make soak` sets 100,000), otherwise
/// 1,000, the floor `make test` must run.
pub fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000)
}

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
    ) -> HouseholdId {
        let unit = self.units[b - 1][u - 1];
        HouseholdId(self.submit(Payload::HouseholdAdded {
            unit,
            room: room.into(),
            area,
            ownership,
            residents: 2,
        }))
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

    pub fn owners_vote(&mut self, matter: u8, scope: Scope, closes_ms: i64) -> VoteId {
        VoteId(self.submit(Payload::VoteOpened {
            title: format!("matter {matter}"),
            kind: VoteKind::Owners { matter, scope },
            proposal: None,
            closes_ms,
        }))
    }

    pub fn ballot(&mut self, vote: VoteId, household: HouseholdId, choice: Choice) -> EventId {
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

/// The admin trusts `k` with `role` (a resident's phone for `household`).
pub fn trust(
    t: &mut Town,
    k: &DeviceKey,
    role: gongzhi_core::rules::authority::DeviceRole,
    household: Option<HouseholdId>,
) {
    t.submit(Payload::DeviceTrusted {
        device: k.device(),
        label: format!("{} device", role.name()),
        admin: role == gongzhi_core::rules::authority::DeviceRole::Admin,
        role: Some(role),
        household,
    });
}

pub fn yuan(y: i64) -> Fen {
    Fen::yuan(y)
}

pub fn may_first_20h() -> i64 {
    cst_to_unix_ms(2025, 5, 1, 20, 0)
}

/// A record in which every kind of event occurs at least once, written by two devices.
pub fn every_kind() -> (Record, Vec<DeviceKey>) {
    let mut t = Town::new(1);
    let kiosk = key(2);
    t.submit(Payload::DeviceTrusted {
        device: kiosk.device(),
        label: "北苑 kiosk 2".into(),
        admin: false,
        role: Some(gongzhi_core::rules::authority::DeviceRole::Secretary),
        household: None,
    });
    t.submit(Payload::DeviceTrusted {
        device: key(9).device(),
        label: "lost phone".into(),
        admin: true,
        role: None,
        household: None,
    });
    t.submit(Payload::DeviceRevoked {
        device: key(9).device(),
        last_seq: None,
    });
    let h = t.household(
        1,
        1,
        "501",
        AreaFigures {
            registered: Some(CentiM2(9_012)),
            surveyed: None,
            contract: Some(CentiM2(9_100)),
        },
        owners(&[("王芳", "5101**1"), ("李强", "5101**2")]),
    );
    let dev = t.household(
        1,
        2,
        "101",
        registered(8_000),
        Ownership::DeveloperHeld {
            developer: "开发商".into(),
        },
    );
    let second = t.household(
        1,
        2,
        "102",
        registered(7_500),
        owners(&[("赵敏", "5101**3")]),
    );
    t.submit(Payload::HouseholdChanged {
        household: h,
        area: None,
        ownership: None,
        residents: Some(3),
    });
    let person = t.submit(Payload::PersonAdded {
        name: "王芳".into(),
        masked_id: Some("5101**1".into()),
        household: Some(h),
    });
    let (org, members) = t.council(3);
    t.submit(Payload::MemberAppointed {
        organisation: org,
        person,
        role: Role::Secretary,
        term_start_ms: T0 - DAY,
        term_end_ms: Some(T0 + 400 * DAY),
    });
    t.submit(Payload::MemberLeft {
        organisation: org,
        person,
    });
    let request = t.submit(Payload::RequestRaised {
        title: "后门".into(),
        detail: "坏了".into(),
        scope: Scope::Compound(t.compound),
        raised_by: Some(person),
        category: RequestCategory::Facilities,
        place: "北门".into(),
        name: String::new(),
        household: Some(h),
    });
    let answered = t.submit(Payload::RequestRaised {
        title: "楼道灯".into(),
        detail: "不亮".into(),
        scope: Scope::Community,
        raised_by: None,
        category: RequestCategory::Other,
        place: String::new(),
        name: "陈".into(),
        household: None,
    });
    t.submit(Payload::RequestClosed {
        request: answered,
        reply: "物业已修好".into(),
    });
    let proposal = ProposalId(t.submit(Payload::ProposalDrafted {
        request: Some(request),
        title: "北苑后门".into(),
        scope: Scope::Building(t.buildings[0]),
        budget: vec![BudgetLine {
            item: "gate".into(),
            amount: yuan(36_000),
        }],
        funding: vec![FundingLine {
            source: FundingSource::MaintenanceFund,
            amount: yuan(36_000),
        }],
    }));
    t.submit(Payload::ProposalRevised {
        title: None,
        proposal,
        budget: vec![BudgetLine {
            item: "gate".into(),
            amount: yuan(36_000),
        }],
        funding: vec![FundingLine {
            source: FundingSource::PublicServiceFunds,
            amount: yuan(36_000),
        }],
    });
    t.submit(Payload::NoticePosted {
        gap_reason: "无差额，照常公示".into(),
        proposal,
        opens_ms: T0,
        closes_ms: T0 + DAY,
    });
    t.submit_at(
        T0 + HOUR,
        Payload::NoticeResponse {
            proposal,
            stance: Stance::Support,
            household: Some(h),
            text: "好".into(),
            name: "王芳".into(),
        },
    );
    // A resident's own phone, enrolled for nothing: its response waits for a clerk.
    let phone = key(7);
    let response = t
        .record
        .submit(
            &phone,
            T0 + 2 * HOUR,
            "phone",
            Payload::NoticeResponse {
                proposal,
                stance: Stance::Objection,
                household: Some(h),
                text: "太贵".into(),
                name: "李强".into(),
            },
        )
        .unwrap();
    t.submit_at(
        T0 + 3 * HOUR,
        Payload::ResponseConfirmed { proposal, response },
    );
    t.submit_at(
        T0 + DAY,
        Payload::RoadshowHeld {
            proposal,
            presenter: "王芳".into(),
            group: Some(org),
            summary: "资金来自公共服务资金；公示期 1 户支持".into(),
        },
    );
    let vote = VoteId(t.submit_at(
        T0 + DAY,
        Payload::VoteOpened {
            title: "北苑后门".into(),
            kind: VoteKind::Council {
                organisation: org,
                rule: CouncilRule::TwoThirdsOfAllMembers,
                quorum: None,
            },
            proposal: Some(proposal),
            closes_ms: T0 + 2 * DAY,
        },
    ));
    let ballots: Vec<EventId> = members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            t.submit_at(
                T0 + DAY,
                Payload::BallotCast {
                    vote,
                    voter: Voter::Member(*m),
                    // The first member's mis-tap, corrected below.
                    choice: if i == 0 { Choice::No } else { Choice::Yes },
                },
            )
        })
        .collect();
    t.submit_at(
        T0 + DAY,
        Payload::BallotCorrected {
            vote,
            ballot: ballots[0],
            choice: Choice::Yes,
            reason: "按错了".into(),
        },
    );
    t.submit_at(T0 + DAY, Payload::VoteClosed { vote, cut: None });
    let hands_vote = VoteId(t.submit_at(
        T0 + DAY,
        Payload::VoteOpened {
            title: "活动经费".into(),
            kind: VoteKind::Council {
                organisation: org,
                rule: CouncilRule::MajorityOfPresent,
                quorum: None,
            },
            proposal: None,
            closes_ms: T0 + 2 * DAY,
        },
    ));
    t.submit_at(
        T0 + DAY,
        Payload::HandsCounted {
            vote: hands_vote,
            yes: 2,
            no: 1,
            abstain: 0,
        },
    );
    t.submit(Payload::ContractorSelectionStarted { proposal });
    let bid = t.submit(Payload::BidSubmitted {
        proposal,
        contractor: "乙公司".into(),
        amount: yuan(34_500),
        note: "含税".into(),
        duration_days: Some(30),
        warranty_months: Some(24),
        interest: Interest::Declared("法人是议事员的表亲".into()),
    });
    let decided = t.submit(Payload::MeetingScheduled {
        kind: MeetingKind::CouncilMeeting,
        organisation: Some(org),
        title: "比选会".into(),
        at_ms: T0 + DAY,
        agenda: vec!["比选".into()],
        links: Vec::new(),
        place: String::new(),
        series: None,
    });
    t.submit(Payload::ContractorChosen {
        proposal,
        bid,
        reason: "唯一报价，低于预算".into(),
        meeting: Some(decided),
    });
    t.submit(Payload::PledgeMade {
        proposal,
        household: h,
        amount: yuan(100),
    });
    t.submit(Payload::ReceiptRecorded {
        proposal,
        household: h,
        amount: yuan(100),
    });
    t.submit(Payload::ExpenseRecorded {
        payee: "蓉安门业".into(),
        proposal,
        budget_line: Some(0),
        description: "gate".into(),
        amount: yuan(34_500),
        paid_on_ms: None,
    });
    t.submit(Payload::WorkAccepted {
        proposal,
        report: Some(Acceptance {
            on_ms: T0,
            inspectors: vec!["刘德明".into(), "监理 陈工".into()],
            findings: "门体安装牢固，门禁可用".into(),
            photo_sha256: Some("ab".repeat(32)),
        }),
    });
    t.submit(Payload::ProposalClosed {
        proposal,
        note: "结余退回".into(),
    });
    let meeting = t.submit(Payload::MeetingScheduled {
        kind: MeetingKind::ReceptionDay,
        organisation: Some(org),
        title: "业主接待日".into(),
        at_ms: T0 + DAY,
        agenda: vec!["后门".into(), "停车".into()],
        links: Vec::new(),
        place: String::new(),
        series: None,
    });
    let monthly = t.submit(Payload::MeetingSeriesSet {
        kind: MeetingKind::JointMeeting,
        organisation: Some(org),
        title: "联席会议".into(),
        rule: Recurrence::NthWeekday {
            nth: -1,
            weekday: 5,
        },
        start_minute: 19 * 60 + 30,
        duration_minutes: 90,
        place: "社区活动室".into(),
    });
    t.submit(Payload::MeetingScheduled {
        kind: MeetingKind::JointMeeting,
        organisation: Some(org),
        title: "联席会议（三月）".into(),
        at_ms: T0 + 2 * DAY,
        agenda: vec!["后门验收".into()],
        links: vec![proposal.event(), request],
        place: "社区活动室".into(),
        series: Some(monthly),
    });
    t.submit(Payload::MeetingSeriesEnded { series: monthly });
    t.submit(Payload::AttendanceRecorded {
        meeting,
        person,
        present: true,
    });
    t.submit(Payload::MinutesRecorded {
        meeting,
        text: "议定".into(),
    });
    let fund = t.submit(Payload::FundOpened {
        title: "樱花树".into(),
        scope: Scope::Community,
        target: yuan(2_000),
        proposal: None,
    });
    t.submit(Payload::FundPledged {
        fund,
        household: h,
        amount: yuan(80),
    });
    t.submit(Payload::FundReceived {
        fund,
        household: h,
        amount: yuan(75),
    });
    t.submit(Payload::FundSpent {
        payee: "锦江区花木场".into(),
        fund,
        description: "树苗".into(),
        amount: yuan(60),
        paid_on_ms: None,
    });
    t.submit(Payload::ActivityHeld {
        title: "植树".into(),
        organisation: None,
        at_ms: T0,
        participants: 28,
        note: "50 棵樱花".into(),
        fund: Some(fund),
    });
    t.submit(Payload::FundSettled {
        fund,
        surplus: Surplus::Reassign {
            note: "转入楼道绿化".into(),
        },
    });
    // The kiosk, a second device, writes an owners' vote and a ballot on its own chain.
    let mut record = t.record;
    record.seal(&t.admin);
    let owners_vote = VoteId(
        record
            .submit(
                &kiosk,
                T0,
                "kiosk",
                Payload::VoteOpened {
                    title: "规约".into(),
                    kind: VoteKind::Owners {
                        matter: 2,
                        scope: Scope::Unit(t.units[0][1]),
                    },
                    proposal: None,
                    closes_ms: T0 + DAY,
                },
            )
            .unwrap(),
    );
    let second_thought = record
        .submit(
            &phone,
            T0 + HOUR / 2,
            "phone",
            Payload::BallotCast {
                vote: owners_vote,
                voter: Voter::Household(dev),
                choice: Choice::No,
            },
        )
        .unwrap();
    record
        .submit(
            &kiosk,
            T0 + HOUR,
            "kiosk",
            Payload::BallotCast {
                vote: owners_vote,
                voter: Voter::Household(dev),
                choice: Choice::Abstain,
            },
        )
        .unwrap();
    let phone_ballot = record
        .submit(
            &phone,
            T0 + HOUR,
            "phone",
            Payload::BallotCast {
                vote: owners_vote,
                voter: Voter::Household(second),
                choice: Choice::Yes,
            },
        )
        .unwrap();
    record
        .submit(
            &kiosk,
            T0 + 2 * HOUR,
            "kiosk",
            Payload::BallotConfirmed {
                vote: owners_vote,
                ballot: phone_ballot,
            },
        )
        .unwrap();
    // The phone's earlier ballot for the household that then voted at the kiosk: nobody can
    // confirm it, so the kiosk's clerk dismisses it, saying why.
    record
        .submit(
            &kiosk,
            T0 + 2 * HOUR,
            "kiosk",
            Payload::BallotDismissed {
                vote: owners_vote,
                ballot: second_thought,
                reason: "该户已在自助机投票".into(),
            },
        )
        .unwrap();
    for (round, clerk) in [(EntryRound::First, "甲"), (EntryRound::Second, "乙")] {
        record
            .submit(
                &kiosk,
                T0 + HOUR,
                "kiosk",
                Payload::PaperBallotEntered {
                    vote: owners_vote,
                    household: dev,
                    choice: Choice::Abstain,
                    round,
                    clerk: clerk.into(),
                },
            )
            .unwrap();
    }
    record.seal(&kiosk);
    record.seal(&phone);
    (record, vec![t.admin, kiosk, phone])
}

/// Events a device signed by hand, as an outsider writing a file from the format document
/// would: each `(lamport, payload)` in chain order, with the head signed over the last.
pub fn forged_chain(k: &DeviceKey, events: Vec<(u64, Payload)>) -> (Vec<Event>, Vec<SignedHead>) {
    let mut out: Vec<Event> = Vec::new();
    for (lamport, payload) in events {
        let prev = out.last().map(|e| e.hash);
        let id = EventId {
            device: k.device(),
            seq: out.len() as u64 + 1,
        };
        out.push(Event::seal(
            id,
            lamport,
            T0,
            "mallory".into(),
            prev,
            payload,
        ));
    }
    let last = out.last().unwrap();
    let head = k.sign_head(last.id.seq, last.hash);
    (out, vec![head])
}

/// Events a device writes by hand after those `record` holds of it, each with the clock and
/// time it chooses (as a stolen kiosk, or a stranger's hand-written file, may), and the head
/// that signs them.
pub fn extend_chain(
    record: &Record,
    k: &DeviceKey,
    items: Vec<(u64, i64, Payload)>,
) -> (Vec<Event>, Vec<SignedHead>) {
    let last = record.last_of(&k.device());
    let mut prev = last.map(|e| e.hash);
    let mut out = Vec::new();
    for (seq, (lamport, wall_ms, payload)) in (last.map_or(0, |e| e.id.seq) + 1..).zip(items) {
        let e = Event::seal(
            EventId {
                device: k.device(),
                seq,
            },
            lamport,
            wall_ms,
            "mallory".into(),
            prev,
            payload,
        );
        prev = Some(e.hash);
        out.push(e);
    }
    let last = out.last().expect("at least one event");
    let head = k.sign_head(last.id.seq, last.hash);
    (out, vec![head])
}
