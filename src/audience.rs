//! Whom this device serves: one household (a resident's own phone) or the service centre (a
//! clerk's laptop, a kiosk, the secretary). The core says what the device may write; a device
//! that may confirm ballots is staff's. Any other device shows its household's own screen until
//! someone says, in one explicit step, that it is the service centre's.

use crate::components::flat_field::FlatField;
use crate::settings::use_settings;
use crate::store::use_store;
use gongzhi_core::log::payload::Kind;
use gongzhi_core::rules::authority::Holder;
use gongzhi_core::HouseholdId;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    Household,
    ServiceCentre,
}

pub fn use_audience() -> Memo<Audience> {
    let store = use_store();
    let settings = use_settings().settings;
    Memo::new(move |_| {
        let chosen = settings.with(|s| s.service_centre);
        // Before there is a community, or until its key is read, the device is nobody's yet:
        // the whole app, as the founder's will be.
        let nobodys =
            store.device().is_none() || store.record.with(|r| r.state().community.is_none());
        if chosen || nobodys || store.may(Kind::BallotConfirmed) {
            Audience::ServiceCentre
        } else {
            Audience::Household
        }
    })
}

/// The household this phone is for: the one it is enrolled for, else the one chosen on it.
pub fn use_own_household() -> Memo<Option<HouseholdId>> {
    let store = use_store();
    let settings = use_settings().settings;
    Memo::new(move |_| {
        let enrolled = store.device().and_then(|d| {
            store.record.with(|r| match r.state().holder(&d) {
                Holder::Role(_, household) => household,
                _ => None,
            })
        });
        let chosen = settings.with(|s| s.household);
        // A chosen flat the record no longer holds (erased, another community) is no choice.
        enrolled.or_else(|| {
            chosen.filter(|h| store.record.with(|r| r.state().households.contains_key(h)))
        })
    })
}

/// Reads the phone's own household from the register with `read`, on a household's device
/// only: what a resident's forms start from (their flat, their compound), which they may still
/// change, the core checking it like any other.
fn own_household_entry<T: 'static>(
    read: fn(&gongzhi_core::rules::state::Household) -> T,
) -> impl Fn() -> Option<T> + Copy {
    let store = use_store();
    let (audience, own) = (use_audience(), use_own_household());
    move || {
        let own = own
            .get_untracked()
            .filter(|_| audience.get_untracked() == Audience::Household)?;
        store
            .record
            .with_untracked(|r| r.state().households.get(&own).map(read))
    }
}

/// What fills a form's flat field with the phone's own flat (elsewhere it does nothing): a
/// resident responds and raises requests for their own household. Call it once and after each
/// send.
pub fn own_flat_filler(flat: FlatField) -> impl Fn() + Copy {
    let label = own_household_entry(|h| h.label.clone());
    move || {
        if let Some(label) = label() {
            flat.typed.set(label);
        }
    }
}

/// The compound of the phone's own household: where its resident's requests are about unless
/// they say otherwise.
pub fn own_compound() -> Option<gongzhi_core::model::Scope> {
    own_household_entry(|h| gongzhi_core::model::Scope::Compound(h.compound))()
}
