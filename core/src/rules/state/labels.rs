//! The state's index of households by label, which [`crate::rules::lookup`] reads.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::Household;
use crate::ids::HouseholdId;

/// The households by label, verbatim and in the register's form (see
/// [`crate::flat::normalise_label`]). A kiosk looks a flat up at every ballot; normalising ten
/// thousand labels each time took most of a tap's time. Built at the first lookup, forgotten
/// whenever a household is added; every state compares equal whatever its cache holds.
#[derive(Clone, Default)]
pub(crate) struct LabelIndex(OnceLock<Labels>);

#[derive(Clone, Debug)]
pub(crate) struct Labels {
    pub(crate) verbatim: BTreeMap<String, Vec<HouseholdId>>,
    pub(crate) normalised: BTreeMap<String, Vec<HouseholdId>>,
}

impl LabelIndex {
    pub(crate) fn of(&self, households: &BTreeMap<HouseholdId, Household>) -> &Labels {
        self.0.get_or_init(|| {
            let mut labels = Labels {
                verbatim: BTreeMap::new(),
                normalised: BTreeMap::new(),
            };
            for (id, h) in households {
                labels
                    .verbatim
                    .entry(h.label.clone())
                    .or_default()
                    .push(*id);
                let normalised = crate::flat::normalise_label(&h.label);
                labels.normalised.entry(normalised).or_default().push(*id);
            }
            labels
        })
    }

    pub(crate) fn forget(&mut self) {
        self.0 = OnceLock::new();
    }
}

/// A cache says nothing of the state it serves, built or not.
impl std::fmt::Debug for LabelIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LabelIndex")
    }
}

impl PartialEq for LabelIndex {
    fn eq(&self, _: &LabelIndex) -> bool {
        true
    }
}

impl Eq for LabelIndex {}
