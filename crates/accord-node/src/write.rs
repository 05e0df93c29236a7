//! The one write path: sealing public changes as signed records, appending them to the log in
//! the same transaction as the change, keys and checkpoints.

use accord_core::command::{KeyOwner, NewKey};
use accord_core::member::OrganisationDraft;
use accord_core::{
    Action, Actor, AuditEvent, Command, EventId, OrgId, OrgKind, Principal, SigningKeyRecord, authorize,
};
use accord_ledger::envelope::{Envelope, SignedRecord};
use accord_ledger::merkle;
use accord_ledger::note::Checkpoint;
use accord_store::{BatchItem, LogAppend, StoreError};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::trust::Signer;
use crate::{Node, NodeError, OrganisationInput, Result};

/// Signs the public form of a change as version `version` of its record.
fn seal(
    origin: &str,
    form: &accord_core::command::AuditForm,
    version: i64,
    author: Option<String>,
    at: OffsetDateTime,
    signer: &Signer,
) -> LogAppend {
    let envelope = Envelope {
        kind: form.subject.kind.to_owned(),
        id: form.subject.id.clone(),
        version: u64::try_from(version).unwrap_or(1),
        origin: origin.to_owned(),
        author,
        action: form.action.to_owned(),
        at: accord_core::command::rfc3339(at),
        payload: form.payload.clone(),
    };
    let signed = SignedRecord::sign(envelope.to_bytes(), &signer.key, signer.key_id.clone());
    LogAppend {
        kind: envelope.kind,
        record_id: envelope.id,
        version,
        key_id: signed.key_id.clone(),
        leaf_hash: merkle::leaf_hash(&signed.leaf_data()),
        envelope: signed.bytes,
        signature: signed.signature,
    }
}

impl Node {
    /// The one write path: every change of state of the node passes here. Public changes are
    /// published as records signed by the author's organisation (or by the node, for the
    /// operator) and appended to the log in the same transaction.
    pub(crate) async fn write(&self, principal: &Principal, command: Command) -> Result<AuditEvent> {
        let (actor, author, signer) = match principal {
            Principal::User { user_id, org_id, .. } => {
                (Actor::user(*user_id, *org_id), Some(org_id.to_string()), self.organisation_signer(*org_id).await?)
            }
            Principal::Operator => (Actor::OPERATOR, None, self.node_signer()),
            Principal::Anonymous => (Actor::SYSTEM, None, self.node_signer()),
        };
        self.write_as(&actor, author, &signer, command).await
    }

    pub(crate) async fn write_as(
        &self,
        actor: &Actor,
        author: Option<String>,
        signer: &Signer,
        command: Command,
    ) -> Result<AuditEvent> {
        let _turn = self.write_lock.lock().await;
        let form = command.audit();
        let mut attempts = 0;
        loop {
            let at = Self::now();
            let record = match form.public {
                true => {
                    let version = match command.creates_subject() {
                        true => 1,
                        false => self.store.next_version(form.subject.kind, &form.subject.id).await?,
                    };
                    Some(self.seal(&form, version, author.clone(), at, signer))
                }
                false => None,
            };
            match self.store.apply(actor, EventId(Uuid::now_v7()), at, &command, record.as_ref()).await {
                // Another process published the same record version first: take the next one.
                Err(StoreError::VersionRace { .. }) if attempts < 3 => attempts += 1,
                Err(e) => return Err(e.into()),
                Ok((event, index)) => {
                    self.cache.invalidate(event.seq);
                    tracing::info!(seq = event.seq, log_index = ?index, action = %event.action, subject = %event.subject_id, actor = actor.kind, "recorded");
                    if index.is_some() {
                        self.publish_checkpoint().await?;
                    }
                    return Ok(event);
                }
            }
        }
    }

    /// Several changes by one principal in one transaction: one durable commit and one
    /// checkpoint for the lot, all or none (importers use this).
    pub(crate) async fn write_batch(&self, principal: &Principal, commands: Vec<Command>) -> Result<Vec<AuditEvent>> {
        let (actor, author, signer) = match principal {
            Principal::User { user_id, org_id, .. } => {
                (Actor::user(*user_id, *org_id), Some(org_id.to_string()), self.organisation_signer(*org_id).await?)
            }
            _ => (Actor::OPERATOR, None, self.node_signer()),
        };
        let _turn = self.write_lock.lock().await;
        let mut versions: std::collections::HashMap<(String, String), i64> = std::collections::HashMap::new();
        // Versions first (a store query only for changes to existing records)...
        let mut pending = Vec::with_capacity(commands.len());
        for command in commands {
            let at = Self::now();
            let form = command.audit();
            let version = if form.public {
                let key = (form.subject.kind.to_owned(), form.subject.id.clone());
                let version = match versions.get(&key) {
                    Some(v) => v + 1,
                    None if command.creates_subject() => 1,
                    None => self.store.next_version(form.subject.kind, &form.subject.id).await?,
                };
                versions.insert(key, version);
                Some(version)
            } else {
                None
            };
            pending.push((command, form, version, at));
        }
        // ...then the signatures, on every core, off the async runtime.
        let origin = self.origin.clone();
        let signed = tokio::task::spawn_blocking(move || {
            let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).max(1);
            let chunk = pending.len().div_ceil(threads).max(1);
            let records: Vec<Option<LogAppend>> = std::thread::scope(|scope| {
                let handles: Vec<_> = pending
                    .chunks(chunk)
                    .map(|part| {
                        let (origin, author, signer) = (&origin, &author, &signer);
                        scope.spawn(move || {
                            part.iter()
                                .map(|(_, form, version, at)| {
                                    version.map(|v| seal(origin, form, v, author.clone(), *at, signer))
                                })
                                .collect::<Vec<_>>()
                        })
                    })
                    .collect();
                handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
            });
            (pending, records)
        })
        .await
        .map_err(|e| NodeError::Internal(e.to_string()))?;
        let (pending, records) = signed;
        if records.len() != pending.len() {
            return Err(NodeError::Internal("a signing thread failed".into()));
        }
        let items: Vec<BatchItem> = pending
            .into_iter()
            .zip(records)
            .map(|((command, _, _, at), record)| BatchItem {
                actor: actor.clone(),
                event_id: EventId(Uuid::now_v7()),
                at,
                command,
                record,
            })
            .collect();
        let applied = self.store.apply_batch(&items).await?;
        // The new leaves are known: extend the tree without reading them back.
        if let Ok(mut tree) = self.tree.lock() {
            for (item, (_, index)) in items.iter().zip(&applied) {
                if let (Some(r), Some(i)) = (&item.record, index)
                    && u64::try_from(*i).ok() == Some(tree.len())
                {
                    tree.push(r.leaf_hash);
                }
            }
        }
        if let Some((last, _)) = applied.last() {
            self.cache.invalidate(last.seq);
        }
        tracing::info!(records = applied.len(), "recorded a batch");
        if applied.iter().any(|(_, index)| index.is_some()) {
            self.publish_checkpoint().await?;
        }
        Ok(applied.into_iter().map(|(e, _)| e).collect())
    }

    /// Adds many organisations at once (one transaction, one checkpoint): all or none.
    pub async fn create_organisations(&self, p: &Principal, inputs: &[OrganisationInput]) -> Result<Vec<OrgId>> {
        authorize(p, Action::ManageOrganisations)?;
        let mut commands = Vec::with_capacity(inputs.len());
        let mut ids = Vec::with_capacity(inputs.len());
        for input in inputs {
            let kind = OrgKind::parse("kind", &input.kind)?;
            let draft = OrganisationDraft::new(&input.name, kind, input.country.as_deref(), input.website.as_deref())?;
            let id = OrgId(Uuid::now_v7());
            ids.push(id);
            commands.push(Command::CreateOrganisation { id, draft });
        }
        self.write_batch(p, commands).await?;
        Ok(ids)
    }

    pub(crate) fn seal(
        &self,
        form: &accord_core::command::AuditForm,
        version: i64,
        author: Option<String>,
        at: OffsetDateTime,
        signer: &Signer,
    ) -> LogAppend {
        seal(&self.origin, form, version, author, at, signer)
    }

    pub(crate) fn node_signer(&self) -> Signer {
        match self.node_signer.read() {
            Ok(s) => s.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// The organisation's active signing key; made and published (signed by the node) the
    /// first time the organisation publishes.
    pub(crate) async fn organisation_signer(&self, org: OrgId) -> Result<Signer> {
        let _turn = self.key_lock.lock().await;
        let keys = self.store.signing_keys().await?;
        let owner = org.to_string();
        if let Some(k) = keys
            .iter()
            .find(|k| k.owner_kind == "organisation" && k.owner_id.as_deref() == Some(&owner) && k.retired_at.is_none())
        {
            return self.keyring.load(&k.key_id);
        }
        self.create_organisation_key(org).await
    }

    pub(crate) async fn create_organisation_key(&self, org: OrgId) -> Result<Signer> {
        let signer = self.keyring.create()?;
        let command = Command::RegisterKey(NewKey {
            key_id: signer.key_id.clone(),
            owner: KeyOwner::Organisation(org),
            public_key: signer.key.verifying_key().to_bytes(),
        });
        self.write_as(&Actor::SYSTEM, None, &self.node_signer(), command).await?;
        Ok(signer)
    }

    /// Replaces a signing key: the node's (`None`) or an organisation's. The new key is
    /// published signed by the current node key, then the old one is retired; what it signed
    /// stays valid. Returns the new key id.
    pub async fn rotate_key(&self, p: &Principal, organisation: Option<OrgId>) -> Result<String> {
        authorize(p, Action::ManageOrganisations)?;
        let _turn = self.key_lock.lock().await;
        let keys = self.store.signing_keys().await?;
        let active = |k: &&SigningKeyRecord| k.retired_at.is_none();
        match organisation {
            None => {
                let old = self.node_signer();
                let new = self.keyring.create()?;
                let register = Command::RegisterKey(NewKey {
                    key_id: new.key_id.clone(),
                    owner: KeyOwner::Node,
                    public_key: new.key.verifying_key().to_bytes(),
                });
                // The old key vouches for the new one, so auditors can follow the change.
                self.write_as(&Actor::OPERATOR, None, &old, register).await?;
                if let Ok(mut s) = self.node_signer.write() {
                    *s = new.clone();
                }
                self.write_as(&Actor::OPERATOR, None, &new, Command::RetireKey { key_id: old.key_id }).await?;
                self.publish_checkpoint().await?;
                Ok(new.key_id)
            }
            Some(org) => {
                self.organisation(p, org).await?;
                let owner = org.to_string();
                let old: Vec<String> = keys
                    .iter()
                    .filter(active)
                    .filter(|k| k.owner_kind == "organisation" && k.owner_id.as_deref() == Some(&owner))
                    .map(|k| k.key_id.clone())
                    .collect();
                let new = self.create_organisation_key(org).await?;
                for id in old {
                    self.write_as(&Actor::OPERATOR, None, &self.node_signer(), Command::RetireKey { key_id: id })
                        .await?;
                }
                Ok(new.key_id)
            }
        }
    }

    /// Brings the in-memory tree up to the store (other processes may have appended).
    pub(crate) async fn sync_tree(&self) -> Result<u64> {
        let len = self.tree.lock().map(|t| t.len()).unwrap_or(0);
        let fresh = self.store.leaf_hashes(i64::try_from(len).unwrap_or(i64::MAX)).await?;
        let mut tree = self.tree.lock().map_err(|_| NodeError::Internal("log tree lock poisoned".into()))?;
        for (seq, hash) in fresh {
            if u64::try_from(seq).ok() != Some(tree.len()) {
                continue; // appended meanwhile by this process
            }
            let hash =
                <[u8; 32]>::try_from(hash).map_err(|_| NodeError::Internal(format!("leaf {seq} is not 32 bytes")))?;
            tree.push(hash);
        }
        Ok(tree.len())
    }

    /// Signs and stores a checkpoint for the current tree size.
    pub(crate) async fn publish_checkpoint(&self) -> Result<()> {
        let size = self.sync_tree().await?;
        if size == 0 {
            return Ok(());
        }
        let root = self.tree.lock().map_err(|_| NodeError::Internal("log tree lock poisoned".into()))?.root(size);
        let root = root.map_err(|e| NodeError::Internal(e.to_string()))?;
        let note = Checkpoint { origin: self.origin.clone(), size, root }.sign(&self.origin, &self.node_signer().key);
        self.store.put_checkpoint(i64::try_from(size).unwrap_or(i64::MAX), &root, &note, Self::now()).await?;
        Ok(())
    }
}
