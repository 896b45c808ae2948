//! A step is shown only to a device the core lets take it (`RecordStore::may`, asking
//! `State::may_write_kind`): a resident's phone sees none of the service centre's forms and
//! buttons, rather than meeting a refusal after tapping one.

use crate::store::use_store;
use gongzhi_core::log::payload::Kind;
use leptos::prelude::*;

#[component]
pub fn Offered(kind: Kind, children: ChildrenFn) -> impl IntoView {
    let store = use_store();
    view! { <Show when=move || store.may(kind)>{children()}</Show> }
}
