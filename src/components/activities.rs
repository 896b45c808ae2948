//! Activities: what residents did together, how many took part, and the fund that paid.

use crate::components::choice_select::{or_none, ChoiceSelect};
use crate::components::fields::{checked, date_or, required, Problem, TextField};
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{activity_line, date_only, t, use_i18n, Msg};
use crate::platform;
use crate::store::{use_store, SubmitError};
use gongzhi_core::{EventId, Payload};
use leptos::prelude::*;
use leptos_router::components::A;

/// Activities (tree planting, workshops) with how many took part: those `fund` paid for, or all
/// of them with the fund each was paid from; and recording one while `open`.
#[component]
pub fn Activities(fund: Option<EventId>, open: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let held = Memo::new(move |_| {
        store.record.with(|r| {
            let state = r.state();
            state
                .activities
                .iter()
                .filter(|(_, a)| fund.is_none() || a.fund == fund)
                .map(|(aid, a)| {
                    // Named only on the list of all activities; a fund's own page needs no link.
                    let paid_by = a
                        .fund
                        .filter(|_| fund.is_none())
                        .and_then(|f| state.funds.get(&f).map(|x| (f, x.title.clone())));
                    (
                        *aid,
                        a.title.clone(),
                        a.at_ms,
                        a.participants,
                        a.note.clone(),
                        paid_by,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let title = RwSignal::new(String::new());
    let day = RwSignal::new(String::new());
    let people = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let paid_from: RwSignal<Option<EventId>> = RwSignal::new(None);
    let funds = Memo::new(move |_| {
        store.record.with(|r| {
            or_none(
                r.state()
                    .funds
                    .iter()
                    .filter(|(_, f)| f.settled.is_none())
                    .map(|(id, f)| (*id, f.title.clone())),
            )
        })
    });
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let check = || {
            let name = required(title, Msg::RequiredTitle)?;
            let at_ms =
                date_or(&day.get_untracked(), platform::now_ms()).ok_or(Msg::DateInvalid)?;
            let participants = people
                .get_untracked()
                .trim()
                .parse::<u32>()
                .map_err(|_| Msg::CountInvalid)?;
            Ok(Payload::ActivityHeld {
                title: name,
                organisation: None,
                at_ms,
                participants,
                note: note.get_untracked().trim().to_string(),
                fund: fund.or_else(|| paid_from.get_untracked()),
            })
        };
        let Some(payload) = checked(problem, check) else {
            return;
        };
        store.send(payload, failure, move |_| {
            for field in [title, day, people, note] {
                field.set(String::new());
            }
            paid_from.set(None);
        });
    };
    view! {
        <section class="card" aria-labelledby="activities-title">
            <h2 id="activities-title">{t(Msg::ActivitiesTitle)}</h2>
            <Show when=move || !held.with(Vec::is_empty) fallback=move || view! { <p>{t(Msg::ActivitiesEmpty)}</p> }>
                <ul class="rows" id="activities">
                    <For each=move || held.get() key=|a| a.0 let:a>
                        <li>
                            <span class="row-title">{a.1.clone()}</span>
                            <span class="row-detail">
                                {move || activity_line(i18n.lang.get(), &date_only(i18n.lang.get(), a.2), a.3)}
                            </span>
                            <span class="row-detail">{a.4.clone()}</span>
                            {a.5.clone().map(|(f, title)| view! {
                                <span class="row-detail">{t(Msg::ActivityPaidFrom)} " " <A href=format!("/funds/{f}")>{title}</A></span>
                            })}
                        </li>
                    </For>
                </ul>
            </Show>
            <Show when=move || open.get()>
                <form class="form" aria-labelledby="activity-new-title" on:submit=submit novalidate>
                    <h3 id="activity-new-title">{t(Msg::ActivityRecord)}</h3>
                    <TextField id="activity-title" label=Msg::ActivityTitleLabel value=title maxlength=80 />
                    <label for="activity-date">{t(Msg::ActivityDate)}</label>
                    <input id="activity-date" type="date"
                        bind:value=day />
                    <TextField id="activity-people" label=Msg::ActivityParticipants value=people maxlength=6 inputmode="numeric" />
                    {fund.is_none().then(|| view! {
                        <label for="activity-fund">{t(Msg::ActivityFund)}</label>
                        <ChoiceSelect id="activity-fund" options=funds value=paid_from />
                    })}
                    <TextField id="activity-note" label=Msg::QuoteNote value=note maxlength=200 />
                    <Problem id="activity-error" problem=problem />
                    <button type="submit" class="button" id="record-activity">{t(Msg::ActivityRecord)}</button>
                    <SubmitFailure failure=failure />
                </form>
            </Show>
        </section>
    }
}
