//! Spending against the budget until the work is accepted and the project closed.
use crate::components::choice_select::ChoiceSelect;
use crate::components::expense_fields::{ExpenseFields, ExpenseInputs};
use crate::components::offered::Offered;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{
    date_time, ledger_difference, ledger_summary, money, step_text, t, use_i18n, Msg,
};
use crate::store::{use_store, SubmitError};
use gongzhi_core::log::payload::Kind;
use gongzhi_core::model::Stage;
use gongzhi_core::read::timeline::{timeline, StepKind};
use gongzhi_core::rules::ledger::ledger;
use gongzhi_core::{Fen, Payload, ProposalId};
use leptos::prelude::*;

use super::acceptance::{AcceptWork, CloseProject};
use crate::components::expense_list::{ExpenseList, ExpenseRow};

use super::stage_of;

/// Budget against actual spending, line by line, and the steps to acceptance and closing.
#[component]
pub(super) fn Spending(id: ProposalId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let stage = stage_of(id);
    let figures = Memo::new(move |_| store.record.with(|r| ledger(r.state(), &id)));
    // Acceptance and closing as recorded, with who and when: the end of the final accounts.
    let closing = Memo::new(move |_| {
        store.record.with(|r| {
            timeline(r, &id)
                .into_iter()
                .filter(|s| {
                    matches!(
                        s.what,
                        StepKind::WorkAccepted { .. } | StepKind::Closed { .. }
                    )
                })
                .map(|s| (s.wall_ms, s.author, s.what))
                .collect::<Vec<_>>()
        })
    });
    let expenses = Memo::new(move |_| {
        store.record.with(|r| {
            r.state().proposals.get(&id).map_or_else(Vec::new, |p| {
                let lines: Vec<String> = p.budget.iter().map(|l| l.item.clone()).collect();
                p.expenses
                    .iter()
                    .map(|e| ExpenseRow::of(e, &lines))
                    .collect::<Vec<_>>()
            })
        })
    });
    let shown = move || {
        matches!(
            stage.get(),
            Some(Stage::InProgress | Stage::Accepted | Stage::Closed)
        )
    };
    view! {
        <Show when=shown>
            <section class="card" aria-labelledby="spending-title">
                <h2 id="spending-title">{t(Msg::SpendingTitle)}</h2>
                {move || figures.get().map(|l| {
                    let lang = i18n.lang.get();
                    view! {
                        <p class="verdict" id="ledger-summary"><strong>{ledger_summary(lang, l.budget, l.spent)}</strong></p>
                        <div class="table-scroll" tabindex="0" role="region" aria-label=t(Msg::SpendingTitle)>
                            <table class="figures-table ledger">
                                <thead>
                                    <tr>
                                        <th scope="col">{t(Msg::BudgetItem)}</th>
                                        <th scope="col">{t(Msg::LedgerBudget)}</th>
                                        <th scope="col">{t(Msg::LedgerSpent)}</th>
                                        <th scope="col">{t(Msg::LedgerDifference)}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {l.lines.iter().map(|line| {
                                        let over = if line.spent > line.budget { "over" } else { "" };
                                        view! {
                                        <tr class=over>
                                            <th scope="row">{line.item.clone()}</th>
                                            <td>{money(lang, line.budget)}</td>
                                            <td>{money(lang, line.spent)}</td>
                                            <td>{ledger_difference(lang, Fen(line.spent.0 - line.budget.0))}</td>
                                        </tr>
                                    }}).collect_view()}
                                    {(l.unassigned.0 > 0).then(|| view! {
                                        <tr class="over">
                                            <th scope="row">{t(Msg::ExpenseOutsideBudget)}</th>
                                            <td>{money(lang, Fen(0))}</td>
                                            <td>{money(lang, l.unassigned)}</td>
                                            <td>{ledger_difference(lang, l.unassigned)}</td>
                                        </tr>
                                    })}
                                </tbody>
                                <tfoot>
                                    <tr>
                                        <th scope="row">{t(Msg::BudgetTotal)}</th>
                                        <td>{money(lang, l.budget)}</td>
                                        <td id="ledger-spent">{money(lang, l.spent)}</td>
                                        <td>{ledger_difference(lang, Fen(l.spent.0 - l.budget.0))}</td>
                                    </tr>
                                </tfoot>
                            </table>
                        </div>
                    }
                })}
                <ExpenseList rows=expenses.into() with_lines=true id="project-expenses" />
                <ul class="closing-steps" id="closing-steps">
                    {move || {
                        let lang = i18n.lang.get();
                        closing.get().into_iter().map(|(at, who, what)| view! {
                            <li>{step_text(lang, &what)} " · " {date_time(lang, at)} " · " {who}</li>
                        }).collect_view()
                    }}
                </ul>
                <Show when=move || stage.get() == Some(Stage::InProgress)>
                    <ExpenseForm id=id />
                    <AcceptWork id=id />
                </Show>
                <Show when=move || stage.get() == Some(Stage::Accepted)>
                    <CloseProject id=id />
                </Show>
            </section>
        </Show>
    }
}

#[component]
fn ExpenseForm(id: ProposalId) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let lines = Memo::new(move |_| {
        let mut lines: Vec<(Option<u32>, String)> = store.record.with(|r| {
            r.state().proposals.get(&id).map_or_else(Vec::new, |p| {
                (0..)
                    .zip(&p.budget)
                    .map(|(i, l)| (Some(i), l.item.clone()))
                    .collect()
            })
        });
        lines.push((
            None,
            Msg::ExpenseOutsideBudget.text(i18n.lang.get()).to_string(),
        ));
        lines
    });
    let line: RwSignal<Option<u32>> = RwSignal::new(Some(0));
    let fields = ExpenseFields::default();
    let recorded = RwSignal::new(false);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        recorded.set(false);
        let Some(spent) = fields.read() else {
            return;
        };
        let payload = Payload::ExpenseRecorded {
            payee: spent.payee,
            proposal: id,
            budget_line: line.get_untracked(),
            description: spent.description,
            amount: spent.amount,
            paid_on_ms: spent.paid_on_ms,
        };
        store.send(payload, failure, move |_| {
            fields.clear();
            recorded.set(true);
        });
    };
    view! {
        <Offered kind=Kind::ExpenseRecorded>
        <form class="form" aria-labelledby="expense-legend" on:submit=submit novalidate>
            <h3 id="expense-legend">{t(Msg::ExpenseAdd)}</h3>
            <label for="expense-line">{t(Msg::ExpenseLine)}</label>
            <ChoiceSelect id="expense-line" options=lines value=line />
            <ExpenseInputs fields=fields id="expense" />
            <button type="submit" class="button" id="record-expense">{t(Msg::ExpenseAdd)}</button>
            <p class="status ok" role="status">{move || recorded.get().then(|| t(Msg::ExpenseRecordedMsg)())}</p>
            <SubmitFailure failure=failure />
        </form>
        </Offered>
    }
}
