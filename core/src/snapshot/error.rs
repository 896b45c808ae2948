//! Why a snapshot file was refused, in words a resident can act on.

use std::fmt;

use crate::ids::EventId;
use crate::verify::IntegrityError;

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
    /// Not JSON at all, or JSON of the wrong shape.
    Unreadable {
        line: usize,
        column: usize,
        reason: String,
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
    ScopeVoteMissing {
        vote: EventId,
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
            Unreadable { line, column, reason } => {
                write!(f, "the file cannot be read (line {line}, column {column}): {reason}")
            }
            NotASnapshot => write!(f, "this file is not a Gongzhi snapshot"),
            NewerVersion { found, supported } => write!(
                f,
                "this snapshot was made by a newer version of Gongzhi (format version {found}; this app reads up to {supported}); please update the app"
            ),
            OlderVersion { found } => write!(f, "snapshot format version {found} is not one Gongzhi ever issued"),
            DigestMismatch => write!(f, "the file's digest does not match its content: it was changed or damaged"),
            ScopeVoteMissing { vote } => write!(f, "the file says it is about vote {vote:?}, but that vote is not in it"),
            ScopeForeignEvent { event } => write!(f, "the file says it holds one device's own contributions, but event {event} is from another device"),
            Integrity(e) => write!(f, "the record in this file has been tampered with: {e}"),
            OtherCommunity { file, here } => write!(f, "this file belongs to the community {file}; this device holds {here}, and a device holds one community"),
            CommunityMismatch { declared, founded } => write!(f, "the file says it belongs to the community founded by event {declared}, but its founding event is {founded}"),
        }
    }
}

impl std::error::Error for SnapshotError {}

impl From<IntegrityError> for SnapshotError {
    fn from(e: IntegrityError) -> Self {
        SnapshotError::Integrity(e)
    }
}

impl From<serde_json::Error> for SnapshotError {
    fn from(e: serde_json::Error) -> Self {
        let reason = e.to_string();
        // serde_json appends " at line L column C"; the fields carry that already.
        let reason = reason
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_string();
        SnapshotError::Unreadable {
            line: e.line(),
            column: e.column(),
            reason,
        }
    }
}
