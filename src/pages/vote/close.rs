//! Closing a vote is final (the result is frozen and published), so it asks first.

use crate::i18n::{t, Msg};
use crate::platform;
use crate::store::{use_store, SubmitError};
use gongzhi_core::{Payload, VoteId};
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
