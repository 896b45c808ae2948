//! The `gongzhi` command as an auditor runs it: real files on disk, exit codes, output.

use std::path::PathBuf;
use std::process::{Command, Output};

use gongzhi_core::fixtures::dataset::{generate, Dataset, Spec};
use gongzhi_core::model::{Choice, VoteKind, Voter};
use gongzhi_core::record::snapshot::{export, Scope};
use gongzhi_core::{Payload, VoteId};

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("gongzhi-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn gongzhi(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gongzhi"))
        .args(args)
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn dataset() -> Dataset {
    generate(Spec::small(7))
}

/// Two kiosks' files from one shared record: each recorded a ballot of the same household in
/// an open owners' vote while they were apart.
fn two_files(d: &std::path::Path) -> (PathBuf, PathBuf, String) {
    let mut data = dataset();
    let at = data.record.events().map(|e| e.wall_ms).max().unwrap() + 1;
    let vote = VoteId(
        data.record
            .submit(
                &data.keys[0],
                at,
                "secretary",
                Payload::VoteOpened {
                    title: "加装电梯".into(),
                    kind: VoteKind::Owners {
                        matter: 4,
                        scope: gongzhi_core::model::Scope::Community,
                    },
                    proposal: None,
                    closes_ms: at + 86_400_000,
                },
            )
            .unwrap(),
    );
    data.record.seal(&data.keys[0]);
    let ballot = |household| Payload::BallotCast {
        vote,
        voter: Voter::Household(household),
        choice: Choice::Yes,
    };
    let mut kiosk_a = data.record.clone();
    let household = data
        .households
        .iter()
        .copied()
        .find(|h| {
            kiosk_a
                .submit(&data.keys[0], at, "kiosk", ballot(*h))
                .is_ok()
        })
        .expect("a household that has not voted");
    let mut kiosk_b = data.record.clone();
    kiosk_b
        .submit(&data.keys[2], at + 1, "kiosk", ballot(household))
        .expect("kiosk B has not seen kiosk A's ballot");
    let write = |name: &str, record: &mut gongzhi_core::Record, key| {
        let path = d.join(name);
        std::fs::write(&path, export(record, key, at, Scope::Community).to_json()).unwrap();
        path
    };
    (
        write("a.json", &mut kiosk_a, &data.keys[0]),
        write("b.json", &mut kiosk_b, &data.keys[2]),
        vote.to_string(),
    )
}

#[test]
fn help_and_usage_errors() {
    let help = gongzhi(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    let out = text(&help);
    for word in [
        "gongzhi verify FILE",
        "gongzhi merge A B -o OUT",
        "--json",
        "EXIT CODES",
    ] {
        assert!(out.contains(word), "{word} missing from\n{out}");
    }
    assert_eq!(gongzhi(&[]).status.code(), Some(0));
    let wrong = gongzhi(&["frobnicate"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(text(&wrong).contains("unknown command frobnicate"));
    assert_eq!(gongzhi(&["merge", "a.json"]).status.code(), Some(2));
    assert_eq!(
        gongzhi(&["tally", "x.json", "--bogus"]).status.code(),
        Some(2)
    );
}

#[test]
fn verify_accepts_a_valid_file_and_names_its_signers() {
    let d = dir("verify");
    let (a, _, _) = two_files(&d);
    let out = gongzhi(&["verify", a.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let t = text(&out);
    assert!(t.contains("VALID"), "{t}");
    assert!(t.contains("(matches)"), "{t}");
    assert!(t.contains("signed by"), "{t}");
}

#[test]
fn verify_refuses_an_edited_choice_naming_the_event() {
    let d = dir("tamper");
    let (a, _, _) = two_files(&d);
    let json = std::fs::read_to_string(&a).unwrap();
    let at = json.find(r#""choice":"yes""#).expect("a yes ballot");
    let edited = format!("{}\"choice\":\"no\"{}", &json[..at], &json[at + 14..]);
    let bad = d.join("edited.json");
    std::fs::write(&bad, edited).unwrap();
    let out = gongzhi(&["verify", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let t = text(&out);
    assert!(t.contains("REFUSED"), "{t}");
    assert!(t.contains("altered"), "{t}");
}

#[test]
fn verify_refuses_truncated_and_reports_missing_files() {
    let d = dir("broken");
    let (a, _, _) = two_files(&d);
    let bytes = std::fs::read(&a).unwrap();
    let cut = d.join("cut.json");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let out = gongzhi(&["verify", cut.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("cannot be read"), "{}", text(&out));

    let missing = gongzhi(&["verify", d.join("nope.json").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(3));
}

#[test]
fn merge_then_tally_counts_the_double_vote_once() {
    let d = dir("merge");
    let (a, b, vote) = two_files(&d);
    let out = d.join("merged.json");
    let merged = gongzhi(&[
        "merge",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(merged.status.code(), Some(0), "{}", text(&merged));
    assert!(
        text(&merged).contains("1 double ballots"),
        "{}",
        text(&merged)
    );
    assert_eq!(
        gongzhi(&["verify", out.to_str().unwrap()]).status.code(),
        Some(0)
    );

    let tally = gongzhi(&["tally", out.to_str().unwrap(), "--vote", &vote, "--json"]);
    assert_eq!(tally.status.code(), Some(0), "{}", text(&tally));
    let v: serde_json::Value = serde_json::from_slice(&tally.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["vote"], vote.as_str());
    assert_eq!(v[0]["conflicts"].as_array().unwrap().len(), 1);
    assert_eq!(v[0]["vote_digest"].as_str().unwrap().len(), 64);

    // Merging a file into itself adds nothing: the same tally.
    let again = d.join("again.json");
    let m2 = gongzhi(&[
        "merge",
        out.to_str().unwrap(),
        b.to_str().unwrap(),
        "-o",
        again.to_str().unwrap(),
    ]);
    assert_eq!(m2.status.code(), Some(0));
    assert!(text(&m2).contains("(0 from "), "{}", text(&m2));
    let t2 = gongzhi(&["tally", again.to_str().unwrap(), "--vote", &vote, "--json"]);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&t2.stdout).unwrap()[0]["figures"],
        v[0]["figures"]
    );

    let plain = gongzhi(&["tally", out.to_str().unwrap()]);
    assert!(text(&plain).contains("double ballot:"), "{}", text(&plain));
    assert!(text(&plain).contains("vote digest:"));

    let unknown = gongzhi(&["tally", out.to_str().unwrap(), "--vote", "nonsense"]);
    assert_eq!(unknown.status.code(), Some(4));
}

/// A stranger's device signs a ballot and a close of an open vote, as a file written from the
/// format document alone would: `verify` names both set-aside events with their reason and
/// `tally --json` carries them under the vote, which stays open.
#[test]
fn verify_and_tally_tell_what_the_rules_set_aside_and_why() {
    let d = dir("set-aside");
    let (a, _, vote) = two_files(&d);
    let file = std::fs::read(&a).unwrap();
    let snapshot = gongzhi_core::record::snapshot::import(
        &file,
        &gongzhi_core::record::snapshot::Limits::default(),
    )
    .unwrap();
    let mut record = snapshot.into_record().unwrap();
    let vote_id: gongzhi_core::VoteId = vote.parse().unwrap();
    let stranger = gongzhi_core::DeviceKey::from_seed([99; 32]);
    let lamport = record.events().map(|e| e.lamport).max().unwrap();
    let at = record.events().map(|e| e.wall_ms).max().unwrap();
    let id = gongzhi_core::EventId {
        device: stranger.device(),
        seq: 1,
    };
    let close = Payload::VoteClosed {
        vote: vote_id,
        cut: None,
    };
    let events = vec![gongzhi_core::Event::seal(
        id,
        lamport + 1,
        at,
        "stranger".into(),
        None,
        close,
    )];
    let head = stranger.sign_head(1, events[0].hash);
    record.merge(events, vec![head]).unwrap();
    let data = dataset();
    let forged = d.join("stranger.json");
    let out = export(&mut record, &data.keys[0], at, Scope::Community);
    std::fs::write(&forged, out.to_json()).unwrap();

    let verified = gongzhi(&["verify", forged.to_str().unwrap()]);
    assert_eq!(verified.status.code(), Some(0), "{}", text(&verified));
    let said = text(&verified);
    assert!(said.contains("set aside by the rules: 1 events"), "{said}");
    assert!(
        said.contains("vote_closed: device ") && said.contains("is not trusted by this community"),
        "{said}"
    );
    let tally = gongzhi(&["tally", forged.to_str().unwrap(), "--vote", &vote, "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&tally.stdout).unwrap();
    let set_aside = &json[0]["set_aside"];
    assert_eq!(set_aside.as_array().unwrap().len(), 1, "{json}");
    assert_eq!(set_aside[0]["type"], "vote_closed");
    assert!(set_aside[0]["reason"]
        .as_str()
        .unwrap()
        .contains("not trusted"));
    assert!(
        json[0]["closed_ms"].is_null(),
        "the stranger did not close it"
    );
}
