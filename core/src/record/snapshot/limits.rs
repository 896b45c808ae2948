//! Limits an imported file must respect, checked by one cheap pass over the raw bytes before
//! anything is deserialised, so a hostile file cannot make the browser allocate or recurse
//! without bound.
//!
//! The same pass reads the bytes as a writer wrote them, which the typed parse cannot: serde
//! reports a number too large for 64 bits as a rounded float, `8.95e3` as `8950.0`, and bytes
//! that are not UTF-8 as an "invalid unicode code point". A third-party writer needs to hear
//! what it actually wrote, and where.

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

/// Single pass over the bytes: size, UTF-8, nesting depth, string lengths, every number (an
/// integer in plain digits that fits 64 bits), and the number of objects in the top-level
/// `events` array.
pub fn scan(bytes: &[u8], limits: &Limits) -> Result<(), SnapshotError> {
    if bytes.len() > limits.max_bytes {
        return Err(SnapshotError::TooLarge {
            bytes: bytes.len(),
            max: limits.max_bytes,
        });
    }
    if bytes.starts_with(b"\xef\xbb\xbf") {
        return Err(SnapshotError::ByteOrderMark);
    }
    if let Err(e) = std::str::from_utf8(bytes) {
        let offset = e.valid_up_to();
        let (line, column) = position(bytes, offset);
        let end = e.error_len().map_or(bytes.len(), |n| offset + n);
        return Err(SnapshotError::NotUtf8 {
            offset,
            line,
            column,
            found: bytes[offset..end].to_vec(),
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
    // The key a value being read belongs to (its last string before a `:`), for messages.
    let mut last_string: Option<(usize, usize)> = None;
    let mut key: Option<(usize, usize)> = None;
    let mut number_start: Option<usize> = None;
    for (i, &b) in bytes.iter().enumerate() {
        if let Some(start) = number_start {
            if matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') {
                continue;
            }
            number_start = None;
            check_number(bytes, start, i, key)?;
        }
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
                last_string = Some((string_start, i));
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                string_start = i + 1;
            }
            b':' => key = last_string,
            b',' => key = None,
            b'-' | b'0'..=b'9' => number_start = Some(i),
            b'{' | b'[' => {
                key = None;
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
            b'}' | b']' => {
                key = None;
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
    }
    if let Some(start) = number_start {
        check_number(bytes, start, bytes.len(), key)?;
    }
    Ok(())
}

/// 1-based line and byte column of `offset`, as serde_json counts them.
fn position(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    (line, offset - line_start + 1)
}

/// Every Gongzhi number is an integer in plain decimal that a 64-bit field can hold. Tokens
/// that are not numbers at all (`--1`, `1-2`) are left to the parser, which names them.
fn check_number(
    bytes: &[u8],
    start: usize,
    end: usize,
    key: Option<(usize, usize)>,
) -> Result<(), SnapshotError> {
    let token = &bytes[start..end];
    let digits = token.strip_prefix(b"-").unwrap_or(token);
    let plain = !digits.is_empty() && digits.iter().all(u8::is_ascii_digit);
    let fraction_or_exponent = token.iter().any(|b| matches!(b, b'.' | b'e' | b'E'));
    if plain {
        // ASCII digits, so the text is valid UTF-8; more than 20 digits never fits.
        let text = std::str::from_utf8(token).unwrap_or_default();
        let fits = if token[0] == b'-' {
            text.parse::<i64>().is_ok()
        } else {
            text.parse::<u64>().is_ok()
        };
        if fits {
            return Ok(());
        }
    } else if !fraction_or_exponent {
        return Ok(());
    }
    let (line, column) = position(bytes, start);
    let field = key.map(|(s, e)| String::from_utf8_lossy(&bytes[s..e]).into_owned());
    let found = shorten(&String::from_utf8_lossy(token));
    Err(if plain {
        SnapshotError::IntegerOutOfRange {
            found,
            negative: token[0] == b'-',
            field,
            line,
            column,
        }
    } else {
        SnapshotError::NotAnInteger {
            found,
            field,
            line,
            column,
        }
    })
}

/// A number can be megabytes long (no string limit applies to it); a message quotes its start.
fn shorten(token: &str) -> String {
    const SHOWN: usize = 40;
    if token.len() <= SHOWN {
        token.to_string()
    } else {
        format!("{}… ({} characters)", &token[..SHOWN], token.len())
    }
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
    fn numbers_are_read_as_written() {
        let l = Limits::default();
        assert!(scan(
            br#"{"a":[0,-1,9223372036854775807,18446744073709551615]}"#,
            &l
        )
        .is_ok());
        // Not numbers at all: left to the parser, which names them.
        assert!(scan(b"[--1, 1-2, -]", &l).is_ok());
        assert!(matches!(
            scan(b"[1e5]", &l),
            Err(SnapshotError::NotAnInteger { ref found, field: None, line: 1, column: 2 }) if found == "1e5"
        ));
        // A number that ends the input is checked too, and a key is named only after a colon.
        assert!(matches!(
            scan(b"\n  123456789012345678901", &l),
            Err(SnapshotError::IntegerOutOfRange {
                negative: false,
                field: None,
                line: 2,
                column: 3,
                ..
            })
        ));
        assert!(matches!(
            scan(br#"{"k": -9223372036854775809}"#, &l),
            Err(SnapshotError::IntegerOutOfRange { negative: true, field: Some(ref f), .. }) if f == "k"
        ));
        assert!(matches!(
            scan(br#"{"k": [1, 2.5]}"#, &l),
            Err(SnapshotError::NotAnInteger { field: None, .. })
        ));
        assert!(matches!(scan(br#"{"k":"1.5"}"#, &l), Ok(())));
    }

    #[test]
    fn text_must_be_utf8_and_the_bad_bytes_are_located() {
        let l = Limits::default();
        assert_eq!(
            scan(b"{\"a\":\n\"x\xed\xa0\x80\"}", &l),
            // A surrogate encoded in UTF-8 form (CESU-8), which UTF-8 forbids.
            Err(SnapshotError::NotUtf8 {
                offset: 8,
                line: 2,
                column: 3,
                found: vec![0xed],
            })
        );
        assert_eq!(
            scan(b"\xef\xbb\xbf{}", &l),
            Err(SnapshotError::ByteOrderMark)
        );
        // Cut short at the end of the file: the rest is named.
        assert!(matches!(
            scan(b"\"\xe6\x99", &l),
            Err(SnapshotError::NotUtf8 { offset: 1, ref found, .. }) if found == &[0xe6, 0x99]
        ));
    }

    #[test]
    fn brackets_and_quotes_inside_strings_do_not_count() {
        let l = small();
        assert!(scan(br#"{"a":"[[[[[\""}"#, &l).is_ok());
    }
}
