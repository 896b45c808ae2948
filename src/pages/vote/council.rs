//! A council vote's two ways of counting: a roll call member by member (each answer
//! correctable until the vote closes), or the secretary's one show-of-hands entry; and the roll
//! call as it stands once closed.

use crate::components::confirm_form::ConfirmForm;
use crate::components::fields::{checked, Problem};
use crate::i18n::{choice_name, counted_choice, hands_read_back, t, use_i18n, Msg};
use crate::store::{use_store, SubmitError};
use gongzhi_core::model::{Choice, Voter};
use gongzhi_core::{EventId, Payload, VoteId};
use leptos::either::Either;
use leptos::prelude::*;

use super::correction::{CorrectBallot, CorrectionTrail};
use super::MemberRow;

#[component]
pub fn MemberBallot(
    row: MemberRow,
    vote: VoteId,
    saving: Signal<Option<EventId>>,
    record: impl Fn(Payload, Option<EventId>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let person = row.person;
    let name = row.name.clone();
    let counted = row.ballot.clone();
    let status = {
        let counted = counted.clone();
        move || {
            let lang = i18n.lang.get();
            match &counted {
                Some(b) => format!("{} {}", Msg::Recorded.text(lang), counted_choice(lang, b)),
                None if saving.get() == Some(person) => Msg::Saving.text(lang).to_string(),
                None => Msg::NotVotedYet.text(lang).to_string(),
            }
        }
    };
    let correcting = RwSignal::new(false);
    let after = match counted {
        None => Either::Left(view! { <span class="choices">{
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
        }</span> }),
        Some(ballot) => {
            let label = name.clone();
            let who = name.clone();
            let (id, current) = (ballot.event, ballot.choice);
            Either::Right(view! { <div class="member-correction">
                <CorrectionTrail ballot=ballot />
                <Show when=move || !correcting.get()>
                    <button type="button" class="button correct-ballot"
                        aria-label={
                            let label = label.clone();
                            move || format!("{} {}", Msg::Correct.text(i18n.lang.get()), label)
                        }
                        on:click=move |_| correcting.set(true)>
                        {t(Msg::Correct)}
                    </button>
                </Show>
                <Show when=move || correcting.get()>
                    <CorrectBallot vote=vote ballot=id current=current who=who.clone()
                        done=Callback::new(move |_| correcting.set(false)) />
                </Show>
            </div> })
        }
    };
    view! {
        <li class="member" data-person=person.to_string()>
            <span class="member-name">{name}</span>
            <span class="member-status">{status}</span>
            {after}
        </li>
    }
}

/// After the vote closed: each member of the electorate and how they voted, corrections shown,
/// for the result page and its print.
#[component]
pub fn RollCallRecord(members: Vec<MemberRow>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="roll-call-record-title" id="roll-call-record">
            <h2 id="roll-call-record-title">{t(Msg::RollCallRecordTitle)}</h2>
            <ul class="roll-call-record">
                {members.into_iter().map(|m| {
                    let ballot = m.ballot.clone();
                    view! {
                        <li class="member-vote" data-person=m.person.to_string()>
                            <strong>{m.name}</strong> " "
                            {move || {
                                let lang = i18n.lang.get();
                                ballot.as_ref().map_or_else(
                                    || Msg::NotVotedYet.text(lang).to_string(),
                                    |b| counted_choice(lang, b),
                                )
                            }}
                            {m.ballot.map(|b| view! { <CorrectionTrail ballot=b /> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The secretary's one entry of a show-of-hands count, instead of a roll call. It cannot be
/// changed once recorded, so the counts are read back in a question before they are.
#[component]
pub fn HandsForm(vote: VoteId, members: usize) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let counts =
        [Choice::Yes, Choice::No, Choice::Abstain].map(|c| (c, RwSignal::new(String::new())));
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    // The counts as read when the question opened: what the confirm records.
    let asked: RwSignal<Option<[u32; 3]>> = RwSignal::new(None);
    let asking = RwSignal::new(false);
    let ask = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // A blank count is none; anything else must be a whole number.
        let count = |value: RwSignal<String>| {
            value.with_untracked(|text| match text.trim() {
                "" => Ok(0),
                text => text.parse::<u32>().map_err(|_| Msg::CountInvalid),
            })
        };
        let check = || {
            Ok::<_, Msg>([
                count(counts[0].1)?,
                count(counts[1].1)?,
                count(counts[2].1)?,
            ])
        };
        if let Some(read) = checked(problem, check) {
            asked.set(Some(read));
            asking.set(true);
        }
    };
    let record = Callback::new(move |()| {
        let Some([yes, no, abstain]) = asked.get_untracked() else {
            return;
        };
        let payload = Payload::HandsCounted {
            vote,
            yes,
            no,
            abstain,
        };
        store.send(payload, failure, move |_| asking.set(false));
    });
    let read_back = move || {
        asked
            .get()
            .map(|[yes, no, abstain]| hands_read_back(i18n.lang.get(), [yes, no, abstain], members))
    };
    view! {
        <form class="card form" aria-labelledby="hands-title" on:submit=ask novalidate>
            <h2 id="hands-title">{t(Msg::HandsTitle)}</h2>
            <p>{t(Msg::HandsHint)}</p>
            <div class="hands">
                {counts.into_iter().map(|(choice, value)| {
                    let id = format!("hands-{}", match choice { Choice::Yes => "yes", Choice::No => "no", Choice::Abstain => "abstain" });
                    view! {
                        <div>
                            <label for=id.clone()>{t(choice_name(choice))}</label>
                            <input id=id type="number" min="0" inputmode="numeric"
                                bind:value=value disabled=move || asking.get() />
                        </div>
                    }
                }).collect_view()}
            </div>
            <Problem problem=problem />
            <Show when=move || !asking.get()>
                <button type="submit" class="button" id="record-hands">{t(Msg::HandsSubmit)}</button>
            </Show>
        </form>
        <ConfirmForm open=asking id="hands-confirm" title=Msg::HandsQuestion
            confirm_id="confirm-hands" confirm=Msg::HandsConfirm cancel_id="cancel-hands"
            on_confirm=record failure=failure>
            <p id="hands-read-back"><strong>{read_back}</strong></p>
            <p>{t(Msg::HandsFinal)}</p>
        </ConfirmForm>
    }
}
