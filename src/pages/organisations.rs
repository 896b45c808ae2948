//! The self-governing organisations: councils, the owners' committee, the property company and the
//! rest, each with its members, their roles and terms; adding an organisation, a member, or a departure.

use crate::components::choice_select::{named, ChoiceSelect};
use crate::components::confirm_form::ConfirmForm;
use crate::components::fields::{checked, date_or, required, Problem, TextField};
use crate::components::founded::{Founded, Hero};
use crate::components::page_title::use_page_title;
use crate::components::scope_picker::ScopePicker;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{
    date_only, leave_question, organisation_kind_name, role_name, scope_name, t, use_i18n, Msg,
};
use crate::platform;
use crate::store::{use_store, SubmitError};
use gongzhi_core::model::{OrgKind, Role, Scope};
use gongzhi_core::rules::batch::Batch;
use gongzhi_core::{EventId, Payload};
use leptos::prelude::*;

const KINDS: [OrgKind; 6] = [
    OrgKind::CommunityCouncil,
    OrgKind::ResidentGroupCouncil,
    OrgKind::OwnersCommittee,
    OrgKind::ResidentsCommittee,
    OrgKind::PartyBranch,
    OrgKind::PropertyCompany,
];
const ROLES: [Role; 4] = [Role::Chair, Role::ViceChair, Role::Secretary, Role::Member];

#[derive(Clone, PartialEq)]
struct MemberRow {
    person: EventId,
    name: String,
    role: Role,
    start_ms: i64,
    end_ms: Option<i64>,
    left: bool,
}

#[derive(Clone, PartialEq)]
struct OrganisationRow {
    id: EventId,
    kind: OrgKind,
    name: String,
    place: Scope,
    in_office: usize,
    members: Vec<MemberRow>,
}

#[component]
pub fn OrganisationsPage() -> impl IntoView {
    use_page_title(Msg::OrganisationsTitle);
    let store = use_store();
    let now = platform::use_now();
    let orgs = Memo::new(move |_| {
        // The ticking signal re-counts as terms run out; the count itself is at this moment,
        // which also covers a departure recorded a second ago.
        now.track();
        let at = platform::now_ms();
        store.record.with(|r| {
            let s = r.state();
            s.organisations
                .iter()
                .map(|(id, o)| OrganisationRow {
                    id: *id,
                    kind: o.kind,
                    name: o.name.clone(),
                    place: o.scope.clone(),
                    in_office: o.members.values().filter(|m| m.active_at(at)).count(),
                    members: o
                        .members
                        .iter()
                        .map(|(p, m)| MemberRow {
                            person: *p,
                            name: s
                                .persons
                                .get(p)
                                .map_or_else(|| p.to_string(), |x| x.name.clone()),
                            role: m.role,
                            start_ms: m.term_start_ms,
                            end_ms: m.term_end_ms,
                            left: m.left_ms.is_some(),
                        })
                        .collect(),
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Hero id="orgs-title" title=Msg::OrganisationsTitle intro=Msg::OrganisationsIntro />
        <Founded>
            <Show when=move || !orgs.with(Vec::is_empty) fallback=move || view! { <p class="card">{t(Msg::OrganisationsEmpty)}</p> }>
                <For each=move || orgs.get() key=|o| (o.id, o.members.len(), o.in_office) let:org>
                    <Organisation org=org />
                </For>
            </Show>
            <NewOrganisation />
        </Founded>
    }
}

#[component]
fn Organisation(org: OrganisationRow) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let id = org.id;
    let place = org.place.clone();
    // Element ids from the event id: sequence numbers alone repeat across devices.
    let heading = format!("org-{}-{}", id.device.short(), id.seq);
    let labelled = heading.clone();
    let (leave_id, confirm_leave) = (
        format!("leave-{heading}"),
        format!("confirm-leave-{heading}"),
    );
    // Leaving changes the body's size, which the council's 2/3 of ALL members counts from, so a
    // row's button asks first; one question serves the whole list.
    let leaving: RwSignal<Option<(EventId, String)>> = RwSignal::new(None);
    let asking = RwSignal::new(false);
    let leave = Callback::new(move |()| {
        let Some((person, _)) = leaving.get_untracked() else {
            return;
        };
        let payload = Payload::MemberLeft {
            organisation: id,
            person,
        };
        store.send(payload, failure, move |_| asking.set(false));
    });
    let org_name = org.name.clone();
    let question = move || {
        leaving
            .get()
            .map(|(_, name)| leave_question(i18n.lang.get(), &name, &org_name))
    };
    let members = org.members.clone();
    view! {
        <section class="card organisation" aria-labelledby=labelled>
            <h2 id=heading>{org.name.clone()}</h2>
            <p>
                <span class="badge">{t(organisation_kind_name(org.kind))}</span> " "
                {move || store.record.with(|r| scope_name(i18n.lang.get(), r.state(), &place))}
                " · " {t(Msg::MemberCount)} " " <strong class="in-office">{org.in_office}</strong>
            </p>
            <details>
                <summary>{t(Msg::OrganisationMembers)}</summary>
                <ul class="rows members">
                    {members.into_iter().map(|m| {
                        let person = m.person;
                        view! {
                            <li>
                                <span class="row-title">{m.name.clone()}</span>
                                <span class="badge">{t(role_name(m.role))}</span>
                                <span class="row-detail">
                                    {move || {
                                        let lang = i18n.lang.get();
                                        match m.end_ms {
                                            Some(end) => format!("{} – {}", date_only(lang, m.start_ms), date_only(lang, end)),
                                            None => format!("{} –", date_only(lang, m.start_ms)),
                                        }
                                    }}
                                </span>
                                {if m.left {
                                    view! { <span class="row-detail">{t(Msg::MemberLeft)}</span> }.into_any()
                                } else {
                                    view! {
                                        <button type="button" class="button" on:click={
                                            let name = m.name.clone();
                                            move |_| {
                                                leaving.set(Some((person, name.clone())));
                                                asking.set(true);
                                            }
                                        }>
                                            {t(Msg::MemberLeave)}
                                        </button>
                                    }.into_any()
                                }}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </details>
            <ConfirmForm open=asking id=leave_id title=Msg::MemberLeaveTitle
                confirm_id=confirm_leave confirm=Msg::MemberLeaveConfirm
                on_confirm=leave failure=failure>
                <p>{question.clone()}</p>
            </ConfirmForm>
            <NewMember organisation=id />
        </section>
    }
}

#[component]
fn NewMember(organisation: EventId) -> impl IntoView {
    let store = use_store();
    let prefix = format!(
        "member-{}-{}",
        organisation.device.short(),
        organisation.seq
    );
    let ids = ["name", "id", "role", "start", "end"].map(|f| format!("{prefix}-{f}"));
    let name = RwSignal::new(String::new());
    let masked = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Member);
    let roles = named(ROLES.map(|r| (r, role_name(r))));
    let start = RwSignal::new(String::new());
    let end = RwSignal::new(String::new());
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let check = || {
            let who = required(name, Msg::RequiredName)?;
            let term_start_ms = date_or(&start.get_untracked(), platform::now_ms());
            let term_end_ms = date_or(&end.get_untracked(), None::<i64>);
            match (term_start_ms, term_end_ms) {
                (Some(start), Some(end)) => Ok((who, start, end)),
                _ => Err(Msg::DateInvalid),
            }
        };
        let Some((who, term_start_ms, term_end_ms)) = checked(problem, check) else {
            return;
        };
        let chosen = role.get_untracked();
        let id_text = masked.get_untracked().trim().to_string();
        let appoint = move |batch: &mut Batch| {
            let person = batch.add(Payload::PersonAdded {
                name: who.clone(),
                masked_id: (!id_text.is_empty()).then(|| id_text.clone()),
                household: None,
            })?;
            batch.add(Payload::MemberAppointed {
                organisation,
                person,
                role: chosen,
                term_start_ms,
                term_end_ms,
            })
        };
        store.send_batch(store.author(), appoint, failure, move |_| {
            name.set(String::new());
            masked.set(String::new());
        });
    };
    let [name_id, masked_id, role_id, start_id, end_id] = ids;
    view! {
        <details class="member-form">
            <summary>{t(Msg::MemberAdd)}</summary>
            <form class="form" on:submit=submit novalidate>
                <label for=name_id.clone()>{t(Msg::MemberName)}</label>
                <input id=name_id type="text" maxlength="40" bind:value=name />
                <label for=masked_id.clone()>{t(Msg::MemberMaskedId)}</label>
                <input id=masked_id type="text" maxlength="40" bind:value=masked />
                <label for=role_id.clone()>{t(Msg::MemberRole)}</label>
                <ChoiceSelect id=role_id options=roles value=role />
                <label for=start_id.clone()>{t(Msg::MemberTermStart)}</label>
                <input id=start_id type="date" bind:value=start />
                <label for=end_id.clone()>{t(Msg::MemberTermEnd)}</label>
                <input id=end_id type="date" bind:value=end />
                <Problem problem=problem />
                <button type="submit" class="button">{t(Msg::MemberAdd)}</button>
                <SubmitFailure failure=failure />
            </form>
        </details>
    }
}

#[component]
fn NewOrganisation() -> impl IntoView {
    let store = use_store();
    let kind = RwSignal::new(KINDS[0]);
    let kinds = named(KINDS.map(|k| (k, organisation_kind_name(k))));
    let name = RwSignal::new(String::new());
    let place = RwSignal::new(Scope::Community);
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let Some(text) = checked(problem, || required(name, Msg::RequiredTitle)) else {
            return;
        };
        let scope = place.get_untracked();
        let payload = Payload::OrganisationAdded {
            kind: kind.get_untracked(),
            name: text,
            scope,
        };
        store.send(payload, failure, move |_| name.set(String::new()));
    };
    view! {
        <form class="card form" aria-labelledby="org-new-title" on:submit=submit novalidate>
            <h2 id="org-new-title">{t(Msg::OrganisationNew)}</h2>
            <label for="org-kind">{t(Msg::OrganisationKindLabel)}</label>
            <ChoiceSelect id="org-kind" options=kinds value=kind />
            <TextField id="org-name" label=Msg::OrganisationNameLabel value=name maxlength=60 />
            <ScopePicker id="org-place" value=place />
            <Problem problem=problem />
            <button type="submit" class="button primary" id="org-add">{t(Msg::OrganisationAdd)}</button>
            <SubmitFailure failure=failure />
        </form>
    }
}
