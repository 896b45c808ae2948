//! Closing a vote is final (the result is frozen and published, counted from what this device
//! holds), so it asks first, and lists the devices whose ballots would then no longer count
//! unless they are taken in before.

use crate::components::confirm_form::{ConfirmForm, Opener};
use crate::i18n::{device_name, last_heard, records_count, t, use_i18n, Msg};
use crate::store::{use_store, SubmitError};
use gongzhi_core::{read::takein, Payload, VoteId};
use leptos::prelude::*;

#[component]
pub fn CloseVote(vote: VoteId) -> impl IntoView {
    let store = use_store();
    let open = RwSignal::new(false);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let close = Callback::new(move |()| {
        store.send(
            Payload::VoteClosed { vote, cut: None },
            failure,
            move |_| open.set(false),
        );
    });
    view! {
        <ConfirmForm open=open id="close-vote-confirm" title=Msg::CloseVote
            opener=Opener { id: "close-vote", label: Msg::CloseVote }
            confirm_id="confirm-close-vote" confirm=Msg::CloseVoteConfirm cancel_id="cancel-close-vote"
            on_confirm=close failure=failure>
            <TakeIn vote=vote />
            <p><strong>{t(Msg::CloseVoteConfirmText)}</strong></p>
        </ConfirmForm>
    }
}

/// The devices that may hold ballots this device has not received, the one heard from least
/// recently first.
#[component]
fn TakeIn(vote: VoteId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let devices = move || {
        let own = store.device();
        store.record.with(|r| match own {
            Some(own) => takein::before_closing(r, &vote, &own),
            None => Vec::new(),
        })
    };
    move || {
        let rows = devices();
        if rows.is_empty() {
            return view! { <p id="take-in-none">{t(Msg::TakeInNone)}</p> }.into_any();
        }
        view! {
            <section id="take-in" aria-labelledby="take-in-title">
                <h3 id="take-in-title">{t(Msg::TakeInTitle)}</h3>
                <p class="hint">{t(Msg::TakeInHint)}</p>
                    <table class="devices" id="take-in-devices">
                        <thead>
                            <tr>
                                <th scope="col">{t(Msg::TakeInDevice)}</th>
                                <th scope="col">{t(Msg::TakeInForVote)}</th>
                                <th scope="col">{t(Msg::TakeInLastHeard)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|h| {
                                let (n, last) = (h.for_vote, h.last_wall_ms);
                                view! {
                                    <tr>
                                        <th scope="row">{device_name(&h.trust, &h.device)}</th>
                                        <td>{move || records_count(i18n.lang.get(), n)}</td>
                                        <td>{move || last_heard(i18n.lang.get(), last)}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
            </section>
        }
        .into_any()
    }
}
