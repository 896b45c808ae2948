//! The community's record as the app holds it: loaded from storage in chunks (the page stays
//! responsive and shows progress), with this device's signing key. The rules stay in
//! `gongzhi-core`; this only moves events between the core and [`Persistence`].

use crate::engine::{engine, Builder, Engine};
use crate::on_demand::Unavailable;
use crate::persist::{Announced, Chunk, PersistError, Persistence, Position};
use crate::platform;
use futures::lock::Mutex;
use gongzhi_core::batch::Batch;
use gongzhi_core::checkpoint::CheckpointRefused;
use gongzhi_core::ids::DeviceId;
use gongzhi_core::payload::Payload;
use gongzhi_core::record::MergeReport;
use gongzhi_core::snapshot::{self, Scope, Snapshot, SnapshotError};
use gongzhi_core::{DeviceKey, Event, EventId, IntegrityError, Record, Refusal, VoteId};
use leptos::prelude::*;
use std::fmt;
use std::sync::Arc;

/// Events restored per step. A step checks each event's hash and folds it; this many keep one
/// step well under the ~100 ms a page may freeze, even on a mid-range phone.
const CHUNK: u32 = 2_000;

/// Events folded after the checkpoint before a new one is worth writing: folding this many at
/// start takes a few milliseconds; writing a checkpoint of a large community takes more.
const CHECKPOINT_AFTER: usize = 2_000;

/// How often a command is prepared again after another tab wrote as this device first; two
/// tabs can only overtake each other so often while a person taps.
const RETRIES_WHEN_BEHIND: u32 = 3;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadState {
    Loading { done: u64, total: u64 },
    Ready,
    Failed(PersistError),
}

/// How the record was restored at start.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Restored {
    /// Not restored yet.
    #[default]
    Pending,
    /// Folded from the whole log: there was no checkpoint.
    FromLog,
    /// Started from the checkpoint; `tail` events after it were folded.
    FromCheckpoint { tail: usize },
    /// A checkpoint was stored but did not fit the log, so the whole log was folded.
    Rebuilt(CheckpointRefused),
}

/// What could not be restored from this device's storage, and why.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Damage {
    /// Stored entries that are not events at all.
    pub unreadable: u64,
    /// Events left out because they, or an earlier event of their device, failed verification.
    pub rejected: Vec<IntegrityError>,
}

impl Damage {
    pub fn is_empty(&self) -> bool {
        self.unreadable == 0 && self.rejected.is_empty()
    }
}

/// Why a command was not recorded. Either way the record is exactly as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SubmitError {
    /// The rules refused it (voting closed, already voted, ...).
    Refused(Refusal),
    /// The rules accepted it but storage did not take it (full, unavailable).
    NotSaved(PersistError),
    /// The device key is not loaded yet.
    NotReady,
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
            SubmitError::OwnChainDamaged => {
                write!(f, "this device's own record is damaged in storage")
            }
        }
    }
}

#[derive(Clone, Copy)]
pub struct RecordStore {
    pub record: RwSignal<Record>,
    pub load: RwSignal<LoadState>,
    pub damage: RwSignal<Damage>,
    pub restored: RwSignal<Restored>,
    /// How far the stored log has been read: later writes by other tabs are read from here.
    reached: StoredValue<Position>,
    /// Whether the work a start leaves for after the page is ready has finished.
    settled: StoredValue<bool>,
    /// The device's key seed; the key is derived from it where needed (cheap, and `DeviceKey`
    /// deliberately is not `Clone`).
    seed: RwSignal<Option<[u8; 32]>>,
    persistence: StoredValue<Arc<dyn Persistence>>,
    writing: StoredValue<Arc<Mutex<()>>>,
}

impl RecordStore {
    pub fn new(persistence: Arc<dyn Persistence>) -> RecordStore {
        RecordStore {
            record: RwSignal::new(Record::new()),
            load: RwSignal::new(LoadState::Loading { done: 0, total: 0 }),
            damage: RwSignal::new(Damage::default()),
            restored: RwSignal::new(Restored::Pending),
            reached: StoredValue::new(Position::default()),
            settled: StoredValue::new(false),
            seed: RwSignal::new(None),
            persistence: StoredValue::new(persistence),
            writing: StoredValue::new(Arc::new(Mutex::new(()))),
        }
    }

    pub fn persistence(&self) -> Arc<dyn Persistence> {
        self.persistence.get_value()
    }

    /// This device's id once its key is loaded (its public signing key).
    pub fn device(&self) -> Option<DeviceId> {
        self.seed
            .get()
            .map(|seed| DeviceKey::from_seed(seed).device())
    }

    /// [`RecordStore::device`] as people copy it: 64 hex digits.
    pub fn device_id(&self) -> Option<String> {
        self.device().map(|d| d.to_string())
    }

    /// Who is recording, as events name their author: this device's label in the community's
    /// list of devices, else its short id.
    pub fn author(&self) -> String {
        let Some(seed) = self.seed.get_untracked() else {
            return String::new();
        };
        let device = DeviceKey::from_seed(seed).device();
        self.record.with_untracked(|r| {
            r.state()
                .devices
                .get(&device)
                .map_or_else(|| device.short(), |d| d.label.clone())
        })
    }

    /// Loads the device key and restores the record, yielding to the page between chunks; then
    /// keeps it up to date with what other tabs of this browser record. Commands given while it
    /// loads wait their turn.
    pub async fn load(self) {
        let lock = self.writing.get_value();
        let _turn = lock.lock().await;
        let store = self;
        self.persistence().watch(Box::new(move |what| {
            leptos::task::spawn_local(store.take_in(what));
        }));
        match self.try_load().await {
            Ok(()) => leptos::task::spawn_local(self.after_load(self.persistence())),
            Err(e) => self.load.set(LoadState::Failed(e)),
        }
    }

    /// Takes in what another tab announced it stored (in its turn, like a command).
    /// A store dropped meanwhile (a closed view's, a test's) ignores it: the watch outlives it.
    async fn take_in(self, what: Announced) {
        let (Some(lock), Some(persistence)) = (
            self.writing.try_get_value(),
            self.persistence.try_get_value(),
        ) else {
            return;
        };
        let _turn = lock.lock().await;
        if self.load.try_get_untracked() != Some(LoadState::Ready) {
            return;
        }
        let absorbed = match persistence.read_announced(what).await {
            Ok(chunk) => self.absorb(chunk).await,
            Err(e) => Err(e),
        };
        if let Err(e) = absorbed {
            self.load.try_set(LoadState::Failed(e));
        }
    }

    /// Reads everything stored since the log was last read, and whatever another tab wrote as
    /// this device: that tab's clock was past our last event's.
    async fn catch_up(self, device: &DeviceId) -> Result<(), PersistError> {
        let own_last = self
            .record
            .with_untracked(|r| r.last_of(device).map(Event::order_key));
        let mut from = self.reached.get_value().since(own_last);
        loop {
            let chunk = self.persistence().read_chunk(from, CHUNK).await?;
            from = chunk.next;
            let done = chunk.done;
            self.absorb(chunk).await?;
            if done {
                self.reached.set_value(from);
                return Ok(());
            }
        }
    }

    async fn absorb(self, chunk: Chunk) -> Result<(), PersistError> {
        let rejected = if chunk.events.is_empty() {
            Vec::new()
        } else {
            let engine = engine().await.map_err(|_| PersistError::CodeMissing)?;
            self.record
                .try_update(|r| (engine.absorb)(r, chunk.events))
                .unwrap_or_default()
        };
        self.report(chunk.unreadable.len(), rejected);
        Ok(())
    }

    fn report(self, unreadable: usize, rejected: Vec<IntegrityError>) {
        if unreadable > 0 || !rejected.is_empty() {
            self.damage.try_update(|d| {
                d.unreadable += unreadable as u64;
                d.rejected.extend(rejected);
            });
        }
    }

    /// Reads the whole stored log, then folds it: from the checkpoint when it still fits the
    /// log (the core decides), else from nothing, yielding to the page between steps.
    async fn try_load(self) -> Result<(), PersistError> {
        let persistence = self.persistence();
        let seed = persistence.device_seed(platform::random_seed()).await?;
        self.seed.set(Some(seed));
        let total = persistence.storage_info().await.stored_events;
        // Progress counts reading and folding each event as half of its work.
        let progress = |read: u64, folded: u64| LoadState::Loading {
            done: (read + folded) / 2,
            total,
        };
        self.load.set(progress(0, 0));
        let mut events = Vec::with_capacity(total as usize);
        let mut from = Position::default();
        loop {
            let chunk = persistence.read_chunk(from, CHUNK).await?;
            self.report(chunk.unreadable.len(), Vec::new());
            events.extend(chunk.events);
            self.load.set(progress(events.len() as u64, 0));
            from = chunk.next;
            if chunk.done {
                break;
            }
            platform::yield_to_page().await;
        }
        self.reached.set_value(from);
        let read = events.len() as u64;
        let checkpoint = persistence.checkpoint().await.ok().flatten();
        let heads = persistence.heads().await?;
        if events.is_empty() && heads.is_empty() && checkpoint.is_none() {
            // A fresh device: nothing to fold, so the engine is not fetched.
            self.restored.set(Restored::FromLog);
            self.load.set(LoadState::Ready);
            return Ok(());
        }
        let engine = engine().await.map_err(|_| PersistError::CodeMissing)?;
        (engine.in_order)(&mut events);
        let (mut record, tail, restored) = match checkpoint {
            None => (Record::new(), events, Restored::FromLog),
            Some(bytes) => match (engine.from_checkpoint)(&bytes, events) {
                Ok((record, tail)) => {
                    let tail_len = tail.len();
                    let restored = Restored::FromCheckpoint { tail: tail_len };
                    (record, tail, restored)
                }
                Err((why, events)) => (Record::new(), events, Restored::Rebuilt(why)),
            },
        };
        let mut folded = read - tail.len() as u64;
        let mut tail = tail.into_iter().peekable();
        while tail.peek().is_some() {
            let part: Vec<Event> = tail.by_ref().take(CHUNK as usize).collect();
            folded += part.len() as u64;
            let rejected = (engine.restore_chunk)(&mut record, part);
            self.report(0, rejected);
            self.load.set(progress(read, folded));
            platform::yield_to_page().await;
        }
        let rejected = (engine.restore_heads)(&mut record, heads);
        self.report(0, rejected);
        self.record.set(record);
        self.restored.set(restored);
        self.load.set(LoadState::Ready);
        Ok(())
    }

    /// What a start leaves for once the page is drawn and idle: the hashes of the events the
    /// checkpoint covered are checked (restoring from it trusted them), a new checkpoint is
    /// written when the old one was missing, refused or far behind, and single events are
    /// compacted. It stops quietly if the store is dropped meanwhile (a test's, or a closed
    /// view's).
    async fn after_load(self, persistence: Arc<dyn Persistence>) {
        // The page that was waiting for the record draws first.
        platform::when_idle().await;
        let Some(restored) = self.restored.try_get_untracked() else {
            return;
        };
        if matches!(restored, Restored::FromCheckpoint { .. }) {
            match self.hashes_hold().await {
                Some(true) => {}
                Some(false) => self.rebuild().await,
                None => return,
            }
        }
        let stale = match self.restored.try_get_untracked() {
            Some(Restored::FromCheckpoint { tail }) => tail >= CHECKPOINT_AFTER,
            Some(_) => true,
            None => return,
        };
        if stale {
            self.save_checkpoint(&persistence).await;
        }
        // Compacting changes only how the log is stored; when it fails the log is as it was.
        let _ = persistence.compact().await;
        self.settled.try_set_value(true);
    }

    /// Whether the work after a start (checking, checkpointing, compacting) is done.
    pub fn after_load_done(&self) -> bool {
        self.settled.try_get_value().unwrap_or(false)
    }

    /// Checks, a chunk at a time, the hashes of the events a checkpoint let the start trust;
    /// `None` when the store went away meanwhile.
    async fn hashes_hold(self) -> Option<bool> {
        let engine = engine().await.ok()?;
        let mut after = None;
        loop {
            let (problems, next) = self
                .record
                .try_with_untracked(|r| (engine.check_stored_hashes)(r, after, CHUNK as usize))?;
            if !problems.is_empty() {
                return Some(false);
            }
            match next {
                Some(next) => after = Some(next),
                None => return Some(true),
            }
            platform::yield_to_page().await;
        }
    }

    /// Folds the held events again from nothing, checking each as a start without a
    /// checkpoint does: a stored event failed its hash, so what the checkpoint said is void.
    async fn rebuild(self) {
        let Some(lock) = self.writing.try_get_value() else {
            return;
        };
        let _turn = lock.lock().await;
        let Ok(engine) = engine().await else {
            return;
        };
        let Some((record, rejected)) = self.record.try_with_untracked(engine.refold) else {
            return;
        };
        self.report(0, rejected);
        self.record.try_set(record);
        self.restored.try_set(Restored::FromLog);
    }

    /// Stores a checkpoint of the record as it is; not while any of it failed verification,
    /// which the next start must see again.
    async fn save_checkpoint(self, persistence: &Arc<dyn Persistence>) {
        if !self
            .damage
            .try_with_untracked(Damage::is_empty)
            .unwrap_or(false)
        {
            return;
        }
        // An empty record has no checkpoint: a first visit does not fetch the code for one.
        if self.record.try_with_untracked(Record::is_empty) != Some(false) {
            return;
        }
        let Ok(engine) = engine().await else {
            return;
        };
        let Some(Some(bytes)) = self.record.try_with_untracked(engine.checkpoint) else {
            return;
        };
        // A checkpoint is a cache: when storage refuses it the next start folds the log.
        let _ = persistence.save_checkpoint(bytes).await;
    }

    /// Records a command: the rules check it, storage commits it, and only then does the record
    /// (and every view of it) change.
    pub async fn submit(self, author: &str, payload: Payload) -> Result<EventId, SubmitError> {
        let ids = self
            .record_events(|engine, record, key, now| {
                (engine.prepare)(record, key, now, author, &payload).map(|event| vec![event])
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
            let build = fetch
                .await
                .map_err(|_| SubmitError::NotSaved(PersistError::CodeMissing))?;
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
            let mut batch = (engine.batch)(record, key, now, author);
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
        mut prepare: impl FnMut(Engine, &mut Record, &DeviceKey, i64) -> Result<Vec<Event>, Refusal>,
    ) -> Result<Vec<EventId>, SubmitError> {
        let lock = self.writing.get_value();
        let _turn = lock.lock().await;
        if self.load.get_untracked() != LoadState::Ready {
            return Err(SubmitError::NotReady);
        }
        let engine = engine()
            .await
            .map_err(|_| SubmitError::NotSaved(PersistError::CodeMissing))?;
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
            match self.persistence().append(&events, &[]).await {
                Ok(()) => break events,
                Err(PersistError::Behind) if attempts < RETRIES_WHEN_BEHIND => {
                    attempts += 1;
                    self.catch_up(&key.device())
                        .await
                        .map_err(SubmitError::NotSaved)?;
                }
                Err(e) => return Err(SubmitError::NotSaved(e)),
            }
        };
        let committed = self
            .record
            .try_update(|r| (engine.commit_all)(r, events))
            .ok_or(SubmitError::NotReady)?;
        committed.map_err(SubmitError::Refused)
    }

    /// A snapshot file's name and text, with this device's head signed and kept: the whole
    /// community, one vote, or this device's own contributions.
    pub async fn export(
        self,
        now_ms: i64,
        scope: ExportScope,
    ) -> Result<(String, Vec<u8>), PersistError> {
        let lock = self.writing.get_value();
        let _turn = lock.lock().await;
        let key = self
            .seed
            .get_untracked()
            .map(DeviceKey::from_seed)
            .ok_or_else(|| PersistError::Unavailable("the device key is not loaded".into()))?;
        let (file_scope, label) = match scope {
            ExportScope::Community => (Scope::Community, "all".to_string()),
            ExportScope::Vote(vote) => {
                let title = self.record.with_untracked(|r| {
                    r.state()
                        .votes
                        .get(&vote)
                        .map(|v| v.title.clone())
                        .unwrap_or_default()
                });
                (Scope::Vote { vote }, format!("vote-{title}"))
            }
            ExportScope::Mine => (
                Scope::Contributions {
                    device: key.device(),
                },
                format!("mine-{}", key.device().short()),
            ),
        };
        let engine = engine().await.map_err(|_| PersistError::CodeMissing)?;
        let snapshot = self
            .record
            .try_update(|r| (engine.export)(r, &key, now_ms, file_scope))
            .ok_or_else(|| PersistError::Unavailable("the record is gone".into()))?;
        let own_head: Vec<_> = snapshot
            .heads
            .iter()
            .filter(|h| h.device == key.device())
            .cloned()
            .collect();
        // Keeping the signed head saves signing again later; the file carries it either way, so
        // a full store must not stop the export that is the way out of it.
        let _ = self.persistence().append(&[], &own_head).await;
        let community = self.record.with_untracked(|r| {
            r.state()
                .community
                .as_ref()
                .map_or_else(|| "community".to_string(), |c| c.name.clone())
        });
        let name = snapshot::file_name(&community, &label, now_ms);
        Ok((name, (engine.to_json)(&snapshot)))
    }

    /// Adds a verified file's events: stored first, in one transaction, then shown. When either
    /// step fails the record is exactly as it was.
    pub async fn merge(self, file: Snapshot) -> Result<MergeReport, MergeError> {
        let lock = self.writing.get_value();
        let _turn = lock.lock().await;
        let devices: Vec<DeviceId> = file.heads.iter().map(|h| h.device).collect();
        let mut merged = self.record.with_untracked(Record::clone);
        let report = file.merge_into(&mut merged).map_err(MergeError::Refused)?;
        if report.added == 0 {
            return Ok(report);
        }
        let fresh: Vec<Event> = self.record.with_untracked(|r| {
            merged
                .events()
                .filter(|e| r.get(&e.id).is_none())
                .cloned()
                .collect()
        });
        let heads: Vec<_> = devices
            .iter()
            .filter_map(|d| merged.heads().get(d).cloned())
            .collect();
        self.persistence()
            .append(&fresh, &heads)
            .await
            .map_err(MergeError::NotSaved)?;
        self.record.set(merged);
        if report.added >= CHECKPOINT_AFTER {
            let persistence = self.persistence();
            leptos::task::spawn_local(async move { self.save_checkpoint(&persistence).await });
        }
        Ok(report)
    }
}

/// What to write into a snapshot file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportScope {
    Community,
    Vote(VoteId),
    Mine,
}

/// Why a verified file was not merged; the record is unchanged either way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeError {
    /// It contradicts what this device holds (a different event under a known id, a fork).
    Refused(SnapshotError),
    NotSaved(PersistError),
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

pub fn use_store() -> RecordStore {
    expect_context::<RecordStore>()
}
