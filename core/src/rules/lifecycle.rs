//! Which stage of a proposal may follow which: the Beiyuan back-gate process, in order.

use crate::model::Stage;
use crate::rules::refusal::{Refusal, StageAction};
use crate::rules::state::Proposal;
use crate::time::{days_after, DAY_MS};

/// The only legal next stages. A rejected plan may be revised back to a draft, which then goes
/// through notice and the council again: a council's "no" to this budget is not a "no" to the
/// residents' need.
pub fn next_stages(stage: Stage) -> &'static [Stage] {
    match stage {
        Stage::Draft => &[Stage::PublicNotice],
        Stage::PublicNotice => &[Stage::CouncilVote],
        Stage::CouncilVote => &[Stage::Passed, Stage::Rejected],
        Stage::Passed => &[Stage::ContractorSelection],
        Stage::ContractorSelection => &[Stage::InProgress],
        Stage::InProgress => &[Stage::Accepted],
        Stage::Accepted => &[Stage::Closed],
        Stage::Rejected => &[Stage::Draft],
        Stage::Closed => &[],
    }
}

pub fn check_step(proposal: &Proposal, to: Stage) -> Result<(), Refusal> {
    if next_stages(proposal.stage).contains(&to) {
        Ok(())
    } else {
        Err(Refusal::IllegalStep {
            proposal_title: proposal.title.clone(),
            stage: proposal.stage,
            attempted: to,
        })
    }
}

/// For actions that belong to one stage rather than moving between stages.
pub fn check_at(proposal: &Proposal, needed: Stage, action: StageAction) -> Result<(), Refusal> {
    if proposal.stage == needed {
        Ok(())
    } else {
        Err(Refusal::NotAtStage {
            proposal_title: proposal.title.clone(),
            stage: proposal.stage,
            needed,
            action,
        })
    }
}

/// Whether the plan's budget and funding may be revised now: freely while it is a draft (what
/// residents saw on notice must not change under them), and once more after the council rejected
/// it, which makes it a draft again.
pub fn check_revise(proposal: &Proposal) -> Result<(), Refusal> {
    if proposal.stage == Stage::Draft {
        return Ok(());
    }
    if next_stages(proposal.stage).contains(&Stage::Draft) {
        return check_step(proposal, Stage::Draft);
    }
    check_at(proposal, Stage::Draft, StageAction::ReviseBudget)
}

/// Money can be pledged and received at any stage until the proposal ends.
pub fn check_open(proposal: &Proposal) -> Result<(), Refusal> {
    match proposal.stage {
        Stage::Rejected | Stage::Closed => Err(Refusal::ProposalFinished {
            proposal_title: proposal.title.clone(),
            stage: proposal.stage,
        }),
        _ => Ok(()),
    }
}

/// How long a public notice (公示) runs, in whole days: at least one day so residents can see
/// it, at most sixty so a project cannot sit on a board for months.
pub const NOTICE_DAYS: std::ops::RangeInclusive<i64> = 1..=60;

/// When a notice opened at `opens_ms` for `days` closes, or why it cannot run that long.
/// `days` is `None` when what a person typed is no whole number, which the refusal covers too.
pub fn notice_closes(opens_ms: i64, days: Option<i64>) -> Result<i64, Refusal> {
    days.and_then(|days| days_after(opens_ms, days, &NOTICE_DAYS))
        .ok_or(Refusal::NoticePeriodOutOfRange {
            min_days: *NOTICE_DAYS.start(),
            max_days: *NOTICE_DAYS.end(),
        })
}

/// A posted window must last between [`NOTICE_DAYS`] bounds (to the millisecond).
pub fn check_notice_period(opens_ms: i64, closes_ms: i64) -> Result<(), Refusal> {
    let length = closes_ms.saturating_sub(opens_ms);
    if length < NOTICE_DAYS.start() * DAY_MS || length > NOTICE_DAYS.end() * DAY_MS {
        return Err(Refusal::NoticePeriodOutOfRange {
            min_days: *NOTICE_DAYS.start(),
            max_days: *NOTICE_DAYS.end(),
        });
    }
    Ok(())
}

/// Whether the council may vote on the proposal at `at_ms`: it must be on public notice, and
/// the notice must have run its full period. Apps ask this to explain a disabled button.
pub fn check_council_vote(proposal: &Proposal, at_ms: i64) -> Result<(), Refusal> {
    check_step(proposal, Stage::CouncilVote)?;
    let closes = proposal
        .notice
        .expect("a proposal on notice has a window")
        .closes_ms;
    if at_ms < closes {
        return Err(Refusal::NoticeStillOpen {
            proposal_title: proposal.title.clone(),
            closes_at_ms: closes,
        });
    }
    Ok(())
}

/// Where a proposal stands at `at_ms`, as its badge names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    At(Stage),
    /// Still at [`Stage::PublicNotice`] (the stage moves only when the council's vote opens),
    /// but its period has run out: no longer "on notice", waiting for the council.
    NoticeEnded,
}

pub fn standing(proposal: &Proposal, at_ms: i64) -> Standing {
    match (proposal.stage, proposal.notice) {
        (Stage::PublicNotice, Some(w)) if at_ms >= w.closes_ms => Standing::NoticeEnded,
        (stage, _) => Standing::At(stage),
    }
}

/// Whether residents may respond to the notice at `at_ms`: only while it is posted.
pub fn check_response(proposal: &Proposal, at_ms: i64) -> Result<(), Refusal> {
    check_at(proposal, Stage::PublicNotice, StageAction::RespondToNotice)?;
    let w = proposal.notice.expect("a proposal on notice has a window");
    if at_ms < w.opens_ms || at_ms >= w.closes_ms {
        return Err(Refusal::OutsideNoticeWindow {
            opens_ms: w.opens_ms,
            closes_ms: w.closes_ms,
        });
    }
    Ok(())
}

/// Whether the project may be presented to the council (路演) at `at_ms`: once its notice has
/// run its full period, and until the council's vote on it is closed (closing it moves the
/// proposal on).
pub fn check_roadshow(proposal: &Proposal, at_ms: i64) -> Result<(), Refusal> {
    match proposal.stage {
        Stage::PublicNotice => check_council_vote(proposal, at_ms),
        Stage::CouncilVote => Ok(()),
        stage => Err(Refusal::NotAtStage {
            proposal_title: proposal.title.clone(),
            stage,
            needed: Stage::CouncilVote,
            action: StageAction::PresentToCouncil,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_runs_from_one_to_sixty_whole_days() {
        assert_eq!(notice_closes(1_000, Some(1)), Ok(1_000 + DAY_MS));
        assert_eq!(notice_closes(1_000, Some(60)), Ok(1_000 + 60 * DAY_MS));
        for days in [Some(0), Some(61), Some(-7), Some(i64::MAX), None] {
            assert_eq!(
                notice_closes(1_000, days),
                Err(Refusal::NoticePeriodOutOfRange {
                    min_days: 1,
                    max_days: 60
                })
            );
        }
        // What the form computes is what the fold accepts.
        let closes = notice_closes(1_000, Some(7)).unwrap();
        assert_eq!(check_notice_period(1_000, closes), Ok(()));
    }
}
