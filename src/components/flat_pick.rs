//! A flat typed on a form, resolved by the core within the form's place (a vote's scope, a
//! project's, a fund's, a request's compound). When that number exists in several compounds
//! there, the form shows the compounds to choose from and records nothing until one is chosen;
//! a flat that exists only elsewhere gets its own message naming where it is.

use crate::i18n::{flat_elsewhere_text, scope_name, t, Msg, Said};
use gongzhi_core::model::Scope;
use gongzhi_core::rules::lookup::{Candidate, FlatLookup};
use gongzhi_core::{HouseholdId, State, VoteId};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct FlatPick {
    candidates: RwSignal<Vec<Candidate>>,
    chosen: RwSignal<Option<HouseholdId>>,
}

impl Default for FlatPick {
    fn default() -> Self {
        FlatPick {
            candidates: RwSignal::new(Vec::new()),
            chosen: RwSignal::new(None),
        }
    }
}

impl FlatPick {
    /// The household `typed` names in `within`, or the text saying why not (`not_found` for a
    /// flat that exists nowhere). An ambiguous flat counts as found only once the person chose
    /// one of the compounds offered for it.
    pub fn resolve(
        self,
        state: &State,
        typed: &str,
        within: &Scope,
        not_found: Msg,
    ) -> Result<Candidate, Said> {
        match state.find_household(typed, within) {
            FlatLookup::Found(c) => {
                self.clear();
                Ok(c)
            }
            FlatLookup::Ambiguous(found) => {
                let chosen = self.chosen.get_untracked();
                if let Some(c) = found.iter().find(|c| Some(c.household) == chosen) {
                    let c = c.clone();
                    self.clear();
                    return Ok(c);
                }
                if self.candidates.with_untracked(|c| *c != found) {
                    self.chosen.set(None);
                    self.candidates.set(found);
                }
                Err(Msg::FlatWhichCompound.into())
            }
            FlatLookup::Elsewhere(found) => {
                self.clear();
                let compounds: Vec<String> = found.into_iter().map(|c| c.compound_name).collect();
                Err(Said::each(|lang| {
                    let place = scope_name(lang, state, within);
                    flat_elsewhere_text(lang, typed.trim(), &compounds, &place)
                }))
            }
            FlatLookup::NotFound => {
                self.clear();
                Err(not_found.into())
            }
        }
    }

    /// As [`FlatPick::resolve`], with the flat as a form's confirmation shows it.
    pub fn resolve_shown(
        self,
        state: &State,
        typed: &str,
        within: &Scope,
        not_found: Msg,
    ) -> Result<(HouseholdId, String), Said> {
        self.resolve(state, typed, within, not_found)
            .map(|c| (c.household, flat_shown(state, &c)))
    }

    /// As [`FlatPick::resolve_shown`], within the place `vote` is held in (the whole community
    /// for a council vote).
    pub fn resolve_in_vote(
        self,
        state: &State,
        vote: &VoteId,
        typed: &str,
        not_found: Msg,
    ) -> Result<(HouseholdId, String), Said> {
        let within = state.vote_scope(vote).cloned().unwrap_or(Scope::Community);
        self.resolve_shown(state, typed, &within, not_found)
    }

    /// Whether the compounds of an ambiguous flat are on offer now.
    pub fn asking(self) -> bool {
        self.candidates.with_untracked(|c| !c.is_empty())
    }

    /// Forgets the compounds offered: the flat was recorded, or the form starts over.
    pub fn clear(self) {
        self.candidates.set(Vec::new());
        self.chosen.set(None);
    }

    fn choose(self, household: HouseholdId) {
        self.chosen.set(Some(household));
    }
}

/// How a found flat is named back to the person: with its compound when another compound has
/// the same number, so "1-1-101" never leaves a doubt which one was recorded.
pub fn flat_shown(state: &State, c: &Candidate) -> String {
    match state.find_household(&c.label, &Scope::Community) {
        FlatLookup::Ambiguous(_) => format!("{} {}", c.compound_name, c.label),
        _ => c.label.clone(),
    }
}

/// The compounds to choose from, while a typed flat is ambiguous: radio buttons on a form, or,
/// with `on_pick`, one big button per compound that goes on at once (the kiosk).
#[component]
pub fn CompoundChoice(
    pick: FlatPick,
    /// Prefix of the element ids, unique on the page.
    name: &'static str,
    #[prop(optional)] on_pick: Option<Callback<()>>,
) -> impl IntoView {
    let legend_id = format!("{name}-which");
    move || {
        let found = pick.candidates.get();
        (!found.is_empty()).then(|| {
            let legend_id = legend_id.clone();
            let options = found
                .into_iter()
                .enumerate()
                .map(|(i, c)| {
                    let id = format!("{name}-compound-{i}");
                    let text = format!("{} {}", c.compound_name, c.label);
                    let household = c.household;
                    match on_pick {
                        Some(go) => view! {
                            <button type="button" class="button kiosk-button" id=id
                                data-compound=c.compound_name.clone()
                                on:click=move |_| { pick.choose(household); go.run(()); }>
                                {text}
                            </button>
                        }
                        .into_any(),
                        None => view! {
                            <div class="choice">
                                <input type="radio" name=format!("{name}-compound") id=id.clone()
                                    prop:checked=move || pick.chosen.get() == Some(household)
                                    on:change=move |_| pick.choose(household) />
                                <label for=id>{text}</label>
                            </div>
                        }
                        .into_any(),
                    }
                })
                .collect_view();
            if on_pick.is_some() {
                let labelled_by = legend_id.clone();
                view! {
                    <div class="kiosk-compounds" role="group" aria-labelledby=labelled_by>
                        <h2 id=legend_id>{t(Msg::KioskWhichCompound)}</h2>
                        <div class="kiosk-choices">{options}</div>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <fieldset class="flat-choice" id=legend_id>
                        <legend>{t(Msg::FlatWhichCompound)}</legend>
                        {options}
                    </fieldset>
                }
                .into_any()
            }
        })
    }
}
