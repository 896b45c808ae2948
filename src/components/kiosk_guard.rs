//! Kiosk mode holds: while this device is a kiosk for a vote (a setting, so it survives reloads),
//! every route but that vote's kiosk shows the lock screen instead of its page. Back, a reload
//! or a typed address all land here; only the admin PIN turns kiosk mode off.

use crate::components::pin::PinCheck;
use crate::i18n::{t, Msg};
use crate::settings::use_settings;
use gongzhi_core::VoteId;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// The one address a kiosk shows without the PIN.
pub fn kiosk_path(vote: &VoteId) -> String {
    format!("/kiosk/{vote}")
}

/// The routes, or the lock screen while kiosk mode is on and they name another page.
#[component]
pub fn KioskGuard(children: ChildrenFn) -> impl IntoView {
    let settings = use_settings().settings;
    let location = use_location();
    let locked = Memo::new(move |_| {
        let vote = settings.with(|s| s.kiosk_vote)?;
        location
            .pathname
            .with(|path| *path != kiosk_path(&vote))
            .then_some(vote)
    });
    move || match locked.get() {
        Some(vote) => Either::Left(view! { <KioskLock vote=vote /> }),
        None => Either::Right(children()),
    }
}

#[component]
fn KioskLock(vote: VoteId) -> impl IntoView {
    let settings = use_settings().settings;
    let navigate = use_navigate();
    let back = move |_| {
        navigate(
            &kiosk_path(&vote),
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        )
    };
    view! {
        <section class="card kiosk-lock" aria-labelledby="kiosk-lock-title">
            <h1 id="kiosk-lock-title">{t(Msg::KioskLockTitle)}</h1>
            <p>{t(Msg::KioskLockHint)}</p>
            <button type="button" class="button primary kiosk-button" id="kiosk-lock-back" on:click=back>
                {t(Msg::KioskLockBack)}
            </button>
            <PinCheck id="unlock" label=Msg::KioskPinPrompt submit=Msg::KioskLockUnlock
                on_ok=Callback::new(move |_| settings.update(|s| s.kiosk_vote = None)) />
        </section>
    }
}
