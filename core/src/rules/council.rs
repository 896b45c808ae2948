//! Council decisions (resident-group council, community council): counted by roll call or by a
//! secretary's show-of-hands figures, always against ALL members for the 2/3 rule.

use crate::model::{Choice, CouncilRule};
use crate::numbers::Ratio;
use crate::rules::state::Vote;

pub use crate::rules::outcome::CouncilResult;

/// Live tally of a council vote.
pub fn tally(vote: &Vote, rule: CouncilRule, quorum: Option<Ratio>) -> CouncilResult {
    let mut r = CouncilResult {
        rule,
        quorum,
        members: vote.electorate.len() as u64,
        present: 0,
        yes: 0,
        no: 0,
        abstain: 0,
        by_show_of_hands: vote.hands.is_some(),
    };
    if let Some(h) = vote.hands {
        r.yes = h.yes.into();
        r.no = h.no.into();
        r.abstain = h.abstain.into();
    } else {
        for ballot in &vote.ballots {
            match ballot.choice {
                Choice::Yes => r.yes += 1,
                Choice::No => r.no += 1,
                Choice::Abstain => r.abstain += 1,
            }
        }
    }
    r.present = r.yes + r.no + r.abstain;
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(
        rule: CouncilRule,
        quorum: Option<Ratio>,
        members: u64,
        yes: u64,
        no: u64,
    ) -> CouncilResult {
        CouncilResult {
            rule,
            quorum,
            members,
            present: yes + no,
            yes,
            no,
            abstain: 0,
            by_show_of_hands: true,
        }
    }

    #[test]
    fn two_thirds_of_all_37_members_is_25() {
        let rule = CouncilRule::TwoThirdsOfAllMembers;
        assert!(result(rule, None, 37, 25, 0).passed());
        assert!(!result(rule, None, 37, 24, 0).passed());
        // 24 of 30 present is 80% of those present, yet still fails: the base is ALL members.
        assert!(!result(rule, None, 37, 24, 6).passed());
        assert_eq!(result(rule, None, 37, 25, 0).yes_needed(), 25);
    }

    #[test]
    fn simple_majorities_are_strict() {
        assert!(!result(CouncilRule::MajorityOfAllMembers, None, 36, 18, 0).passed());
        assert!(result(CouncilRule::MajorityOfAllMembers, None, 36, 19, 0).passed());
        assert!(result(CouncilRule::MajorityOfAllMembers, None, 37, 19, 0).passed());
        assert!(!result(CouncilRule::MajorityOfAllMembers, None, 37, 18, 0).passed());
        // The figure the explanation names agrees with the rule on both sides.
        assert_eq!(
            result(CouncilRule::MajorityOfAllMembers, None, 36, 0, 0).yes_needed(),
            19
        );
        assert_eq!(
            result(CouncilRule::MajorityOfAllMembers, None, 37, 0, 0).yes_needed(),
            19
        );
        assert_eq!(
            result(CouncilRule::MajorityOfPresent, None, 37, 10, 10).yes_needed(),
            11
        );
        assert_eq!(
            result(CouncilRule::MajorityOfPresent, None, 37, 10, 11).yes_needed(),
            11
        );
        assert!(!result(CouncilRule::MajorityOfPresent, None, 37, 10, 10).passed());
        assert!(result(CouncilRule::MajorityOfPresent, None, 37, 11, 10).passed());
    }

    #[test]
    fn quorum_is_a_share_of_all_members_present() {
        let half = Some(Ratio::HALF);
        // 19 of 37 present reaches half; 18 does not, even if all 18 vote yes.
        assert!(result(CouncilRule::MajorityOfPresent, half, 37, 19, 0).passed());
        assert!(!result(CouncilRule::MajorityOfPresent, half, 37, 18, 0).passed());
        let r = result(CouncilRule::MajorityOfPresent, half, 37, 18, 0);
        assert!(r.rule_met() && !r.quorum_met());
        // A 2/3 quorum of 37 needs 25 present: 24 fails though every one of them votes yes.
        let two_thirds = Some(Ratio::TWO_THIRDS);
        assert!(result(CouncilRule::MajorityOfPresent, two_thirds, 37, 13, 12).passed());
        assert!(!result(CouncilRule::MajorityOfPresent, two_thirds, 37, 24, 0).passed());
    }

    #[test]
    fn lines_name_the_figures() {
        let lines = result(
            CouncilRule::TwoThirdsOfAllMembers,
            Some(Ratio::HALF),
            37,
            25,
            5,
        )
        .lines();
        assert_eq!(
            lines[0],
            "quorum 30 of 37 members present (81.1%) >= 1/2: met"
        );
        assert_eq!(
            lines[1],
            "yes 25 of 37 members (67.6%) >= 2/3 of all members, 25 needed: met"
        );
        assert_eq!(
            lines[2],
            "25 yes, 5 no, 0 abstaining (show of hands); result: passed"
        );
        let fail = result(CouncilRule::TwoThirdsOfAllMembers, None, 37, 24, 0).lines();
        assert_eq!(
            fail[0],
            "yes 24 of 37 members (64.9%) >= 2/3 of all members, 25 needed: not met"
        );
    }
}
