//! A council vote's two ways of counting: a roll call member by member, or the secretary's
//! one show-of-hands entry.

use crate::i18n::{choice_name, use_i18n, Msg};
use gongzhi_core::model::{Choice, Voter};
use gongzhi_core::{EventId, Payload};
use leptos::prelude::*;

use super::MemberRow;

#[component]
pub fn MemberBallot(
    row: MemberRow,
    vote: EventId,
    saving: RwSignal<Option<EventId>>,
    record: impl Fn(Payload, Option<EventId>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let person = row.person;
    let name = row.name.clone();
    let status = move || match row.choice {
        Some(choice) => format!(
            "{} {}",
            Msg::Recorded.text(i18n.lang.get()),
            choice_name(choice).text(i18n.lang.get())
        ),
        None if saving.get() == Some(person) => Msg::Saving.text(i18n.lang.get()).to_string(),
        None => Msg::NotVotedYet.text(i18n.lang.get()).to_string(),
    };
    let buttons = row.choice.is_none().then(|| {
        [Choice::Yes, Choice::No, Choice::Abstain]
            .into_iter()
            .map(|choice| {
                let label = name.clone();
                view! {
                    <button type="button" class="button vote-choice"
                        disabled=move || saving.get().is_some()
                        aria-label=move || format!("{} {}", choice_name(choice).text(i18n.lang.get()), label)
                        on:click=move |_| record(
                            Payload::BallotCast { vote, voter: Voter::Member(person), choice },
                            Some(person),
                        )>
                        {t(choice_name(choice))}
                    </button>
                }
            })
            .collect_view()
    });
    view! {
        <li class="member" data-person=person.to_string()>
            <span class="member-name">{name}</span>
            <span class="member-status">{status}</span>
            <span class="choices">{buttons}</span>
        </li>
    }
}

/// The secretary's one entry of a show-of-hands count, instead of a roll call.
#[component]
pub fn HandsForm(
    vote: EventId,
    record: impl Fn(Payload, Option<EventId>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let counts =
        [Choice::Yes, Choice::No, Choice::Abstain].map(|c| (c, RwSignal::new(String::new())));
    let invalid = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let parsed: Option<Vec<u32>> = counts
            .iter()
            .map(|(_, v)| {
                let text = v.get_untracked();
                let text = text.trim();
                if text.is_empty() {
                    Some(0)
                } else {
                    text.parse().ok()
                }
            })
            .collect();
        let Some([yes, no, abstain]) = parsed.as_deref().map(|p| [p[0], p[1], p[2]]) else {
            invalid.set(true);
            return;
        };
        invalid.set(false);
        record(
            Payload::HandsCounted {
                vote,
                yes,
                no,
                abstain,
            },
            None,
        );
    };
    view! {
        <form class="card form" aria-labelledby="hands-title" on:submit=submit novalidate>
            <h2 id="hands-title">{t(Msg::HandsTitle)}</h2>
            <p>{t(Msg::HandsHint)}</p>
            <div class="hands">
                {counts.into_iter().map(|(choice, value)| {
                    let id = format!("hands-{}", match choice { Choice::Yes => "yes", Choice::No => "no", Choice::Abstain => "abstain" });
                    view! {
                        <div>
                            <label for=id.clone()>{t(choice_name(choice))}</label>
                            <input id=id type="number" min="0" inputmode="numeric"
                                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
                        </div>
                    }
                }).collect_view()}
            </div>
            <p class="field-error">{move || invalid.get().then(|| t(Msg::CountInvalid)())}</p>
            <button type="submit" class="button" id="record-hands">{t(Msg::HandsSubmit)}</button>
        </form>
    }
}
