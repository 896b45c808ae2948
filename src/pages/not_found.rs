use crate::components::page_title::use_page_title;
use crate::i18n::{t, Msg};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

#[component]
pub fn NotFound() -> impl IntoView {
    use_page_title(Msg::NotFoundTitle);
    let path = use_location().pathname;

    view! {
        <section class="card" aria-labelledby="nf-title">
            <h1 id="nf-title">{t(Msg::NotFoundTitle)}</h1>
            <p>
                {t(Msg::NotFoundBody)} " " <code class="path">{move || path.get()}</code>
            </p>
            <p>
                <A href="/">{t(Msg::NotFoundHome)}</A>
            </p>
        </section>
    }
}
