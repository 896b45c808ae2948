//! Pages loaded on demand: each route but the home page is a split point, so a first visit
//! downloads the shell, the store and the home page, and each other page's code the first time
//! it is opened (from the service worker's cache once it is installed, so offline too).
//!
//! The release build enables the feature `split`; tools/split_wasm.py then cuts the module at
//! these points. Without it (tests, `cargo check`) the page is called directly, so the same
//! routes work unsplit. A chunk that cannot be fetched shows [`PageUnavailable`] instead of
//! stopping the app: Leptos's own `#[lazy]` panics, and a panic aborts the whole module.

use crate::components::page_title::use_page_title;
use crate::i18n::{t, Msg};
use leptos::prelude::*;

/// Why a page's code is not here: its chunk could not be fetched or instantiated.
#[derive(Debug)]
pub struct Unavailable;

impl From<leptos::wasm_split::SplitLoaderError> for Unavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Unavailable
    }
}

/// The page, or what to do when its code could not be loaded.
pub fn page_or_unavailable(page: Result<AnyView, Unavailable>) -> AnyView {
    page.unwrap_or_else(|Unavailable| view! { <PageUnavailable /> }.into_any())
}

/// Shown in place of a page whose code could not be fetched: only before the service worker
/// has stored this build, or after a new build replaced it while this tab still ran the old one.
#[component]
fn PageUnavailable() -> impl IntoView {
    use_page_title(Msg::PageUnavailableTitle);
    let reload = move |_| {
        let _ = window().location().reload();
    };
    view! {
        <section class="card" aria-labelledby="unavailable-title">
            <h1 id="unavailable-title">{t(Msg::PageUnavailableTitle)}</h1>
            <p>{t(Msg::PageUnavailableBody)}</p>
            <p><button type="button" class="button primary" id="page-reload" on:click=reload>{t(Msg::PageUnavailableReload)}</button></p>
        </section>
    }
}

/// `lazy_page!(chunk, Page)`: a module `chunk` whose `Route` (for `Lazy::<chunk::Route>::new()`)
/// shows the component `Page`, split into the chunk of that name.
macro_rules! lazy_page {
    ($chunk:ident, $page:path) => {
        pub mod $chunk {
            use ::leptos::prelude::*;

            pub struct Route;

            #[cfg(feature = "split")]
            #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn page() -> Result<AnyView, $crate::lazy_page::Unavailable> {
                use $page as Page;
                Ok(view! { <Page /> }.into_any())
            }

            #[cfg(not(feature = "split"))]
            async fn page() -> Result<AnyView, $crate::lazy_page::Unavailable> {
                use $page as Page;
                Ok(view! { <Page /> }.into_any())
            }

            impl ::leptos_router::LazyRoute for Route {
                fn data() -> Self {
                    Route
                }

                async fn view(_: Self) -> AnyView {
                    $crate::lazy_page::page_or_unavailable(page().await)
                }
            }
        }
    };
}

pub(crate) use lazy_page;
