//! Code loaded on demand. A first visit downloads the shell, the store and the home page; every
//! other page, and the record's engine (crate::engine), which a device needs once it holds or
//! writes a record, are fetched the first time they are used: from the service worker's cache
//! once it is installed, so offline too.
//!
//! The release build enables the feature `split`; tools/split_wasm.py then cuts the module at
//! the functions [`on_demand!`] declares. Without it (tests, `cargo check`) they are plain
//! async functions, so the same code runs unsplit. A chunk that cannot be fetched is an
//! [`Unavailable`] error, and a page shows [`PageUnavailable`]: Leptos's own `#[lazy]` panics
//! instead, and a panic aborts the whole module.

use crate::components::page_title::use_page_title;
use crate::i18n::{t, Msg};
use crate::platform;
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
/// has stored this build, or after two newer builds replaced it while this tab still ran it.
#[component]
fn PageUnavailable() -> impl IntoView {
    use_page_title(Msg::PageUnavailableTitle);
    view! {
        <section class="card" aria-labelledby="unavailable-title">
            <h1 id="unavailable-title">{t(Msg::PageUnavailableTitle)}</h1>
            <p>{t(Msg::PageUnavailableBody)}</p>
            <p><button type="button" class="button primary" id="page-reload" on:click=|_| platform::reload()>{t(Msg::PageUnavailableReload)}</button></p>
        </section>
    }
}

/// `on_demand!(chunk, fn name(args) -> T { body })`: an async `name` returning
/// `Result<T, Unavailable>`, whose body is split into `chunk`. Arguments and the result cross a
/// module boundary, so they must be concrete types (no generics, no `impl Trait`).
macro_rules! on_demand {
    ($chunk:ident, $(#[$attr:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        $(#[$attr])*
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        $vis fn $name($($arg: $ty),*) -> Result<$ret, $crate::on_demand::Unavailable> {
            Ok($body)
        }

        $(#[$attr])*
        #[cfg(not(feature = "split"))]
        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::on_demand::Unavailable> {
            Ok($body)
        }
    };
}

pub(crate) use on_demand;

/// `lazy_page!(chunk, name, Page)`: a module `name` whose `Route` (for
/// `Lazy::<name::Route>::new()`) shows the component `Page`, split into `chunk`. Pages used
/// together share a chunk: each module the splitter writes costs its own headers, and code two
/// chunks share goes into a third, so one chunk per page made hundreds of small files.
macro_rules! lazy_page {
    ($chunk:ident, $name:ident, $page:path) => {
        pub mod $name {
            use ::leptos::prelude::*;

            pub struct Route;

            $crate::on_demand::on_demand!(
                $chunk,
                fn $name() -> AnyView {
                    use $page as Page;
                    view! { <Page /> }.into_any()
                }
            );

            impl ::leptos_router::LazyRoute for Route {
                fn data() -> Self {
                    Route
                }

                async fn view(_: Self) -> AnyView {
                    $crate::on_demand::page_or_unavailable($name().await)
                }
            }
        }
    };
}

pub(crate) use lazy_page;
