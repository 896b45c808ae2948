//! One project: its plan and money, the public notice with residents' responses, the council
//! vote, and every step so far. Each action is offered only when the rules allow it now, and
//! says why not otherwise.

use crate::components::page_title::use_page_title;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{
    date_time, funding_name, money, refusal_text, response_counts, roadshow_summary, scope_name,
    stage_name, step_text, time_left, use_i18n, Msg,
};
use crate::platform;
use crate::store::{use_store, RecordStore, SubmitError};
use gongzhi_core::ledger::ledger;
use gongzhi_core::lifecycle::{check_council_vote, check_response, check_roadshow};
use gongzhi_core::model::{CouncilRule, OrgKind, Stage, Stance, VoteKind};
use gongzhi_core::timeline::timeline;
use gongzhi_core::{EventId, Payload};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

const DAY_MS: i64 = 86_400_000;

/// Sends a command and reports its outcome into `failure`; `then` runs on success.
fn send(
    store: RecordStore,
    payload: Payload,
    failure: RwSignal<Option<SubmitError>>,
    then: impl FnOnce(EventId) + 'static,
) {
    failure.set(None);
    leptos::task::spawn_local(async move {
        match store.submit(&store.author(), payload).await {
            Ok(id) => then(id),
            Err(e) => failure.set(Some(e)),
        }
    });
}

#[component]
pub fn ProposalPage() -> impl IntoView {
    use_page_title(Msg::ProposalsTitle);
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let id = crate::pages::use_event_id_param();
    let exists = Memo::new(move |_| {
        id.get()
            .is_some_and(|id| store.record.with(|r| r.state().proposals.contains_key(&id)))
    });
    move || match id.get() {
        Some(id) if exists.get() => Either::Left(view! { <Proposal id=id /> }),
        _ => Either::Right(view! {
            <section class="card">
                <h1>{t(Msg::ProposalNotFound)}</h1>
                <p><A href="/">{t(Msg::BackHome)}</A></p>
            </section>
        }),
    }
}

#[component]
fn Proposal(id: EventId) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let now = platform::ticking_now(15_000);
    let proposal = Memo::new(move |_| store.record.with(|r| r.state().proposals.get(&id).cloned()));
    let stage = Memo::new(move |_| proposal.with(|p| p.as_ref().map_or(Stage::Draft, |p| p.stage)));
    let heading =
        move || proposal.with(|p| p.as_ref().map(|p| p.title.clone()).unwrap_or_default());
    let place = move || {
        let lang = i18n.lang.get();
        store.record.with(|r| {
            let s = r.state();
            s.proposals.get(&id).map(|p| scope_name(lang, s, &p.scope))
        })
    };
    let request = move || {
        store.record.with(|r| {
            let s = r.state();
            let q = s.proposals.get(&id)?.request?;
            s.requests.get(&q).map(|q| q.title.clone())
        })
    };

    view! {
        <section class="hero" aria-labelledby="proposal-title">
            <h1 id="proposal-title">{heading}</h1>
            <p>
                <span class="badge" id="proposal-stage">{move || t(stage_name(stage.get()))()}</span>
                " " {place}
            </p>
            <p>{move || request().map(|q| format!("{} {q}", Msg::FromRequest.text(i18n.lang.get())))}</p>
        </section>
        <Money id=id />
        <Notice id=id now=now />
        <Council id=id now=now />
        <Timeline id=id />
    }
}

#[component]
fn Money(id: EventId) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let figures = Memo::new(move |_| {
        store.record.with(|r| {
            let s = r.state();
            let p = s.proposals.get(&id)?;
            let l = ledger(s, &id)?;
            Some((p.budget.clone(), p.funding.clone(), l.budget, l.funding))
        })
    });
    move || {
        figures.get().map(|(budget, funding, total, funded)| {
            let lang = i18n.lang.get();
            view! {
                <section class="card" aria-labelledby="money-title">
                    <h2 id="money-title">{t(Msg::BudgetLines)}</h2>
                    <table class="figures-table">
                        <tbody>
                            {budget.into_iter().map(|l| view! {
                                <tr><th scope="row">{l.item}</th><td>{money(lang, l.amount)}</td></tr>
                            }).collect_view()}
                        </tbody>
                        <tfoot>
                            <tr><th scope="row">{t(Msg::BudgetTotal)}</th><td id="proposal-budget">{money(lang, total)}</td></tr>
                        </tfoot>
                    </table>
                    <h3>{t(Msg::FundingLines)}</h3>
                    <table class="figures-table">
                        <tbody>
                            {funding.into_iter().map(|l| view! {
                                <tr><th scope="row">{t(funding_name(l.source))}</th><td>{money(lang, l.amount)}</td></tr>
                            }).collect_view()}
                        </tbody>
                        <tfoot>
                            <tr><th scope="row">{t(Msg::FundingTotal)}</th><td>{money(lang, funded)}</td></tr>
                        </tfoot>
                    </table>
                </section>
            }
        })
    }
}

#[component]
fn Notice(id: EventId, now: ReadSignal<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let days = RwSignal::new("7".to_string());
    let days_invalid = RwSignal::new(false);
    let window = Memo::new(move |_| {
        store
            .record
            .with(|r| r.state().proposals.get(&id).and_then(|p| p.notice))
    });
    let is_draft = Memo::new(move |_| {
        store.record.with(|r| {
            r.state()
                .proposals
                .get(&id)
                .is_some_and(|p| p.stage == Stage::Draft)
        })
    });
    let post = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(n) = days
            .get_untracked()
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=60).contains(n))
        else {
            days_invalid.set(true);
            return;
        };
        days_invalid.set(false);
        let opens_ms = platform::now_ms();
        let payload = Payload::NoticePosted {
            proposal: id,
            opens_ms,
            closes_ms: opens_ms + n * DAY_MS,
        };
        send(store, payload, failure, |_| {});
    };
    view! {
        <section class="card" aria-labelledby="notice-title">
            <h2 id="notice-title">{t(Msg::NoticeTitle)}</h2>
            <Show when=move || is_draft.get()>
                <form class="form inline-form" on:submit=post novalidate>
                    <label for="notice-days">{t(Msg::NoticeDays)}</label>
                    <input id="notice-days" type="number" min="1" max="60" inputmode="numeric"
                        aria-invalid=move || days_invalid.get().to_string()
                        prop:value=move || days.get() on:input=move |ev| days.set(event_target_value(&ev)) />
                    <p class="field-error">{move || days_invalid.get().then(|| t(Msg::NoticeDaysInvalid)())}</p>
                    <button type="submit" class="button primary" id="post-notice">{t(Msg::PostNotice)}</button>
                </form>
            </Show>
            {move || window.get().map(|w| {
                let lang = i18n.lang.get();
                view! {
                    <p>
                        {t(Msg::NoticeRuns)} " " {date_time(lang, w.opens_ms)} " – " {date_time(lang, w.closes_ms)}
                    </p>
                    <p class="countdown" id="notice-countdown" role="timer">
                        {move || if now.get() < w.closes_ms {
                            time_left(i18n.lang.get(), now.get(), w.closes_ms)
                        } else {
                            Msg::NoticeEnded.text(i18n.lang.get()).to_string()
                        }}
                    </p>
                }
            })}
            <SubmitFailure failure=failure />
            <Responses id=id now=now />
        </section>
    }
}

#[component]
fn Responses(id: EventId, now: ReadSignal<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let listed = Memo::new(move |_| {
        store.record.with(|r| {
            let s = r.state();
            s.proposals.get(&id).map_or_else(Vec::new, |p| {
                p.responses
                    .iter()
                    .map(|resp| {
                        let flat = resp
                            .household
                            .and_then(|h| s.households.get(&h))
                            .map(|h| h.label.as_str());
                        let who = match (resp.name.as_str(), flat) {
                            ("", None) => String::new(),
                            (name, None) => name.to_string(),
                            ("", Some(flat)) => flat.to_string(),
                            (name, Some(flat)) => format!("{name}（{flat}）"),
                        };
                        (
                            resp.event,
                            resp.stance,
                            who,
                            resp.text.clone(),
                            resp.wall_ms,
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let open = Memo::new(move |_| {
        let at = now.get();
        store.record.with(|r| {
            r.state()
                .proposals
                .get(&id)
                .is_some_and(|p| check_response(p, at).is_ok())
        })
    });
    let counts = move || {
        listed.with(|l| {
            let support = l.iter().filter(|r| r.1 == Stance::Support).count();
            response_counts(i18n.lang.get(), support, l.len() - support)
        })
    };
    view! {
        <h3>{t(Msg::Responses)}</h3>
        <Show when=move || !listed.with(Vec::is_empty) fallback=move || view! { <p>{t(Msg::ResponsesEmpty)}</p> }>
            <p id="response-counts">{counts}</p>
            <ul class="rows responses">
                <For each=move || listed.get() key=|r| r.0 let:r>
                    <li>
                        <span class="badge">{t(match r.1 { Stance::Support => Msg::StanceSupport, Stance::Objection => Msg::StanceObjection })}</span>
                        <span class="row-title">{r.2.clone()}</span>
                        <span class="row-detail">{r.3.clone()}</span>
                        <span class="row-detail">{move || date_time(i18n.lang.get(), r.4)}</span>
                    </li>
                </For>
            </ul>
        </Show>
        <Show when=move || open.get()>
            <ResponseForm id=id />
        </Show>
    }
}

#[component]
fn ResponseForm(id: EventId) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let stance = RwSignal::new(Stance::Support);
    let name = RwSignal::new(String::new());
    let flat = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let unknown_flat = RwSignal::new(false);
    let recorded = RwSignal::new(false);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        recorded.set(false);
        let label = flat.get_untracked().trim().to_string();
        let household = if label.is_empty() {
            None
        } else {
            match store
                .record
                .with_untracked(|r| r.state().household_by_label_or_code(&label).map(|(h, _)| h))
            {
                Some(h) => Some(h),
                None => {
                    unknown_flat.set(true);
                    return;
                }
            }
        };
        unknown_flat.set(false);
        let payload = Payload::NoticeResponse {
            proposal: id,
            stance: stance.get_untracked(),
            household,
            text: text.get_untracked().trim().to_string(),
            name: name.get_untracked().trim().to_string(),
        };
        send(store, payload, failure, move |_| {
            name.set(String::new());
            flat.set(String::new());
            text.set(String::new());
            recorded.set(true);
        });
    };
    let stance_choice = move |value: Stance, label: Msg, key: &'static str| {
        view! {
            <div class="choice">
                <input type="radio" name="stance" id=key
                    prop:checked=move || stance.get() == value
                    on:change=move |_| stance.set(value) />
                <label for=key>{t(label)}</label>
            </div>
        }
    };
    view! {
        <form class="form" aria-labelledby="response-legend" on:submit=submit novalidate>
            <fieldset>
                <legend id="response-legend">{t(Msg::ResponseSubmit)}</legend>
                {stance_choice(Stance::Support, Msg::StanceSupport, "stance-support")}
                {stance_choice(Stance::Objection, Msg::StanceObjection, "stance-objection")}
            </fieldset>
            <label for="response-name">{t(Msg::ResponseName)}</label>
            <input id="response-name" type="text" maxlength="40" autocomplete="name"
                prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
            <label for="response-flat">{t(Msg::FlatOrCodeOptional)}</label>
            <input id="response-flat" type="text" maxlength="40"
                aria-invalid=move || unknown_flat.get().to_string()
                prop:value=move || flat.get() on:input=move |ev| flat.set(event_target_value(&ev)) />
            <p class="field-error">{move || unknown_flat.get().then(|| t(Msg::HouseholdNotFound)())}</p>
            <label for="response-text">{t(Msg::ResponseText)}</label>
            <textarea id="response-text" rows="2" maxlength="500"
                prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <button type="submit" class="button">{t(Msg::ResponseSubmit)}</button>
            <p class="status ok" role="status">{move || recorded.get().then(|| t(Msg::ResponseRecorded)())}</p>
            <SubmitFailure failure=failure />
        </form>
    }
}

#[component]
fn Council(id: EventId, now: ReadSignal<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let navigate = use_navigate();
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let vote = Memo::new(move |_| {
        store
            .record
            .with(|r| r.state().proposals.get(&id).and_then(|p| p.council_vote))
    });
    let on_notice = Memo::new(move |_| {
        store.record.with(|r| {
            r.state()
                .proposals
                .get(&id)
                .is_some_and(|p| p.stage == Stage::PublicNotice)
        })
    });
    // Why the council cannot vote yet, in the rules' own words; `None` when it can.
    let blocked = Memo::new(move |_| {
        let at = now.get();
        let lang = i18n.lang.get();
        store.record.with(|r| {
            let s = r.state();
            let p = s.proposals.get(&id)?;
            if s.community_council().is_none() {
                return Some(Msg::NoCouncil.text(lang).to_string());
            }
            check_council_vote(p, at)
                .err()
                .map(|e| refusal_text(lang, &e))
        })
    });
    let start = Callback::new(move |()| {
        let Some((title, council)) = store.record.with_untracked(|r| {
            let s = r.state();
            Some((s.proposals.get(&id)?.title.clone(), s.community_council()?))
        }) else {
            return;
        };
        let opens = platform::now_ms();
        let payload = Payload::VoteOpened {
            title,
            kind: VoteKind::Council {
                organisation: council,
                rule: CouncilRule::TwoThirdsOfAllMembers,
                quorum: None,
            },
            proposal: Some(id),
            closes_ms: opens + DAY_MS,
        };
        let navigate = navigate.clone();
        send(store, payload, failure, move |vote| {
            navigate(&format!("/votes/{vote}"), Default::default())
        });
    });
    view! {
        <Show when=move || on_notice.get() || vote.get().is_some()>
            <section class="card" aria-labelledby="council-title">
                <h2 id="council-title">{t(Msg::CouncilTitle)}</h2>
                <Roadshows id=id now=now />
                {move || match vote.get() {
                    Some(v) => Either::Left(view! {
                        <p><A href=format!("/votes/{v}")>{t(Msg::GoToVote)}</A></p>
                    }),
                    None => Either::Right(view! {
                        <p class="hint" id="council-blocked">{move || blocked.get()}</p>
                        <button type="button" class="button primary" id="start-council-vote"
                            disabled=move || blocked.get().is_some() on:click=move |_| start.run(())>
                            {t(Msg::StartCouncilVote)}
                        </button>
                    }),
                }}
                <SubmitFailure failure=failure />
            </section>
        </Show>
    }
}

/// 路演: each presentation of the project to the council, and the form to record one while the
/// rules allow it (after the notice, until the verdict).
#[component]
fn Roadshows(id: EventId, now: ReadSignal<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let held = Memo::new(move |_| {
        store.record.with(|r| {
            let s = r.state();
            s.proposals.get(&id).map_or_else(Vec::new, |p| {
                p.roadshows
                    .iter()
                    .map(|show| {
                        let group = show
                            .group
                            .and_then(|g| s.organisations.get(&g))
                            .map(|o| o.name.clone());
                        (
                            show.event,
                            show.presenter.clone(),
                            group,
                            show.summary.clone(),
                            show.wall_ms,
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let allowed = Memo::new(move |_| {
        let at = now.get();
        store.record.with(|r| {
            r.state()
                .proposals
                .get(&id)
                .is_some_and(|p| check_roadshow(p, at).is_ok())
        })
    });
    view! {
        <h3>{t(Msg::RoadshowTitle)}</h3>
        <p class="hint">{t(Msg::RoadshowHint)}</p>
        <Show when=move || !held.with(Vec::is_empty) fallback=move || view! { <p id="roadshow-none">{t(Msg::RoadshowNone)}</p> }>
            <ul class="rows roadshows">
                <For each=move || held.get() key=|r| r.0 let:r>
                    <li>
                        <span class="row-title">{r.1.clone()} {r.2.clone().map(|g| format!(" · {g}"))}</span>
                        <span class="row-detail">{r.3.clone()}</span>
                        <span class="row-detail">{move || date_time(i18n.lang.get(), r.4)}</span>
                    </li>
                </For>
            </ul>
        </Show>
        <Show when=move || allowed.get()>
            <RoadshowForm id=id />
        </Show>
    }
}

#[component]
fn RoadshowForm(id: EventId) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let presenter = RwSignal::new(String::new());
    let group = RwSignal::new(String::new());
    // What the council hears, drafted from the record: the money and the notice's responses.
    let drafted = move || {
        let lang = i18n.lang.get_untracked();
        store.record.with_untracked(|r| {
            let p = r.state().proposals.get(&id)?;
            let support = p
                .responses
                .iter()
                .filter(|x| x.stance == Stance::Support)
                .count();
            Some(roadshow_summary(
                lang,
                &p.funding,
                support,
                p.responses.len() - support,
            ))
        })
    };
    let summary = RwSignal::new(drafted().unwrap_or_default());
    let missing = RwSignal::new(false);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let groups = Memo::new(move |_| {
        store.record.with(|r| {
            r.state()
                .organisations
                .iter()
                .filter(|(_, o)| o.kind == OrgKind::ResidentGroupCouncil)
                .map(|(id, o)| (id.to_string(), o.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let who = presenter.get_untracked().trim().to_string();
        missing.set(who.is_empty());
        if who.is_empty() {
            return;
        }
        let payload = Payload::RoadshowHeld {
            proposal: id,
            presenter: who,
            group: group.get_untracked().parse().ok(),
            summary: summary.get_untracked().trim().to_string(),
        };
        send(store, payload, failure, move |_| {
            presenter.set(String::new())
        });
    };
    view! {
        <form class="form" aria-labelledby="roadshow-legend" on:submit=submit novalidate>
            <h4 id="roadshow-legend">{t(Msg::RoadshowRecord)}</h4>
            <label for="roadshow-presenter">{t(Msg::RoadshowPresenter)}</label>
            <input id="roadshow-presenter" type="text" maxlength="40"
                aria-invalid=move || missing.get().to_string()
                aria-describedby="roadshow-presenter-error"
                prop:value=move || presenter.get() on:input=move |ev| presenter.set(event_target_value(&ev)) />
            <p class="field-error" id="roadshow-presenter-error">{move || missing.get().then(|| t(Msg::RequiredName)())}</p>
            <label for="roadshow-group">{t(Msg::RoadshowGroup)}</label>
            <select id="roadshow-group" prop:value=move || group.get() on:change=move |ev| group.set(event_target_value(&ev))>
                <option value="">"—"</option>
                {move || groups.get().into_iter().map(|(value, name)| view! { <option value=value>{name}</option> }).collect_view()}
            </select>
            <label for="roadshow-summary">{t(Msg::RoadshowSummary)}</label>
            <textarea id="roadshow-summary" rows="3" maxlength="1000"
                prop:value=move || summary.get() on:input=move |ev| summary.set(event_target_value(&ev))></textarea>
            <button type="submit" class="button" id="record-roadshow">{t(Msg::RoadshowRecord)}</button>
            <SubmitFailure failure=failure />
        </form>
    }
}

#[component]
fn Timeline(id: EventId) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |m| i18n.t(m);
    let store = use_store();
    let steps = Memo::new(move |_| store.record.with(|r| timeline(r, &id)));
    view! {
        <section class="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t(Msg::Timeline)}</h2>
            <ol class="timeline">
                {move || {
                    let lang = i18n.lang.get();
                    steps
                        .get()
                        .into_iter()
                        .map(|s| view! {
                            <li>
                                <span class="when">{date_time(lang, s.wall_ms)}</span>
                                <span class="what">{step_text(lang, &s.what)}</span>
                                <span class="who">{s.author}</span>
                            </li>
                        })
                        .collect_view()
                }}
            </ol>
        </section>
    }
}
