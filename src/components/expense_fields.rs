//! The fields every expense has, a project's works or a fund's: who was paid, for what, and how
//! much. One form piece, so both check them alike and read them back the same way.

use crate::components::fields::{checked, date_or, required};
use crate::i18n::{amount_error, shown, t, Msg};
use gongzhi_core::Fen;
use leptos::prelude::*;

/// An expense as typed, once it reads.
pub struct Spent {
    pub payee: String,
    pub description: String,
    pub amount: Fen,
    /// The day it was paid; `None` for the day it is recorded.
    pub paid_on_ms: Option<i64>,
}

#[derive(Clone, Copy)]
pub struct ExpenseFields {
    payee: RwSignal<String>,
    description: RwSignal<String>,
    amount: RwSignal<String>,
    paid_on: RwSignal<String>,
    problem: RwSignal<Option<Msg>>,
}

impl Default for ExpenseFields {
    fn default() -> Self {
        ExpenseFields {
            payee: RwSignal::new(String::new()),
            description: RwSignal::new(String::new()),
            amount: RwSignal::new(String::new()),
            paid_on: RwSignal::new(String::new()),
            problem: RwSignal::new(None),
        }
    }
}

impl ExpenseFields {
    /// The expense typed, or `None` with the field's problem shown.
    pub fn read(self) -> Option<Spent> {
        checked(self.problem, || {
            let description = required(self.description, Msg::ExpenseDescriptionRequired)?;
            let amount = Fen::parse_yuan(&self.amount.get_untracked()).map_err(amount_error)?;
            let paid_on_ms =
                date_or(&self.paid_on.get_untracked(), None::<i64>).ok_or(Msg::DateInvalid)?;
            Ok(Spent {
                payee: self.payee.get_untracked().trim().to_string(),
                description,
                amount,
                paid_on_ms,
            })
        })
    }

    /// Empties the fields once the expense is recorded.
    pub fn clear(self) {
        for field in [self.payee, self.description, self.amount, self.paid_on] {
            field.set(String::new());
        }
    }
}

/// The payee, description, amount and date inputs with the problem line; element ids start with `id`.
#[component]
pub fn ExpenseInputs(fields: ExpenseFields, id: &'static str) -> impl IntoView {
    let ExpenseFields {
        payee,
        description,
        amount,
        paid_on,
        problem,
    } = fields;
    view! {
        <label for=format!("{id}-payee")>{t(Msg::ExpensePayee)}</label>
        <input id=format!("{id}-payee") type="text" maxlength="100" bind:value=payee />
        <label for=format!("{id}-description")>{t(Msg::ExpenseDescription)}</label>
        <input id=format!("{id}-description") type="text" maxlength="200" bind:value=description />
        <label for=format!("{id}-amount")>{t(Msg::AmountYuan)}</label>
        <input id=format!("{id}-amount") type="text" inputmode="decimal" maxlength="20"
            bind:value=amount />
        <label for=format!("{id}-date")>{t(Msg::ExpensePaidOn)}</label>
        <input id=format!("{id}-date") type="date" bind:value=paid_on />
        <p class="field-error" id=format!("{id}-error") role="alert">{shown(problem)}</p>
    }
}
