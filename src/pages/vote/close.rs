//! Closing a vote is final (the result is frozen and published, counted from what this device
//! holds), so it asks first, and lists the devices whose ballots would then no longer count
//! unless they are taken in before.

use crate::i18n::{device_name, last_heard, records_count, t, use_i18n, Msg};
use crate::platform;
use crate::store::{use_store, SubmitError};
use gongzhi_core::{read::takein, Payload, VoteId};
use leptos::prelude::*;

#[component]
pub fn CloseVote(vote: VoteId, failure: RwSignal<Option<SubmitError>>) -> impl IntoView {
    let store = use_store();
    let asking = RwSignal::new(false);
    let close = move |_| {
        store.send(
            Payload::VoteClosed { vote, cut: None },
            failure,
            move |_| asking.set(false),
        );
    };
    view! {
        <Show when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="button" id="close-vote" on:click=move |_| { asking.set(true); platform::reveal("close-vote-confirm"); }>
                    {t(Msg::CloseVote)}
                </button>
            }>
            <div class="card confirm" role="alertdialog" aria-labelledby="close-vote-question" id="close-vote-confirm" tabindex="-1">
                <TakeIn vote=vote />
                <p id="close-vote-question"><strong>{t(Msg::CloseVoteConfirmText)}</strong></p>
                <p class="actions">
                    <button type="button" class="button primary" id="confirm-close-vote" on:click=close>
                        {t(Msg::CloseVoteConfirm)}
                    </button>
                    " "
                    <button type="button" class="button" id="cancel-close-vote" on:click=move |_| asking.set(false)>
                        {t(Msg::Cancel)}
                    </button>
                </p>
            </div>
        </Show>
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
