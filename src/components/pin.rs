//! The kiosk admin PIN at the screen: checking it, choosing it (typed twice) and changing it (the
//! old one first). How long a wrong PIN makes the next try wait is the core's rule
//! (`gongzhi_core::pin::try_pin`); these forms only show the countdown.

use crate::components::fields::checked;
use crate::i18n::{pin_wait_text, t, use_i18n, Msg};
use crate::platform;
use crate::settings::use_settings;
use gongzhi_core::pin::{check_format, hash_pin, try_pin, PinError, PinRefused};
use leptos::leptos_dom::helpers::set_interval_with_handle;
use leptos::prelude::*;
use std::time::Duration;

/// Milliseconds until the next PIN may be tried, updated every second while a form shows it.
fn use_pin_wait() -> (RwSignal<i64>, Memo<i64>) {
    let settings = use_settings().settings;
    let now = RwSignal::new(platform::now_ms());
    if let Ok(handle) = set_interval_with_handle(
        move || {
            let _ = now.try_set(platform::now_ms());
        },
        Duration::from_secs(1),
    ) {
        on_cleanup(move || handle.clear());
    }
    let left = Memo::new(move |_| {
        let at = now.get();
        settings.with(|s| s.pin_attempts.wait_left(at))
    });
    (now, left)
}

/// Checks the typed PIN through the core, counting a wrong one on this device. `None` when no
/// PIN is stored at all.
fn check(entered: &str) -> Option<Result<(), PinRefused>> {
    let settings = use_settings().settings;
    let at = platform::now_ms();
    let mut outcome = None;
    settings.update(|s| {
        if let Some(stored) = s.kiosk_pin.clone() {
            outcome = Some(try_pin(&stored, &mut s.pin_attempts, entered, at));
        }
    });
    outcome
}

fn format_problem(error: PinError) -> Msg {
    match error {
        PinError::NotDigits | PinError::TooShort | PinError::TooLong => Msg::KioskPinFormat,
    }
}

/// One PIN field and a button; `on_ok` runs once the right PIN was typed.
#[component]
pub fn PinCheck(
    /// The form's id prefix: `{id}-pin`, `{id}-submit`.
    id: &'static str,
    label: Msg,
    submit: Msg,
    on_ok: Callback<()>,
    #[prop(optional)] on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (now, left) = use_pin_wait();
    let pin = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    let field = format!("{id}-pin");
    let submitted = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let entered = pin.get_untracked();
        pin.set(String::new());
        let outcome = check(&entered);
        now.set(platform::now_ms());
        match outcome {
            Some(Ok(())) => {
                wrong.set(false);
                on_ok.run(());
            }
            Some(Err(PinRefused::Wait { .. })) => {}
            Some(Err(PinRefused::Wrong { .. })) | None => wrong.set(true),
        }
    };
    view! {
        <form class="form pin-check" on:submit=submitted novalidate>
            <label for=field.clone()>{t(label)}</label>
            <input id=field type="password" inputmode="numeric" autocomplete="off" maxlength="12"
                bind:value=pin />
            <p class="field-error" role="alert">
                {move || match left.get() {
                    0 => wrong.get().then(|| t(Msg::KioskPinWrong)().to_string()),
                    ms => Some(pin_wait_text(i18n.lang.get(), ms)),
                }}
            </p>
            <button type="submit" class="button" id=format!("{id}-submit") disabled=move || { left.get() > 0 }>
                {t(submit)}
            </button>
            {on_cancel.map(|cancel| view! {
                <button type="button" class="button" on:click=move |_| cancel.run(())>{t(Msg::KioskCancel)}</button>
            })}
        </form>
    }
}

/// Choosing a PIN: typed twice, and with `old` the current one first. Only its salted, stretched
/// hash is kept. `on_saved` runs once it is in the settings.
#[component]
pub fn PinChoose(
    submit: Msg,
    #[prop(optional)] old: bool,
    on_saved: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_settings();
    let (now, left) = use_pin_wait();
    let current = RwSignal::new(String::new());
    let pin = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (old_typed, typed, repeated) = (
            current.get_untracked(),
            pin.get_untracked(),
            again.get_untracked(),
        );
        for field in [current, pin, again] {
            field.set(String::new());
        }
        let outcome = old
            .then(|| {
                let outcome = check(&old_typed);
                now.set(platform::now_ms());
                outcome
            })
            .flatten();
        // A try during the wait is not checked at all: the countdown already says why.
        if matches!(outcome, Some(Err(PinRefused::Wait { .. }))) {
            return;
        }
        let chosen = || {
            if matches!(outcome, Some(Err(PinRefused::Wrong { .. }))) {
                return Err(Msg::KioskPinWrong);
            }
            check_format(&typed).map_err(format_problem)?;
            if typed != repeated {
                return Err(Msg::KioskPinMismatch);
            }
            let seed = platform::random_seed();
            let mut salt = [0_u8; 16];
            salt.copy_from_slice(&seed[..16]);
            hash_pin(salt, &typed).map_err(format_problem)
        };
        let Some(hash) = checked(problem, chosen) else {
            return;
        };
        ctx.settings.update(|s| {
            s.kiosk_pin = Some(hash);
            s.pin_attempts = Default::default();
        });
        on_saved.run(());
    };
    let field = move |id: &'static str,
                      label: Msg,
                      value: RwSignal<String>,
                      autocomplete: &'static str| {
        view! {
            <label for=id>{t(label)}</label>
            <input id=id type="password" inputmode="numeric" autocomplete=autocomplete maxlength="12"
                bind:value=value />
        }
    };
    view! {
        <form class="form pin-choose" on:submit=save novalidate>
            {old.then(|| field("old-pin", Msg::PinCurrent, current, "current-password"))}
            {field("new-pin", Msg::PinNew, pin, "new-password")}
            {field("confirm-pin", Msg::PinConfirm, again, "new-password")}
            <p class="field-error" role="alert">
                {move || match left.get() {
                    ms if old && ms > 0 => Some(pin_wait_text(i18n.lang.get(), ms)),
                    _ => problem.get().map(|m| t(m)().to_string()),
                }}
                {move || (ctx.last_save_ok.get() == Some(false)).then(|| t(Msg::KioskPinSaveFailed)())}
            </p>
            <button type="submit" class="button primary" id="save-pin" disabled=move || { old && left.get() > 0 }>
                {t(submit)}
            </button>
        </form>
    }
}
