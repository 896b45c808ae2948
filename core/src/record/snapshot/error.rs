//! Why a snapshot file was refused, in words a resident can act on.

use std::fmt;

use crate::ids::{EventId, VoteId};
use crate::log::verify::IntegrityError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SnapshotError {
    TooLarge {
        bytes: usize,
        max: usize,
    },
    TooDeep {
        max: usize,
    },
    StringTooLong {
        max: usize,
    },
    TooManyEvents {
        max: usize,
    },
    /// Bytes that are not UTF-8; `offset` counts bytes from 0, `found` is the bad sequence.
    NotUtf8 {
        offset: usize,
        line: usize,
        column: usize,
        found: Vec<u8>,
    },
    /// The file starts with a UTF-8 byte-order mark, which JSON forbids (RFC 8259 §8.1) and
    /// some Windows editors write.
    ByteOrderMark,
    /// An integer no 64-bit field holds (below -2^63 or above 2^64 - 1), as written.
    IntegerOutOfRange {
        found: String,
        negative: bool,
        field: Option<String>,
        line: usize,
        column: usize,
    },
    /// A number with a fraction or an exponent (`1.5`, `8.95e3`, even `1.0`), as written.
    NotAnInteger {
        found: String,
        field: Option<String>,
        line: usize,
        column: usize,
    },
    /// Not JSON at all, or JSON of the wrong shape; `path` names the field where it was seen
    /// (`events[12].payload.amount`), when inside one.
    Unreadable {
        line: usize,
        column: usize,
        path: Option<String>,
        reason: String,
    },
    /// An event whose writer hashed an optional field written empty, which every reader drops
    /// before hashing: its hash cannot match.
    EmptyOptionalField {
        event: EventId,
        field: String,
    },
    NotASnapshot,
    NewerVersion {
        found: u64,
        supported: u64,
    },
    OlderVersion {
        found: u64,
    },
    DigestMismatch,
    /// One event listed twice: a file lists each event once.
    EventTwice {
        event: EventId,
    },
    /// `event` is listed right after `after` but sorts before it in the record's total order,
    /// the order every file lists its events in (and the vote digest hashes them in).
    OutOfOrder {
        event: EventId,
        after: EventId,
    },
    ScopeVoteMissing {
        vote: VoteId,
    },
    /// A contributions file holding another device's event.
    ScopeForeignEvent {
        event: EventId,
    },
    Integrity(IntegrityError),
    /// The file belongs to another community than the one this record holds: a device keeps
    /// one community, and merging two would mix their registers and their money.
    OtherCommunity {
        file: String,
        here: String,
    },
    /// The file holds events but names no community (neither a `community` field nor its
    /// founding event): every file a device writes names its community, so one that does not
    /// could be meant for any, and a founded record takes none of it.
    NamesNoCommunity {
        here: String,
    },
    /// The `community` the file declares is not the community its founding event founded.
    CommunityMismatch {
        declared: EventId,
        founded: EventId,
    },
}

impl fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use SnapshotError::*;
        match self {
            TooLarge { bytes, max } => write!(f, "the file is {bytes} bytes; files over {max} bytes are not accepted"),
            TooDeep { max } => write!(f, "the file nests data more than {max} levels deep; it is not a Gongzhi snapshot"),
            StringTooLong { max } => write!(f, "the file has a text longer than {max} bytes; it is not accepted"),
            TooManyEvents { max } => write!(f, "the file holds more than {max} events; it is not accepted"),
            NotUtf8 { offset, line, column, found } => write!(
                f,
                "the file is not UTF-8 text: the bytes {} at byte offset {offset} (line {line}, column {column}) are not UTF-8; save it as UTF-8",
                hex_bytes(found)
            ),
            ByteOrderMark => write!(
                f,
                "the file starts with a byte-order mark (the bytes 0xef 0xbb 0xbf); save it as UTF-8 without one"
            ),
            IntegerOutOfRange { found, negative, field, line, column } => write!(
                f,
                "the integer {found}{} (line {line}, column {column}) is too {}: Gongzhi integers are {}",
                in_field(field),
                if *negative { "small" } else { "large" },
                if *negative {
                    "at least -9223372036854775808 (-2^63)"
                } else {
                    "at most 18446744073709551615 (2^64 - 1)"
                }
            ),
            NotAnInteger { found, field, line, column } => write!(
                f,
                "the number {found}{} (line {line}, column {column}) has a fraction or an exponent: Gongzhi numbers are integers in plain digits (money in fen, area in hundredths of a square metre, times in milliseconds)",
                in_field(field)
            ),
            Unreadable { line, column, path, reason } => write!(
                f,
                "the file cannot be read (line {line}, column {column}{}): {reason}",
                path.as_ref().map(|p| format!(", in {p}")).unwrap_or_default()
            ),
            EmptyOptionalField { event, field } => write!(
                f,
                "event {event:?} writes its optional field `{field}` empty; readers leave an empty optional field out of an event before hashing it, so its hash cannot match: leave the field out"
            ),
            NotASnapshot => write!(f, "this file is not a Gongzhi snapshot"),
            NewerVersion { found, supported } => write!(
                f,
                "this snapshot was made by a newer version of Gongzhi (format version {found}; this app reads up to {supported}); please update the app"
            ),
            OlderVersion { found } => write!(f, "snapshot format version {found} is not one Gongzhi ever issued"),
            DigestMismatch => write!(f, "the file's digest does not match its content: it was changed or damaged"),
            EventTwice { event } => write!(f, "the file lists event {event:?} twice; each event must appear once"),
            OutOfOrder { event, after } => write!(
                f,
                "event {event:?} is listed after event {after:?} but comes before it in the record's order (Lamport clock, then device id, then number); a file lists its events in that order"
            ),
            ScopeVoteMissing { vote } => write!(f, "the file says it is about vote {vote:?}, but that vote is not in it"),
            ScopeForeignEvent { event } => write!(f, "the file says it holds one device's own contributions, but event {event} is from another device"),
            Integrity(e) => write!(f, "the record in this file has been tampered with: {e}"),
            OtherCommunity { file, here } => write!(f, "this file belongs to the community {file}; this device holds {here}, and a device holds one community"),
            NamesNoCommunity { here } => write!(f, "the file names no community, so it cannot be told apart from a file of another one; this device holds {here}, and every file an app writes names its community"),
            CommunityMismatch { declared, founded } => write!(f, "the file says it belongs to the community founded by event {declared}, but its founding event is {founded}"),
        }
    }
}

fn in_field(field: &Option<String>) -> String {
    field
        .as_ref()
        .map(|k| format!(" in field \"{k}\""))
        .unwrap_or_default()
}

fn hex_bytes(bytes: &[u8]) -> String {
    let shown: Vec<String> = bytes.iter().map(|b| format!("0x{b:02x}")).collect();
    shown.join(" ")
}

impl std::error::Error for SnapshotError {}

impl From<IntegrityError> for SnapshotError {
    fn from(e: IntegrityError) -> Self {
        SnapshotError::Integrity(e)
    }
}

impl SnapshotError {
    /// `e`, met reading `bytes`, with the field it was met in.
    pub(crate) fn unreadable(e: serde_json::Error, bytes: &[u8]) -> SnapshotError {
        let path = super::path::path_at(bytes, e.line(), e.column())
            .map(|p| super::path::payload_field(bytes, &p).unwrap_or(p));
        match SnapshotError::from(e) {
            SnapshotError::Unreadable {
                line,
                column,
                reason,
                ..
            } => SnapshotError::Unreadable {
                line,
                column,
                path,
                reason,
            },
            other => other,
        }
    }
}

impl From<serde_json::Error> for SnapshotError {
    fn from(e: serde_json::Error) -> Self {
        let reason = e.to_string();
        // serde_json appends " at line L column C"; the fields carry that already.
        let reason = reason.split(" at line ").next().unwrap_or_default();
        SnapshotError::Unreadable {
            line: e.line(),
            column: e.column(),
            path: None,
            reason: plain_ranges(reason),
        }
    }
}

/// serde names Rust types ("expected u32"); a writer in another language needs the range.
fn plain_ranges(reason: &str) -> String {
    const RANGES: [(&str, &str); 7] = [
        ("expected i8", "expected an integer from -128 to 127"),
        ("expected u8", "expected an integer from 0 to 255"),
        ("expected u16", "expected an integer from 0 to 65535"),
        ("expected u32", "expected an integer from 0 to 4294967295"),
        (
            "expected u64",
            "expected an integer from 0 to 18446744073709551615",
        ),
        (
            "expected i64",
            "expected an integer from -9223372036854775808 to 9223372036854775807",
        ),
        (
            "expected i32",
            "expected an integer from -2147483648 to 2147483647",
        ),
    ];
    for (rust, plain) in RANGES {
        if let Some(head) = reason.strip_suffix(rust) {
            return format!("{head}{plain}");
        }
    }
    reason.to_string()
}
