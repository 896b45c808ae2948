use super::*;
use crate::ids::DeviceId;

#[test]
fn inspectors_are_split_as_typed_and_photos_named_by_sha256() {
    assert_eq!(
        Acceptance::inspectors_from(" 刘德明、监理 陈工，王芳;; "),
        ["刘德明", "监理 陈工", "王芳"]
    );
    assert!(Acceptance::inspectors_from(" 、 ").is_empty());
    assert_eq!(
        Acceptance::photo_digest(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

#[test]
fn household_codes_are_stable_distinct_and_forgiving_to_type() {
    let id = |seq| {
        HouseholdId(EventId {
            device: DeviceId([7; 32]),
            seq,
        })
    };
    let code = household_code(&id(42));
    assert_eq!(code, household_code(&id(42)));
    assert_eq!(code.len(), 9);
    assert_eq!(&code[4..5], "-");
    let codes: std::collections::BTreeSet<String> =
        (1..=5000).map(|s| household_code(&id(s))).collect();
    assert_eq!(codes.len(), 5000);
    let typed = code.to_lowercase().replace('-', " ");
    assert_eq!(normalise_household_code(&typed), Some(code.clone()));
    assert_eq!(
        normalise_household_code("o1lI-2345"),
        Some("0111-2345".into())
    );
    assert_eq!(normalise_household_code("3-2-501"), None);
    assert_eq!(normalise_household_code("ABCD-EFGU"), None);
}

#[test]
fn counted_area_follows_registered_then_surveyed_then_contract() {
    let all = AreaFigures {
        registered: Some(CentiM2(100)),
        surveyed: Some(CentiM2(200)),
        contract: Some(CentiM2(300)),
    };
    assert_eq!(all.counted(), Some((CentiM2(100), AreaSource::Registered)));
    let no_register = AreaFigures {
        registered: None,
        ..all.clone()
    };
    assert_eq!(
        no_register.counted(),
        Some((CentiM2(200), AreaSource::Surveyed))
    );
    let contract_only = AreaFigures {
        contract: Some(CentiM2(300)),
        ..Default::default()
    };
    assert_eq!(
        contract_only.counted(),
        Some((CentiM2(300), AreaSource::Contract))
    );
    assert_eq!(AreaFigures::default().counted(), None);
}
