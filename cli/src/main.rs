//! `gongzhi`: the auditor's and secretary's command for snapshot files on a PC, built from the
//! same core as the app, so it verifies, merges and counts exactly as every device does.

use gongzhi_core::read::qr;
use gongzhi_core::{ProposalId, VoteId};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gongzhi_core::log::keys::DeviceKey;
use gongzhi_core::record::snapshot::{self, report, Limits, Scope, Snapshot, SnapshotError};
use gongzhi_core::record::Record;
use gongzhi_core::rules::tally::{self, VoteResult};
use gongzhi_core::time::format_cst;

mod json;

const HELP: &str = "\
gongzhi — check, merge and count Gongzhi snapshot files (format v1)

USAGE:
    gongzhi verify FILE
    gongzhi merge A B -o OUT
    gongzhi tally FILE [--vote ID] [--json]
    gongzhi sheet FILE ID
    gongzhi --help | --version

COMMANDS:
    verify   Check a file: size and nesting limits, format and version, digest, every event
             hash, every device's chain and the Ed25519 signature of its head. Prints who
             signed it and whether the file's own record trusts that device.
    merge    Verify two files and write their union to OUT (events both files hold are
             written once). OUT is a community file exported by this tool; it signs nothing,
             each device's own signed head is carried over.
    tally    Verify a file and print every vote's result (or one vote's) with its figures,
             its verdict, any double ballots and the vote digest printed in the result's QR
             code. --json prints the same as JSON.
    sheet    Verify a file and print what the posted sheet of a vote, a project or a fund
             (ID: its vote_opened, proposal_drafted or fund_opened event) states in its QR
             code: its figures, status and check code, the lines a scanner shows.

EXIT CODES:
    0  the file is valid (and the command did its work)
    1  a file was refused: damaged, altered, forged, or not a Gongzhi snapshot
    2  wrong usage (unknown command or option, missing argument)
    3  a file could not be read or written
    4  tally --vote or sheet: the file has no such vote (or project, or fund)
";

/// Why the command stopped, mapped to its exit code.
enum Failure {
    Refused(PathBuf, SnapshotError),
    Usage(String),
    Io(PathBuf, std::io::Error),
    NoSuchVote(String),
    NoSuchItem(String),
}

impl Failure {
    fn code(&self) -> u8 {
        match self {
            Failure::Refused(..) => 1,
            Failure::Usage(_) => 2,
            Failure::Io(..) => 3,
            Failure::NoSuchVote(_) | Failure::NoSuchItem(_) => 4,
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Refused(p, e) => write!(f, "{}: REFUSED: {e}", p.display()),
            Failure::Usage(why) => write!(f, "{why}\nRun `gongzhi --help` for usage."),
            Failure::Io(p, e) => write!(f, "{}: {e}", p.display()),
            Failure::NoSuchVote(id) => write!(f, "the file has no vote {id}"),
            Failure::NoSuchItem(id) => {
                write!(f, "the file has no vote, project or fund {id}")
            }
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gongzhi: {e}");
            ExitCode::from(e.code())
        }
    }
}

fn run(args: &[String]) -> Result<String, Failure> {
    let Some((command, rest)) = args.split_first() else {
        return Ok(HELP.to_string());
    };
    match command.as_str() {
        "-h" | "--help" | "help" => Ok(HELP.to_string()),
        "-V" | "--version" => Ok(format!(
            "gongzhi {} (snapshot format v{})\n",
            env!("CARGO_PKG_VERSION"),
            snapshot::VERSION
        )),
        "verify" => match rest {
            [file] => verify(Path::new(file)),
            _ => Err(Failure::Usage("verify takes exactly one FILE".into())),
        },
        "merge" => {
            let (files, out) = merge_args(rest)?;
            merge(&files[0], &files[1], &out)
        }
        "tally" => {
            let mut file = None;
            let mut vote = None;
            let mut as_json = false;
            let mut it = rest.iter();
            while let Some(a) = it.next() {
                match a.as_str() {
                    "--json" => as_json = true,
                    "--vote" => {
                        vote = Some(
                            it.next()
                                .ok_or_else(|| Failure::Usage("--vote needs an ID".into()))?
                                .clone(),
                        )
                    }
                    s if s.starts_with('-') => {
                        return Err(Failure::Usage(format!("unknown option {s}")))
                    }
                    s if file.is_none() => file = Some(PathBuf::from(s)),
                    s => return Err(Failure::Usage(format!("unexpected argument {s}"))),
                }
            }
            let file = file.ok_or_else(|| Failure::Usage("tally needs a FILE".into()))?;
            tally_file(&file, vote.as_deref(), as_json)
        }
        "sheet" => match rest {
            [file, id] => sheet(Path::new(file), id),
            _ => Err(Failure::Usage("sheet takes a FILE and an ID".into())),
        },
        other => Err(Failure::Usage(format!("unknown command {other}"))),
    }
}

fn merge_args(rest: &[String]) -> Result<([PathBuf; 2], PathBuf), Failure> {
    let mut files = Vec::new();
    let mut out = None;
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-o" | "--output" => {
                out =
                    Some(PathBuf::from(it.next().ok_or_else(|| {
                        Failure::Usage("-o needs a file name".into())
                    })?))
            }
            s if s.starts_with('-') => return Err(Failure::Usage(format!("unknown option {s}"))),
            s => files.push(PathBuf::from(s)),
        }
    }
    let out = out.ok_or_else(|| Failure::Usage("merge needs -o OUT".into()))?;
    match <[PathBuf; 2]>::try_from(files) {
        Ok(files) => Ok((files, out)),
        Err(_) => Err(Failure::Usage(
            "merge takes exactly two files, A and B".into(),
        )),
    }
}

/// Reads and verifies a file; its size is checked before a byte is read.
fn load(path: &Path) -> Result<Snapshot, Failure> {
    let limits = Limits::default();
    let size = std::fs::metadata(path)
        .map_err(|e| Failure::Io(path.into(), e))?
        .len();
    if size > limits.max_bytes as u64 {
        return Err(Failure::Refused(
            path.into(),
            SnapshotError::TooLarge {
                bytes: usize::try_from(size).unwrap_or(usize::MAX),
                max: limits.max_bytes,
            },
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| Failure::Io(path.into(), e))?;
    snapshot::import(&bytes, &limits).map_err(|e| Failure::Refused(path.into(), e))
}

fn into_record(path: &Path, file: Snapshot) -> Result<Record, Failure> {
    file.into_record()
        .map_err(|e| Failure::Refused(path.into(), e))
}

fn scope_text(scope: &Scope) -> String {
    match scope {
        Scope::Community => "the whole community".into(),
        Scope::Vote { vote } => format!("vote {vote}"),
        Scope::Contributions { device } => {
            format!("the contributions of device {}", device.short())
        }
    }
}

fn verify(path: &Path) -> Result<String, Failure> {
    let file = load(path)?;
    let record = into_record(path, file.clone())?;
    let state = record.state();
    let r = report::report(&file, state);
    let mut out = format!(
        "{}: VALID\n  format: gongzhi-snapshot v{}\n  exported: {} by device {}\n  about: {}\n  events: {}\n  digest: {} (matches)\n  chains: intact; every head's signature checked\n",
        path.display(),
        r.version,
        format_cst(r.exported_at_ms),
        r.exported_by.short(),
        scope_text(&r.scope),
        r.events,
        r.digest
    );
    for s in &r.signers {
        out.push_str(&format!(
            "  device {}: {} events, {}\n",
            s.device.short(),
            s.events,
            state.signed_by(&s.device)
        ));
    }
    let conflicts = state.conflicts().count();
    if conflicts > 0 {
        out.push_str(&format!(
            "  double ballots: {conflicts} (each listed by `gongzhi tally`)\n"
        ));
    }
    let waiting = report::unconfirmed(state);
    if waiting > 0 {
        out.push_str(&format!(
            "  unconfirmed: {waiting} ballots or notice responses from devices not enrolled for their household wait for a clerk\n"
        ));
    }
    let uncut: Vec<_> = record
        .events()
        .filter(|e| e.payload.carries_no_cut())
        .collect();
    if !uncut.is_empty() {
        out.push_str(&format!(
            "  written before cuts: {} closes or revocations carry no cut, so they count what sorts before them in the record's order\n",
            uncut.len()
        ));
        for e in uncut {
            out.push_str(&format!(
                "    {} {}: carries no cut\n",
                e.id,
                e.payload.kind().name()
            ));
        }
    }
    if !state.rejected.is_empty() {
        out.push_str(&format!(
            "  set aside by the rules: {} events, which count for nothing\n",
            state.rejected.len()
        ));
        for r in &state.rejected {
            let kind = record
                .get(&r.event)
                .map_or("?", |e| e.payload.kind().name());
            out.push_str(&format!("    {} {kind}: {}\n", r.event, r.reason));
        }
    }
    Ok(out)
}

fn merge(a: &Path, b: &Path, out: &Path) -> Result<String, Failure> {
    let fa = load(a)?;
    let fb = load(b)?;
    let scope = if fa.scope == fb.scope {
        fa.scope.clone()
    } else {
        Scope::Community
    };
    let scope = match scope {
        // One device's contributions merged with anything else is no longer one device's.
        Scope::Contributions { .. } if fa.exported_by != fb.exported_by => Scope::Community,
        s => s,
    };
    let mut record = into_record(a, fa)?;
    let report = fb
        .merge_into(&mut record)
        .map_err(|e| Failure::Refused(b.into(), e))?;
    // A one-off identity for this tool: it writes no events, so it signs nothing.
    let key =
        DeviceKey::from_seed(random_seed().map_err(|e| Failure::Io("/dev/urandom".into(), e))?);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64);
    let merged = snapshot::export(&mut record, &key, now, scope);
    std::fs::write(out, merged.to_json()).map_err(|e| Failure::Io(out.into(), e))?;
    Ok(format!(
        "{}: {} events ({} from {} added, {} already in {}); {} double ballots\n",
        out.display(),
        record.len(),
        report.added,
        b.display(),
        report.duplicates,
        a.display(),
        record.state().conflicts().count()
    ))
}

fn random_seed() -> std::io::Result<[u8; 32]> {
    use std::io::Read;
    let mut seed = [0u8; 32];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut seed)?;
    Ok(seed)
}

fn tally_file(path: &Path, vote: Option<&str>, as_json: bool) -> Result<String, Failure> {
    let file = load(path)?;
    let record = into_record(path, file)?;
    let state = record.state();
    let votes: Vec<VoteId> = match vote {
        Some(id) => {
            let id: VoteId = id.parse().map_err(|_| Failure::NoSuchVote(id.into()))?;
            if !state.votes.contains_key(&id) {
                return Err(Failure::NoSuchVote(id.to_string()));
            }
            vec![id]
        }
        None => state.votes.keys().copied().collect(),
    };
    if as_json {
        return Ok(json::tally(&record, &votes) + "\n");
    }
    let mut out = String::new();
    if votes.is_empty() {
        out.push_str("the file holds no votes\n");
    }
    for id in &votes {
        let v = &state.votes[id];
        let Some(result) = tally::result(state, id) else {
            continue;
        };
        let status = match &v.closed {
            Some(c) => format!(
                "closed {} by event {}, {}",
                format_cst(c.at_ms),
                c.event,
                match &c.cut {
                    Some(cut) =>
                        format!("counting what its device held of {} devices", cut.0.len()),
                    None => "which carries no cut: counting what sorts before it".into(),
                }
            ),
            None => "open: a live count, not final".into(),
        };
        out.push_str(&format!(
            "{} — {}\n  vote {id}\n  {status}\n",
            v.title,
            kind_text(&result)
        ));
        for line in result.lines() {
            out.push_str(&format!("  {line}\n"));
        }
        for c in &v.conflicts {
            out.push_str(&format!("  double ballot: {c}\n"));
        }
        for (ballot, b) in &v.unconfirmed {
            out.push_str(&format!(
                "  unconfirmed ballot {ballot}: {}, waiting for a clerk\n",
                state.voter_label(&b.voter)
            ));
        }
        for r in snapshot::vote_set_aside(&record, id) {
            out.push_str(&format!("  set aside {}: {}\n", r.event, r.reason));
        }
        out.push_str(&format!(
            "  vote digest: {}\n\n",
            snapshot::vote_digest(&record, id)
        ));
    }
    Ok(out)
}

/// The posted text of one vote, project or fund, as its sheet's QR code carries it.
fn sheet(path: &Path, id: &str) -> Result<String, Failure> {
    let file = load(path)?;
    let record = into_record(path, file)?;
    let id: gongzhi_core::EventId = id.parse().map_err(|_| Failure::NoSuchItem(id.into()))?;
    let state = record.state();
    let text = if state.votes.contains_key(&VoteId(id)) {
        qr::result_text(&record, &VoteId(id))
    } else if state.proposals.contains_key(&ProposalId(id)) {
        qr::project_text(&record, &ProposalId(id))
    } else {
        qr::fund_text(&record, &id)
    };
    text.map(|t| t + "\n")
        .ok_or_else(|| Failure::NoSuchItem(id.to_string()))
}

fn kind_text(result: &VoteResult) -> &'static str {
    match result {
        VoteResult::Council(_) => "council vote",
        VoteResult::Owners(_) => "owners' vote",
    }
}
