//! 书面征求意见: paper ballots keyed twice by two clerks, on one device or two. Each keying is
//! recorded as it is made, so nothing typed is lost; a sheet counts only when both keyings
//! agree, and every disagreement waits here for someone to look at the paper.

use crate::components::fields::TextField;
use crate::components::flat_field::{FlatField, FlatInput};
use crate::components::missing::Missing;
use crate::components::page_title::use_page_title;
use crate::components::radios::Radios;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{
    choice_name, confirmed_text, paper_counts, refusal_text, shown, t, use_i18n, Msg, Said,
};
use crate::store::{use_store, SubmitError};
use gongzhi_core::model::{Choice, EntryRound, VoteKind, Voter};
use gongzhi_core::rules::batch::Batch;
use gongzhi_core::rules::paper::{confirm_agreed, reconcile, SheetRow, SheetStatus};
use gongzhi_core::{HouseholdId, Payload, VoteId};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;

const CHOICES: [Choice; 3] = [Choice::Yes, Choice::No, Choice::Abstain];

#[component]
pub fn PaperPage() -> impl IntoView {
    use_page_title(Msg::PaperTitle);
    let store = use_store();
    let id = crate::pages::use_id_param::<VoteId>();
    // (title, open) of an owners' vote; paper ballots are for owners only.
    let vote = Memo::new(move |_| {
        let id = id.get()?;
        store.record.with(|r| {
            let v = r.state().votes.get(&id)?;
            matches!(v.kind, VoteKind::Owners { .. })
                .then(|| (id, v.title.clone(), v.closed.is_none()))
        })
    });
    move || match vote.get() {
        Some((id, title, open)) => Either::Left(view! {
            <section class="hero" aria-labelledby="paper-title">
                <h1 id="paper-title">{t(Msg::PaperTitle)}</h1>
                <p><A href=format!("/votes/{id}")>{title}</A></p>
                <p>{t(Msg::PaperHint)}</p>
            </section>
            {open.then(|| view! { <PaperEntry vote=id /> })}
            <Reconciliation vote=id open=open />
        }),
        None => Either::Right(
            view! { <Missing title=Msg::VoteNotFound back="/" back_label=Msg::BackHome /> },
        ),
    }
}

/// One clerk keying sheets: their name and round once, then flat and answer per sheet.
#[component]
fn PaperEntry(vote: VoteId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let clerk = RwSignal::new(String::new());
    let round = RwSignal::new(EntryRound::First);
    let flat = FlatField::default();
    let keyed: RwSignal<Option<(String, Choice)>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let key_in = move |choice: Choice| {
        keyed.set(None);
        failure.set(None);
        let name = clerk.get_untracked().trim().to_string();
        if name.is_empty() {
            flat.refuse(Msg::PaperNeedsClerk);
            return;
        }
        let found = store
            .record
            .with_untracked(|r| flat.in_vote(r.state(), &vote, Msg::HouseholdNotFound));
        let Some((household, label)) = found else {
            return;
        };
        let payload = Payload::PaperBallotEntered {
            vote,
            household,
            choice,
            round: round.get_untracked(),
            clerk: name,
        };
        store.send(payload, failure, move |_| {
            flat.clear();
            keyed.set(Some((label, choice)));
        });
    };
    view! {
        <section class="card form" aria-labelledby="paper-entry-title">
            <h2 id="paper-entry-title">{t(Msg::PaperEntry)}</h2>
            <TextField id="paper-clerk" label=Msg::PaperClerk value=clerk maxlength=40 autocomplete="name" />
            <Radios name="paper-round" legend=Msg::PaperRound value=round choices=vec![
                (EntryRound::First, Msg::PaperRoundFirst, "paper-round-first"),
                (EntryRound::Second, Msg::PaperRoundSecond, "paper-round-second"),
            ] />
            <FlatInput field=flat name="paper" label=Msg::PaperFlat maxlength=20 />
            <div class="choices">
                {CHOICES.into_iter().map(|choice| view! {
                    <button type="button" class="button vote-choice" data-choice=format!("{choice:?}")
                        on:click=move |_| key_in(choice)>
                        {t(choice_name(choice))}
                    </button>
                }).collect_view()}
            </div>
            <p class="status ok" role="status" id="paper-keyed">
                {move || keyed.get().map(|(label, choice)| {
                    let lang = i18n.lang.get();
                    format!("{} {label} {}", Msg::PaperKeyed.text(lang), choice_name(choice).text(lang))
                })}
            </p>
            <SubmitFailure failure=failure />
        </section>
    }
}

/// Both rounds side by side: mismatches first, each with the buttons to settle it from the
/// paper, and one button that counts every sheet both clerks agree on.
#[component]
fn Reconciliation(vote: VoteId, open: bool) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let report = Memo::new(move |_| {
        store
            .record
            .with(|r| reconcile(r.state(), &vote))
            .unwrap_or_default()
    });
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let outcome: RwSignal<Option<Said>> = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let confirm = move |_| {
        outcome.set(None);
        let agreed = move |batch: &mut Batch| confirm_agreed(batch, &vote);
        store.send_batch(store.author(), agreed, (failure, busy), move |done| {
            outcome.set(Some(Said::each(|lang| {
                let skipped: Vec<String> = done
                    .skipped
                    .iter()
                    .map(|(label, why)| format!("{label}: {}", refusal_text(lang, why)))
                    .collect();
                confirmed_text(lang, done.recorded, &skipped)
            })));
        });
    };
    let settle = move |household: HouseholdId, choice: Choice| {
        let payload = Payload::BallotCast {
            vote,
            voter: Voter::Household(household),
            choice,
        };
        store.send(payload, failure, |_| {});
    };
    view! {
        <section class="card" aria-labelledby="paper-reconcile-title">
            <h2 id="paper-reconcile-title">{t(Msg::PaperReconcile)}</h2>
            <Show when=move || !report.with(|r| r.rows.is_empty()) fallback=move || view! { <p>{t(Msg::PaperEmpty)}</p> }>
                <p id="paper-counts">{move || report.with(|r| paper_counts(i18n.lang.get(), r))}</p>
                {open.then(|| view! {
                    <button type="button" class="button primary" id="paper-confirm"
                        disabled=move || busy.get() || report.with(|r| r.agreed == 0)
                        on:click=confirm>
                        {t(Msg::PaperConfirm)}
                    </button>
                })}
                <p class="status ok" role="status" id="paper-outcome">{shown(outcome)}</p>
                <SubmitFailure failure=failure />
                <table class="paper-sheets">
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::RegistryFlat)}</th>
                            <th scope="col">{t(Msg::PaperRoundFirst)}</th>
                            <th scope="col">{t(Msg::PaperRoundSecondShort)}</th>
                            <th scope="col">{t(Msg::StatusLabel)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || report.get().rows key=|row| (row.household, row.status.clone(), row.first.clone(), row.second.clone()) let:row>
                            <SheetLine row=row open=open settle=settle />
                        </For>
                    </tbody>
                </table>
            </Show>
        </section>
    }
}

#[component]
fn SheetLine(
    row: SheetRow,
    open: bool,
    settle: impl Fn(HouseholdId, Choice) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let keyed = move |entry: &Option<gongzhi_core::rules::state::PaperEntry>| {
        entry.as_ref().map(|e| {
            let (choice, clerk) = (e.choice, e.clerk.clone());
            view! { {t(choice_name(choice))} <span class="source">{clerk}</span> }
        })
    };
    let household = row.household;
    let (class, status) = match &row.status {
        SheetStatus::Mismatch { .. } => ("sheet mismatch", Msg::PaperStatusMismatch),
        SheetStatus::AwaitingOtherRound { .. } => ("sheet", Msg::PaperStatusAwaiting),
        SheetStatus::Agreed { .. } => ("sheet", Msg::PaperStatusAgreed),
        SheetStatus::Counted {
            matches_paper: Some(false),
            ..
        } => ("sheet mismatch", Msg::PaperStatusCountedDiffers),
        SheetStatus::Counted { .. } => ("sheet", Msg::PaperStatusCounted),
    };
    let counted = match row.status {
        SheetStatus::Counted { choice, .. } => Some(choice),
        _ => None,
    };
    let settling = open && matches!(row.status, SheetStatus::Mismatch { .. });
    view! {
        <tr class=class data-flat=row.label.clone()>
            <th scope="row">{row.label.clone()}</th>
            <td>{keyed(&row.first)}</td>
            <td>{keyed(&row.second)}</td>
            <td>
                {t(status)}
                {counted.map(|c| view! { "：" {t(choice_name(c))} })}
                {settling.then(|| view! {
                    <div class="settle">
                        <span>{t(Msg::PaperSettle)}</span>
                        {CHOICES.into_iter().map(|choice| view! {
                            <button type="button" class="button" on:click=move |_| settle(household, choice)>
                                {t(choice_name(choice))}
                            </button>
                        }).collect_view()}
                    </div>
                })}
            </td>
        </tr>
    }
}
