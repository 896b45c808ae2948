//! Where in a file a reader stopped, as a field path (`events[12].payload.amount`): an app
//! writes its files on one line, so "line 1, column 6643" alone tells a writer nothing.

/// The path of the value at `line` and `column` (1-based, as serde_json reports them: a column
/// counts bytes) of `bytes`; `None` for a position outside any object or array.
pub(crate) fn path_at(bytes: &[u8], line: usize, column: usize) -> Option<String> {
    let start = if line <= 1 {
        0
    } else {
        bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .nth(line - 2)
            .map(|(i, _)| i + 1)?
    };
    let end = (start + column.saturating_sub(1)).min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                wants_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { wants_key, .. }) => *wants_key = true,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { wants_key, .. }) = stack.last_mut() {
                    *wants_key = false;
                }
            }
            b'"' => {
                let (text, next) = string(bytes, i + 1);
                if let Some(Frame::Object {
                    key,
                    wants_key: true,
                }) = stack.last_mut()
                {
                    *key = Some(text);
                }
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        // A payload is read whole before its fields are checked (`crate::log::tagged`): a
        // position inside it says only which payload, and its error names the field.
        if path.ends_with(".payload") {
            break;
        }
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    (!path.is_empty()).then_some(path)
}

/// For a `path` ending at an event's payload (`events[12].payload`, read whole, so the error
/// position says no more), the path to the field the error is about: the one whose removal
/// turns the error into its being missing. Only a refused file pays for this.
pub(crate) fn payload_field(bytes: &[u8], path: &str) -> Option<String> {
    let index: usize = path
        .strip_prefix("events[")?
        .strip_suffix("].payload")?
        .parse()
        .ok()?;
    let file: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let fields = file["events"].get(index)?["payload"].as_object()?;
    let refused = |fields: serde_json::Map<String, serde_json::Value>| {
        serde_json::from_value::<crate::log::payload::Payload>(serde_json::Value::Object(fields))
            .err()
    };
    refused(fields.clone())?;
    let key = fields.keys().filter(|k| *k != "type").find(|key| {
        let mut without = fields.clone();
        without.remove(*key);
        refused(without)
            .is_some_and(|e| e.to_string().starts_with(&format!("missing field `{key}`")))
    })?;
    Some(format!("{path}.{key}"))
}

enum Frame {
    Object {
        key: Option<String>,
        wants_key: bool,
    },
    Array {
        index: usize,
    },
}

/// The text of the string whose content starts at `from`, and the index after its closing
/// quote (escapes kept as written: a key with one is rare and still recognisable).
fn string(bytes: &[u8], from: usize) -> (String, usize) {
    let mut i = from;
    while i < bytes.len() && bytes[i] != b'"' {
        i += if bytes[i] == b'\\' { 2 } else { 1 };
    }
    let text = String::from_utf8_lossy(&bytes[from..i.min(bytes.len())]).into_owned();
    (text, i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_error(text: &str) -> Option<String> {
        let e = serde_json::from_str::<crate::record::snapshot::Snapshot>(text).unwrap_err();
        path_at(text.as_bytes(), e.line(), e.column())
    }

    #[test]
    fn names_the_field_a_type_error_is_in_whatever_line_and_width() {
        let bytes = r#"{"a":"中文","events":[{"x":1},{"payload":{"amount":"12"}}]}"#;
        let at = bytes.find(r#""12""#).unwrap() + 4;
        // A payload is read whole: a position inside it names the payload.
        assert_eq!(
            path_at(bytes.as_bytes(), 1, at).as_deref(),
            Some("events[1].payload")
        );
        let top = r#"{"events":[{"x":1}],"heads":[{"seq":"2"}]}"#;
        let at = top.find(r#""2""#).unwrap() + 4;
        assert_eq!(
            path_at(top.as_bytes(), 1, at).as_deref(),
            Some("heads[0].seq")
        );
        let lines = "{\n  \"events\": [\n    {\"id\": 7}\n  ]\n}";
        let inside = r#"{"events":[{"payload":{"budget":[{"amount":"5"}],"funding":[]}}]}"#;
        let at = inside.find("[]").unwrap();
        assert_eq!(
            path_at(inside.as_bytes(), 1, at).as_deref(),
            Some("events[0].payload")
        );
        assert_eq!(
            path_at(lines.as_bytes(), 3, 12).as_deref(),
            Some("events[0].id")
        );
        assert_eq!(path_at(b"", 1, 1), None);
        // serde_json's own columns land in the field they complain of.
        let file = r#"{"format":"gongzhi-snapshot","version":"1"}"#;
        assert_eq!(at_error(file).as_deref(), Some("version"));
    }
}
