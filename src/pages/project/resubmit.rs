//! After the council said no: the plan goes back to a draft (the core's `lifecycle::check_revise`),
//! to be posted and put to the council again, rather than ending the residents' request there.

use crate::components::offered::Offered;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{t, Msg};
use crate::store::{use_store, SubmitError};
use gongzhi_core::log::payload::Kind;
use gongzhi_core::model::Stage;
use gongzhi_core::rules::lifecycle::check_revise;
use gongzhi_core::{Payload, ProposalId};
use leptos::prelude::*;

#[component]
pub(super) fn Resubmit(id: ProposalId) -> impl IntoView {
    let store = use_store();
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let offered = Memo::new(move |_| {
        store.record.with(|r| {
            r.state()
                .proposals
                .get(&id)
                .is_some_and(|p| p.stage == Stage::Rejected && check_revise(p).is_ok())
        })
    });
    let resubmit = move |_| {
        let plan = store.record.with_untracked(|r| {
            r.state()
                .proposals
                .get(&id)
                .map(|p| (p.budget.clone(), p.funding.clone()))
        });
        let Some((budget, funding)) = plan else {
            return;
        };
        let payload = Payload::ProposalRevised {
            title: None,
            proposal: id,
            budget,
            funding,
        };
        store.send(payload, failure, |_| {});
    };
    view! {
        <Show when=move || offered.get()>
            <section class="card" aria-labelledby="resubmit-title">
                <h2 id="resubmit-title">{t(Msg::ResubmitTitle)}</h2>
                <p>{t(Msg::ResubmitHint)}</p>
                <Offered kind=Kind::ProposalRevised>
                <button type="button" class="button primary" id="resubmit" on:click=resubmit>
                    {t(Msg::Resubmit)}
                </button>
                </Offered>
            </section>
        </Show>
        <SubmitFailure failure=failure />
    }
}
