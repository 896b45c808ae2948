//! Device ids written as small numbers inside one checkpoint (see [`with_devices`]).

use std::cell::RefCell;
use std::collections::BTreeMap;

use super::DeviceId;

/// The devices of one checkpoint, numbered in the order the state first names them. A state
/// names a handful of devices in hundreds of thousands of event ids; writing each as its number
/// instead of its 32 bytes halves the checkpoint and the time to read it back.
#[derive(Default)]
struct Devices {
    ids: Vec<DeviceId>,
    numbers: BTreeMap<DeviceId, u32>,
}

thread_local! {
    /// Set only while [`with_devices`] runs: a binary encoding made outside it (a test's) writes
    /// device ids whole.
    static DEVICES: RefCell<Option<Devices>> = const { RefCell::new(None) };
}

/// Runs `f` (an encoding or decoding of a state) with device ids written as numbers into the
/// table `ids`, which encoding extends; returns the table as it ends. Restores whatever table
/// was set before, even when `f` panics.
pub(crate) fn with_devices<R>(ids: Vec<DeviceId>, f: impl FnOnce() -> R) -> (R, Vec<DeviceId>) {
    struct Restore(Option<Devices>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let outer = self.0.take();
            DEVICES.with(|d| *d.borrow_mut() = outer);
        }
    }
    let numbers = ids
        .iter()
        .enumerate()
        .map(|(i, d)| (*d, i as u32))
        .collect();
    let mut restore = Restore(DEVICES.with(|d| d.borrow_mut().replace(Devices { ids, numbers })));
    let out = f();
    let table = DEVICES.with(|d| std::mem::replace(&mut *d.borrow_mut(), restore.0.take()));
    (out, table.map(|t| t.ids).unwrap_or_default())
}

/// The number of `device` in the table being written, adding it when new; `None` when no table
/// is set.
pub(crate) fn device_number(device: &DeviceId) -> Option<u32> {
    DEVICES.with(|d| {
        let mut d = d.borrow_mut();
        let table = d.as_mut()?;
        Some(match table.numbers.get(device) {
            Some(n) => *n,
            None => {
                let n = table.ids.len() as u32;
                table.ids.push(*device);
                table.numbers.insert(*device, n);
                n
            }
        })
    })
}

/// Whether device ids are being written or read as numbers.
pub(crate) fn numbering() -> bool {
    DEVICES.with(|d| d.borrow().is_some())
}

/// The device numbered `n` in the table being read, if it holds one.
pub(crate) fn numbered_device(n: u32) -> Option<DeviceId> {
    DEVICES.with(|d| d.borrow().as_ref()?.ids.get(n as usize).copied())
}
