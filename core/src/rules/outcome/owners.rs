//! An owners' vote's result: the four figures of Civil Code art. 278 and their thresholds.

use serde::{Deserialize, Serialize};

use crate::numbers::{percent, thousands, CentiM2, Ratio};

/// Share of participants that must approve, and whether reaching it exactly is enough.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Threshold {
    pub ratio: Ratio,
    /// "过半数" (more than half) is strict; "以上" (at least) includes the figure itself.
    pub strict: bool,
}

impl Threshold {
    /// Whether `part` of `whole` meets the threshold. Nothing is met over an empty whole: with no
    /// ballot cast (or no owner in scope) "3/4 of 0" must not read as a decision reached.
    pub fn met(self, part: u64, whole: u64) -> bool {
        if whole == 0 {
            false
        } else if self.strict {
            self.ratio.exceeded_by(part, whole)
        } else {
            self.ratio.reached_by(part, whole)
        }
    }

    /// The smallest `part` of `whole` that meets the threshold, e.g. 25 of 37 for 2/3, 19 of
    /// 36 for more than half.
    pub fn needed(self, whole: u64) -> u64 {
        if self.strict {
            let n = whole as u128 * self.ratio.num as u128;
            (n / self.ratio.den.max(1) as u128) as u64 + 1
        } else {
            self.ratio.ceil_of(whole)
        }
    }

    fn symbol(self) -> &'static str {
        if self.strict {
            ">"
        } else {
            ">="
        }
    }
}

/// Which of the four figures art. 278 tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeterKind {
    ParticipationOwners,
    ParticipationArea,
    ApprovalOwners,
    ApprovalArea,
}

impl MeterKind {
    pub fn by_area(self) -> bool {
        matches!(self, MeterKind::ParticipationArea | MeterKind::ApprovalArea)
    }
}

/// One figure against its threshold, as a meter shows it (areas in centi-square-metres).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Meter {
    pub kind: MeterKind,
    pub part: u64,
    pub whole: u64,
    /// The smallest part that meets the threshold; `None` over an empty whole, where nothing can.
    pub needed: Option<u64>,
    pub met: bool,
}

impl Meter {
    fn new(kind: MeterKind, part: u64, whole: u64, t: Threshold) -> Meter {
        Meter {
            kind,
            part,
            whole,
            needed: (whole > 0).then(|| t.needed(whole)),
            met: t.met(part, whole),
        }
    }
}

/// Participation needed for every matter: 2/3 of area AND of owners.
pub const PARTICIPATION: Threshold = Threshold {
    ratio: Ratio::TWO_THIRDS,
    strict: false,
};

/// An owners' decision with every figure needed to explain it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnersResult {
    pub matter: u8,
    pub owners: u64,
    pub area: CentiM2,
    pub participating_owners: u64,
    pub participating_area: CentiM2,
    pub yes_owners: u64,
    pub yes_area: CentiM2,
    pub no_owners: u64,
    pub abstain_owners: u64,
    /// The area of those voting no and of those abstaining: a posted result shows every
    /// choice by owners and by area.
    pub no_area: CentiM2,
    pub abstain_area: CentiM2,
    pub approval: Threshold,
}

impl OwnersResult {
    pub fn participation_met(&self) -> bool {
        PARTICIPATION.met(self.participating_owners, self.owners)
            && PARTICIPATION.met(self.participating_area.0, self.area.0)
    }

    pub fn approval_met(&self) -> bool {
        self.approval
            .met(self.yes_owners, self.participating_owners)
            && self
                .approval
                .met(self.yes_area.0, self.participating_area.0)
    }

    pub fn passed(&self) -> bool {
        self.owners > 0 && self.participation_met() && self.approval_met()
    }

    /// The four figures in the order the law lists them: participation by owners and by area,
    /// then approval among participants by owners and by area.
    pub fn meters(&self) -> [Meter; 4] {
        let (p, a) = (PARTICIPATION, self.approval);
        [
            Meter::new(
                MeterKind::ParticipationOwners,
                self.participating_owners,
                self.owners,
                p,
            ),
            Meter::new(
                MeterKind::ParticipationArea,
                self.participating_area.0,
                self.area.0,
                p,
            ),
            Meter::new(
                MeterKind::ApprovalOwners,
                self.yes_owners,
                self.participating_owners,
                a,
            ),
            Meter::new(
                MeterKind::ApprovalArea,
                self.yes_area.0,
                self.participating_area.0,
                a,
            ),
        ]
    }

    /// e.g. `participation 905 of 1,152 owners (78.6%) >= 2/3: met`.
    pub fn lines(&self) -> Vec<String> {
        let p = PARTICIPATION;
        let a = self.approval;
        vec![
            line(
                "participation",
                self.participating_owners,
                self.owners,
                "owners",
                p,
            ),
            area_line("participation", self.participating_area, self.area, "", p),
            line(
                "approval",
                self.yes_owners,
                self.participating_owners,
                "participating owners",
                a,
            ),
            area_line(
                "approval",
                self.yes_area,
                self.participating_area,
                "participating ",
                a,
            ),
            format!(
                "matter {} of Civil Code art. 278: {}",
                self.matter,
                if self.passed() {
                    "passed"
                } else {
                    "not passed"
                }
            ),
        ]
    }
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "not met"
    }
}

fn line(what: &str, part: u64, whole: u64, noun: &str, t: Threshold) -> String {
    format!(
        "{what} {} of {} {noun} ({}) {} {}: {}",
        thousands(part),
        thousands(whole),
        percent(part, whole),
        t.symbol(),
        t.ratio,
        verdict(t.met(part, whole))
    )
}

fn area_line(what: &str, part: CentiM2, whole: CentiM2, qualifier: &str, t: Threshold) -> String {
    format!(
        "{what} {part} of {whole} of {qualifier}area ({}) {} {}: {}",
        percent(part.0, whole.0),
        t.symbol(),
        t.ratio,
        verdict(t.met(part.0, whole.0))
    )
}
