use crate::audience::{use_audience, Audience};
use crate::i18n::{t, use_i18n, Msg};
use crate::platform;
use crate::settings::use_settings;
use leptos::prelude::*;
use leptos_router::components::A;

/// Every page a resident moves between during a project's cycle, in the order of that cycle,
/// then the community's records and this device; and whether a household's own phone lists it
/// (the register, money and meetings are the service centre's work).
const NAV: [(&str, Msg, bool); 10] = [
    ("/", Msg::NavHome, true),
    ("/requests", Msg::NavRequests, true),
    ("/projects", Msg::NavProjects, true),
    ("/votes", Msg::NavVotes, true),
    ("/funds", Msg::NavFunds, false),
    ("/meetings", Msg::NavMeetings, false),
    ("/registry", Msg::NavRegistry, false),
    ("/organisations", Msg::NavOrganisations, false),
    ("/exchange", Msg::NavExchange, true),
    ("/settings", Msg::NavSettings, true),
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
    let audience = use_audience();

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
                    {move || {
                        let household = audience.get() == Audience::Household;
                        NAV.into_iter()
                            .filter(|(_, _, residents)| *residents || !household)
                            .map(|(href, label, _)| view! { <li><A href=href>{t(label)}</A></li> })
                            .collect_view()
                    }}
                </ul>
            </nav>
        </header>
    }
}
