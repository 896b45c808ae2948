//! Exchanging files between devices as the app does it: a resident's contributions, the preview
//! shown before a merge, the vote digest, and the result's QR code read back by a decoder.

mod common;

use common::*;
use gongzhi_core::model::*;
use gongzhi_core::read::qr;
use gongzhi_core::record::snapshot::{
    export, import, report, vote_digest, Limits, Scope as FileScope, SnapshotError,
};
use gongzhi_core::rules::state::Trust;
use gongzhi_core::{EventId, HouseholdId, Payload, Record, VoteId};

struct Kiosks {
    base: Record,
    vote: VoteId,
    households: Vec<HouseholdId>,
}

/// Admin's record with three households, an owners' vote, and kiosk 2 trusted.
fn kiosks() -> Kiosks {
    let mut t = Town::new(1);
    t.submit(Payload::DeviceTrusted {
        device: key(2).device(),
        label: "北苑 kiosk 2".into(),
        admin: false,
        role: None,
        household: None,
    });
    let households = (0..3)
        .map(|i| {
            t.household(
                1,
                1,
                &format!("{}", 101 + i),
                registered(9_000),
                owners(&[(&format!("业主{i}"), &format!("{i}"))]),
            )
        })
        .collect();
    let vote = t.owners_vote(4, Scope::Community, T0 + 10 * HOUR);
    t.record.seal(&t.admin);
    Kiosks {
        base: t.record,
        vote,
        households,
    }
}

fn cast(record: &mut Record, device: u8, at: i64, vote: VoteId, household: HouseholdId) -> EventId {
    record
        .submit(
            &key(device),
            at,
            "kiosk",
            Payload::BallotCast {
                vote,
                voter: Voter::Household(household),
                choice: Choice::Yes,
            },
        )
        .unwrap()
}

#[test]
fn a_preview_counts_what_a_merge_adds_and_lists_the_double_vote_once() {
    let k = kiosks();
    let mut one = k.base.clone();
    let mut two = k.base.clone();
    cast(&mut one, 1, T0 + HOUR, k.vote, k.households[0]);
    cast(&mut one, 1, T0 + HOUR, k.vote, k.households[1]);
    cast(&mut two, 2, T0 + 2 * HOUR, k.vote, k.households[1]);
    cast(&mut two, 2, T0 + 2 * HOUR, k.vote, k.households[2]);
    let file_two = export(&mut two, &key(2), T0 + 3 * HOUR, FileScope::Community).to_json();
    let file_two = import(&file_two, &Limits::default()).unwrap();

    let preview = report::preview(&one, &file_two).unwrap();
    assert_eq!(preview.new_events, 2);
    assert_eq!(preview.by_kind, vec![("ballot_cast".to_string(), 2)]);
    assert_eq!(preview.ballots.len(), 1);
    assert_eq!(preview.ballots[0].new_ballots, 2);
    assert_eq!(
        preview.ballots[0].newly_counted, 1,
        "household 1 already voted on kiosk 1"
    );
    assert_eq!(preview.new_conflicts.len(), 1);
    let conflict = &preview.new_conflicts[0];
    assert!(
        matches!(conflict.voter, gongzhi_core::model::Voter::Household(_)),
        "an owners' vote: the voter is a flat"
    );
    assert!(conflict.named.ends_with("102") && !conflict.named.contains("household"));
    assert_eq!(
        conflict.voter_text(),
        format!("household {}", conflict.named)
    );
    let signer = |d: u8| {
        preview
            .report
            .signers
            .iter()
            .find(|s| s.device == key(d).device())
            .unwrap()
            .trust
            .clone()
    };
    assert_eq!(
        signer(2),
        Trust::Trusted {
            label: "北苑 kiosk 2".into(),
            role: gongzhi_core::rules::authority::DeviceRole::Clerk,
            household: None,
        }
    );
    assert_eq!(one.len(), k.base.len() + 2, "a preview changes nothing");

    file_two.clone().merge_into(&mut one).unwrap();
    let again = report::preview(&one, &file_two).unwrap();
    assert!(again.changes_nothing());
    assert!(again.new_conflicts.is_empty());
    assert_eq!(one.state().conflicts().count(), 1);
}

#[test]
fn an_unknown_device_is_reported_as_unknown() {
    let k = kiosks();
    let mut stranger = k.base.clone();
    cast(&mut stranger, 9, T0 + HOUR, k.vote, k.households[0]);
    let file = export(&mut stranger, &key(9), T0 + HOUR, FileScope::Community).to_json();
    let file = import(&file, &Limits::default()).unwrap();
    let preview = report::preview(&k.base, &file).unwrap();
    let s = preview
        .report
        .signers
        .iter()
        .find(|s| s.device == key(9).device())
        .unwrap();
    assert_eq!(s.trust, Trust::Unknown);
    assert_eq!(s.events, 1);
}

#[test]
fn a_contributions_file_holds_only_the_residents_own_chain_and_merges() {
    let k = kiosks();
    let mut phone = k.base.clone();
    let ballot = cast(&mut phone, 5, T0 + HOUR, k.vote, k.households[2]);
    let file = export(
        &mut phone,
        &key(5),
        T0 + HOUR,
        FileScope::Contributions {
            device: key(5).device(),
        },
    );
    assert_eq!(file.events.len(), 1);
    assert_eq!(file.heads.len(), 1);
    let bytes = file.to_json();
    assert!(bytes.len() < 2_000, "a small file: {} bytes", bytes.len());

    let read = import(&bytes, &Limits::default()).unwrap();
    let mut secretary = k.base.clone();
    read.merge_into(&mut secretary).unwrap();
    assert!(secretary.get(&ballot).is_some());
    // A phone nobody enrolled: the ballot is kept and waits for a clerk.
    let vote = &secretary.state().votes[&k.vote];
    assert_eq!(vote.ballots.len(), 0);
    assert_eq!(vote.unconfirmed.keys().collect::<Vec<_>>(), vec![&ballot]);
    secretary
        .submit(
            &key(1),
            T0 + 2 * HOUR,
            "clerk",
            Payload::BallotConfirmed {
                vote: k.vote,
                ballot,
            },
        )
        .unwrap();
    let vote = &secretary.state().votes[&k.vote];
    assert_eq!(vote.ballots.len(), 1);
    assert_eq!(
        vote.ballots[0].event, ballot,
        "the resident's own ballot counts"
    );
    assert!(vote.unconfirmed.is_empty());
}

#[test]
fn a_contributions_file_with_another_devices_event_is_refused() {
    let k = kiosks();
    let mut phone = k.base.clone();
    cast(&mut phone, 5, T0 + HOUR, k.vote, k.households[2]);
    let mut file = export(&mut phone, &key(5), T0 + HOUR, FileScope::Community);
    file.scope = FileScope::Contributions {
        device: key(5).device(),
    };
    file.digest = file.computed_digest();
    let err = import(&file.to_json(), &Limits::default()).unwrap_err();
    assert!(
        matches!(err, SnapshotError::ScopeForeignEvent { .. }),
        "{err}"
    );
}

#[test]
fn the_vote_digest_is_the_same_on_every_device_and_ignores_other_business() {
    let k = kiosks();
    let mut one = k.base.clone();
    cast(&mut one, 1, T0 + HOUR, k.vote, k.households[0]);
    one.seal(&key(1));
    let mut two = Record::new();
    two.merge_record(&one).unwrap();
    assert_eq!(vote_digest(&one, &k.vote), vote_digest(&two, &k.vote));

    let before = vote_digest(&one, &k.vote);
    one.submit(
        &key(1),
        T0 + HOUR,
        "admin",
        Payload::CompoundAdded {
            name: "红运花园".into(),
        },
    )
    .unwrap();
    assert_eq!(vote_digest(&one, &k.vote), before, "unrelated events");
    cast(&mut one, 1, T0 + HOUR, k.vote, k.households[1]);
    assert_ne!(
        vote_digest(&one, &k.vote),
        before,
        "a new ballot changes it"
    );
}

#[test]
fn the_result_qr_code_scans_back_to_the_documented_text() {
    let k = kiosks();
    let mut one = k.base.clone();
    cast(&mut one, 1, T0 + HOUR, k.vote, k.households[0]);
    let text = qr::result_text(&one, &k.vote).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], qr::HEADER);
    assert_eq!(lines[1], format!("vote: {}", k.vote));
    assert_eq!(lines[2], "title: matter 4");
    assert_eq!(lines[3], "status: open, not final");
    assert!(
        lines[4].starts_with(
            "owners: matter 4; eligible 3 / 270.00 m²; voted 1 / 90.00 m²; yes 1 / 90.00 m²"
        ),
        "{}",
        lines[4]
    );
    assert_eq!(lines[5], "verdict: not passed");
    assert_eq!(lines[6], format!("digest: {}", vote_digest(&one, &k.vote)));

    // The posted code adds lines for a person after a blank line; a break inside one of them
    // cannot end the machine part early.
    let posted = qr::with_reader_lines(
        &text,
        &["北苑 4 号事项".into(), "表决进行中，\n结果未定".into()],
    );
    assert_eq!(
        posted,
        format!("{text}\n\n北苑 4 号事项\n表决进行中， 结果未定")
    );
    assert_eq!(qr::with_reader_lines(&text, &[]), text);
    let digest = vote_digest(&one, &k.vote).to_string();
    assert_eq!(qr::digest_of(&posted), Some(digest.as_str()));
    let text = posted;

    let modules = qr::modules(&text).unwrap();
    let scale = 4;
    let side = (modules.len() + 8) * scale;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        let (mx, my) = ((x / scale) as isize - 4, (y / scale) as isize - 4);
        let n = modules.len() as isize;
        let dark = mx >= 0 && my >= 0 && mx < n && my < n && modules[my as usize][mx as usize];
        if dark {
            0
        } else {
            255
        }
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1);
    let (_, content) = grids[0].decode().unwrap();
    assert_eq!(content, text);

    let svg = qr::svg(&text, "表决结果 <二维码>").unwrap();
    assert!(svg.starts_with("<svg"));
    assert!(svg.contains(r#"aria-label="表决结果 &lt;二维码&gt;""#));
    let dark = modules.iter().flatten().filter(|d| **d).count();
    assert_eq!(svg.matches("h1v1h-1z").count(), dark);
}

/// The project digest covers exactly the events the documented jq line selects: the draft, and
/// every event whose payload's `proposal` is the project.
#[test]
fn the_project_text_carries_a_digest_of_every_event_naming_the_project() {
    use gongzhi_core::canonical::canonical_hash;
    let (record, _) = every_kind();
    let (project, _) = record.state().proposals.iter().next().unwrap();
    let text = qr::project_text(&record, project).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], qr::PROJECT_HEADER);
    assert_eq!(lines[1], format!("project: {project}"));
    assert!(lines[3].starts_with("stage: "), "{}", lines[3]);
    assert!(lines[4].starts_with("money: budget "), "{}", lines[4]);
    let by_jq: Vec<serde_json::Value> = record
        .events()
        .map(|e| serde_json::to_value(e).unwrap())
        .filter(|e| {
            let p = project.to_string();
            (e["id"] == p.as_str() && e["payload"]["type"] == "proposal_drafted")
                || e["payload"]["proposal"] == p.as_str()
        })
        .map(|e| e["hash"].clone())
        .collect();
    assert!(
        by_jq.len() > 10,
        "the fixture's project has a whole history"
    );
    let expected = canonical_hash(&serde_json::json!({
        "events": by_jq,
        "format": "gongzhi-project-digest",
        "project": project.to_string(),
    }));
    assert_eq!(qr::digest_of(&text), Some(expected.to_string().as_str()));
}

/// A fund's posted text: its documented lines, and a digest over exactly the events the
/// documented jq line selects (the `fund_opened`, and every event whose payload's `fund` is it).
#[test]
fn the_fund_text_carries_a_digest_of_every_event_naming_the_fund() {
    use gongzhi_core::canonical::canonical_hash;
    let (record, _) = every_kind();
    let (fund, f) = record.state().funds.iter().next().unwrap();
    let text = qr::fund_text(&record, fund).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 7, "{text}");
    assert_eq!(lines[0], qr::FUND_HEADER);
    assert_eq!(lines[1], format!("fund: {fund}"));
    assert_eq!(lines[2], format!("title: {}", f.title));
    assert!(f.settled.is_some(), "the fixture's fund is settled");
    assert!(lines[3].starts_with("status: settled "), "{}", lines[3]);
    assert_eq!(
        lines[4],
        format!(
            "money: target {}, pledged {}, received {}, spent {}, balance 0 (fen)",
            f.target.0, f.pledged.0, f.received.0, f.spent.0
        )
    );
    assert_eq!(lines[5], "households: 1 paid");
    let by_jq: Vec<serde_json::Value> = record
        .events()
        .map(|e| serde_json::to_value(e).unwrap())
        .filter(|e| {
            let id = fund.to_string();
            (e["id"] == id.as_str() && e["payload"]["type"] == "fund_opened")
                || e["payload"]["fund"] == id.as_str()
        })
        .map(|e| e["hash"].clone())
        .collect();
    assert_eq!(
        by_jq.len(),
        6,
        "opened, pledged, received, spent, the activity it paid for, settled"
    );
    let expected = canonical_hash(&serde_json::json!({
        "events": by_jq,
        "format": "gongzhi-fund-digest",
        "fund": fund.to_string(),
    }));
    assert_eq!(qr::digest_of(&text), Some(expected.to_string().as_str()));
    assert_eq!(
        gongzhi_core::record::snapshot::fund_digest(&record, fund),
        expected
    );
}
