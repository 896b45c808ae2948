//! What the rules would not count in a file, in one line per kind and reason: the merge preview
//! and the read-only view both say it before anyone relies on the file.

use crate::i18n::{set_aside_line, t, unconfirmed_line, use_i18n, Msg};
use gongzhi_core::record::snapshot::report::SetAsideGroup;
use leptos::prelude::*;

#[component]
pub fn SetAsideSummary(
    groups: Vec<SetAsideGroup>,
    unconfirmed: usize,
    id: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let any = !groups.is_empty() || unconfirmed > 0;
    any.then(|| {
        view! {
            <div class="notice" role="note" id=id>
                <h3>{t(Msg::SetAsideTitle)}</h3>
                <ul>
                    {groups.into_iter().map(|g| view! {
                        <li>{move || set_aside_line(i18n.lang.get(), &g)}</li>
                    }).collect_view()}
                    {(unconfirmed > 0).then(|| view! {
                        <li>{move || unconfirmed_line(i18n.lang.get(), unconfirmed)}</li>
                    })}
                </ul>
            </div>
        }
    })
}
