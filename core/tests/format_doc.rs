//! docs/snapshot-format.md is enough to write a valid file: its list of event kinds and shared
//! types is checked against public/snapshot.schema.json field by field, and its worked example
//! (seed, events, canonical bytes, hashes, head signature, digests, the whole file) against
//! what this core computes. A change to either side that the other does not follow fails here.
//!
//! `GONGZHI_PRINT_DOC=1 cargo test -p gongzhi-core --test format_doc -- --nocapture` prints
//! the rows and vectors as the document should hold them.

use std::collections::BTreeSet;

use gongzhi_core::canonical::to_canonical_bytes;
use gongzhi_core::log::keys::head_message;
use gongzhi_core::model::{Scope as Area, VoteKind};
use gongzhi_core::record::snapshot::{self, export, import, Limits, Scope};
use gongzhi_core::{DeviceKey, Payload, Record, VoteId};
use serde_json::Value;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/../{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn doc() -> String {
    read("docs/snapshot-format.md")
}

fn schema() -> Value {
    serde_json::from_str(&read("public/snapshot.schema.json")).unwrap()
}

fn printing() -> bool {
    std::env::var_os("GONGZHI_PRINT_DOC").is_some()
}

// ---- The schema, rendered as the document's tables write it ----

/// Field names in the order the schema requires them (its `required` array keeps the
/// declaration order), then the optional ones by name.
fn fields(object: &Value) -> Vec<(String, bool)> {
    let required: Vec<String> = object["required"]
        .as_array()
        .map(|r| r.iter().map(|k| k.as_str().unwrap().to_string()).collect())
        .unwrap_or_default();
    let props = object["properties"].as_object().unwrap();
    let mut out: Vec<(String, bool)> = required
        .iter()
        .filter(|k| props.contains_key(*k))
        .map(|k| (k.clone(), true))
        .collect();
    let mut optional: Vec<&String> = props.keys().filter(|k| !required.contains(k)).collect();
    optional.sort();
    out.extend(optional.into_iter().map(|k| (k.clone(), false)));
    out
}

/// A property's type in a few words: `event_id or null`, `"yes"/"no"`, `integer 0–255`.
fn ty(v: &Value) -> String {
    if let Some(r) = v["$ref"].as_str() {
        return r.rsplit('/').next().unwrap().to_string();
    }
    for alt in ["anyOf", "oneOf"] {
        if let Some(alts) = v[alt].as_array() {
            let shown: Vec<String> = alts.iter().map(ty).collect();
            return shown.join(" or ");
        }
    }
    if let Some(c) = v.get("const") {
        return c.to_string();
    }
    if let Some(values) = v["enum"].as_array() {
        let shown: Vec<String> = values.iter().map(Value::to_string).collect();
        return shown.join("/");
    }
    match v["type"].as_str() {
        Some("object") if v["properties"].is_null() => format!(
            "{{<{}>: {}, …}}",
            ty(&v["propertyNames"]),
            ty(&v["additionalProperties"])
        ),
        Some("object") => {
            let inner: Vec<String> = fields(v)
                .into_iter()
                .map(|(k, required)| {
                    let mark = if required { "" } else { "?" };
                    format!("{k}{mark}: {}", ty(&v["properties"][&k]))
                })
                .collect();
            format!("{{{}}}", inner.join(", "))
        }
        Some("array") => format!("[{}]", ty(&v["items"])),
        Some("integer") => match (v["minimum"].as_i64(), v["maximum"].as_i64()) {
            (Some(lo), Some(hi)) => format!("integer {lo}–{hi}"),
            (Some(lo), None) => format!("integer ≥ {lo}"),
            _ => "integer".into(),
        },
        Some("string") => match v["pattern"].as_str() {
            Some(p) => format!("string `{p}`"),
            None => "string".into(),
        },
        Some(t) => t.to_string(),
        None => panic!("no type in {v}"),
    }
}

/// The fields cell of a payload's row: `` `unit` event_id, `room` string ``.
fn payload_fields(def: &Value) -> String {
    let shown: Vec<String> = fields(def)
        .into_iter()
        .filter(|(k, _)| k != "type")
        .map(|(k, required)| {
            let mark = if required { "" } else { "?" };
            format!("`{k}{mark}` {}", ty(&def["properties"][&k]))
        })
        .collect();
    if shown.is_empty() {
        "(none)".into()
    } else {
        shown.join(", ")
    }
}

/// The rows of a marked table in the document: (first cell without backticks, second cell,
/// third cell).
fn rows(doc: &str, marker: &str) -> Vec<(String, String, String)> {
    let start = doc
        .find(&format!("<!-- {marker}"))
        .unwrap_or_else(|| panic!("the document has no <!-- {marker} marker"));
    let end = start
        + doc[start..]
            .find(&format!("<!-- end {marker} -->"))
            .unwrap_or_else(|| panic!("the document has no <!-- end {marker} --> marker"));
    doc[start..end]
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            let cells: Vec<&str> = l
                .trim_start_matches("| ")
                .trim_end_matches(" |")
                .split(" | ")
                .collect();
            assert_eq!(cells.len(), 3, "three cells in: {l}");
            (
                cells[0].trim_matches('`').to_string(),
                cells[1].to_string(),
                cells[2].to_string(),
            )
        })
        .collect()
}

#[test]
fn every_event_kind_of_the_schema_is_in_the_document_with_its_fields() {
    let schema = schema();
    let defs = schema["$defs"]["payload"]["oneOf"].as_array().unwrap();
    let rows = rows(&doc(), "kinds");
    if printing() {
        for d in defs {
            println!(
                "| `{}` | {} |  |",
                d["title"].as_str().unwrap(),
                payload_fields(d)
            );
        }
    }
    let in_schema: Vec<String> = defs
        .iter()
        .map(|d| {
            d["properties"]["type"]["const"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let in_doc: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let missing: BTreeSet<&String> = in_schema.iter().filter(|k| !in_doc.contains(k)).collect();
    let extra: BTreeSet<&String> = in_doc.iter().filter(|k| !in_schema.contains(k)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "kinds the document lacks: {missing:?}; kinds the schema lacks: {extra:?}"
    );
    assert_eq!(
        in_doc.len(),
        in_doc.iter().collect::<BTreeSet<_>>().len(),
        "a kind is listed twice"
    );
    for (kind, cell, meaning) in &rows {
        let def = defs
            .iter()
            .find(|d| d["properties"]["type"]["const"] == kind.as_str())
            .unwrap();
        assert_eq!(
            cell,
            &payload_fields(def),
            "the fields of {kind} in the document differ from the schema"
        );
        assert!(!meaning.trim().is_empty(), "{kind} needs its meaning");
    }
}

#[test]
fn every_shared_type_of_the_schema_is_in_the_document() {
    let schema = schema();
    let defs = schema["$defs"].as_object().unwrap();
    let rows = rows(&doc(), "types");
    let expected: Vec<(String, String)> = defs
        .iter()
        .filter(|(name, _)| name.as_str() != "payload")
        .map(|(name, def)| (name.clone(), ty(def)))
        .collect();
    if printing() {
        for (name, t) in &expected {
            println!("| `{name}` | {t} |  |");
        }
    }
    let in_doc: BTreeSet<&String> = rows.iter().map(|r| &r.0).collect();
    let in_schema: BTreeSet<&String> = expected.iter().map(|e| &e.0).collect();
    assert_eq!(in_doc, in_schema, "shared types: document vs schema");
    for (name, t) in &expected {
        let row = rows.iter().find(|r| &r.0 == name).unwrap();
        assert_eq!(&row.1, t, "the shape of {name} in the document");
        assert!(!row.2.trim().is_empty(), "{name} needs its meaning");
    }
}

#[test]
fn every_payload_kind_parses_with_the_fields_the_document_lists() {
    // The schema is checked against the code by tests/snapshot.rs; here the document's own
    // rows must describe a payload the core reads: a kind it does not know fails to parse.
    for (kind, _, _) in rows(&doc(), "kinds") {
        let err = serde_json::from_value::<Payload>(serde_json::json!({ "type": kind }))
            .expect_err("no payload is only its type");
        assert!(
            !err.to_string().contains("unknown variant"),
            "{kind} is not a kind the core knows: {err}"
        );
    }
}

#[test]
fn the_authorization_rules_have_their_own_section() {
    // Who may write what is documented by the authorization work; the heading is its anchor.
    assert!(doc().contains("\n## Who may write what\n"));
}

// ---- The worked example ----

/// RFC 8032's first Ed25519 test secret: a reader can check its own library against the
/// RFC's public key before checking anything of Gongzhi.
const SEED: &str = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
const FOUNDED_MS: i64 = 1_746_000_000_000;

struct Example {
    key: DeviceKey,
    record: Record,
    file: snapshot::Snapshot,
}

/// One community, three events: founded, an owners' vote opened, the vote closed.
fn example() -> Example {
    let mut seed = [0u8; 32];
    hex::decode_to_slice(SEED, &mut seed).unwrap();
    let key = DeviceKey::from_seed(seed);
    let mut record = Record::new();
    record
        .submit(
            &key,
            FOUNDED_MS,
            "admin",
            Payload::CommunityFounded {
                name: "晋阳社区".into(),
                device_label: "北苑 kiosk 1".into(),
            },
        )
        .unwrap();
    let vote = VoteId(
        record
            .submit(
                &key,
                FOUNDED_MS + 60_000,
                "secretary 王芳",
                Payload::VoteOpened {
                    title: "修订管理规约".into(),
                    kind: VoteKind::Owners {
                        matter: 2,
                        scope: Area::Community,
                    },
                    proposal: None,
                    closes_ms: FOUNDED_MS + 86_400_000,
                },
            )
            .unwrap(),
    );
    record
        .submit(
            &key,
            FOUNDED_MS + 3_600_000,
            "secretary 王芳",
            Payload::VoteClosed { vote, cut: None },
        )
        .unwrap();
    let file = export(&mut record, &key, FOUNDED_MS + 7_200_000, Scope::Community);
    Example { key, record, file }
}

/// The vectors as `label  value` lines, in the document's order.
fn vectors(ex: &Example) -> Vec<(String, String)> {
    let mut out = vec![
        ("seed".to_string(), SEED.to_string()),
        ("device id".to_string(), ex.key.device().to_string()),
    ];
    for (i, e) in ex.file.events.iter().enumerate() {
        let mut sealed = serde_json::to_value(e).unwrap();
        sealed.as_object_mut().unwrap().remove("hash");
        let bytes = String::from_utf8(to_canonical_bytes(&sealed)).unwrap();
        out.push((format!("event {} bytes", i + 1), bytes));
        out.push((format!("event {} hash", i + 1), e.hash.to_string()));
    }
    let head = &ex.file.heads[0];
    let message = String::from_utf8(head_message(&head.device, head.seq, &head.hash)).unwrap();
    out.push((
        "head message".into(),
        serde_json::to_string(&message).unwrap(),
    ));
    out.push(("head signature".into(), head.signature.to_string()));
    let mut digested = serde_json::to_value(&ex.file).unwrap();
    let hashes: Vec<Value> = ex
        .file
        .events
        .iter()
        .map(|e| Value::from(e.hash.to_string()))
        .collect();
    digested["events"] = Value::Array(hashes);
    digested.as_object_mut().unwrap().remove("digest");
    out.push((
        "digest bytes".into(),
        String::from_utf8(to_canonical_bytes(&digested)).unwrap(),
    ));
    out.push(("digest".into(), ex.file.digest.to_string()));
    let vote = VoteId(ex.file.events[1].id);
    let vote_input = serde_json::json!({
        "events": [ex.file.events[1].hash.to_string(), ex.file.events[2].hash.to_string()],
        "format": "gongzhi-vote-digest",
        "vote": vote.to_string(),
    });
    out.push((
        "vote digest bytes".into(),
        String::from_utf8(to_canonical_bytes(&vote_input)).unwrap(),
    ));
    out.push((
        "vote digest".into(),
        snapshot::vote_digest(&ex.record, &vote).to_string(),
    ));
    out
}

/// The first fenced block after `<!-- {marker} -->`.
fn block(doc: &str, marker: &str) -> String {
    let at = doc
        .find(&format!("<!-- {marker} -->"))
        .unwrap_or_else(|| panic!("the document has no <!-- {marker} --> marker"));
    let rest = &doc[at..];
    let open = rest.find("```").unwrap();
    let body = &rest[open..];
    let body = &body[body.find('\n').unwrap() + 1..];
    body[..body.find("```").unwrap()].to_string()
}

#[test]
fn the_worked_example_matches_the_code_byte_for_byte() {
    let ex = example();
    let expected = vectors(&ex);
    let pretty = serde_json::to_string_pretty(&ex.file).unwrap();
    if printing() {
        for (label, value) in &expected {
            println!("{label:<18} {value}");
        }
        println!("{pretty}");
    }
    let doc = doc();
    let written: Vec<(String, String)> = block(&doc, "vectors")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (label, value) = l.split_once("  ").expect("label, two spaces, value");
            (label.trim().to_string(), value.trim().to_string())
        })
        .collect();
    assert_eq!(
        written.iter().map(|w| &w.0).collect::<Vec<_>>(),
        expected.iter().map(|e| &e.0).collect::<Vec<_>>(),
        "the document's vector labels"
    );
    for ((label, got), (_, want)) in written.iter().zip(&expected) {
        assert_eq!(got, want, "vector {label}");
    }
    // Each hash is SHA-256 of the bytes shown, so a reader can check them with sha256sum.
    use sha2::{Digest, Sha256};
    for pair in written.windows(2) {
        if let Some(n) = pair[0].0.strip_suffix(" bytes") {
            let want = if n == "digest" || n == "vote digest" {
                n.to_string()
            } else {
                format!("{n} hash")
            };
            assert_eq!(pair[1].0, want);
            assert_eq!(
                hex::encode(Sha256::digest(pair[0].1.as_bytes())),
                pair[1].1,
                "sha256 of {}",
                pair[0].0
            );
        }
    }

    // The whole file as the document prints it is the file this core writes, and it verifies.
    let file_text = block(&doc, "example file");
    let in_doc: Value = serde_json::from_str(&file_text).unwrap();
    assert_eq!(
        in_doc,
        serde_json::to_value(&ex.file).unwrap(),
        "the example file"
    );
    let read = import(file_text.as_bytes(), &Limits::default()).expect("the example verifies");
    assert_eq!(read, ex.file);
    assert_eq!(file_text.trim_end(), pretty, "the example file's layout");
}
