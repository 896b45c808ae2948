//! A project plan's form: a title, where it applies, budget lines and where the money comes
//! from. Drafting one from a request records `proposal_drafted`; editing a draft until it is
//! posted records `proposal_revised`. Nothing is recorded until every line reads as an amount.

use crate::components::fields::{checked, required, Problem, TextField};
use crate::components::page_title::use_page_title;
use crate::components::scope_picker::ScopePicker;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{amount_error, funding_name, line_prefix, money, t, use_i18n, Msg, Said};
use crate::store::{use_store, SubmitError};
use gongzhi_core::model::{BudgetLine, FundingLine, FundingSource, Scope, Stage};
use gongzhi_core::{EventId, Fen, Payload, ProposalId};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

const SOURCES: [FundingSource; 4] = [
    FundingSource::PublicServiceFunds,
    FundingSource::MaintenanceFund,
    FundingSource::SelfRaised,
    FundingSource::Other,
];

fn source_key(source: FundingSource) -> &'static str {
    match source {
        FundingSource::PublicServiceFunds => "public",
        FundingSource::MaintenanceFund => "maintenance",
        FundingSource::SelfRaised => "self",
        FundingSource::Other => "other",
    }
}

fn parse_source(key: &str) -> FundingSource {
    SOURCES
        .into_iter()
        .find(|s| source_key(*s) == key)
        .unwrap_or(FundingSource::Other)
}

/// One editable row: a budget item or a funding source, and its amount as typed.
#[derive(Clone, Copy)]
struct Row {
    key: usize,
    label: RwSignal<String>,
    amount: RwSignal<String>,
}

impl Row {
    fn new(key: usize, label: &str, amount: String) -> Row {
        Row {
            key,
            label: RwSignal::new(label.to_string()),
            amount: RwSignal::new(amount),
        }
    }
}

/// What the form hands to its page once every line reads as an amount.
#[derive(Clone)]
pub struct Plan {
    pub title: String,
    /// `None` when the form does not choose the place (an edited draft keeps its own).
    pub scope: Option<Scope>,
    pub budget: Vec<BudgetLine>,
    pub funding: Vec<FundingLine>,
}

/// The rows' amounts, or the first problem as the user must read it.
fn amounts(rows: &[Row], need_label: bool) -> Result<Vec<(String, Fen)>, Said> {
    rows.iter()
        .enumerate()
        .map(|(n, row)| {
            let line = n + 1;
            let label = row.label.get_untracked().trim().to_string();
            if need_label && label.is_empty() {
                let empty = gongzhi_core::Refusal::EmptyText {
                    field: gongzhi_core::rules::refusal::Field::BudgetItem,
                };
                return Err(Said::new(move |lang| {
                    let why = crate::i18n::refusal_text(lang, &empty);
                    format!("{}{why}", line_prefix(lang, line))
                }));
            }
            Fen::parse_yuan(&row.amount.get_untracked())
                .map(|fen| (label, fen))
                .map_err(|e| {
                    let why = amount_error(e);
                    Said::new(move |lang| format!("{}{}", line_prefix(lang, line), why.text(lang)))
                })
        })
        .collect()
}

/// An amount as the form shows it for editing: `5,700.50` reads back as the same fen.
fn typed(amount: Fen) -> String {
    let (yuan, fen) = (amount.0 / 100, amount.0 % 100);
    if fen == 0 {
        yuan.to_string()
    } else {
        format!("{yuan}.{fen:02}")
    }
}

#[component]
pub fn DraftPage() -> impl IntoView {
    use_page_title(Msg::DraftTitle);
    let i18n = use_i18n();
    let store = use_store();
    let request = crate::pages::use_id_param::<EventId>();
    let known = Memo::new(move |_| {
        let id = request.get()?;
        store.record.with(|r| {
            r.state()
                .requests
                .get(&id)
                .map(|q| (q.title.clone(), q.scope.clone()))
        })
    });
    let command = Callback::new(move |plan: Plan| {
        Some(Payload::ProposalDrafted {
            request: request.get_untracked(),
            title: plan.title,
            scope: plan.scope?,
            budget: plan.budget,
            funding: plan.funding,
        })
    });
    view! {
        <section class="hero" aria-labelledby="draft-title">
            <h1 id="draft-title">{t(Msg::DraftTitle)}</h1>
            <p>{move || known.get().map(|(t, _)| format!("{} {t}", Msg::FromRequest.text(i18n.lang.get())))}</p>
        </section>
        // Drawn again once the request is known (the record may still be loading), so the
        // form starts from its title and place.
        {move || {
            let (title, scope) = known.get().unwrap_or((String::new(), Scope::Community));
            view! {
                <PlanForm title=title scope=Some(scope) budget=Vec::new() funding=Vec::new()
                    submit=Msg::DraftSubmit command=command project=None />
            }
        }}
    }
}

/// A draft edited until it is posted for notice (`lifecycle::check_revise` says whether it may
/// be; the core refuses otherwise).
#[component]
pub fn EditDraftPage() -> impl IntoView {
    use_page_title(Msg::EditDraftTitle);
    let store = use_store();
    let id = crate::pages::use_id_param::<ProposalId>();
    let draft = Memo::new(move |_| {
        let id = id.get()?;
        store.record.with(|r| {
            let p = r.state().proposals.get(&id)?;
            (p.stage == Stage::Draft)
                .then(|| (id, p.title.clone(), p.budget.clone(), p.funding.clone()))
        })
    });
    move || {
        match draft.get() {
        None => view! {
            <crate::components::missing::Missing title=Msg::EditDraftMissing back="/projects" back_label=Msg::NavProjects />
        }
        .into_any(),
        Some((proposal, title, budget, funding)) => {
            let command = Callback::new(move |plan: Plan| {
                Some(Payload::ProposalRevised {
                    proposal,
                    budget: plan.budget,
                    funding: plan.funding,
                    title: Some(plan.title),
                })
            });
            view! {
                <section class="hero" aria-labelledby="draft-title">
                    <h1 id="draft-title">{t(Msg::EditDraftTitle)}</h1>
                    <p>{t(Msg::EditDraftHint)}</p>
                </section>
                <PlanForm title=title scope=None budget=budget funding=funding
                    submit=Msg::EditDraftSubmit command=command project=Some(proposal) />
            }
            .into_any()
        }
    }
    }
}

#[component]
fn PlanForm(
    title: String,
    scope: Option<Scope>,
    budget: Vec<BudgetLine>,
    funding: Vec<FundingLine>,
    submit: Msg,
    /// The command the plan becomes; `None` sends nothing.
    command: Callback<Plan, Option<Payload>>,
    /// The project the page opens once stored: this one, or (`None`) the one just drafted.
    project: Option<ProposalId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let navigate = use_navigate();
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let chooses_place = scope.is_some();
    let title = RwSignal::new(title);
    let place = RwSignal::new(scope.clone().unwrap_or(Scope::Community));
    let next_key = StoredValue::new(1_usize);
    let fresh = move |label: &str, amount: String| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        Row::new(key, label, amount)
    };
    let budget_rows: Vec<Row> = if budget.is_empty() {
        vec![fresh("", String::new())]
    } else {
        budget
            .iter()
            .map(|l| fresh(&l.item, typed(l.amount)))
            .collect()
    };
    let funding_rows: Vec<Row> = if funding.is_empty() {
        vec![fresh(
            source_key(FundingSource::PublicServiceFunds),
            String::new(),
        )]
    } else {
        funding
            .iter()
            .map(|l| fresh(source_key(l.source), typed(l.amount)))
            .collect()
    };
    let budget = RwSignal::new(budget_rows);
    let funding = RwSignal::new(funding_rows);
    let problem: RwSignal<Option<Said>> = RwSignal::new(None);

    let total = move |rows: RwSignal<Vec<Row>>| {
        let lang = i18n.lang.get();
        let parsed = rows.with(|rows| {
            rows.iter()
                .map(|r| Fen::parse_yuan(&r.amount.get()).ok())
                .collect::<Option<Vec<Fen>>>()
        });
        parsed
            .and_then(Fen::total)
            .map_or_else(|| "—".to_string(), |sum| money(lang, sum))
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let check = || {
            let name = required(title, Msg::RequiredTitle)?;
            let lines = budget.with_untracked(|rows| amounts(rows, true))?;
            let sources = funding.with_untracked(|rows| amounts(rows, false))?;
            Ok::<_, Said>((name, lines, sources))
        };
        let Some((name, lines, sources)) = checked(problem, check) else {
            return;
        };
        let scope = chooses_place.then(|| place.get_untracked());
        let plan = Plan {
            title: name,
            scope,
            budget: lines
                .into_iter()
                .map(|(item, amount)| BudgetLine { item, amount })
                .collect(),
            funding: sources
                .into_iter()
                .map(|(source, amount)| FundingLine {
                    source: parse_source(&source),
                    amount,
                })
                .collect(),
        };
        let Some(payload) = command.run(plan) else {
            return;
        };
        let navigate = navigate.clone();
        store.send(payload, (failure, busy), move |id| {
            // A new draft is named by the event that drafted it.
            let opened = project.unwrap_or(ProposalId(id));
            navigate(&format!("/projects/{opened}"), Default::default());
        });
    };

    view! {
        <form class="card form" on:submit=on_submit novalidate>
            <TextField id="proposal-title" label=Msg::ProposalTitleLabel value=title maxlength=100 />
            {chooses_place.then(|| view! { <ScopePicker id="proposal-place" value=place /> })}
            <fieldset id="budget-lines">
                <legend>{t(Msg::BudgetLines)}</legend>
                <For each=move || budget.get() key=|row| row.key let:row>
                    <div class="line">
                        <input type="text" class="line-label" aria-label=t(Msg::BudgetItem) maxlength="100"
                            bind:value=row.label />
                        <input type="text" class="line-amount" inputmode="decimal" aria-label=t(Msg::AmountYuan)
                            bind:value=row.amount />
                        <button type="button" class="button" aria-label=t(Msg::RemoveLine)
                            disabled=move || budget.with(|b| b.len() < 2)
                            on:click=move |_| budget.update(|b| b.retain(|r| r.key != row.key))>"×"</button>
                    </div>
                </For>
                <button type="button" class="button" id="add-budget-line" on:click=move |_| budget.update(|b| b.push(fresh("", String::new())))>
                    {t(Msg::AddLine)}
                </button>
                <p class="total">{t(Msg::BudgetTotal)} " " <strong id="budget-total">{move || total(budget)}</strong></p>
            </fieldset>

            <fieldset id="funding-lines">
                <legend>{t(Msg::FundingLines)}</legend>
                <For each=move || funding.get() key=|row| row.key let:row>
                    <div class="line">
                        <select class="line-label" aria-label=t(Msg::FundingSourceLabel)
                            bind:value=row.label>
                            {SOURCES.into_iter().map(|s| view! {
                                <option value=source_key(s) selected=move || row.label.get_untracked() == source_key(s)>
                                    {t(funding_name(s))}
                                </option>
                            }).collect_view()}
                        </select>
                        <input type="text" class="line-amount" inputmode="decimal" aria-label=t(Msg::AmountYuan)
                            bind:value=row.amount />
                        <button type="button" class="button" aria-label=t(Msg::RemoveLine)
                            disabled=move || funding.with(|f| f.len() < 2)
                            on:click=move |_| funding.update(|f| f.retain(|r| r.key != row.key))>"×"</button>
                    </div>
                </For>
                <button type="button" class="button" id="add-funding-line"
                    on:click=move |_| funding.update(|f| f.push(fresh(source_key(FundingSource::SelfRaised), String::new())))>
                    {t(Msg::AddLine)}
                </button>
                <p class="total">{t(Msg::FundingTotal)} " " <strong id="funding-total">{move || total(funding)}</strong></p>
            </fieldset>

            <Problem id="draft-problem" problem=problem />
            <button type="submit" class="button primary" id="save-plan" disabled=move || busy.get()>{t(submit)}</button>
            <SubmitFailure failure=failure />
        </form>
    }
}
