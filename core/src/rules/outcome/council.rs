//! A council vote's result: counted against ALL members for the 2/3 rule.

use serde::{Deserialize, Serialize};

use crate::model::CouncilRule;
use crate::numbers::{percent, thousands, Ratio};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CouncilResult {
    pub rule: CouncilRule,
    pub quorum: Option<Ratio>,
    pub members: u64,
    pub present: u64,
    pub yes: u64,
    pub no: u64,
    pub abstain: u64,
    pub by_show_of_hands: bool,
}

impl CouncilResult {
    pub fn quorum_met(&self) -> bool {
        self.quorum
            .is_none_or(|q| q.reached_by(self.present, self.members))
    }

    /// Yes votes the rule needs; with the 2/3 rule and 37 members, 25.
    pub fn yes_needed(&self) -> u64 {
        match self.rule {
            CouncilRule::TwoThirdsOfAllMembers => Ratio::TWO_THIRDS.ceil_of(self.members),
            CouncilRule::MajorityOfAllMembers => self.members / 2 + 1,
            CouncilRule::MajorityOfPresent => self.present / 2 + 1,
        }
    }

    pub fn rule_met(&self) -> bool {
        match self.rule {
            CouncilRule::TwoThirdsOfAllMembers => {
                Ratio::TWO_THIRDS.reached_by(self.yes, self.members)
            }
            CouncilRule::MajorityOfAllMembers => Ratio::HALF.exceeded_by(self.yes, self.members),
            CouncilRule::MajorityOfPresent => Ratio::HALF.exceeded_by(self.yes, self.present),
        }
    }

    pub fn passed(&self) -> bool {
        self.members > 0 && self.quorum_met() && self.rule_met()
    }

    /// e.g. `yes 25 of 37 members (67.6%) >= 2/3 of all members, 25 needed: met`.
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(q) = self.quorum {
            out.push(format!(
                "quorum {} of {} members present ({}) >= {q}: {}",
                thousands(self.present),
                thousands(self.members),
                percent(self.present, self.members),
                if self.quorum_met() { "met" } else { "not met" }
            ));
        }
        let (whole, noun, rule) = match self.rule {
            CouncilRule::TwoThirdsOfAllMembers => {
                (self.members, "members", ">= 2/3 of all members")
            }
            CouncilRule::MajorityOfAllMembers => (self.members, "members", "> 1/2 of all members"),
            CouncilRule::MajorityOfPresent => {
                (self.present, "members present", "> 1/2 of those present")
            }
        };
        out.push(format!(
            "yes {} of {} {noun} ({}) {rule}, {} needed: {}",
            thousands(self.yes),
            thousands(whole),
            percent(self.yes, whole),
            thousands(self.yes_needed()),
            if self.rule_met() { "met" } else { "not met" }
        ));
        out.push(format!(
            "{} yes, {} no, {} abstaining{}; result: {}",
            self.yes,
            self.no,
            self.abstain,
            if self.by_show_of_hands {
                " (show of hands)"
            } else {
                " (roll call)"
            },
            if self.passed() {
                "passed"
            } else {
                "not passed"
            }
        ));
        out
    }
}
