use super::*;

#[test]
fn kind_names_are_the_written_types() {
    let p = Payload::VoteClosed {
        vote: VoteId(EventId {
            device: DeviceId([7; 32]),
            seq: 3,
        }),
        cut: None,
    };
    let written = serde_json::to_value(&p).unwrap();
    assert_eq!(written["type"], p.kind().name());
    assert_eq!(
        Kind::from_name("ballot_confirmed"),
        Some(Kind::BallotConfirmed)
    );
    assert_eq!(Kind::ALL.len(), 47);
}

fn refusal(json: &str) -> String {
    serde_json::from_str::<Payload>(json)
        .unwrap_err()
        .to_string()
}

#[test]
fn a_payload_is_read_with_serdes_own_messages_wherever_its_type_stands() {
    let closed = format!("\"vote\":\"{}:3\"", "07".repeat(32));
    let vote = VoteId(EventId {
        device: DeviceId([7; 32]),
        seq: 3,
    });
    for json in [
        format!("{{\"type\":\"vote_closed\",{closed}}}"),
        format!("{{{closed},\"type\":\"vote_closed\"}}"),
    ] {
        assert_eq!(
            serde_json::from_str::<Payload>(&json).unwrap(),
            Payload::VoteClosed { vote, cut: None }
        );
    }
    assert!(refusal(&format!("{{{closed}}}")).starts_with("missing field `type`"));
    assert!(
        refusal(&format!("{{\"type\":\"vote_opened_twice\",{closed}}}")).starts_with(
            "unknown variant `vote_opened_twice`, expected one of `community_founded`"
        )
    );
    assert!(refusal(&format!(
        "{{\"type\":\"vote_closed\",{closed},\"extra\":1}}"
    ))
    .starts_with("unknown field `extra`, expected `vote` or `cut`"));
    assert!(refusal("{\"type\":\"vote_closed\"}").starts_with("missing field `vote`"));
    assert!(refusal(&format!("{{\"type\":7,{closed}}}"))
        .contains("expected the payload's `type` as a string"));
    assert!(refusal("[1]").contains("expected a map"));
}
