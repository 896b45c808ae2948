//! A form's flat field: what was typed, what is wrong with it, and the compounds to choose from
//! when the number is in several. Every form that takes a flat reads and shows it this way.

use crate::components::fields::checked;
use crate::components::flat_pick::{CompoundChoice, FlatPick};
use crate::i18n::{shown, t, Msg, Said};
use gongzhi_core::model::Scope;
use gongzhi_core::{HouseholdId, State, VoteId};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct FlatField {
    pub typed: RwSignal<String>,
    problem: RwSignal<Option<Said>>,
    pick: FlatPick,
}

impl Default for FlatField {
    fn default() -> Self {
        FlatField {
            typed: RwSignal::new(String::new()),
            problem: RwSignal::new(None),
            pick: FlatPick::default(),
        }
    }
}

impl FlatField {
    /// The household typed, within the place `vote` is held in, with the flat as the form names
    /// it back; or `None`, the field saying why not.
    pub fn in_vote(
        self,
        state: &State,
        vote: &VoteId,
        not_found: Msg,
    ) -> Option<(HouseholdId, String)> {
        let typed = self.typed.get_untracked();
        self.said(self.pick.resolve_in_vote(state, vote, &typed, not_found))
    }

    /// A flat that may be left out, within `within`: `Some(None)` when the field is empty,
    /// `None` when what was typed names no household there (the field says why).
    pub fn optional_within(
        self,
        state: &State,
        within: &Scope,
        not_found: Msg,
    ) -> Option<Option<HouseholdId>> {
        let typed = self.typed.get_untracked();
        let typed = typed.trim();
        if typed.is_empty() {
            self.pick.clear();
            self.problem.set(None);
            return Some(None);
        }
        let found = self.pick.resolve(state, typed, within, not_found);
        self.said(found.map(|c| c.household)).map(Some)
    }

    /// Shows what is wrong under the field, for a check of the form the flat stands for.
    pub fn refuse(self, why: impl Into<Said>) {
        self.problem.set(Some(why.into()));
    }

    /// Empties the field once what it named is recorded.
    pub fn clear(self) {
        self.typed.set(String::new());
    }

    fn said<T>(self, found: Result<T, Said>) -> Option<T> {
        checked(self.problem, || found)
    }
}

/// The field itself: `{name}-flat`, its error `{name}-flat-error`, and the compounds to choose
/// from while the number is ambiguous.
#[component]
pub fn FlatInput(
    field: FlatField,
    /// Prefix of the element ids, unique on the page.
    name: &'static str,
    label: Msg,
    #[prop(default = 40)] maxlength: u32,
) -> impl IntoView {
    let input = format!("{name}-flat");
    let error = format!("{name}-flat-error");
    view! {
        <label for=input.clone()>{t(label)}</label>
        <input id=input type="text" maxlength=maxlength.to_string() autocomplete="off"
            aria-invalid=move || field.problem.with(Option::is_some).to_string()
            aria-describedby=error.clone()
            bind:value=field.typed />
        <p class="field-error" id=error>{shown(field.problem)}</p>
        <CompoundChoice pick=field.pick name=name />
    }
}
