//! One vote: what is decided and by which rule, the live count, the roll call (a council vote
//! recorded member by member), and closing with the verdict.

use crate::components::page_title::use_page_title;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{choice_name, council_counts, date_time, use_i18n, Msg};
use crate::store::{use_store, SubmitError};
use gongzhi_core::model::{Choice, CouncilRule, VoteKind, Voter};
use gongzhi_core::state::VoterKey;
use gongzhi_core::tally::{self, VoteResult};
use gongzhi_core::{EventId, Payload};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[derive(Clone, PartialEq)]
struct Summary {
    title: String,
    proposal: Option<(EventId, String)>,
    /// A council vote no ballot or count has been entered for yet.
    untouched: bool,
    by_hands: bool,
    rule: Option<CouncilRule>,
    closes_ms: i64,
    open: bool,
    result: Option<VoteResult>,
}

#[derive(Clone, PartialEq)]
struct MemberRow {
    person: EventId,
    name: String,
    choice: Option<Choice>,
}

#[component]
pub fn VotePage() -> impl IntoView {
    use_page_title(Msg::VotesTitle);
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let params = use_params_map();
    let id =
        Memo::new(move |_| params.with(|p| p.get("id").and_then(|s| s.parse::<EventId>().ok())));
    let summary = Memo::new(move |_| {
        let id = id.get()?;
        store.record.with(|r| {
            let s = r.state();
            let v = s.votes.get(&id)?;
            Some(Summary {
                title: v.title.clone(),
                proposal: v
                    .proposal
                    .and_then(|p| s.proposals.get(&p).map(|pr| (p, pr.title.clone()))),
                untouched: v.ballots.is_empty() && v.hands.is_none(),
                by_hands: v.hands.is_some(),
                rule: match v.kind {
                    VoteKind::Council { rule, .. } => Some(rule),
                    VoteKind::Owners { .. } => None,
                },
                closes_ms: v.closes_ms,
                open: v.closed.is_none(),
                result: tally::result(s, &id),
            })
        })
    });
    let members = Memo::new(move |_| {
        let Some(id) = id.get() else {
            return Vec::new();
        };
        store.record.with(|r| {
            let s = r.state();
            let Some(v) = s.votes.get(&id) else {
                return Vec::new();
            };
            v.electorate
                .iter()
                .map(|person| MemberRow {
                    person: *person,
                    name: s
                        .persons
                        .get(person)
                        .map_or_else(|| person.to_string(), |p| p.name.clone()),
                    choice: v
                        .counted_by
                        .get(&VoterKey::Member(*person))
                        .and_then(|&i| v.ballots.get(i))
                        .map(|b| b.choice),
                })
                .collect::<Vec<_>>()
        })
    });
    let saving: RwSignal<Option<EventId>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let record = move |payload: Payload, person: Option<EventId>| {
        saving.set(person);
        failure.set(None);
        leptos::task::spawn_local(async move {
            let result = store.submit(&store.author(), payload).await;
            saving.set(None);
            failure.set(result.err());
        });
    };

    move || match (id.get(), summary.get()) {
        (Some(vote), Some(s)) => Either::Left(view! {
            <section class="hero" aria-labelledby="vote-title">
                <h1 id="vote-title">{s.title.clone()}</h1>
                <p>
                    <span class="badge">
                        {t(if s.open { Msg::VoteOpenState } else { Msg::VoteClosedState })}
                    </span>
                    " " {t(Msg::VoteDeadline)} " " {move || date_time(i18n.lang.get(), s.closes_ms)}
                </p>
                <p>{s.rule.map(|rule| t(rule_text(rule)))}</p>
                {s.proposal.clone().map(|(p, title)| view! {
                    <p>{t(Msg::ProposalOfVote)} " " <A href=format!("/proposals/{p}")>{title}</A></p>
                })}
            </section>
            <ResultCard result=s.result.clone() open=s.open />
            <SubmitFailure failure=failure />
            {s.open.then(|| view! {
                <Show when=move || !s.by_hands>
                <section class="card" aria-labelledby="roll-call-title">
                    <h2 id="roll-call-title">{t(Msg::RollCall)}</h2>
                    <p>{t(Msg::RollCallHint)}</p>
                    <ul class="roll-call">
                        <For each=move || members.get() key=|m| (m.person, m.choice) let:m>
                            <MemberBallot row=m vote=vote saving=saving record=record />
                        </For>
                    </ul>
                </section>
                </Show>
                {s.untouched.then(|| view! { <HandsForm vote=vote record=record /> })}
                <button type="button" class="button" id="close-vote"
                    on:click=move |_| record(Payload::VoteClosed { vote }, None)>
                    {t(Msg::CloseVote)}
                </button>
            })}
        }),
        _ => Either::Right(view! {
            <section class="card">
                <h1>{t(Msg::VoteNotFound)}</h1>
                <p><A href="/">{t(Msg::BackHome)}</A></p>
            </section>
        }),
    }
}

fn rule_text(rule: CouncilRule) -> Msg {
    match rule {
        CouncilRule::TwoThirdsOfAllMembers => Msg::VoteRuleTwoThirds,
        CouncilRule::MajorityOfAllMembers => Msg::VoteRuleMajorityAll,
        CouncilRule::MajorityOfPresent => Msg::VoteRuleMajorityPresent,
    }
}

#[component]
fn ResultCard(result: Option<VoteResult>, open: bool) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let Some(VoteResult::Council(r)) = result else {
        return None;
    };
    let verdict = if r.passed() {
        Msg::ResultPassed
    } else {
        Msg::ResultNotPassed
    };
    let counts = r.clone();
    Some(view! {
        <section class="card result" aria-labelledby="result-title">
            <h2 id="result-title">{t(Msg::ResultTitle)}</h2>
            <ul id="result-lines">
                {move || council_counts(i18n.lang.get(), &counts)
                    .into_iter()
                    .map(|line| view! { <li>{line}</li> })
                    .collect_view()}
            </ul>
            {(!open).then(|| view! { <p class="verdict" id="verdict"><strong>{t(verdict)}</strong></p> })}
        </section>
    })
}

#[component]
fn MemberBallot(
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
fn HandsForm(
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
