//! One self-raised fund: its progress, the list every household can check (printable), the
//! treasurer's entries (one by one, or a pasted list checked line by line before anything is
//! saved), spending, the activities it paid for, and settling what is left.

use crate::components::activities::Activities;
use crate::components::confirm_form::{ConfirmForm, Opener};
use crate::components::expense_fields::{ExpenseFields, ExpenseInputs};
use crate::components::expense_list::{ExpenseList, ExpenseRow};
use crate::components::fields::{checked, required, Problem, TextField};
use crate::components::flat_pick::{CompoundChoice, FlatPick};
use crate::components::missing::Missing;
use crate::components::page_title::use_page_title;
use crate::components::qr_card::QrCard;
use crate::components::radios::Radios;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{
    amount_error, fund_progress, fund_reader_lines, line_prefix, money, payment_problem_text,
    payments_summary, scope_name, shown, surplus_text, t, use_i18n, Msg, Said,
};
use crate::platform;
use crate::store::{use_store, SubmitError};
use gongzhi_core::model::{Scope, Surplus};
use gongzhi_core::rules::batch::Batch;
use gongzhi_core::rules::funds::{contributions, contributors, parse_payments, refund_plan};
use gongzhi_core::rules::state::Settlement;
use gongzhi_core::{EventId, Fen, Payload};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn FundPage() -> impl IntoView {
    use_page_title(Msg::FundsTitle);
    let store = use_store();
    let id = crate::pages::use_id_param::<EventId>();
    let exists = Memo::new(move |_| {
        id.get()
            .is_some_and(|id| store.record.with(|r| r.state().funds.contains_key(&id)))
    });
    move || match id.get() {
        Some(id) if exists.get() => Either::Left(view! { <Fund id=id /> }),
        _ => Either::Right(
            view! { <Missing title=Msg::FundNotFound back="/funds" back_label=Msg::FundsTitle /> },
        ),
    }
}

#[component]
fn Fund(id: EventId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let fund = Memo::new(move |_| store.record.with(|r| r.state().funds.get(&id).cloned()));
    let open = Memo::new(move |_| fund.with(|f| f.as_ref().is_some_and(|f| f.settled.is_none())));
    let heading = move || fund.with(|f| f.as_ref().map(|f| f.title.clone()).unwrap_or_default());
    let area = move || {
        let lang = i18n.lang.get();
        store.record.with(|r| {
            let s = r.state();
            s.funds.get(&id).map(|f| scope_name(lang, s, &f.scope))
        })
    };
    let project = move || {
        store.record.with(|r| {
            let s = r.state();
            let p = s.funds.get(&id)?.proposal?;
            s.proposals.get(&p).map(|x| (p, x.title.clone()))
        })
    };
    let progress = move || {
        fund.with(|f| {
            f.as_ref()
                .map(|f| fund_progress(i18n.lang.get(), f.received, f.target, contributors(f)))
        })
    };
    let community = crate::components::scope_picker::community_name();
    view! {
        <section class="hero" aria-labelledby="fund-heading">
            <p class="print-only print-heading">{community} " " {t(Msg::FundNotice)}</p>
            <crate::components::printed_at::PrintedAt />
            <h1 id="fund-heading">{heading}</h1>
            <p><span class="badge">{area}</span></p>
            {move || project().map(|(p, title)| view! {
                <p>{t(Msg::FundForProposal)} " " <A href=format!("/projects/{p}")>{title}</A></p>
            })}
            {move || fund.get().map(|f| view! {
                <meter class="fund-meter" min="0" max=f.target.0.to_string()
                    value=f.received.0.min(f.target.0).to_string() aria-label=t(Msg::FundProgress)></meter>
            })}
            <p id="fund-progress"><strong>{progress}</strong></p>
            <p id="fund-balance">
                {move || fund.get().map(|f| {
                    let lang = i18n.lang.get();
                    format!("{} {} · {} {}", Msg::FundSpentLabel.text(lang), money(lang, f.spent), Msg::FundBalance.text(lang), money(lang, f.balance()))
                })}
            </p>
            <p id="fund-settled">
                {move || fund.get().and_then(|f| {
                    f.settled.map(|s| surplus_text(i18n.lang.get(), &s.surplus, s.amount, s.at_ms))
                })}
            </p>
        </section>
        <Contributions id=id />
        <FundExpenses id=id />
        <FundQr id=id />
        <Show when=move || open.get()>
            <PaymentForm id=id />
            <PastedPayments id=id />
            <SpendForm id=id />
        </Show>
        <Activities fund=Some(id) open=open.into() />
        <Show when=move || open.get()>
            <SettleForm id=id />
        </Show>
    }
}

/// The posted list's QR code: the fund's machine lines and digest, then its money in the
/// reader's language.
#[component]
fn FundQr(id: EventId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let text = Memo::new(move |_| {
        let lang = i18n.lang.get();
        store.record.with(|r| {
            let machine = gongzhi_core::read::qr::fund_text(r, &id)?;
            let lines = fund_reader_lines(lang, r.state().funds.get(&id)?);
            Some(gongzhi_core::read::qr::with_reader_lines(&machine, &lines))
        })
    });
    view! {
        <QrCard text=text title=Msg::FundQrTitle label=Msg::FundQrLabel hint=Msg::FundQrHint how_to=Msg::HowToCheckFund
            ids=["fund-qr", "fund-qr-text", "fund-digest"]>
            ""
        </QrCard>
    }
}

/// The list each household can check: what it promised and what it paid, and its refund.
#[component]
fn Contributions(id: EventId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let rows = Memo::new(move |_| {
        store.record.with(|r| {
            let s = r.state();
            s.funds
                .get(&id)
                .map_or_else(Vec::new, |f| contributions(s, f))
        })
    });
    let refunding = Memo::new(move |_| {
        store.record.with(|r| {
            r.state().funds.get(&id).is_some_and(|f| {
                matches!(
                    f.settled,
                    Some(Settlement {
                        surplus: Surplus::Refund,
                        ..
                    })
                )
            })
        })
    });
    view! {
        <section class="card" aria-labelledby="contributions-title">
            <h2 id="contributions-title">{t(Msg::FundList)}</h2>
            <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! { <p>{t(Msg::FundListEmpty)}</p> }>
                <div class="table-scroll" tabindex="0" role="region" aria-label=t(Msg::FundList)>
                    <table class="figures-table contributions" id="contributions">
                        <thead>
                            <tr>
                                <th scope="col">{t(Msg::RegistryFlat)}</th>
                                <th scope="col">{t(Msg::FundPledgedLabel)}</th>
                                <th scope="col">{t(Msg::FundPaidLabel)}</th>
                                <Show when=move || refunding.get()>
                                    <th scope="col">{t(Msg::FundRefundLabel)}</th>
                                </Show>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let lang = i18n.lang.get();
                                rows.get().into_iter().map(|c| view! {
                                    <tr>
                                        <th scope="row">{c.label}</th>
                                        // Paid without a pledge is not "pledged 0.00": that reads as
                                        // refusing to pledge on the posted list.
                                        <td>{if c.pledged == Fen(0) { Msg::FundNoPledge.text(lang).to_string() } else { money(lang, c.pledged) }}</td>
                                        <td>{money(lang, c.received)}</td>
                                        <Show when=move || refunding.get()>
                                            <td>{money(lang, c.refund)}</td>
                                        </Show>
                                    </tr>
                                }).collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
                <p class="no-print">
                    <button type="button" class="button" id="print-fund" on:click=|_| platform::print()>{t(Msg::FundPrint)}</button>
                </p>
            </Show>
        </section>
    }
}

#[component]
fn PaymentForm(id: EventId) -> impl IntoView {
    let store = use_store();
    let flat = RwSignal::new(String::new());
    let amount = RwSignal::new(String::new());
    let pledge = RwSignal::new(false);
    let problem: RwSignal<Option<Said>> = RwSignal::new(None);
    let pick = FlatPick::default();
    let recorded: RwSignal<Option<Said>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        recorded.set(None);
        let check = || {
            let typed = flat.get_untracked();
            let (household, label) = store.record.with_untracked(|r| {
                let s = r.state();
                let within = s
                    .funds
                    .get(&id)
                    .map_or(Scope::Community, |f| f.scope.clone());
                pick.resolve_shown(s, &typed, &within, Msg::HouseholdNotFound)
            })?;
            let sum = Fen::parse_yuan(&amount.get_untracked()).map_err(amount_error)?;
            Ok::<_, Said>((household, label, sum))
        };
        let Some((household, label, sum)) = checked(problem, check) else {
            return;
        };
        let payload = if pledge.get_untracked() {
            Payload::FundPledged {
                fund: id,
                household,
                amount: sum,
            }
        } else {
            Payload::FundReceived {
                fund: id,
                household,
                amount: sum,
            }
        };
        store.send(payload, failure, move |_| {
            flat.set(String::new());
            amount.set(String::new());
            recorded.set(Some(Said::new(move |lang| {
                format!(
                    "{} {label} {}",
                    Msg::BallotRecordedFor.text(lang),
                    money(lang, sum)
                )
            })));
        });
    };
    view! {
        <form class="card form" aria-labelledby="payment-title" on:submit=submit novalidate>
            <h2 id="payment-title">{t(Msg::FundRecordOne)}</h2>
            <Radios name="payment-kind" legend=Msg::FundEntryKind value=pledge choices=vec![
                (false, Msg::FundPaidLabel, "payment-received"),
                (true, Msg::FundPledgedLabel, "payment-pledged"),
            ] />
            <TextField id="payment-flat" label=Msg::PaperFlat value=flat maxlength=20 autocomplete="off" />
            <TextField id="payment-amount" label=Msg::AmountYuan value=amount maxlength=20 inputmode="decimal" />
            <p class="field-error" id="payment-error" role="alert">{shown(problem)}</p>
            <CompoundChoice pick=pick name="payment" />
            <button type="submit" class="button" id="record-payment">{t(Msg::FundRecord)}</button>
            <p class="status ok" role="status" id="payment-recorded">{shown(recorded)}</p>
            <SubmitFailure failure=failure />
        </form>
    }
}

/// A treasurer's paper list typed or pasted in: checked whole, every bad line named, and
/// recorded as one write only when all lines are good and the total is confirmed.
#[component]
fn PastedPayments(id: EventId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let text = RwSignal::new(String::new());
    let outcome: RwSignal<Option<Said>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let checked = Memo::new(move |_| {
        let typed = text.get();
        (!typed.trim().is_empty()).then(|| {
            store.record.with(|r| {
                let s = r.state();
                let within = s
                    .funds
                    .get(&id)
                    .map_or(Scope::Community, |f| f.scope.clone());
                parse_payments(s, &within, &typed)
            })
        })
    });
    let confirm = move |_| {
        let Some(Ok(payments)) = checked.get_untracked() else {
            return;
        };
        let count = payments.len();
        let total = Fen(payments.iter().map(|p| p.1 .0).sum());
        let record = move |batch: &mut Batch| {
            for (household, amount) in &payments {
                batch.add(Payload::FundReceived {
                    fund: id,
                    household: *household,
                    amount: *amount,
                })?;
            }
            Ok(())
        };
        store.send_batch(store.author(), record, (failure, busy), move |()| {
            text.set(String::new());
            outcome.set(Some(Said::new(move |lang| {
                payments_summary(lang, count, total, true)
            })));
        });
    };
    view! {
        <section class="card form" aria-labelledby="pasted-title">
            <h2 id="pasted-title">{t(Msg::FundPasteTitle)}</h2>
            <label for="pasted-payments">{t(Msg::FundPasteHint)}</label>
            <textarea id="pasted-payments" rows="6" spellcheck="false"
                prop:value=move || text.get() on:input=move |ev| { outcome.set(None); text.set(event_target_value(&ev)) }></textarea>
            {move || checked.get().map(|result| {
                let lang = i18n.lang.get();
                match result {
                    Ok(payments) => {
                        let total = Fen(payments.iter().map(|p| p.1 .0).sum());
                        Either::Left(view! {
                            <p id="pasted-summary">{payments_summary(lang, payments.len(), total, false)}</p>
                            <button type="button" class="button primary" id="pasted-confirm"
                                disabled=move || busy.get() on:click=confirm>{t(Msg::FundPasteConfirm)}</button>
                        })
                    }
                    Err(problems) => Either::Right(view! {
                        <ul class="problems" id="pasted-problems" role="alert">
                            {problems.into_iter().map(|(line, p)| view! {
                                <li>{line_prefix(lang, line)}{payment_problem_text(lang, &p)}</li>
                            }).collect_view()}
                        </ul>
                    }),
                }
            })}
            <p class="status ok" role="status" id="pasted-outcome">{shown(outcome)}</p>
            <SubmitFailure failure=failure />
        </section>
    }
}

#[component]
fn SpendForm(id: EventId) -> impl IntoView {
    let store = use_store();
    let fields = ExpenseFields::default();
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(spent) = fields.read() else {
            return;
        };
        let payload = Payload::FundSpent {
            payee: spent.payee,
            fund: id,
            description: spent.description,
            amount: spent.amount,
            paid_on_ms: spent.paid_on_ms,
        };
        store.send(payload, failure, move |_| fields.clear());
    };
    view! {
        <form class="card form" aria-labelledby="fund-spend-title" on:submit=submit novalidate>
            <h2 id="fund-spend-title">{t(Msg::ExpenseAdd)}</h2>
            <ExpenseInputs fields=fields id="fund-spend" />
            <button type="submit" class="button" id="fund-spend">{t(Msg::ExpenseAdd)}</button>
            <SubmitFailure failure=failure />
        </form>
    }
}

/// Closing the fund: what is left goes back to the households by what each paid, or to a
/// purpose they agreed on.
#[component]
fn SettleForm(id: EventId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let refund = RwSignal::new(true);
    let note = RwSignal::new(String::new());
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let plan = Memo::new(move |_| {
        store.record.with(|r| {
            r.state()
                .funds
                .get(&id)
                .map(|f| (f.balance(), refund_plan(f).len()))
        })
    });
    let asking = RwSignal::new(false);
    let settle = Callback::new(move |()| {
        let check = || {
            if refund.get_untracked() {
                return Ok(Surplus::Refund);
            }
            let note = required(note, Msg::FundReassignRequired)?;
            Ok(Surplus::Reassign { note })
        };
        let Some(surplus) = checked(problem, check) else {
            return;
        };
        let payload = Payload::FundSettled { fund: id, surplus };
        store.send(payload, failure, move |_| asking.set(false));
    });
    view! {
        <section class="card" aria-labelledby="settle-title">
            <h2 id="settle-title">{t(Msg::FundSettle)}</h2>
            <p class="hint">{t(Msg::FundSettleHint)}</p>
            <ConfirmForm open=asking id="settle-confirm" title=Msg::FundSettleQuestion
                opener=Opener { id: "settle-fund", label: Msg::FundSettleOpen }
                confirm_id="confirm-settle-fund" confirm=Msg::FundSettleConfirm cancel_id="cancel-settle-fund"
                on_confirm=settle failure=failure>
                <p id="settle-plan">
                    {move || plan.get().map(|(balance, households)| crate::i18n::refund_preview(i18n.lang.get(), balance, households))}
                </p>
                <Radios name="surplus" legend=Msg::FundSurplus value=refund choices=vec![
                    (true, Msg::FundRefund, "surplus-refund"),
                    (false, Msg::FundReassign, "surplus-reassign"),
                ] />
                <Show when=move || !refund.get()>
                    <TextField id="surplus-note" label=Msg::FundReassignNote value=note maxlength=200 />
                </Show>
                <p><strong>{t(Msg::FundSettleFinal)}</strong></p>
                <Problem id="settle-error" problem=problem />
            </ConfirmForm>
        </section>
    }
}

/// The fund's spending, on screen and on the printed list, before and after settlement.
#[component]
fn FundExpenses(id: EventId) -> impl IntoView {
    let store = use_store();
    let rows = Memo::new(move |_| {
        store.record.with(|r| {
            r.state().funds.get(&id).map_or_else(Vec::new, |f| {
                f.expenses
                    .iter()
                    .map(|e| ExpenseRow::of(e, &[]))
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <Show when=move || !rows.with(Vec::is_empty)>
            <section class="card" id="fund-spending">
                <ExpenseList rows=rows.into() with_lines=false id="fund-expenses" />
            </section>
        </Show>
    }
}
