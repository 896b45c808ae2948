//! The one write path: a command is checked by the rules, committed by storage, and only then
//! shown; and how a form shows a command on its way.

use super::{LoadState, RecordStore};
use crate::engine::{engine, Builder, RecordEngine};
use crate::on_demand::Unavailable;
use crate::persist::PersistError;
use crate::platform;
use gongzhi_core::log::payload::Payload;
use gongzhi_core::rules::batch::Batch;
use gongzhi_core::{DeviceKey, Event, EventId, Record, Refusal};
use leptos::prelude::*;
use std::fmt;

/// How often a command is prepared again after another tab wrote as this device first; two
/// tabs can only overtake each other so often while a person taps.
const RETRIES_WHEN_BEHIND: u32 = 3;

/// Why a command was not recorded. Either way the record is exactly as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SubmitError {
    /// The rules refused it (voting closed, already voted, ...).
    Refused(Refusal),
    /// The rules accepted it but storage did not take it (full, unavailable).
    NotSaved(PersistError),
    /// The device key is not loaded yet.
    NotReady,
    /// The record's engine (crate::engine) is fetched on demand and could not be.
    CodeMissing,
    /// This device's own chain is damaged in storage: a new event would have to follow events
    /// that were left out, so nothing more can be appended until the record is rebuilt.
    OwnChainDamaged,
}

impl fmt::Display for SubmitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SubmitError::Refused(r) => r.fmt(f),
            SubmitError::NotSaved(e) => e.fmt(f),
            SubmitError::NotReady => write!(f, "this device's records are still loading"),
            SubmitError::CodeMissing => write!(f, "the record's code could not be loaded"),
            SubmitError::OwnChainDamaged => {
                write!(f, "this device's own record is damaged in storage")
            }
        }
    }
}

impl RecordStore {
    /// Records a command: the rules check it, storage commits it, and only then does the record
    /// (and every view of it) change.
    pub async fn submit(self, author: &str, payload: Payload) -> Result<EventId, SubmitError> {
        let ids = self
            .record_events(|engine, record, key, now| {
                engine
                    .prepare(record, key, now, author, &payload)
                    .map(|event| vec![event])
            })
            .await?;
        ids.first().copied().ok_or(SubmitError::NotReady)
    }

    /// The one way a view records a command: records `payload` in the background, shows it on
    /// its way and why it failed through `form` (see [`Sending`]), and runs `then` with the new
    /// event's id once it is stored.
    pub fn send(
        self,
        payload: Payload,
        form: impl Into<Sending>,
        then: impl FnOnce(EventId) + 'static,
    ) {
        let done = async move { self.submit(&self.author(), payload).await };
        self.run(form, done, then);
    }

    /// As [`RecordStore::send`], for several commands recorded as one (see
    /// [`RecordStore::submit_batch`]), signed as `author`; `then` gets what `build` returned.
    pub fn send_batch<T: 'static>(
        self,
        author: impl Into<String>,
        build: impl Fn(&mut Batch) -> Result<T, Refusal> + 'static,
        form: impl Into<Sending>,
        then: impl FnOnce(T) + 'static,
    ) {
        let author = author.into();
        let done = async move { self.submit_batch(&author, build).await };
        self.run(form, done, then);
    }

    /// As [`RecordStore::send_batch`], with commands built by code fetched on demand
    /// ([`crate::engine`]): a form of the first visit (founding, the demo) that the main module
    /// must not carry.
    pub fn send_fetched<T: 'static>(
        self,
        author: impl Into<String>,
        fetch: impl std::future::Future<Output = Result<Builder<T>, Unavailable>> + 'static,
        form: impl Into<Sending>,
        then: impl FnOnce(T) + 'static,
    ) {
        let author = author.into();
        let done = async move {
            let build = fetch.await.map_err(|_| SubmitError::CodeMissing)?;
            self.submit_batch(&author, build).await
        };
        self.run(form, done, then);
    }

    /// Both send paths: the form shows the command on its way, then its failure or nothing.
    fn run<T: 'static>(
        self,
        form: impl Into<Sending>,
        done: impl std::future::Future<Output = Result<T, SubmitError>> + 'static,
        then: impl FnOnce(T) + 'static,
    ) {
        let form = form.into();
        form.start();
        leptos::task::spawn_local(async move {
            let result = done.await;
            form.finish(result.as_ref().err().cloned());
            if let Ok(value) = result {
                then(value);
            }
        });
    }

    /// Records several commands as one: each is checked against the state the earlier ones
    /// leave, and all of them are stored and shown, or none (see [`Batch`]).
    pub async fn submit_batch<T>(
        self,
        author: &str,
        build: impl Fn(&mut Batch) -> Result<T, Refusal>,
    ) -> Result<T, SubmitError> {
        let mut built = None;
        self.record_events(|engine, record, key, now| {
            let mut batch = engine.batch(record, key, now, author);
            built = Some(build(&mut batch)?);
            Ok(batch.into_events())
        })
        .await?;
        built.ok_or(SubmitError::NotReady)
    }

    /// The one write path. Commands run one at a time, so prepared events are never overtaken
    /// between being stored and being shown. When another tab of this browser stored events as
    /// this device first, this takes them in and prepares the events again.
    async fn record_events(
        self,
        mut prepare: impl FnMut(
            &'static dyn RecordEngine,
            &mut Record,
            &DeviceKey,
            i64,
        ) -> Result<Vec<Event>, Refusal>,
    ) -> Result<Vec<EventId>, SubmitError> {
        let lock = self.writing.get_value();
        let _turn = lock.lock().await;
        if self.load.get_untracked() != LoadState::Ready {
            return Err(SubmitError::NotReady);
        }
        let engine = engine().await.map_err(|_| SubmitError::CodeMissing)?;
        let key = self
            .seed
            .get_untracked()
            .map(DeviceKey::from_seed)
            .ok_or(SubmitError::NotReady)?;
        // Otherwise the stored tip stays ahead of what could be read back, and every attempt
        // would look like another tab writing first.
        let device = key.device();
        if self
            .damage
            .with_untracked(|d| d.rejected.iter().any(|e| e.device() == device))
        {
            return Err(SubmitError::OwnChainDamaged);
        }
        let mut attempts = 0;
        let events = loop {
            let events = self
                .record
                .try_update_untracked(|r| prepare(engine, r, &key, platform::now_ms()))
                .ok_or(SubmitError::NotReady)?
                .map_err(SubmitError::Refused)?;
            match self.persistence().append(&events, &[], engine).await {
                Ok(()) => break events,
                Err(PersistError::Behind) if attempts < RETRIES_WHEN_BEHIND => {
                    attempts += 1;
                    self.catch_up(engine, &key.device())
                        .await
                        .map_err(SubmitError::NotSaved)?;
                }
                Err(e) => return Err(SubmitError::NotSaved(e)),
            }
        };
        let committed = self
            .record
            .try_update(|r| engine.commit_all(r, events))
            .ok_or(SubmitError::NotReady)?;
        committed.map_err(SubmitError::Refused)
    }
}

/// Where a form shows a command it sent: why the last one failed (cleared when the next starts),
/// or what it does instead when a command fails, and, for forms that disable their button
/// meanwhile, whether one is on its way.
#[derive(Clone, Copy)]
pub struct Sending {
    failure: Failure,
    busy: Option<RwSignal<bool>>,
}

#[derive(Clone, Copy)]
enum Failure {
    Shown(RwSignal<Option<SubmitError>>),
    Handled(Callback<SubmitError>),
}

impl Sending {
    fn start(self) {
        if let Failure::Shown(failure) = self.failure {
            failure.set(None);
        }
        if let Some(busy) = self.busy {
            busy.set(true);
        }
    }

    fn finish(self, failed: Option<SubmitError>) {
        if let Some(busy) = self.busy {
            busy.set(false);
        }
        match (self.failure, failed) {
            (Failure::Shown(failure), failed) => failure.set(failed),
            (Failure::Handled(handle), Some(e)) => handle.run(e),
            (Failure::Handled(_), None) => {}
        }
    }
}

impl From<Callback<SubmitError>> for Sending {
    fn from(handle: Callback<SubmitError>) -> Sending {
        Sending {
            failure: Failure::Handled(handle),
            busy: None,
        }
    }
}

impl From<RwSignal<Option<SubmitError>>> for Sending {
    fn from(failure: RwSignal<Option<SubmitError>>) -> Sending {
        Sending {
            failure: Failure::Shown(failure),
            busy: None,
        }
    }
}

impl From<(RwSignal<Option<SubmitError>>, RwSignal<bool>)> for Sending {
    fn from((failure, busy): (RwSignal<Option<SubmitError>>, RwSignal<bool>)) -> Sending {
        Sending {
            failure: Failure::Shown(failure),
            busy: Some(busy),
        }
    }
}
