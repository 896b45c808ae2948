//! After the vote: comparing contractors' quotes (比选) and choosing one with its reason and
//! the meeting that decided it.
use crate::components::choice_select::ChoiceSelect;
use crate::components::confirm_form::{ConfirmForm, Opener, Tone};
use crate::components::fields::{checked, date_or, required, Problem, TextField};
use crate::components::offered::Offered;
use crate::components::radios::Radios;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{amount_error, budget_gap, interest_text, money, t, use_i18n, Msg};
use crate::platform;
use crate::store::{use_store, SubmitError};
use gongzhi_core::log::payload::Kind;
use gongzhi_core::model::{Interest, MeetingKind, Stage};
use gongzhi_core::rules::batch::Batch;
use gongzhi_core::rules::selection::{compare, MIN_QUOTES};
use gongzhi_core::{EventId, Fen, Payload, ProposalId};
use leptos::prelude::*;

use super::stage_of;

/// A count as typed: blank is none; anything but a whole number is refused here, and its
/// bounds are the core's (`selection::check_quote`).
fn optional_count(text: &str) -> Result<Option<u32>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<u32>().map(Some).map_err(|_| ())
}

#[component]
pub(super) fn Selection(id: ProposalId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let stage = stage_of(id);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let comparison = Memo::new(move |_| store.record.with(|r| compare(r.state(), &id)));
    let shown = move || {
        stage
            .get()
            .is_some_and(|s| s >= Stage::Passed && s != Stage::Rejected)
    };
    let selecting = move || stage.get() == Some(Stage::ContractorSelection);
    let start = move |_| {
        store.send(
            Payload::ContractorSelectionStarted { proposal: id },
            failure,
            |_| {},
        )
    };
    let chosen_text = move || {
        let lang = i18n.lang.get();
        store.record.with(|r| {
            let s = r.state();
            let sel = s.proposals.get(&id)?.selection.clone()?;
            let bid = s.bids.get(&sel.bid)?;
            let meeting = sel
                .meeting
                .and_then(|m| s.meetings.get(&m))
                .map(|m| (m.title.clone(), m.at_ms));
            Some(crate::i18n::selection_text(
                lang,
                &bid.contractor,
                bid.amount,
                &sel.reason,
                meeting,
            ))
        })
    };
    view! {
        <Show when=shown>
            <section class="card" aria-labelledby="selection-title">
                <h2 id="selection-title">{t(Msg::SelectionTitle)}</h2>
                <Show when=move || stage.get() == Some(Stage::Passed)>
                    <Offered kind=Kind::ContractorSelectionStarted>
                    <p class="hint">{t(Msg::SelectionHint)}</p>
                    <button type="button" class="button primary" id="start-selection" on:click=start>
                        {t(Msg::SelectionStart)}
                    </button>
                    </Offered>
                </Show>
                <Show when=move || comparison.with(|c| c.as_ref().is_some_and(|c| !c.quotes.is_empty()))>
                    <QuoteTable id=id />
                </Show>
                <Show when=move || selecting() && comparison.with(|c| c.as_ref().is_some_and(|c| c.too_few))>
                    <p class="warning" id="too-few-quotes" role="status">
                        {move || crate::i18n::too_few_quotes(
                            i18n.lang.get(),
                            comparison.with(|c| c.as_ref().map_or(0, |c| c.quotes.len())),
                            MIN_QUOTES,
                        )}
                    </p>
                </Show>
                <Show when=selecting>
                    <QuoteForm id=id />
                    <Show when=move || comparison.with(|c| c.as_ref().is_some_and(|c| !c.quotes.is_empty()))>
                        <ChooseForm id=id />
                    </Show>
                </Show>
                <p id="selection-chosen">{chosen_text}</p>
                <SubmitFailure failure=failure />
            </section>
        </Show>
    }
}

/// The quotes side by side, cheapest first, with how each stands against the budget.
#[component]
fn QuoteTable(id: ProposalId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let quotes = Memo::new(move |_| {
        store.record.with(|r| {
            compare(r.state(), &id)
                .map(|c| c.quotes)
                .unwrap_or_default()
        })
    });
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t(Msg::QuoteTableLabel)>
            <table class="quotes" id="quotes">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::QuoteCompany)}</th>
                        <th scope="col">{t(Msg::QuotePrice)}</th>
                        <th scope="col">{t(Msg::QuoteDuration)}</th>
                        <th scope="col">{t(Msg::QuoteWarranty)}</th>
                        <th scope="col">{t(Msg::QuoteInterest)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let lang = i18n.lang.get();
                        quotes
                            .get()
                            .into_iter()
                            .map(|q| {
                                let class = match (q.chosen, q.lowest) {
                                    (true, _) => "chosen",
                                    (false, true) => "lowest",
                                    _ => "",
                                };
                                let flagged = !matches!(q.interest, Interest::NoneDeclared);
                                view! {
                                    <tr class=class>
                                        <th scope="row">
                                            {q.contractor.clone()}
                                            {q.chosen.then(|| view! { " " <span class="badge">{t(Msg::QuoteChosen)}</span> })}
                                            {(!q.note.is_empty()).then(|| view! { <span class="source">{q.note.clone()}</span> })}
                                        </th>
                                        <td>
                                            {money(lang, q.amount)}
                                            {q.lowest.then(|| view! { <span class="source">{t(Msg::QuoteLowest)}</span> })}
                                            <span class="source">{budget_gap(lang, q.against_budget)}</span>
                                        </td>
                                        <td class="measure">{q.duration_days.map(|d| crate::i18n::days_text(lang, d))}</td>
                                        <td class="measure">{q.warranty_months.map(|m| crate::i18n::months_text(lang, m))}</td>
                                        <td class=if flagged { "interest flagged" } else { "interest" }>
                                            {interest_text(lang, &q.interest)}
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}

/// The quote form's answer on the contractor's ties, before a declared tie is typed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum InterestChoice {
    None,
    Declared,
    Unknown,
}

#[component]
fn QuoteForm(id: ProposalId) -> impl IntoView {
    let store = use_store();
    let company = RwSignal::new(String::new());
    let amount = RwSignal::new(String::new());
    let days = RwSignal::new(String::new());
    let warranty = RwSignal::new(String::new());
    let interest = RwSignal::new(InterestChoice::None);
    let tie = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let check = || {
            let name = required(company, Msg::QuoteCompanyRequired)?;
            let price = Fen::parse_yuan(&amount.get_untracked()).map_err(amount_error)?;
            let (Ok(duration_days), Ok(warranty_months)) = (
                optional_count(&days.get_untracked()),
                optional_count(&warranty.get_untracked()),
            ) else {
                return Err(Msg::QuoteCountInvalid);
            };
            Ok((name, price, duration_days, warranty_months))
        };
        let Some((name, price, duration_days, warranty_months)) = checked(problem, check) else {
            return;
        };
        let declared = match interest.get_untracked() {
            InterestChoice::None => Interest::NoneDeclared,
            InterestChoice::Declared => Interest::Declared(tie.get_untracked().trim().to_string()),
            InterestChoice::Unknown => Interest::Unknown,
        };
        // The quote's bounds and a declared tie's text are the core's to check: it refuses the
        // command with its reason, which the form shows.
        let payload = Payload::BidSubmitted {
            proposal: id,
            contractor: name,
            amount: price,
            note: note.get_untracked().trim().to_string(),
            duration_days,
            warranty_months,
            interest: declared,
        };
        store.send(payload, failure, move |_| {
            for field in [company, amount, days, warranty, tie, note] {
                field.set(String::new());
            }
            interest.set(InterestChoice::None);
        });
    };
    view! {
        <Offered kind=Kind::BidSubmitted>
        <form class="form" aria-labelledby="quote-legend" on:submit=submit novalidate>
            <h3 id="quote-legend">{t(Msg::QuoteAdd)}</h3>
            <TextField id="quote-company" label=Msg::QuoteCompany value=company maxlength=80 />
            <TextField id="quote-amount" label=Msg::QuotePriceYuan value=amount maxlength=20 inputmode="decimal" />
            <TextField id="quote-days" label=Msg::QuoteDurationDays value=days maxlength=5 inputmode="numeric" />
            <TextField id="quote-warranty" label=Msg::QuoteWarrantyMonths value=warranty maxlength=4 inputmode="numeric" />
            <Radios name="quote-interest" legend=Msg::QuoteInterest value=interest choices=vec![
                (InterestChoice::None, Msg::InterestNone, "interest-none"),
                (InterestChoice::Declared, Msg::InterestDeclaredChoice, "interest-declared"),
                (InterestChoice::Unknown, Msg::InterestUnknown, "interest-unknown"),
            ] />
            <Show when=move || interest.get() == InterestChoice::Declared>
                <TextField id="quote-tie" label=Msg::QuoteTie value=tie maxlength=200 />
            </Show>
            <TextField id="quote-note" label=Msg::QuoteNote value=note maxlength=200 />
            <Problem id="quote-error" problem=problem />
            <button type="submit" class="button" id="add-quote">{t(Msg::QuoteAdd)}</button>
            <SubmitFailure failure=failure />
        </form>
        </Offered>
    }
}

/// The choice, its reason, and the meeting that decided it, recorded together.
#[component]
fn ChooseForm(id: ProposalId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let options = Memo::new(move |_| {
        let lang = i18n.lang.get();
        store.record.with(|r| {
            compare(r.state(), &id).map_or_else(Vec::new, |c| {
                c.quotes
                    .iter()
                    .map(|q| {
                        (
                            Some(q.bid),
                            format!("{} {}", q.contractor, money(lang, q.amount)),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    // `None` until one is picked: the list shows its first quote then.
    let bid: RwSignal<Option<EventId>> = RwSignal::new(None);
    let reason = RwSignal::new(String::new());
    let meeting = RwSignal::new(
        Msg::SelectionMeetingDefault
            .text(i18n.lang.get_untracked())
            .to_string(),
    );
    let date = RwSignal::new(String::new());
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let asking = RwSignal::new(false);
    let submit = Callback::new(move |()| {
        let first = move || options.with_untracked(|o| o.first().and_then(|(bid, _)| *bid));
        let Some(chosen) = bid.get_untracked().or_else(first) else {
            return;
        };
        let check = || {
            let why = required(reason, Msg::SelectionReasonRequired)?;
            let at_ms =
                date_or(&date.get_untracked(), platform::now_ms()).ok_or(Msg::DateInvalid)?;
            Ok((why, at_ms))
        };
        let Some((why, at_ms)) = checked(problem, check) else {
            return;
        };
        let title = meeting.get_untracked().trim().to_string();
        let choose = move |batch: &mut Batch| {
            let meeting = if title.is_empty() {
                None
            } else {
                Some(batch.add(Payload::MeetingScheduled {
                    kind: MeetingKind::CouncilMeeting,
                    organisation: None,
                    title: title.clone(),
                    at_ms,
                    agenda: Vec::new(),
                    links: Vec::new(),
                    place: String::new(),
                    series: None,
                })?)
            };
            batch.add(Payload::ContractorChosen {
                proposal: id,
                bid: chosen,
                reason: why.clone(),
                meeting,
            })
        };
        store.send_batch(store.author(), choose, (failure, busy), move |_| {
            asking.set(false)
        });
    });
    // The choice is final and posted with its reason: it asks.
    view! {
        <Offered kind=Kind::ContractorChosen>
        <ConfirmForm open=asking id="choose-form" title=Msg::SelectionChooseQuestion tone=Tone::Primary
            opener=Opener { id: "choose-open", label: Msg::SelectionChooseOpen }
            confirm_id="choose-contractor" confirm=Msg::SelectionChoose cancel_id="cancel-choose"
            waiting=busy on_confirm=submit failure=failure>
            <label for="choose-bid">{t(Msg::QuoteCompany)}</label>
            <ChoiceSelect id="choose-bid" options=options value=bid />
            <label for="choose-reason">{t(Msg::SelectionReason)}</label>
            <textarea id="choose-reason" rows="2" maxlength="500"
                bind:value=reason></textarea>
            <TextField id="choose-meeting" label=Msg::SelectionMeeting value=meeting maxlength=80 />
            <label for="choose-date">{t(Msg::SelectionMeetingDate)}</label>
            <input id="choose-date" type="date"
                bind:value=date />
            <p><strong>{t(Msg::SelectionChooseFinal)}</strong></p>
            <Problem id="choose-error" problem=problem />
        </ConfirmForm>
        </Offered>
    }
}
