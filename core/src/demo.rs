//! 晋阳社区, as a newcomer first meets it: two compounds from the article, a small registry with
//! the cases the counting rules care about (co-owners, one owner of two flats, developer-held
//! flats, areas from each source), the 37-member community council, Beiyuan's five-member
//! resident-group council, the back-gate request with its plan on public notice, and an open
//! council vote on next year's courtyard plan.

use crate::batch::Batch;
use crate::ids::{EventId, HouseholdId, ProposalId, VoteId};
use crate::model::{
    AreaFigures, BudgetLine, CouncilRule, FundingLine, FundingSource, OrgKind, OwnerIdentity,
    Ownership, RequestCategory, Role, Scope, VoteKind,
};
use crate::numbers::{CentiM2, Fen};
use crate::payload::Payload;
use crate::refusal::Refusal;

pub const COMMUNITY: &str = "晋阳社区";
pub const BACK_GATE_PROPOSAL: &str = "北苑小区后门改造";
pub const COUNCIL_VOTE: &str = "2027 年院落微更新计划";
const DAY_MS: i64 = 86_400_000;
const NOTICE_DAYS: i64 = 7;

const COUNCIL: [&str; 37] = [
    "王建华",
    "李秀英",
    "张伟",
    "刘芳",
    "陈敏",
    "杨静",
    "黄强",
    "赵丽",
    "吴磊",
    "周军",
    "徐洋",
    "孙勇",
    "马艳",
    "朱杰",
    "胡娟",
    "郭涛",
    "何明",
    "高超",
    "林秀兰",
    "罗霞",
    "郑平",
    "梁刚",
    "谢桂英",
    "宋辉",
    "唐玲",
    "许鹏",
    "韩燕",
    "冯亮",
    "邓华",
    "曹红",
    "彭飞",
    "曾琳",
    "肖波",
    "田雪",
    "董斌",
    "袁梅",
    "潘宁",
];
/// The first is the 70-year-old retired policeman of the article.
const BEIYUAN_GROUP: [&str; 5] = ["刘德明", "陈淑芬", "王志刚", "李桂兰", "赵永福"];
const OWNERS: [&str; 24] = [
    "张建国",
    "李娟",
    "王磊",
    "刘洋",
    "陈静",
    "杨帆",
    "赵敏",
    "黄丽",
    "周杰",
    "吴霞",
    "徐明",
    "孙燕",
    "胡斌",
    "朱琳",
    "郭峰",
    "何佳",
    "高翔",
    "林峰",
    "罗敏",
    "梁晨",
    "宋佳",
    "郑凯",
    "谢婷",
    "韩冰",
];
/// Floor areas in hundredths of m², varied per flat like a real survey.
const AREAS: [u64; 6] = [8_946, 9_231, 10_482, 11_215, 7_890, 13_240];

/// What the demo created, for tests and for a first screen to link to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Demo {
    pub compounds: Vec<EventId>,
    pub households: Vec<HouseholdId>,
    pub community_council: EventId,
    pub group_council: EventId,
    pub request: EventId,
    pub proposal: ProposalId,
    /// An open roll-call vote of the community council, ready to record ballots in.
    pub council_vote: VoteId,
}

fn masked(n: usize) -> String {
    format!("5101**********{:04}", 1_000 + n * 37 % 9_000)
}

fn person(batch: &mut Batch, name: &str, n: usize) -> Result<EventId, Refusal> {
    batch.add(Payload::PersonAdded {
        name: name.into(),
        masked_id: Some(masked(n)),
        household: None,
    })
}

/// Adds the whole demo to `batch`, which must start from an empty record (the rules refuse
/// founding a second community).
pub fn jinyang(batch: &mut Batch, device_label: &str, now_ms: i64) -> Result<Demo, Refusal> {
    batch.add(Payload::CommunityFounded {
        name: COMMUNITY.into(),
        device_label: device_label.into(),
    })?;
    let mut compounds = Vec::new();
    let mut households = Vec::new();
    let mut flat = 0;
    // Building numbers run on across the community, so a flat's `building-unit-room` names it
    // alone, as residents and the kiosk use it.
    for (compound_name, buildings) in [("红运花园", 4..=5), ("北苑小区", 1..=3)] {
        let compound = batch.add(Payload::CompoundAdded {
            name: compound_name.into(),
        })?;
        compounds.push(compound);
        for b in buildings {
            let building = batch.add(Payload::BuildingAdded {
                compound,
                name: b.to_string(),
            })?;
            for u in 1..=2 {
                let unit = batch.add(Payload::UnitAdded {
                    building,
                    name: u.to_string(),
                })?;
                for floor in 1..=3 {
                    for door in 1..=2 {
                        households.push(HouseholdId(batch.add(Payload::HouseholdAdded {
                            unit,
                            room: format!("{floor}0{door}"),
                            area: area(flat),
                            ownership: ownership(compound_name, b, u, floor, flat),
                            residents: 1 + (flat as u32 * 7) % 5,
                        })?));
                        flat += 1;
                    }
                }
            }
        }
    }

    let term_start_ms = now_ms - 365 * DAY_MS;
    let term_end_ms = Some(now_ms + 2 * 365 * DAY_MS);
    let community_council = batch.add(Payload::OrganisationAdded {
        kind: OrgKind::CommunityCouncil,
        name: "晋阳社区议事会".into(),
        scope: Scope::Community,
    })?;
    for (n, name) in COUNCIL.iter().enumerate() {
        let member = person(batch, name, n)?;
        let role = match n {
            0 => Role::Chair,
            1 => Role::ViceChair,
            2 => Role::Secretary,
            _ => Role::Member,
        };
        batch.add(Payload::MemberAppointed {
            organisation: community_council,
            person: member,
            role,
            term_start_ms,
            term_end_ms,
        })?;
    }
    let beiyuan = compounds[1];
    let group_council = batch.add(Payload::OrganisationAdded {
        kind: OrgKind::ResidentGroupCouncil,
        name: "北苑小区居民小组议事会".into(),
        scope: Scope::Compound(beiyuan),
    })?;
    let mut group = Vec::new();
    for (n, name) in BEIYUAN_GROUP.iter().enumerate() {
        let member = person(batch, name, 100 + n)?;
        batch.add(Payload::MemberAppointed {
            organisation: group_council,
            person: member,
            role: if n == 0 { Role::Chair } else { Role::Member },
            term_start_ms,
            term_end_ms,
        })?;
        group.push(member);
    }

    let request = batch.add(Payload::RequestRaised {
        title: "北苑小区后门损坏".into(),
        detail: "后门门体锈蚀变形、门禁失灵，老人和孩子出入不便，居民多次反映。".into(),
        scope: Scope::Compound(beiyuan),
        raised_by: Some(group[0]),
        category: RequestCategory::Facilities,
        place: "北苑小区北侧后门".into(),
        name: String::new(),
        household: None,
    })?;
    // A second, newer need nobody has taken up yet, so the request list is not all history.
    batch.add(Payload::RequestRaised {
        title: "河边步道路灯不亮".into(),
        detail: "红运花园沿河步道有三盏路灯坏了一个多月，晚上散步看不清台阶。".into(),
        scope: Scope::Compound(compounds[0]),
        raised_by: None,
        category: RequestCategory::Safety,
        place: "红运花园沿河步道".into(),
        name: "陈秀兰".into(),
        household: households.first().copied(),
    })?;
    let budget = vec![
        BudgetLine {
            item: "后门门体及门禁更换".into(),
            amount: Fen::yuan(24_000),
        },
        BudgetLine {
            item: "门前地面硬化与排水".into(),
            amount: Fen::yuan(8_500),
        },
        BudgetLine {
            item: "安装、运输与清理".into(),
            amount: Fen::yuan(3_500),
        },
    ];
    let proposal = ProposalId(batch.add(Payload::ProposalDrafted {
        request: Some(request),
        title: BACK_GATE_PROPOSAL.into(),
        scope: Scope::Compound(beiyuan),
        budget,
        funding: vec![FundingLine {
            source: FundingSource::PublicServiceFunds,
            amount: Fen::yuan(36_000),
        }],
    })?);
    batch.add(Payload::NoticePosted {
        gap_reason: String::new(),
        proposal,
        opens_ms: now_ms,
        closes_ms: now_ms + NOTICE_DAYS * DAY_MS,
    })?;
    let council_vote = VoteId(batch.add(Payload::VoteOpened {
        title: COUNCIL_VOTE.into(),
        kind: VoteKind::Council {
            organisation: community_council,
            rule: CouncilRule::TwoThirdsOfAllMembers,
            quorum: None,
        },
        proposal: None,
        closes_ms: now_ms + 3 * DAY_MS,
    })?);
    Ok(Demo {
        council_vote,
        compounds,
        households,
        community_council,
        group_council,
        request,
        proposal,
    })
}

/// Mostly registered areas; every seventh flat known only by survey, every eleventh only by
/// its sale contract.
fn area(flat: usize) -> AreaFigures {
    let m2 = CentiM2(AREAS[flat % AREAS.len()] + (flat as u64 % 4) * 25);
    let contract = Some(CentiM2(m2.0 + 150));
    if flat % 11 == 10 {
        AreaFigures {
            contract,
            ..AreaFigures::default()
        }
    } else if flat % 7 == 6 {
        AreaFigures {
            surveyed: Some(m2),
            contract,
            registered: None,
        }
    } else {
        AreaFigures {
            registered: Some(m2),
            surveyed: None,
            contract,
        }
    }
}

/// Beiyuan 3-2 is still the developer's; 张建国 owns both flats of Beiyuan 1-1's first floor;
/// every fifth other flat has two co-owners.
fn ownership(compound: &str, building: u32, unit: u32, floor: u32, flat: usize) -> Ownership {
    let beiyuan = compound == "北苑小区";
    if beiyuan && building == 3 && unit == 2 {
        return Ownership::DeveloperHeld {
            developer: "蓉城置业有限公司".into(),
        };
    }
    let owner = |n: usize| OwnerIdentity {
        name: OWNERS[n % OWNERS.len()].into(),
        masked_id: masked(200 + n),
    };
    if beiyuan && building == 1 && unit == 1 && floor == 1 {
        return Ownership::Owners {
            owners: vec![owner(0)],
        };
    }
    let mut owners = vec![owner(flat + 1)];
    if flat % 5 == 4 {
        owners.push(owner(flat + 7));
    }
    Ownership::Owners { owners }
}
