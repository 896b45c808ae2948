//! Every vote of the community, newest last, each link named for what it opens: a council vote on
//! a project carries the project's title, so the link says it is the vote.

use crate::i18n::{t, use_i18n, vote_link_text, Msg};
use crate::store::use_store;
use gongzhi_core::model::VoteKind;
use gongzhi_core::VoteId;
use leptos::prelude::*;
use leptos_router::components::A;

#[derive(Clone, PartialEq)]
struct VoteRow {
    id: VoteId,
    title: String,
    council: bool,
    open: bool,
}

#[component]
pub fn VoteList() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let votes = Memo::new(move |_| {
        store.record.with(|r| {
            r.state()
                .votes
                .iter()
                .map(|(id, v)| VoteRow {
                    id: *id,
                    title: v.title.clone(),
                    council: matches!(v.kind, VoteKind::Council { .. }),
                    open: v.closed.is_none(),
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !votes.with(Vec::is_empty) fallback=move || view! { <p>{t(Msg::VotesEmpty)}</p> }>
            <ul class="rows vote-list">
                {move || {
                    votes
                        .get()
                        .into_iter()
                        .map(|v| {
                            let state = if v.open { Msg::VoteOpenState } else { Msg::VoteClosedState };
                            let (title, council) = (v.title, v.council);
                            view! {
                                <li>
                                    <A href=format!("/votes/{}", v.id)>
                                        {move || vote_link_text(i18n.lang.get(), council, &title)}
                                    </A>
                                    <span class="badge">{t(state)}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </Show>
    }
}
