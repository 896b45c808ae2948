//! Limits an imported file must respect, checked by one cheap pass over the raw bytes before
//! anything is deserialised, so a hostile file cannot make the browser allocate or recurse
//! without bound.

use super::error::SnapshotError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub max_bytes: usize,
    pub max_events: usize,
    /// Bytes of one JSON string as written in the file (escapes count as written).
    pub max_string_bytes: usize,
    /// Nesting of objects and arrays; a v1 document needs 7 (document, events, event, payload,
    /// ownership, owners list, owner).
    pub max_depth: usize,
}

impl Default for Limits {
    /// Room for a super-compound's whole record (about 110,000 events in ~60 MB) with margin.
    fn default() -> Limits {
        Limits {
            max_bytes: 256 << 20,
            max_events: 1_000_000,
            max_string_bytes: 64 << 10,
            max_depth: 16,
        }
    }
}

/// Single pass over the bytes: size, nesting depth, string lengths, and the number of objects in
/// the top-level `events` array.
pub fn scan(bytes: &[u8], limits: &Limits) -> Result<(), SnapshotError> {
    if bytes.len() > limits.max_bytes {
        return Err(SnapshotError::TooLarge {
            bytes: bytes.len(),
            max: limits.max_bytes,
        });
    }
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut string_start = 0usize;
    // The last string closed at depth 1, and the top-level key of the container being read.
    let mut last_top_string: Option<(usize, usize)> = None;
    let mut in_events = false;
    let mut events = 0usize;
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
                if i - string_start > limits.max_string_bytes {
                    return Err(SnapshotError::StringTooLong {
                        max: limits.max_string_bytes,
                    });
                }
                if depth == 1 {
                    last_top_string = Some((string_start, i));
                }
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                string_start = i + 1;
            }
            b'{' | b'[' => {
                if depth == 1 {
                    in_events =
                        last_top_string.is_some_and(|(s, e)| is_events_key(&bytes[s - 1..=e]));
                }
                depth += 1;
                if depth > limits.max_depth {
                    return Err(SnapshotError::TooDeep {
                        max: limits.max_depth,
                    });
                }
                if depth == 3 && in_events && b == b'{' {
                    events += 1;
                    if events > limits.max_events {
                        return Err(SnapshotError::TooManyEvents {
                            max: limits.max_events,
                        });
                    }
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// `quoted` includes the quotes; escapes are decoded so `"ev\u0065nts"` cannot dodge the count.
fn is_events_key(quoted: &[u8]) -> bool {
    if !quoted.contains(&b'\\') {
        return quoted == b"\"events\"";
    }
    serde_json::from_slice::<String>(quoted).is_ok_and(|k| k == "events")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Limits {
        Limits {
            max_bytes: 200,
            max_events: 2,
            max_string_bytes: 8,
            max_depth: 4,
        }
    }

    #[test]
    fn each_limit_has_its_own_error_at_its_boundary() {
        let l = small();
        assert!(scan(&[b' '; 200], &l).is_ok());
        assert_eq!(
            scan(&[b' '; 201], &l),
            Err(SnapshotError::TooLarge {
                bytes: 201,
                max: 200
            })
        );
        assert!(scan(b"[[[[1]]]]", &l).is_ok());
        assert_eq!(
            scan(b"[[[[[1]]]]]", &l),
            Err(SnapshotError::TooDeep { max: 4 })
        );
        assert!(scan(br#"{"a":"12345678"}"#, &l).is_ok());
        assert_eq!(
            scan(br#"{"a":"123456789"}"#, &l),
            Err(SnapshotError::StringTooLong { max: 8 })
        );
        assert!(scan(br#"{"events":[{},{}],"heads":[{},{},{}]}"#, &l).is_ok());
        assert_eq!(
            scan(br#"{"events":[{},{},{}]}"#, &l),
            Err(SnapshotError::TooManyEvents { max: 2 })
        );
        assert_eq!(
            scan(
                br#"{"ev\u0065nts":[{},{},{}]}"#,
                &Limits {
                    max_string_bytes: 16,
                    ..l
                }
            ),
            Err(SnapshotError::TooManyEvents { max: 2 })
        );
    }

    #[test]
    fn brackets_and_quotes_inside_strings_do_not_count() {
        let l = small();
        assert!(scan(br#"{"a":"[[[[[\""}"#, &l).is_ok());
    }
}
