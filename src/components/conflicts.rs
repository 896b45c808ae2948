//! Double ballots (one voter on two devices), each with both devices and times, which one
//! counts and why. The rule is the core's: the first in the record's one total order counts.

use crate::i18n::{conflict_text, date_time, device_name, t, voter_text, Lang, Msg};
use gongzhi_core::rules::state::{BallotConflict, State};
use leptos::prelude::*;

/// The lines for `conflicts`, devices named as `state`'s trusted list names them.
pub fn conflict_lines(lang: Lang, state: &State, conflicts: &[BallotConflict]) -> Vec<String> {
    let device = |id: gongzhi_core::EventId| device_name(&state.trust(&id.device), &id.device);
    conflicts
        .iter()
        .map(|c| {
            conflict_text(
                lang,
                &voter_text(lang, c),
                (&device(c.counted), &date_time(lang, c.counted_wall_ms)),
                (&device(c.ignored), &date_time(lang, c.ignored_wall_ms)),
            )
        })
        .collect()
}

#[component]
pub fn ConflictList(#[prop(into)] lines: Signal<Vec<String>>, id: &'static str) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby=format!("{id}-title")>
            <h2 id=format!("{id}-title")>{t(Msg::ConflictsTitle)}</h2>
            {move || {
                let lines = lines.get();
                if lines.is_empty() {
                    view! { <p class="hint">{t(Msg::ConflictsNone)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="conflicts" id=id>
                            {lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
