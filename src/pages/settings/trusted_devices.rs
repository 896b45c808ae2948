//! The community's list of trusted devices (the secretary's phone, the kiosks): who signed
//! what is shown by these names. An admin device adds and revokes; the core refuses anyone
//! else, and the form shows that refusal.

use crate::components::confirm_form::ConfirmForm;
use crate::components::copy_button::CopyButton;
use crate::components::fields::{checked, required};
use crate::components::flat_pick::{CompoundChoice, FlatPick};
use crate::components::submit_failure::SubmitFailure;
use crate::i18n::{
    device_name, device_role_name, device_role_text, revoke_question, shown, t, use_i18n, Msg, Said,
};
use crate::store::{use_store, SubmitError};
use gongzhi_core::log::payload::Kind;
use gongzhi_core::model::Scope;
use gongzhi_core::rules::authority::DeviceRole;
use gongzhi_core::rules::state::Trust;
use gongzhi_core::{read::takein, DeviceId, Payload};
use leptos::prelude::*;

#[component]
pub fn TrustedDevices() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let device = RwSignal::new(String::new());
    let label = RwSignal::new(String::new());
    let role = RwSignal::new(DeviceRole::Clerk);
    let flat = RwSignal::new(String::new());
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    let flat_problem: RwSignal<Option<Said>> = RwSignal::new(None);
    let pick = FlatPick::default();
    let saved = RwSignal::new(false);

    let own = move || store.device();
    // Only a device that may trust others is offered the form and the revoke buttons.
    let may_trust = move || store.may(Kind::DeviceTrusted);
    let own_trust = move || {
        let own = own()?;
        Some(store.record.with(|r| r.state().trust(&own)))
    };
    let rows = move || {
        store.record.with(|r| {
            r.state()
                .devices
                .iter()
                .map(|(id, d)| (*id, d.clone()))
                .collect::<Vec<_>>()
        })
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let check = || {
            let id = device.get_untracked().trim().parse::<DeviceId>();
            let id = id.map_err(|_| Msg::TrustBadId)?;
            Ok((id, required(label, Msg::TrustNeedsLabel)?))
        };
        let Some((id, name)) = checked(problem, check) else {
            return;
        };
        let granted = role.get_untracked();
        let household = if granted == DeviceRole::Resident {
            let typed = flat.get_untracked();
            // A phone is enrolled from any compound of the community: asks which when ambiguous.
            let found = || {
                store.record.with_untracked(|r| {
                    pick.resolve(
                        r.state(),
                        &typed,
                        &Scope::Community,
                        Msg::TrustHouseholdUnknown,
                    )
                })
            };
            let Some(c) = checked(flat_problem, found) else {
                return;
            };
            Some(c.household)
        } else {
            flat_problem.set(None);
            None
        };
        let payload = Payload::DeviceTrusted {
            device: id,
            label: name,
            admin: granted == DeviceRole::Admin,
            role: Some(granted),
            household,
        };
        store.send(payload, failure, move |_| {
            device.set(String::new());
            label.set(String::new());
            flat.set(String::new());
            role.set(DeviceRole::Clerk);
            saved.set(true);
        });
    };
    // Revoking keeps exactly what this device holds of the other, so it asks first and says so.
    let revoking: RwSignal<Option<DeviceId>> = RwSignal::new(None);
    let asking = RwSignal::new(false);
    let revoke_failure: RwSignal<Option<SubmitError>> = RwSignal::new(None);
    let revoke = Callback::new(move |()| {
        let Some(device) = revoking.get_untracked() else {
            return;
        };
        let payload = Payload::DeviceRevoked {
            device,
            last_seq: None,
        };
        store.send(payload, revoke_failure, move |_| asking.set(false))
    });
    let question = move || {
        let id = revoking.get()?;
        let lang = i18n.lang.get();
        store.record.with(|r| {
            let heard = takein::before_revoking(r, &id);
            let label = device_name(&heard.trust, &id);
            Some(revoke_question(
                lang,
                &label,
                heard.held,
                heard.last_wall_ms,
            ))
        })
    };

    view! {
        <section class="card" aria-labelledby="trusted-title">
            <h2 id="trusted-title">{t(Msg::TrustedTitle)}</h2>
            <p class="hint">{t(Msg::TrustedHint)}</p>
            <p id="own-trust">
                {move || match own_trust() {
                    Some(Trust::Trusted { role: DeviceRole::Admin, .. }) => t(Msg::OwnTrustAdmin)().to_string(),
                    Some(Trust::Trusted { role: DeviceRole::Resident, household, .. }) => {
                        let flat = household
                            .and_then(|h| store.record.with(|r| r.state().households.get(&h).map(|h| h.label.clone())))
                            .unwrap_or_default();
                        format!("{} {flat}", t(Msg::OwnTrustResident)())
                    }
                    Some(Trust::Trusted { role, .. }) => {
                        format!("{} ({})", t(Msg::OwnTrustTrusted)(), device_role_name(i18n.lang.get(), role))
                    }
                    Some(Trust::Revoked { .. }) => t(Msg::OwnTrustRevoked)().to_string(),
                    _ => t(Msg::OwnTrustUnknown)().to_string(),
                }}
            </p>
            // Explicit roles: the phone's stacked layout (style/main.css) must not cost the table
            // its reading as one.
            <table class="devices stacked" id="trusted-devices" role="table">
                <thead role="rowgroup">
                    <tr role="row">
                        <th scope="col" role="columnheader">{t(Msg::TrustLabel)}</th>
                        <th scope="col" role="columnheader">{t(Msg::DeviceId)}</th>
                        <th scope="col" role="columnheader">{t(Msg::TrustState)}</th>
                        <th scope="col" role="columnheader"><span class="sr-only">{t(Msg::TrustRevoke)}</span></th>
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    {move || rows().into_iter().map(|(id, d)| {
                        let role_name = d.role;
                        let flat = d.household.and_then(|h| {
                            store.record.with_untracked(|r| r.state().households.get(&h).map(|h| h.label.clone()))
                        });
                        let state = move || {
                            let lang = i18n.lang.get();
                            if d.revoked {
                                Msg::TrustStateRevoked.text(lang).to_string()
                            } else {
                                let name = device_role_name(lang, role_name);
                                match &flat {
                                    Some(f) => format!("{name} {f}"),
                                    None => name.to_string(),
                                }
                            }
                        };
                        let is_own = own() == Some(id);
                        view! {
                            <tr role="row">
                                <td role="cell" data-label=move || Msg::TrustLabel.text(i18n.lang.get())>{d.label.clone()}</td>
                                <td role="cell" data-label=move || Msg::DeviceId.text(i18n.lang.get())>
                                    <code>{id.short()}</code> " "
                                    <CopyButton text=id.to_string() name={
                                        let label = d.label.clone();
                                        Signal::derive(move || format!("{} {label}", Msg::CopyId.text(i18n.lang.get())))
                                    } />
                                </td>
                                <td role="cell" data-label=move || Msg::TrustState.text(i18n.lang.get())>{state}</td>
                                <td role="cell">
                                    {(!d.revoked && !is_own && may_trust()).then(|| view! {
                                        <button type="button" class="button" on:click=move |_| {
                                            revoking.set(Some(id));
                                            asking.set(true);
                                        }>
                                            {t(Msg::TrustRevoke)} " " {d.label.clone()}
                                        </button>
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <ConfirmForm open=asking id="revoke-confirm" title=Msg::RevokeTitle
                confirm_id="confirm-revoke" confirm=Msg::RevokeConfirm cancel_id="cancel-revoke"
                on_confirm=revoke failure=revoke_failure>
                <p id="revoke-question">{question}</p>
            </ConfirmForm>
            <Show when=may_trust>
            <form class="form" id="trust-form" on:submit=add>
                <h3>{t(Msg::TrustAddTitle)}</h3>
                <label for="trust-device">{t(Msg::TrustDeviceField)}</label>
                <input id="trust-device" type="text" class="mono" autocomplete="off" spellcheck="false"
                    bind:value=device />
                <label for="trust-label">{t(Msg::TrustLabel)}</label>
                <input id="trust-label" type="text" bind:value=label />
                <label for="trust-role">{t(Msg::TrustRoleField)}</label>
                <select id="trust-role" on:change=move |ev| {
                    let picked = event_target_value(&ev);
                    if let Some(r) = DeviceRole::ALL.into_iter().find(|r| r.name() == picked) {
                        role.set(r);
                    }
                }>
                    {DeviceRole::ALL.into_iter().map(|r| view! {
                        <option value=r.name() selected=move || role.get() == r>
                            {move || device_role_text(i18n.lang.get(), r)}
                        </option>
                    }).collect_view()}
                </select>
                <Show when=move || role.get() == DeviceRole::Resident>
                    <label for="trust-household">{t(Msg::TrustHouseholdField)}</label>
                    <input id="trust-household" type="text" autocomplete="off"
                        bind:value=flat />
                    <CompoundChoice pick=pick name="trust" />
                </Show>
                <button type="submit" class="button" id="trust-add">{t(Msg::TrustAdd)}</button>
                {move || problem.get().map(|m| view! { <p class="field-error" role="alert">{t(m)}</p> })}
                {move || flat_problem.with(Option::is_some).then(|| view! { <p class="field-error" role="alert">{shown(flat_problem)}</p> })}
                {move || saved.get().then(|| view! { <p class="status ok" role="status">{t(Msg::TrustSaved)}</p> })}
                <SubmitFailure failure=failure />
            </form>
            </Show>
        </section>
    }
}
