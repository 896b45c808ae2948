//! 会议: the monthly reception day and joint meeting set by a rule, single meetings with their
//! agenda (linked to requests and projects), attendance and minutes, and the calendar as .ics.

use crate::components::activities::Activities;
use crate::components::choice_select::{named, or_none, ChoiceSelect};
use crate::components::fields::{checked, required, Problem, TextField};
use crate::components::founded::{Founded, Hero};
use crate::components::page_title::use_page_title;
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{date_time, meeting_kind_name, recurrence_text, t, use_i18n, weekday_name, Msg};
use crate::platform;
use crate::store::{use_store, SubmitError};
use gongzhi_core::model::{MeetingKind, Recurrence};
use gongzhi_core::rules::meetings::{calendar, occurrences, upcoming};
use gongzhi_core::time::parse_date_cst;
use gongzhi_core::{EventId, Payload, ProposalId};
use leptos::prelude::*;
use leptos_router::components::A;

const KINDS: [MeetingKind; 4] = [
    MeetingKind::ReceptionDay,
    MeetingKind::JointMeeting,
    MeetingKind::CouncilMeeting,
    MeetingKind::OwnersMeeting,
];

/// `19:30` -> minutes after midnight.
fn parse_time(text: &str) -> Option<u16> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Which day of the month a series meets on, as the form offers it.
#[derive(Clone, Copy, PartialEq)]
enum MonthDay {
    /// The first to fourth such weekday, or the last (-1).
    Nth(i8),
    /// A fixed date, typed in its own field.
    Date,
}

const MONTH_DAYS: [(MonthDay, Msg); 6] = [
    (MonthDay::Nth(1), Msg::RuleFirst),
    (MonthDay::Nth(2), Msg::RuleSecond),
    (MonthDay::Nth(3), Msg::RuleThird),
    (MonthDay::Nth(4), Msg::RuleFourth),
    (MonthDay::Nth(-1), Msg::RuleLast),
    (MonthDay::Date, Msg::RuleDayOfMonth),
];

fn kind_choices() -> Signal<Vec<(MeetingKind, String)>> {
    named(KINDS.map(|k| (k, meeting_kind_name(k))))
}

#[component]
pub fn MeetingsPage() -> impl IntoView {
    use_page_title(Msg::MeetingsTitle);
    let i18n = use_i18n();
    let store = use_store();
    let now = platform::use_now();
    let next = Memo::new(move |_| {
        let at = now.get();
        store.record.with(|r| upcoming(r.state(), at, 6))
    });
    let download = move |_| {
        let ics = store.record.with_untracked(|r| calendar(r.state()));
        let _ = platform::download("gongzhi-meetings.ics", ics.as_bytes(), "text/calendar");
    };
    view! {
        <Hero id="meetings-title" title=Msg::MeetingsTitle intro=Msg::MeetingsIntro />
        <Founded>
            <section class="card" aria-labelledby="upcoming-title">
                <h2 id="upcoming-title">{t(Msg::MeetingsUpcoming)}</h2>
                <Show when=move || !next.with(Vec::is_empty) fallback=move || view! { <p>{t(Msg::MeetingsNone)}</p> }>
                    <ul class="rows" id="upcoming">
                        {move || next.get().into_iter().map(|(at, title, _)| view! {
                            <li><span class="row-title">{title}</span> <span class="row-detail">{date_time(i18n.lang.get(), at)}</span></li>
                        }).collect_view()}
                    </ul>
                </Show>
                <button type="button" class="button" id="download-ics" on:click=download>{t(Msg::MeetingsDownload)}</button>
            </section>
            <Series />
            <Meetings />
            <Activities fund=None open=Signal::derive(|| true) />
        </Founded>
    }
}

#[component]
fn Series() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let all = Memo::new(move |_| {
        store.record.with(|r| {
            r.state()
                .series
                .iter()
                .map(|(id, s)| {
                    (
                        *id,
                        s.clone(),
                        occurrences(s, platform::now_ms(), 1).first().copied(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let kind = RwSignal::new(MeetingKind::ReceptionDay);
    let kinds = kind_choices();
    // The title starts as the kind's name, and follows a change of kind.
    let title = RwSignal::new(
        meeting_kind_name(MeetingKind::ReceptionDay)
            .text(i18n.lang.get_untracked())
            .to_string(),
    );
    let retitle = Callback::new(move |k: MeetingKind| {
        title.set(
            meeting_kind_name(k)
                .text(i18n.lang.get_untracked())
                .to_string(),
        );
    });
    let week = RwSignal::new(MonthDay::Nth(1));
    let weeks = named(MONTH_DAYS);
    let weekday = RwSignal::new(6u8);
    let weekdays = named((1..=7u8).map(|d| (d, weekday_name(d))));
    let day = RwSignal::new("15".to_string());
    let time = RwSignal::new("09:00".to_string());
    let duration = RwSignal::new("180".to_string());
    let place = RwSignal::new(String::new());
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let check = || {
            let name = required(title, Msg::RequiredTitle)?;
            let start_minute = parse_time(&time.get_untracked()).ok_or(Msg::TimeInvalid)?;
            let duration_minutes = duration
                .get_untracked()
                .trim()
                .parse::<u16>()
                .map_err(|_| Msg::CountInvalid)?;
            // A day or weekday out of range is the core's to refuse, with its reason.
            let rule = match week.get_untracked() {
                MonthDay::Date => Recurrence::DayOfMonth {
                    day: day.get_untracked().trim().parse().unwrap_or(0),
                },
                MonthDay::Nth(nth) => Recurrence::NthWeekday {
                    nth,
                    weekday: weekday.get_untracked(),
                },
            };
            Ok(Payload::MeetingSeriesSet {
                kind: kind.get_untracked(),
                organisation: None,
                title: name,
                rule,
                start_minute,
                duration_minutes,
                place: place.get_untracked().trim().to_string(),
            })
        };
        let Some(payload) = checked(problem, check) else {
            return;
        };
        store.send(payload, failure, |_| {});
    };
    view! {
        <section class="card" aria-labelledby="series-title">
            <h2 id="series-title">{t(Msg::SeriesTitle)}</h2>
            <ul class="rows" id="series">
                <For each=move || all.get() key=|s| (s.0, s.1.ended_ms) let:s>
                    <li>
                        <span class="row-title">{s.1.title.clone()}</span>
                        <span class="row-detail">
                            {move || recurrence_text(i18n.lang.get(), s.1.rule, s.1.start_minute)}
                            {(!s.1.place.is_empty()).then(|| format!(" · {}", s.1.place))}
                        </span>
                        {match (s.1.ended_ms, s.2) {
                            (Some(_), _) => view! { <span class="badge">{t(Msg::SeriesEnded)}</span> }.into_any(),
                            (None, next) => {
                                let id = s.0;
                                view! {
                                    <span class="row-detail">{next.map(|at| move || date_time(i18n.lang.get(), at))}</span>
                                    <button type="button" class="button"
                                        on:click=move |_| store.send(Payload::MeetingSeriesEnded { series: id }, failure, |_| {})>
                                        {t(Msg::SeriesEnd)}
                                    </button>
                                }.into_any()
                            }
                        }}
                    </li>
                </For>
            </ul>
            <form class="form" aria-labelledby="series-form-title" on:submit=submit novalidate>
                <h3 id="series-form-title">{t(Msg::SeriesSet)}</h3>
                <label for="series-kind">{t(Msg::MeetingKindLabel)}</label>
                <ChoiceSelect id="series-kind" options=kinds value=kind on_choose=retitle />
                <TextField id="series-name" label=Msg::MeetingTitleLabel value=title maxlength=80 />
                <label for="series-week">{t(Msg::RuleWeek)}</label>
                <ChoiceSelect id="series-week" options=weeks value=week />
                <Show when=move || week.get() != MonthDay::Date fallback=move || view! {
                    <TextField id="series-day" label=Msg::RuleDay value=day maxlength=2 inputmode="numeric" />
                }>
                    <label for="series-weekday">{t(Msg::RuleWeekday)}</label>
                    <ChoiceSelect id="series-weekday" options=weekdays value=weekday />
                </Show>
                <label for="series-time">{t(Msg::MeetingTime)}</label>
                <input id="series-time" type="time" bind:value=time />
                <TextField id="series-duration" label=Msg::MeetingDuration value=duration maxlength=4 inputmode="numeric" />
                <TextField id="series-place" label=Msg::MeetingPlace value=place maxlength=80 />
                <Problem id="series-error" problem=problem />
                <button type="submit" class="button primary" id="set-series">{t(Msg::SeriesSet)}</button>
                <SubmitFailure failure=failure />
            </form>
        </section>
    }
}

#[component]
fn Meetings() -> impl IntoView {
    let store = use_store();
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let listed = Memo::new(move |_| {
        store.record.with(|r| {
            let mut all: Vec<(EventId, i64)> = r
                .state()
                .meetings
                .iter()
                .map(|(id, m)| (*id, m.at_ms))
                .collect();
            all.sort_by_key(|m| std::cmp::Reverse(m.1));
            all.into_iter().map(|m| m.0).collect::<Vec<_>>()
        })
    });
    // Open requests and projects still under way, for the agenda.
    let linkable = Memo::new(move |_| {
        store.record.with(|r| {
            let s = r.state();
            let mut items: Vec<(EventId, String)> = s
                .requests
                .iter()
                .filter(|(_, q)| q.proposal.is_none() && q.closed.is_none())
                .map(|(id, q)| (*id, q.title.clone()))
                .collect();
            items.extend(
                s.proposals
                    .iter()
                    .filter(|(_, p)| {
                        !matches!(
                            p.stage,
                            gongzhi_core::model::Stage::Closed
                                | gongzhi_core::model::Stage::Rejected
                        )
                    })
                    .map(|(id, p)| (id.event(), p.title.clone())),
            );
            items
        })
    });
    let organisations = Memo::new(move |_| {
        store.record.with(|r| {
            or_none(
                r.state()
                    .organisations
                    .iter()
                    .map(|(id, o)| (*id, o.name.clone())),
            )
        })
    });
    let kind = RwSignal::new(MeetingKind::JointMeeting);
    let kinds = kind_choices();
    let title = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let time = RwSignal::new("19:30".to_string());
    let place = RwSignal::new(String::new());
    let agenda = RwSignal::new(String::new());
    let org: RwSignal<Option<EventId>> = RwSignal::new(None);
    let links: RwSignal<Vec<EventId>> = RwSignal::new(Vec::new());
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let check = || {
            let name = required(title, Msg::RequiredTitle)?;
            let day = parse_date_cst(&date.get_untracked()).ok_or(Msg::DateInvalid)?;
            let minute = parse_time(&time.get_untracked()).ok_or(Msg::TimeInvalid)?;
            Ok(Payload::MeetingScheduled {
                kind: kind.get_untracked(),
                organisation: org.get_untracked(),
                title: name,
                at_ms: day + i64::from(minute) * 60_000,
                agenda: agenda
                    .get_untracked()
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(String::from)
                    .collect(),
                links: links.get_untracked(),
                place: place.get_untracked().trim().to_string(),
                series: None,
            })
        };
        let Some(payload) = checked(problem, check) else {
            return;
        };
        store.send(payload, failure, move |_| {
            for field in [title, date, place, agenda] {
                field.set(String::new());
            }
            links.set(Vec::new());
        });
    };
    view! {
        <section class="card" aria-labelledby="meetings-list-title">
            <h2 id="meetings-list-title">{t(Msg::MeetingsList)}</h2>
            <ul class="rows meetings" id="meetings">
                <For each=move || listed.get() key=|id| *id let:id>
                    <MeetingItem id=id />
                </For>
            </ul>
            <form class="form" aria-labelledby="meeting-form-title" on:submit=submit novalidate>
                <h3 id="meeting-form-title">{t(Msg::MeetingSchedule)}</h3>
                <label for="meeting-kind">{t(Msg::MeetingKindLabel)}</label>
                <ChoiceSelect id="meeting-kind" options=kinds value=kind />
                <TextField id="meeting-name" label=Msg::MeetingTitleLabel value=title maxlength=80 />
                <label for="meeting-org">{t(Msg::MeetingOrg)}</label>
                <ChoiceSelect id="meeting-org" options=organisations value=org />
                <label for="meeting-date">{t(Msg::MeetingDate)}</label>
                <input id="meeting-date" type="date" bind:value=date />
                <label for="meeting-time">{t(Msg::MeetingTime)}</label>
                <input id="meeting-time" type="time" bind:value=time />
                <TextField id="meeting-place" label=Msg::MeetingPlace value=place maxlength=80 />
                <label for="meeting-agenda">{t(Msg::MeetingAgenda)}</label>
                <textarea id="meeting-agenda" rows="3" maxlength="2000"
                    bind:value=agenda></textarea>
                <fieldset>
                    <legend>{t(Msg::MeetingLinks)}</legend>
                    {move || linkable.get().into_iter().enumerate().map(|(i, (id, name))| {
                        let key = format!("meeting-link-{i}");
                        view! {
                            <div class="choice">
                                <input type="checkbox" id=key.clone()
                                    prop:checked=move || links.with(|l| l.contains(&id))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        links.update(|l| {
                                            l.retain(|x| *x != id);
                                            if on {
                                                l.push(id);
                                            }
                                        });
                                    } />
                                <label for=key>{name}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <Problem id="meeting-error" problem=problem />
                <button type="submit" class="button primary" id="schedule-meeting">{t(Msg::MeetingSchedule)}</button>
                <SubmitFailure failure=failure />
            </form>
        </section>
    }
}

/// One meeting: when and where, its agenda and linked items, attendance of its body's members,
/// and the minutes.
#[component]
fn MeetingItem(id: EventId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let meeting = Memo::new(move |_| store.record.with(|r| r.state().meetings.get(&id).cloned()));
    let linked = Memo::new(move |_| {
        store.record.with(|r| {
            let s = r.state();
            meeting.with(|m| {
                m.as_ref().map_or_else(Vec::new, |m| {
                    m.links
                        .iter()
                        .filter_map(|l| {
                            s.proposals
                                .get(&ProposalId(*l))
                                .map(|p| (format!("/projects/{l}"), p.title.clone()))
                                .or_else(|| {
                                    s.requests
                                        .get(l)
                                        .map(|q| ("/requests".to_string(), q.title.clone()))
                                })
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    let members = Memo::new(move |_| {
        store.record.with(|r| {
            let s = r.state();
            let Some(m) = s.meetings.get(&id) else {
                return Vec::new();
            };
            let Some(org) = m.organisation.and_then(|o| s.organisations.get(&o)) else {
                return Vec::new();
            };
            org.members
                .iter()
                .filter(|(_, ms)| ms.active_at(m.at_ms))
                .map(|(p, _)| {
                    (
                        *p,
                        s.persons.get(p).map(|x| x.name.clone()).unwrap_or_default(),
                        m.attendance.get(p).copied(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let minutes = RwSignal::new(String::new());
    let save_minutes = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = minutes.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        store.send(
            Payload::MinutesRecorded { meeting: id, text },
            failure,
            move |_| minutes.set(String::new()),
        );
    };
    let field = format!("minutes-{}", id.seq);
    let written = Memo::new(move |_| meeting.with(|m| m.as_ref().and_then(|m| m.minutes.clone())));
    // What a meeting is never changes once scheduled; only attendance and minutes grow, and they
    // update in place so an open attendance list stays open.
    let m = meeting.get_untracked()?;
    Some(view! {
        <li data-meeting=id.to_string()>
            <span class="row-title">{m.title.clone()}</span>
            <span class="badge">{t(meeting_kind_name(m.kind))}</span>
            <span class="row-detail">
                {move || date_time(i18n.lang.get(), m.at_ms)}
                {(!m.place.is_empty()).then(|| format!(" · {}", m.place))}
            </span>
            {(!m.agenda.is_empty()).then(|| view! {
                <ol class="agenda">{m.agenda.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ol>
            })}
            {(!linked.with_untracked(Vec::is_empty)).then(|| view! {
                <p class="row-detail links">
                    {t(Msg::MeetingLinks)} ": "
                    {linked.get_untracked().into_iter().map(|(href, name)| view! { <A href=href>{name}</A> " " }).collect_view()}
                </p>
            })}
            {(!members.with_untracked(Vec::is_empty)).then(|| view! {
                <details class="answer">
                    <summary>{t(Msg::MeetingAttendance)}</summary>
                    <ul class="attendance">
                        <For each=move || members.get() key=|row| row.clone() let:row>
                            <li>
                                <span>{row.1.clone()}</span>
                                {[(true, Msg::MeetingPresent), (false, Msg::MeetingAbsent)].into_iter().map(|(value, label)| {
                                    let person = row.0;
                                    view! {
                                        <button type="button" class="button" aria-pressed=(row.2 == Some(value)).to_string()
                                            on:click=move |_| store.send(Payload::AttendanceRecorded { meeting: id, person, present: value }, failure, |_| {})>
                                            {t(label)}
                                        </button>
                                    }
                                }).collect_view()}
                            </li>
                        </For>
                    </ul>
                </details>
            })}
            {move || written.get().map(|text| view! { <p class="minutes">{t(Msg::MeetingMinutes)} ": " {text}</p> })}
            <form class="form" on:submit=save_minutes novalidate>
                <label for=field.clone()>{t(Msg::MeetingMinutes)}</label>
                <textarea id=field rows="2" maxlength="5000"
                    bind:value=minutes></textarea>
                <button type="submit" class="button">{t(Msg::MeetingMinutesSave)}</button>
            </form>
            <SubmitFailure failure=failure />
        </li>
    })
}
