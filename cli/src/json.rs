//! `tally --json`: every figure as a number (area in hundredths of a square metre, times in
//! Unix milliseconds), for auditors' scripts.

use gongzhi_core::ids::VoteId;
use gongzhi_core::record::snapshot::{vote_digest, vote_set_aside};
use gongzhi_core::record::Record;
use gongzhi_core::rules::tally::{self, VoteResult};
use serde_json::{json, Value};

pub fn tally(record: &Record, votes: &[VoteId]) -> String {
    let state = record.state();
    let items: Vec<Value> = votes
        .iter()
        .filter_map(|id| {
            let v = state.votes.get(id)?;
            let result = tally::result(state, id)?;
            let figures = match &result {
                VoteResult::Council(r) => json!({
                    "kind": "council",
                    "members": r.members,
                    "present": r.present,
                    "yes": r.yes,
                    "no": r.no,
                    "abstain": r.abstain,
                    "yes_needed": r.yes_needed(),
                    "by_show_of_hands": r.by_show_of_hands,
                }),
                VoteResult::Owners(r) => json!({
                    "kind": "owners",
                    "matter": r.matter,
                    "owners": r.owners,
                    "area": r.area.0,
                    "participating_owners": r.participating_owners,
                    "participating_area": r.participating_area.0,
                    "yes_owners": r.yes_owners,
                    "yes_area": r.yes_area.0,
                    "no_owners": r.no_owners,
                    "abstain_owners": r.abstain_owners,
                    "no_area": r.no_area.0,
                    "abstain_area": r.abstain_area.0,
                }),
            };
            let conflicts: Vec<Value> = v
                .conflicts
                .iter()
                .map(|c| {
                    json!({
                        "voter": c.voter_text(),
                        "counted": c.counted.to_string(),
                        "counted_wall_ms": c.counted_wall_ms,
                        "ignored": c.ignored.to_string(),
                        "ignored_wall_ms": c.ignored_wall_ms,
                    })
                })
                .collect();
            let set_aside: Vec<Value> = vote_set_aside(record, id)
                .map(|r| {
                    json!({
                        "event": r.event.to_string(),
                        "type": record.get(&r.event).map(|e| e.payload.kind().name()),
                        "reason": r.reason.to_string(),
                    })
                })
                .collect();
            let unconfirmed: Vec<Value> = v
                .unconfirmed
                .iter()
                .map(|(ballot, b)| {
                    json!({
                        "ballot": ballot.to_string(),
                        "voter": state.voter_label(&b.voter),
                        "choice": b.choice,
                        "wall_ms": b.wall_ms,
                    })
                })
                .collect();
            Some(json!({
                "vote": id.to_string(),
                "title": v.title,
                "closed_ms": v.closed.as_ref().map(|c| c.at_ms),
                "close": v.closed.as_ref().map(|c| json!({
                    "event": c.event.to_string(),
                    "cut": c.cut.is_some(),
                })),
                "passed": result.passed(),
                "figures": figures,
                "explanation": result.lines(),
                "conflicts": conflicts,
                "set_aside": set_aside,
                "unconfirmed": unconfirmed,
                "vote_digest": vote_digest(record, id).to_string(),
            }))
        })
        .collect();
    serde_json::to_string_pretty(&Value::Array(items)).expect("JSON values always serialise")
}
