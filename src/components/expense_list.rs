//! Every expense of a project or a fund, as a resident checks the money trail: when, who was
//! paid, for what, against which budget line, how much. Shown on screen and on the printed list,
//! before and after settlement.

use crate::i18n::{date_only, money, t, use_i18n, Msg};
use gongzhi_core::rules::state::Expense;
use gongzhi_core::{EventId, Fen};
use leptos::prelude::*;

/// One line as the list shows it; `line` is the budget item's name, when the page has lines.
#[derive(Clone, PartialEq)]
pub struct ExpenseRow {
    pub event: EventId,
    /// The day it was paid, or else recorded.
    pub day_ms: i64,
    pub payee: String,
    pub description: String,
    pub line: Option<String>,
    pub amount: Fen,
}

impl ExpenseRow {
    /// `budget` names the lines an expense may point to (a project's budget; empty for a fund).
    pub fn of(e: &Expense, budget: &[String]) -> ExpenseRow {
        ExpenseRow {
            event: e.event,
            day_ms: e.day_ms(),
            payee: e.payee.clone(),
            description: e.description.clone(),
            line: e.budget_line.and_then(|i| budget.get(i as usize).cloned()),
            amount: e.amount,
        }
    }
}

#[component]
pub fn ExpenseList(
    rows: Signal<Vec<ExpenseRow>>,
    /// Whether to show the budget-line column (a project's expenses).
    with_lines: bool,
    id: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || !rows.with(Vec::is_empty)>
            <h3>{t(Msg::ExpenseListTitle)}</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || t(Msg::ExpenseListTitle)()>
                <table class="figures-table expenses" id=id>
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::ExpenseDate)}</th>
                            <th scope="col">{t(Msg::ExpensePayee)}</th>
                            <th scope="col">{t(Msg::ExpenseDescription)}</th>
                            {with_lines.then(|| view! { <th scope="col">{t(Msg::ExpenseLine)}</th> })}
                            <th scope="col">{t(Msg::AmountYuan)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let lang = i18n.lang.get();
                            rows.get().into_iter().map(|r| view! {
                                <tr>
                                    <td>{date_only(lang, r.day_ms)}</td>
                                    <td>{r.payee}</td>
                                    <th scope="row">{r.description}</th>
                                    {with_lines.then(|| view! {
                                        <td>{r.line.unwrap_or_else(|| Msg::ExpenseOutsideBudget.text(lang).to_string())}</td>
                                    })}
                                    <td>{money(lang, r.amount)}</td>
                                </tr>
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </div>
        </Show>
    }
}
