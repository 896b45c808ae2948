//! The public notice (公示): posting it, its countdown, and residents' named responses.

use super::entries::{Entries, Entry};
use crate::audience::own_flat_filler;
use crate::components::confirm_form::{ConfirmForm, Opener, Tone};
use crate::components::fields::{checked, TextField};
use crate::components::flat_field::{FlatField, FlatInput};
use crate::components::offered::Offered;
use crate::components::radios::Radios;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{
    date_time, funding_gap_text, name_and_flat, refusal_text, response_counts, stance_name, t,
    time_left, use_i18n, Msg,
};
use crate::platform;
use crate::store::{use_store, SubmitError};
use gongzhi_core::log::payload::Kind;
use gongzhi_core::model::{Scope, Stage, Stance};
use gongzhi_core::rules::ledger::{check_gap_reason, funding_gap};
use gongzhi_core::rules::lifecycle::{self, check_response};
use gongzhi_core::{Payload, ProposalId, Refusal};
use leptos::prelude::*;

#[component]
pub(super) fn Notice(id: ProposalId, now: ReadSignal<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let days = RwSignal::new("7".to_string());
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
    // A plan whose funding differs from its budget goes on notice only with the reason.
    let gap = Memo::new(move |_| {
        store
            .record
            .with(|r| r.state().proposals.get(&id).and_then(funding_gap))
    });
    let gap_reason = RwSignal::new(String::new());
    // The form's one problem: the days typed, or a gap left unexplained; each field shows its own.
    let problem: RwSignal<Option<Refusal>> = RwSignal::new(None);
    let days_problem = move || {
        problem
            .get()
            .filter(|r| matches!(r, Refusal::NoticePeriodOutOfRange { .. }))
    };
    let reason_problem = move || {
        problem
            .get()
            .filter(|r| !matches!(r, Refusal::NoticePeriodOutOfRange { .. }))
    };
    let asking = RwSignal::new(false);
    let post = Callback::new(move |()| {
        let reason = gap_reason.get_untracked().trim().to_string();
        let opens_ms = platform::now_ms();
        // How long a notice may run, and when a gap needs its reason, are the core's rules.
        let check = || {
            let days = days.get_untracked().trim().parse::<i64>().ok();
            let closes_ms = lifecycle::notice_closes(opens_ms, days)?;
            store.record.with_untracked(|r| {
                r.state()
                    .proposals
                    .get(&id)
                    .map_or(Ok(()), |p| check_gap_reason(p, &reason))
            })?;
            Ok(closes_ms)
        };
        let Some(closes_ms) = checked(problem, check) else {
            return;
        };
        let payload = Payload::NoticePosted {
            gap_reason: if gap.get_untracked().is_some() {
                reason
            } else {
                String::new()
            },
            proposal: id,
            opens_ms,
            closes_ms,
        };
        store.send(payload, failure, move |_| asking.set(false));
    });
    view! {
        <section class="card" aria-labelledby="notice-title">
            <h2 id="notice-title">{t(Msg::NoticeTitle)}</h2>
            <Show when=move || is_draft.get()>
                // Posting opens the window residents answer in and freezes the plan: it asks.
                <Offered kind=Kind::NoticePosted>
                <ConfirmForm open=asking id="notice-form" title=Msg::PostNoticeQuestion tone=Tone::Primary
                    opener=Opener { id: "post-notice", label: Msg::PostNoticeOpen }
                    confirm_id="confirm-post-notice" confirm=Msg::PostNotice cancel_id="cancel-post-notice"
                    on_confirm=post failure=failure>
                    <label for="notice-days">{t(Msg::NoticeDays)}</label>
                    <input id="notice-days" type="number" min=*lifecycle::NOTICE_DAYS.start() max=*lifecycle::NOTICE_DAYS.end() inputmode="numeric"
                        aria-invalid=move || days_problem().is_some().to_string()
                        aria-describedby="notice-days-error" bind:value=days />
                    <p class="field-error" id="notice-days-error">{move || days_problem().map(|r| refusal_text(i18n.lang.get(), &r))}</p>
                    {move || gap.get().map(|g| view! {
                        <div class="gap-reason">
                            <p class="warning"><strong>{funding_gap_text(i18n.lang.get(), &g)}</strong></p>
                            <label for="gap-reason">{t(Msg::GapReasonLabel)}</label>
                            <textarea id="gap-reason" rows="2" maxlength="500"
                                aria-invalid=move || reason_problem().is_some().to_string()
                                bind:value=gap_reason></textarea>
                            <p class="field-error" id="gap-reason-error">{move || reason_problem().map(|r| refusal_text(i18n.lang.get(), &r))}</p>
                        </div>
                    })}
                    <p><strong>{t(Msg::PostNoticeFinal)}</strong></p>
                </ConfirmForm>
                </Offered>
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
            <Responses id=id now=now />
        </section>
    }
}

#[component]
fn Responses(id: ProposalId, now: ReadSignal<i64>) -> impl IntoView {
    let i18n = use_i18n();
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
                        Entry {
                            event: resp.event,
                            badge: Some(stance_name(resp.stance)),
                            who: name_and_flat(&resp.name, flat),
                            text: resp.text.clone(),
                            wall_ms: resp.wall_ms,
                        }
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    // `None`: the form is offered. Otherwise why not, said only while the notice is the
    // proposal's stage (before and after it, the countdown and stage already say so).
    let closed = Memo::new(move |_| {
        let at = now.get();
        store.record.with(|r| {
            let p = r.state().proposals.get(&id)?;
            match check_response(p, at) {
                Ok(()) => None,
                Err(why) => Some((p.stage == Stage::PublicNotice).then_some(why)),
            }
        })
    });
    let open = move || closed.with(Option::is_none);
    let stances = Memo::new(move |_| {
        store
            .record
            .with(|r| r.state().proposals.get(&id).map_or((0, 0), |p| p.stances()))
    });
    let counts = move || {
        let (support, objection) = stances.get();
        response_counts(i18n.lang.get(), support, objection)
    };
    view! {
        <h3>{t(Msg::Responses)}</h3>
        <Show when=move || !listed.with(Vec::is_empty)>
            <p id="response-counts">{counts}</p>
        </Show>
        <Entries entries=listed class="responses" empty=Msg::ResponsesEmpty />
        <Show when=open fallback=move || closed.get().flatten().map(|why| view! {
            <p class="hint" id="responses-closed">{move || refusal_text(i18n.lang.get(), &why)}</p>
        })>
            <ResponseForm id=id />
        </Show>
    }
}

#[component]
fn ResponseForm(id: ProposalId) -> impl IntoView {
    let store = use_store();
    let stance = RwSignal::new(Stance::Support);
    let name = RwSignal::new(String::new());
    let flat = FlatField::default();
    let text = RwSignal::new(String::new());
    let recorded = RwSignal::new(false);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    // A resident's phone responds for its own household.
    let fill_own = own_flat_filler(flat);
    fill_own();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        recorded.set(false);
        let found = store.record.with_untracked(|r| {
            let s = r.state();
            let within = s
                .proposals
                .get(&id)
                .map_or(Scope::Community, |p| p.scope.clone());
            flat.optional_within(s, &within, Msg::HouseholdNotFound)
        });
        let Some(household) = found else {
            return;
        };
        let payload = Payload::NoticeResponse {
            proposal: id,
            stance: stance.get_untracked(),
            household,
            text: text.get_untracked().trim().to_string(),
            name: name.get_untracked().trim().to_string(),
        };
        store.send(payload, failure, move |_| {
            name.set(String::new());
            flat.clear();
            fill_own();
            text.set(String::new());
            recorded.set(true);
        });
    };
    view! {
        <form class="form" aria-labelledby="response-legend" on:submit=submit novalidate>
            <Radios name="stance" legend=Msg::ResponseSubmit legend_id="response-legend" value=stance choices=vec![
                (Stance::Support, Msg::StanceSupport, "stance-support"),
                (Stance::Objection, Msg::StanceObjection, "stance-objection"),
            ] />
            <TextField id="response-name" label=Msg::ResponseName value=name maxlength=40 autocomplete="name" />
            <FlatInput field=flat name="response" label=Msg::FlatOrCodeOptional />
            <label for="response-text">{t(Msg::ResponseText)}</label>
            <textarea id="response-text" rows="2" maxlength="500"
                bind:value=text></textarea>
            <button type="submit" class="button">{t(Msg::ResponseSubmit)}</button>
            <p class="status ok" role="status">{move || recorded.get().then(|| t(Msg::ResponseRecorded)())}</p>
            <SubmitFailure failure=failure />
        </form>
    }
}
