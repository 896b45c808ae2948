//! 验收 and 结项: both are final steps, so each is a form that asks before recording. Acceptance
//! records the day of the inspection, who inspected, what they found and optionally a photo's
//! SHA-256 (the photo itself stays with the council); closing records what the council noted.
//! The core checks the report (`work_accepted`), whatever this form lets through.

use crate::components::confirm_form::{ConfirmForm, Opener, Tone};
use crate::components::fields::{checked, Problem};
use crate::components::offered::Offered;
use crate::i18n::{t, Msg};
use crate::platform;
use crate::store::{use_store, SubmitError};
use gongzhi_core::log::payload::Kind;
use gongzhi_core::model::Acceptance;
use gongzhi_core::time::{civil_cst, parse_date_cst};
use gongzhi_core::{Payload, ProposalId};
use leptos::prelude::*;

/// Photos are hashed on the device; anything a phone camera makes is well below this.
const PHOTO_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Today in China Standard Time as a date input holds it: `2026-12-02`.
fn today() -> String {
    let c = civil_cst(platform::now_ms());
    format!("{:04}-{:02}-{:02}", c.year, c.month, c.day)
}

#[component]
pub fn AcceptWork(id: ProposalId) -> impl IntoView {
    let store = use_store();
    let open = RwSignal::new(false);
    let date = RwSignal::new(today());
    let inspectors = RwSignal::new(String::new());
    let findings = RwSignal::new(String::new());
    let photo: RwSignal<Option<(String, String)>> = RwSignal::new(None);
    let photo_problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    // Only the photo picked last counts, and nothing is recorded while it is being hashed.
    let hashing = RwSignal::new(false);
    let picks = StoredValue::new(0_u32);
    let pick_photo = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        picks.update_value(|n| *n += 1);
        let this_pick = picks.get_value();
        photo.set(None);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            hashing.set(false);
            return;
        };
        photo_problem.set(None);
        hashing.set(true);
        leptos::task::spawn_local(async move {
            let read = platform::read_file_bytes(&file, PHOTO_MAX_BYTES).await;
            if picks.get_value() != this_pick {
                return;
            }
            hashing.set(false);
            match read {
                Ok(bytes) => photo.set(Some((file.name(), Acceptance::photo_digest(&bytes)))),
                Err(e) => {
                    photo.set(None);
                    photo_problem.set(Some(match e {
                        platform::FileReadError::TooLarge { .. } => Msg::AcceptancePhotoTooLarge,
                        platform::FileReadError::Unreadable(_) => Msg::AcceptancePhotoUnreadable,
                    }));
                }
            }
        });
    };
    let accept = Callback::new(move |()| {
        let check = || parse_date_cst(&date.get_untracked()).ok_or(Msg::DateInvalid);
        let Some(on_ms) = checked(problem, check) else {
            return;
        };
        let report = Acceptance {
            on_ms,
            inspectors: Acceptance::inspectors_from(&inspectors.get_untracked()),
            findings: findings.get_untracked().trim().to_string(),
            photo_sha256: photo.get_untracked().map(|(_, hash)| hash),
        };
        let payload = Payload::WorkAccepted {
            proposal: id,
            report: Some(report),
        };
        store.send(payload, failure, move |_| open.set(false));
    });
    view! {
        <Offered kind=Kind::WorkAccepted>
        <ConfirmForm open=open id="acceptance-form" title=Msg::AcceptWork
            opener=Opener { id: "accept-work", label: Msg::AcceptWork }
            confirm_id="confirm-accept-work" confirm=Msg::AcceptanceConfirm
            waiting=hashing on_confirm=accept failure=failure>
            <p class="hint">{t(Msg::AcceptanceHint)}</p>
            <label for="acceptance-date">{t(Msg::AcceptanceDate)}</label>
            <input id="acceptance-date" type="date" bind:value=date />
            <label for="acceptance-inspectors">{t(Msg::AcceptanceInspectors)}</label>
            <input id="acceptance-inspectors" type="text" maxlength="200"
                placeholder=move || t(Msg::AcceptanceInspectorsHint)() bind:value=inspectors />
            <label for="acceptance-findings">{t(Msg::AcceptanceFindings)}</label>
            <textarea id="acceptance-findings" rows="3" maxlength="2000"
                bind:value=findings></textarea>
            <label for="acceptance-photo">{t(Msg::AcceptancePhoto)}</label>
            <input id="acceptance-photo" type="file" accept="image/*" on:change=pick_photo />
            <p class="hint" id="acceptance-photo-hash">
                {move || photo.get().map(|(name, hash)| format!("{name} · SHA-256 {hash}"))}
            </p>
            <p class="field-error">{move || photo_problem.get().map(|m| t(m)())}</p>
            <Problem problem=problem />
        </ConfirmForm>
        </Offered>
    }
}

#[component]
pub fn CloseProject(id: ProposalId) -> impl IntoView {
    let store = use_store();
    let open = RwSignal::new(false);
    let note = RwSignal::new(String::new());
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let close = Callback::new(move |()| {
        let payload = Payload::ProposalClosed {
            proposal: id,
            note: note.get_untracked().trim().to_string(),
        };
        store.send(payload, failure, move |_| open.set(false));
    });
    view! {
        <Offered kind=Kind::ProposalClosed>
        <ConfirmForm open=open id="close-project-form" title=Msg::CloseProject
            opener=Opener { id: "close-project", label: Msg::CloseProject } tone=Tone::Primary
            confirm_id="confirm-close-project" confirm=Msg::CloseProjectConfirm
            on_confirm=close failure=failure>
            <p><strong>{t(Msg::CloseProjectConfirmText)}</strong></p>
            <label for="close-project-note">{t(Msg::CloseProjectNote)}</label>
            <textarea id="close-project-note" rows="2" maxlength="2000"
                bind:value=note></textarea>
        </ConfirmForm>
        </Offered>
    }
}
