//! A vote's result as short, documented text (docs/snapshot-format.md, "QR text") and as a QR
//! code drawn as SVG, for the result page and the printed notice. Any phone's scanner shows the
//! text; the vote digest in it ties the printed sheet to the events of any later snapshot file.

use qrcodegen::{QrCode, QrCodeEcc};

use crate::ids::{EventId, ProposalId, VoteId};
use crate::record::snapshot::vote_digest;
use crate::record::Record;
use crate::rules::tally::{self, VoteResult};
use crate::time::format_cst;

/// The first line of every result text; scanners and tools recognise it by this.
pub const HEADER: &str = "GONGZHI VOTE RESULT v1";

/// The QR text of a vote: `None` for an unknown vote.
pub fn result_text(record: &Record, vote_id: &VoteId) -> Option<String> {
    let state = record.state();
    let vote = state.votes.get(vote_id)?;
    let result = tally::result(state, vote_id)?;
    let status = match &vote.closed {
        Some(c) => format!("closed {}", format_cst(c.at_ms)),
        None => "open, not final".to_string(),
    };
    let figures = match &result {
        VoteResult::Council(r) => format!(
            "council: members {}, yes {}, no {}, abstain {}, yes needed {}{}",
            r.members,
            r.yes,
            r.no,
            r.abstain,
            r.yes_needed(),
            if r.by_show_of_hands {
                ", by show of hands"
            } else {
                ""
            }
        ),
        VoteResult::Owners(r) => format!(
            "owners: matter {}; eligible {} / {}; voted {} / {}; yes {} / {}; no {}; abstain {}",
            r.matter,
            r.owners,
            r.area,
            r.participating_owners,
            r.participating_area,
            r.yes_owners,
            r.yes_area,
            r.no_owners,
            r.abstain_owners
        ),
    };
    let verdict = if result.passed() {
        "passed"
    } else {
        "not passed"
    };
    Some(format!(
        "{HEADER}\nvote: {vote_id}\ntitle: {}\nstatus: {status}\n{figures}\nverdict: {verdict}\ndigest: {}",
        vote.title.replace(['\n', '\r'], " "),
        vote_digest(record, vote_id)
    ))
}

/// The first line of a project's posted text.
pub const PROJECT_HEADER: &str = "GONGZHI PROJECT v1";

/// A project's posted text (its plan on notice, or its final accounts): `None` for an unknown
/// proposal. Amounts in fen, as the file writes them.
pub fn project_text(record: &Record, project: &ProposalId) -> Option<String> {
    let state = record.state();
    let p = state.proposals.get(project)?;
    let l = crate::rules::ledger::ledger(state, project)?;
    let stage = serde_json::to_value(p.stage)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    Some(format!(
        "{PROJECT_HEADER}\nproject: {project}\ntitle: {}\nstage: {stage}\nmoney: budget {}, funding {}, spent {} (fen)\ndigest: {}",
        p.title.replace(['\n', '\r'], " "),
        l.budget.0,
        l.funding.0,
        l.spent.0,
        crate::record::snapshot::project_digest(record, project)
    ))
}

/// The first line of a fund's posted text.
pub const FUND_HEADER: &str = "GONGZHI FUND v1";

/// A self-raised fund's posted text (its per-household list): `None` for an unknown fund.
/// Amounts in fen, as the file writes them; `balance` is what the fund holds now (0 once
/// settled, the surplus having left it).
pub fn fund_text(record: &Record, fund: &EventId) -> Option<String> {
    let state = record.state();
    let f = state.funds.get(fund)?;
    let status = match &f.settled {
        Some(s) => format!(
            "settled {}, {} {} (fen)",
            format_cst(s.at_ms),
            match s.surplus {
                crate::model::Surplus::Refund => "refunded",
                crate::model::Surplus::Reassign { .. } => "reassigned",
            },
            s.amount.0
        ),
        None => "open".to_string(),
    };
    Some(format!(
        "{FUND_HEADER}\nfund: {fund}\ntitle: {}\nstatus: {status}\nmoney: target {}, pledged {}, received {}, spent {}, balance {} (fen)\nhouseholds: {} paid\ndigest: {}",
        f.title.replace(['\n', '\r'], " "),
        f.target.0,
        f.pledged.0,
        f.received.0,
        f.spent.0,
        f.balance().0,
        crate::rules::funds::contributors(f),
        crate::record::snapshot::fund_digest(record, fund)
    ))
}

/// The vote digest a result text carries (its `digest:` line), for a page to print beside the
/// code.
pub fn digest_of(text: &str) -> Option<&str> {
    text.lines().find_map(|l| l.strip_prefix("digest: "))
}

/// The machine text followed, after one blank line, by lines for a person in the reader's
/// language (what the scanner shows under the machine lines). Tools read only up to the blank
/// line; a line break inside a reader line would end it early, so breaks become spaces.
pub fn with_reader_lines(machine: &str, lines: &[String]) -> String {
    let mut text = machine.to_string();
    if !lines.is_empty() {
        text.push('\n');
        for line in lines {
            text.push('\n');
            text.push_str(&line.replace(['\n', '\r'], " "));
        }
    }
    text
}

/// A QR code of `text` as a standalone SVG element (byte mode, UTF-8, error correction M, a
/// four-module quiet zone). One path of unit squares, so it prints sharp at any size. `None`
/// when the text is too long for any QR version.
pub fn svg(text: &str, label: &str) -> Option<String> {
    let rows = modules(text)?;
    let side = rows.len() + 8;
    let mut path = String::new();
    for (y, row) in rows.iter().enumerate() {
        for (x, _) in row.iter().enumerate().filter(|(_, dark)| **dark) {
            path.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
        }
    }
    Some(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}" role="img" aria-label="{}" shape-rendering="crispEdges"><rect width="{side}" height="{side}" fill="#fff"/><path fill="#000" d="{path}"/></svg>"##,
        escape_attr(label)
    ))
}

/// The modules of the code for `text` (true = dark), row by row, without the quiet zone.
pub fn modules(text: &str) -> Option<Vec<Vec<bool>>> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = code.size();
    Some(
        (0..n)
            .map(|y| (0..n).map(|x| code.get_module(x, y)).collect())
            .collect(),
    )
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
