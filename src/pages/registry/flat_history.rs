//! A flat's history in the register: when it was added and every change since, with what it was
//! before, when and on which device. The entries are the core's (`flat_history`), read only
//! when the person opens them: the walk over the record is not paid for every row.

use crate::i18n::{area_figures_text, date_time, t, use_i18n, Lang, Msg};
use crate::store::use_store;
use gongzhi_core::registry::flat_history::{flat_history, FlatEntry, FlatStep};
use gongzhi_core::registry::register::owner_names;
use gongzhi_core::rules::state::Trust;
use gongzhi_core::HouseholdId;
use leptos::prelude::*;

fn entry_text(lang: Lang, e: &FlatEntry) -> String {
    let area = |a| area_figures_text(lang, a);
    match &e.what {
        FlatStep::Added {
            area: a,
            ownership,
            residents,
        } => match lang {
            Lang::Zh => format!(
                "登记：{}，{}，{residents} 人",
                owner_names(ownership),
                area(a)
            ),
            Lang::En => format!(
                "registered: {}, {}, {residents} residents",
                owner_names(ownership),
                area(a)
            ),
        },
        FlatStep::Changed {
            area: a,
            ownership,
            residents,
        } => {
            let mut parts = Vec::new();
            if let Some(o) = ownership {
                let (b, n) = (owner_names(&o.before), owner_names(&o.after));
                parts.push(match lang {
                    Lang::Zh => format!("业主 {b} → {n}"),
                    Lang::En => format!("owners {b} → {n}"),
                });
            }
            if let Some(x) = a {
                let (b, n) = (area(&x.before), area(&x.after));
                parts.push(match lang {
                    Lang::Zh => format!("面积 {b} → {n}"),
                    Lang::En => format!("area {b} → {n}"),
                });
            }
            if let Some(r) = residents {
                parts.push(match lang {
                    Lang::Zh => format!("居住人数 {} → {}", r.before, r.after),
                    Lang::En => format!("residents {} → {}", r.before, r.after),
                });
            }
            match lang {
                Lang::Zh => format!("变更：{}", parts.join("；")),
                Lang::En => format!("changed: {}", parts.join("; ")),
            }
        }
    }
}

#[component]
pub fn FlatHistory(household: HouseholdId) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let open = RwSignal::new(false);
    let entries = move || {
        open.get().then(|| {
            let lang = i18n.lang.get();
            store.record.with(|r| {
                flat_history(r, &household)
                    .iter()
                    .map(|e| {
                        let device = match r.state().trust(&e.device) {
                            Trust::Trusted { label, .. } | Trust::Revoked { label } => label,
                            Trust::Unknown => e.device.short(),
                        };
                        (
                            format!("{} · {} · {}", date_time(lang, e.wall_ms), device, e.author),
                            entry_text(lang, e),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <details class="flat-history" on:toggle=move |_| open.set(true)>
            <summary>{t(Msg::FlatHistory)}</summary>
            <ol>
                {move || entries().unwrap_or_default().into_iter().map(|(when, what)| view! {
                    <li><span class="source">{when}</span> " " {what}</li>
                }).collect_view()}
            </ol>
        </details>
    }
}
