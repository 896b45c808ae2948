use crate::i18n::{t, use_i18n, Msg};
use crate::platform;
use crate::settings::use_settings;
use leptos::prelude::*;
use leptos_router::components::A;

/// Every page a resident moves between during a project's cycle, in the order of that cycle,
/// then the community's records and this device.
const NAV: [(&str, Msg); 10] = [
    ("/", Msg::NavHome),
    ("/requests", Msg::NavRequests),
    ("/projects", Msg::NavProjects),
    ("/votes", Msg::NavVotes),
    ("/funds", Msg::NavFunds),
    ("/meetings", Msg::NavMeetings),
    ("/registry", Msg::NavRegistry),
    ("/organisations", Msg::NavOrganisations),
    ("/exchange", Msg::NavExchange),
    ("/settings", Msg::NavSettings),
];

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let settings = use_settings().settings;
    let switch_language = move |_| {
        let next = i18n.lang.get_untracked().other();
        settings.update(|s| s.lang = Some(next));
    };
    let other_tag = move || i18n.lang.get().other().tag();

    view! {
        <header class="site-header">
            <a
                class="skip-link"
                href="#main"
                on:click=|ev| {
                    ev.prevent_default();
                    platform::focus_main();
                }
            >
                {t(Msg::SkipToContent)}
            </a>
            <div class="header-bar">
                <A href="/">
                    <span class="brand">
                        <img class="brand-mark" src="/icons/icon.svg" alt="" width="32" height="32" />
                        <span>{t(Msg::AppName)}</span>
                    </span>
                </A>
                <button
                    type="button"
                    class="lang-toggle"
                    lang=other_tag
                    aria-label=t(Msg::SwitchLanguageLabel)
                    on:click=switch_language
                >
                    {t(Msg::SwitchLanguage)}
                </button>
            </div>
            <nav aria-label=t(Msg::NavLabel)>
                <ul>
                    {NAV.into_iter().map(|(href, label)| view! { <li><A href=href>{t(label)}</A></li> }).collect_view()}
                </ul>
            </nav>
        </header>
    }
}
