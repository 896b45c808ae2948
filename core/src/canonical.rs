//! The one byte encoding that event hashes and snapshot digests are computed over.
//!
//! Canonical form: compact JSON (no whitespace), object keys sorted by their UTF-8 bytes,
//! strings escaped exactly as `serde_json` escapes them. Key sorting is done here rather than
//! relying on `serde_json::Map` order because another crate in the build may enable
//! `preserve_order`, which would silently change every hash.

use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::ids::Hash;

/// Canonical bytes of any serialisable value.
pub fn to_canonical_bytes<T: Serialize>(value: &T) -> Vec<u8> {
    let value = serde_json::to_value(value).expect("model types always serialise to JSON");
    let mut out = Vec::with_capacity(256);
    write_value(&value, &mut out);
    out
}

/// SHA-256 over the canonical bytes.
pub fn canonical_hash<T: Serialize>(value: &T) -> Hash {
    Hash(Sha256::digest(to_canonical_bytes(value)).into())
}

fn write_value(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_unstable_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push(b'{');
            for (i, (key, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                serde_json::to_writer(&mut *out, key).expect("writing to a Vec cannot fail");
                out.push(b':');
                write_value(item, out);
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_value(item, out);
            }
            out.push(b']');
        }
        scalar => write_scalar(scalar, out),
    }
}

fn write_scalar(value: &Value, out: &mut Vec<u8>) {
    serde_json::to_writer(&mut *out, value).expect("writing to a Vec cannot fail");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_sorted_at_every_level_and_output_is_compact() {
        let v = serde_json::json!({"b": 1, "a": {"z": [1, {"y": "x", "c": null}], "m": true}});
        assert_eq!(
            String::from_utf8(to_canonical_bytes(&v)).unwrap(),
            r#"{"a":{"m":true,"z":[1,{"c":null,"y":"x"}]},"b":1}"#
        );
    }

    #[test]
    fn non_ascii_is_kept_raw_and_controls_escaped() {
        let v = serde_json::json!({"k": "北苑\n\"q\""});
        assert_eq!(
            String::from_utf8(to_canonical_bytes(&v)).unwrap(),
            "{\"k\":\"北苑\\n\\\"q\\\"\"}"
        );
    }
}
