//! 诉求: residents' needs, recorded by anyone, each on its way to becoming a project or answered.

use crate::audience::{own_compound, own_flat_filler};
use crate::components::choice_select::ChoiceSelect;
use crate::components::confirm_form::ConfirmForm;
use crate::components::fields::{checked, required, RequiredText, TextField};
use crate::components::flat_field::{FlatField, FlatInput};
use crate::components::founded::{Founded, Hero};
use crate::components::offered::Offered;
use crate::components::page_title::use_page_title;
use crate::components::scope_picker::ScopePicker;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{
    category_name, date_time, name_and_flat, raised_by, request_status_text, scope_name, t,
    use_i18n, Lang, Msg,
};
use crate::store::{use_store, SubmitError};
use gongzhi_core::log::payload::Kind;
use gongzhi_core::model::{RequestCategory, Scope};
use gongzhi_core::rules::state::RequestStatus;
use gongzhi_core::{EventId, Payload, ProposalId};
use leptos::prelude::*;
use leptos_router::components::A;

#[derive(Clone, PartialEq)]
struct RequestRow {
    id: EventId,
    title: String,
    detail: String,
    category: RequestCategory,
    area: String,
    spot: String,
    who: String,
    raised_ms: i64,
    status: RequestStatus,
    proposal: Option<(ProposalId, String)>,
    reply: Option<String>,
}

/// The status filter's values.
/// Which requests the list shows, by where they stand.
#[derive(Clone, Copy, PartialEq, Eq)]
enum StatusFilter {
    All,
    Open,
    Proposal,
    Closed,
}

impl StatusFilter {
    fn admits(self, status: RequestStatus) -> bool {
        match self {
            StatusFilter::All => true,
            StatusFilter::Open => status == RequestStatus::Open,
            StatusFilter::Proposal => matches!(status, RequestStatus::Proposal(_)),
            StatusFilter::Closed => status == RequestStatus::Closed,
        }
    }

    fn name(self) -> Msg {
        match self {
            StatusFilter::All => Msg::FilterAll,
            StatusFilter::Open => Msg::RequestStatusOpen,
            StatusFilter::Proposal => Msg::RequestStatusProposal,
            StatusFilter::Closed => Msg::RequestStatusClosed,
        }
    }
}

/// Every category by name, in the order the form lists them.
fn category_choices(lang: Lang) -> impl Iterator<Item = (RequestCategory, String)> {
    RequestCategory::ALL
        .iter()
        .map(move |c| (*c, category_name(*c).text(lang).to_string()))
}

#[component]
pub fn RequestsPage() -> impl IntoView {
    use_page_title(Msg::NavRequests);
    let i18n = use_i18n();
    let store = use_store();
    let status_filter = RwSignal::new(StatusFilter::All);
    let category_filter: RwSignal<Option<RequestCategory>> = RwSignal::new(None);
    let statuses = Signal::derive(move || {
        let lang = i18n.lang.get();
        [
            StatusFilter::All,
            StatusFilter::Open,
            StatusFilter::Proposal,
            StatusFilter::Closed,
        ]
        .map(|f| (f, f.name().text(lang).to_string()))
        .to_vec()
    });
    let categories = Signal::derive(move || {
        let lang = i18n.lang.get();
        std::iter::once((None, Msg::FilterAll.text(lang).to_string()))
            .chain(category_choices(lang).map(|(c, name)| (Some(c), name)))
            .collect::<Vec<_>>()
    });
    let rows = Memo::new(move |_| {
        let lang = i18n.lang.get();
        let status_filter = status_filter.get();
        let category = category_filter.get();
        store.record.with(|r| {
            let s = r.state();
            let mut rows: Vec<RequestRow> = s
                .requests
                .iter()
                .filter(|(_, q)| category.is_none_or(|c| q.category == c))
                .filter(|(_, q)| status_filter.admits(q.status(s)))
                .map(|(id, q)| {
                    let flat = q.household.and_then(|h| s.households.get(&h));
                    let who = name_and_flat(&q.name, flat.map(|f| f.label.as_str()));
                    RequestRow {
                        id: *id,
                        title: q.title.clone(),
                        detail: q.detail.clone(),
                        category: q.category,
                        area: scope_name(lang, s, &q.scope),
                        spot: q.place.clone(),
                        who,
                        raised_ms: q.raised_ms,
                        status: q.status(s),
                        proposal: q
                            .proposal
                            .and_then(|p| s.proposals.get(&p).map(|pr| (p, pr.title.clone()))),
                        reply: q.closed.as_ref().map(|(_, reply)| reply.clone()),
                    }
                })
                .collect();
            rows.sort_by_key(|row| std::cmp::Reverse(row.raised_ms));
            rows
        })
    });

    view! {
        <Hero id="requests-title" title=Msg::RequestsTitle intro=Msg::RequestsIntro />
        <Founded>
            <RequestForm />
            <section class="card" aria-labelledby="request-list-title">
                <h2 id="request-list-title">{t(Msg::RequestsTitle)}</h2>
                <div class="filters">
                    <label>
                        {t(Msg::StatusLabel)}
                        <ChoiceSelect id="request-status-filter" options=statuses value=status_filter />
                    </label>
                    <label>
                        {t(Msg::RequestCategoryLabel)}
                        <ChoiceSelect id="request-category-filter" options=categories value=category_filter />
                    </label>
                </div>
                <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! { <p>{t(Msg::RequestsEmpty)}</p> }>
                    <ul class="rows requests">
                        <For each=move || rows.get() key=|row| (row.id, row.status, row.proposal.clone()) let:row>
                            <RequestItem row=row />
                        </For>
                    </ul>
                </Show>
            </section>
        </Founded>
    }
}

#[component]
fn RequestItem(row: RequestRow) -> impl IntoView {
    let i18n = use_i18n();
    let status = row.status;
    let action = match (row.proposal.clone(), status) {
        (Some((id, title)), _) => view! {
            <span class="row-detail">
                {t(Msg::RequestHasProposal)} " "
                <A href=format!("/projects/{id}")>{title}</A>
            </span>
        }
        .into_any(),
        (None, RequestStatus::Open) => view! {
            <Offered kind=Kind::ProposalDrafted>
                <A href=format!("/requests/{}/draft", row.id)>{t(Msg::RequestDraftProposal)}</A>
            </Offered>
            <Offered kind=Kind::RequestClosed>
                <AnswerForm request=row.id />
            </Offered>
        }
        .into_any(),
        (None, _) => ().into_any(),
    };
    view! {
        <li data-request=row.id.to_string()>
            <span class="row-title">{row.title.clone()}</span>
            <span class="badge">{t(category_name(row.category))}</span>
            <span class=move || if status == RequestStatus::Open { "badge warn" } else { "badge" }>
                {move || request_status_text(i18n.lang.get(), status)}
            </span>
            <span class="row-detail">
                {row.area.clone()}
                {(!row.spot.is_empty()).then(|| format!(" · {}", row.spot))}
            </span>
            <span class="row-detail">{row.detail.clone()}</span>
            <span class="row-detail">
                {(!row.who.is_empty()).then(|| view! { {let who = row.who.clone(); move || raised_by(i18n.lang.get(), &who)} " · " })}
                {move || date_time(i18n.lang.get(), row.raised_ms)}
            </span>
            {row.reply.clone().map(|reply| view! {
                <span class="row-detail reply">{t(Msg::RequestReply)} {reply}</span>
            })}
            {action}
        </li>
    }
}

/// Closing a request without a project needs a reply the resident can read; it cannot be taken
/// back (the request can no longer become a project), so the reply is read back first.
#[component]
fn AnswerForm(request: EventId) -> impl IntoView {
    let store = use_store();
    let reply = RwSignal::new(String::new());
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let asking = RwSignal::new(false);
    // Two devices number their events alike: the row's ids name the device too.
    let row = format!("{}-{}", request.device.short(), request.seq);
    let ask = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if checked(problem, || required(reply, Msg::RequestReplyRequired)).is_some() {
            asking.set(true);
        }
    };
    let answer = Callback::new(move |()| {
        let payload = Payload::RequestClosed {
            request,
            reply: reply.get_untracked().trim().to_string(),
        };
        store.send(payload, failure, move |_| asking.set(false));
    });
    view! {
        <details class="answer">
            <summary>{t(Msg::RequestAnswer)}</summary>
            <form class="form" on:submit=ask novalidate>
                <RequiredText id=format!("reply-{row}") label=Msg::RequestReplyLabel value=reply problem=problem
                    error=Msg::RequestReplyRequired maxlength=500 rows=2 />
                <Show when=move || !asking.get()>
                    <button type="submit" class="button">{t(Msg::RequestReplySubmit)}</button>
                </Show>
            </form>
            <ConfirmForm open=asking id=format!("answer-{row}") title=Msg::RequestAnswerQuestion
                confirm_id=format!("confirm-answer-{row}") confirm=Msg::RequestAnswerConfirm
                on_confirm=answer failure=failure>
                <blockquote class="reply-read-back">{move || reply.get().trim().to_string()}</blockquote>
                <p>{t(Msg::RequestAnswerFinal)}</p>
            </ConfirmForm>
        </details>
    }
}

#[component]
fn RequestForm() -> impl IntoView {
    let store = use_store();
    let title = RwSignal::new(String::new());
    let detail = RwSignal::new(String::new());
    let i18n = use_i18n();
    let category = RwSignal::new(RequestCategory::Other);
    let categories = Signal::derive(move || category_choices(i18n.lang.get()).collect::<Vec<_>>());
    let spot = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let flat = FlatField::default();
    // A resident's phone raises requests for its own household.
    let fill_own = own_flat_filler(flat);
    fill_own();
    let area = RwSignal::new(own_compound().unwrap_or(Scope::Community));
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let recorded = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        recorded.set(false);
        failure.set(None);
        let text = checked(problem, || required(title, Msg::RequiredTitle));
        let scope = area.get_untracked();
        let household = store.record.with_untracked(|r| {
            let s = r.state();
            // Whoever raises it lives in the compound the request is about (a neighbour in
            // another building of it too); a community-wide one asks which compound.
            let within = s.covering_compound(&scope);
            flat.optional_within(s, &within, Msg::HouseholdNotFound)
        });
        let (Some(household), Some(text)) = (household, text) else {
            return;
        };
        let payload = Payload::RequestRaised {
            title: text,
            detail: detail.get_untracked().trim().to_string(),
            scope,
            raised_by: None,
            category: category.get_untracked(),
            place: spot.get_untracked().trim().to_string(),
            name: name.get_untracked().trim().to_string(),
            household,
        };
        store.send(payload, (failure, busy), move |_| {
            for field in [title, detail, spot, name] {
                field.set(String::new());
            }
            flat.clear();
            fill_own();
            recorded.set(true);
        });
    };
    view! {
        <form class="card form" aria-labelledby="request-new-title" on:submit=submit novalidate>
            <h2 id="request-new-title">{t(Msg::RequestNew)}</h2>
            <RequiredText id="request-title" label=Msg::RequestTitleLabel value=title problem=problem
                error=Msg::RequiredTitle maxlength=100 />
            <label for="request-category">{t(Msg::RequestCategoryLabel)}</label>
            <ChoiceSelect id="request-category" options=categories value=category />
            <label for="request-detail">{t(Msg::RequestDetailLabel)}</label>
            <textarea id="request-detail" rows="3" maxlength="1000"
                bind:value=detail></textarea>
            <ScopePicker id="request-place" value=area />
            <TextField id="request-spot" label=Msg::RequestSpotLabel value=spot maxlength=100 />
            <TextField id="request-name" label=Msg::RequestNameLabel value=name maxlength=40 autocomplete="name" />
            <FlatInput field=flat name="request" label=Msg::FlatOrCodeOptional maxlength=20 />
            <button type="submit" class="button primary" disabled=move || busy.get()>{t(Msg::RequestSubmit)}</button>
            <p class="status ok" role="status">{move || recorded.get().then(|| t(Msg::RequestRecorded)())}</p>
            <SubmitFailure failure=failure />
        </form>
    }
}
