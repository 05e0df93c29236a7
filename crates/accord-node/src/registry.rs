//! The registry's operations: imports (cards, Epoch AI), registrations by members, reads with
//! the merged view, lineage, cumulative compute, licence, transparency scores and obligations.

use std::collections::{BTreeMap, BTreeSet};

use accord_core::{Action, Command, EntryColumns, EntryRevision, LineageEdge, Principal, RegistryEntry, authorize};
use accord_registry::entry::{Entry, EntryKind, Facts, Layer, LicenceRef, Provenance, SourceKind, match_name};
use accord_registry::licence::{Licence, LicenceTable};
use accord_registry::lineage::Lineage;
use accord_store::{RegistryPage, RegistryQuery, StoredEdge};
use sha2::Digest;

use crate::{Node, NodeError, Result};

/// A card file is refused above this size (the largest card of the shared corpus is 34 KB).
pub const MAX_CARD_BYTES: usize = 2 * 1024 * 1024;

/// How many entries one import transaction carries.
const IMPORT_BATCH: usize = 2_000;

/// One card file to import.
#[derive(Clone, Debug)]
pub struct CardFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What an import did, file by file.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct ImportReport {
    /// Keys registered for the first time.
    pub registered: Vec<String>,
    /// Keys that got a new revision.
    pub revised: Vec<String>,
    /// Keys whose content did not change (no new revision).
    pub unchanged: Vec<String>,
    /// `(where, why)`: files or rows that were not imported.
    pub rejected: Vec<(String, String)>,
    /// `(where, what)`: what could not be read; the entry was still imported.
    pub warnings: Vec<(String, String)>,
}

/// One batch of an import, ready to write.
struct PreparedBatch {
    commands: Vec<Command>,
    /// `(key, first registration)` per command.
    outcome: Vec<(String, bool)>,
    /// The batch's entries by key (bases of the next batch that are not stored yet).
    entries: BTreeMap<String, Entry>,
    /// Items handled, for the progress bar.
    size: u64,
}

/// One card file read (or why not).
enum CardRead {
    Rejected(String, String),
    Read { name: String, entry: Entry, body: String, warnings: Vec<String> },
}

/// Reads one card file: a name that can be a key, a size under the limit, text (invalid
/// UTF-8 replaced, with a warning), facts and licence.
fn read_card_file(f: &CardFile, table: &LicenceTable) -> CardRead {
    let Some(key) = accord_registry::card::key_from_file_name(&f.name) else {
        return CardRead::Rejected(
            f.name.clone(),
            "the file name cannot be a registry key: name cards org__model.md".into(),
        );
    };
    if f.bytes.len() > MAX_CARD_BYTES {
        return CardRead::Rejected(
            f.name.clone(),
            format!("{} bytes, over the {} byte limit for a model card", f.bytes.len(), MAX_CARD_BYTES),
        );
    }
    let mut warnings = Vec::new();
    let text = match std::str::from_utf8(&f.bytes) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(_) => {
            warnings.push("not valid UTF-8; invalid bytes replaced".to_owned());
            String::from_utf8_lossy(&f.bytes)
        }
    };
    let reading = accord_registry::card::read_with_licences(&key, &text, table);
    warnings.extend(reading.warnings.iter().cloned());
    let mut entry = Entry::new(key, EntryKind::Model);
    entry.put_layer(Layer {
        source: SourceKind::Card,
        reference: f.name.clone(),
        facts: reading.facts,
        warnings: reading.warnings,
    });
    CardRead::Read { name: f.name.clone(), entry, body: reading.body, warnings }
}

/// A registry entry with everything its page shows.
#[derive(Clone, Debug)]
pub struct EntryDetail {
    pub stored: RegistryEntry,
    pub entry: Entry,
    pub view: Facts,
    pub provenance: Provenance,
    pub licence_ref: LicenceRef,
    pub licence: Option<Licence>,
    /// Cumulative training compute along the lineage, and the keys it adds up.
    pub cumulative_flop: Option<f64>,
    pub compute_chain: Vec<String>,
    /// Edges where this entry is the child (its bases) or the parent (its derivatives).
    pub parents: Vec<StoredEdge>,
    pub children: Vec<StoredEdge>,
    /// The whole family (ancestors and descendants) as `(child, parent)` pairs.
    pub family: Vec<(String, String)>,
    pub transparency: Vec<accord_registry::fmti::Scorecard>,
}

/// What a member types to register or revise an entry by hand: the manual layer.
#[derive(Clone, Debug, Default)]
pub struct ManualEntry {
    pub key: String,
    pub kind: String,
    pub facts: Facts,
}

fn licences() -> Result<&'static LicenceTable> {
    LicenceTable::builtin().map_err(|e| NodeError::Internal(format!("the built-in licence table is invalid: {e}")))
}

/// The licence's class for filters (`accord_registry::openness`).
pub fn licence_class(licence: Option<&Licence>) -> &'static str {
    accord_registry::openness::classify(licence).as_str()
}

/// An entry's licence class: from its licence when the table knows it, else from Epoch AI's
/// accessibility wording (`true` in the second place when so), else unknown.
pub fn entry_licence_class(licence: Option<&Licence>, view: &Facts) -> (&'static str, bool) {
    use accord_registry::openness::{LicenceClass, classify, classify_accessibility};
    match classify(licence) {
        LicenceClass::Unknown => match view.accessibility.as_deref().and_then(classify_accessibility) {
            Some(c) => (c.as_str(), true),
            None => (LicenceClass::Unknown.as_str(), false),
        },
        known => (known.as_str(), false),
    }
}

impl Node {
    /// The lineage graph as stored now (rebuilt from the store: it is small, and other
    /// processes may have written).
    async fn lineage_graph(&self) -> Result<Lineage> {
        let mut g = Lineage::new();
        let mut by_child: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for e in self.store.lineage_edges().await? {
            by_child.entry(e.child).or_default().push(e.edge.parent);
        }
        for (child, parents) in by_child {
            // Stored edges were checked when written; a refusal here would mean a corrupt store.
            g.set_parents(&child, &parents).map_err(|e| NodeError::Internal(e.to_string()))?;
        }
        Ok(g)
    }

    /// The store columns and lineage rows of an entry.
    async fn revision_of(
        &self,
        entry: &Entry,
        body: Option<String>,
        first: bool,
        org: Option<accord_core::OrgId>,
        pending: &(dyn Fn(&str) -> Option<Entry> + Sync),
    ) -> Result<EntryRevision> {
        let (view, _) = entry.view();
        let table = licences()?;
        let licence_ref = view.licence.clone().unwrap_or_else(accord_registry::card::unknown_licence);
        let licence = table.get(&licence_ref.id);
        let (flop, _) = self.cumulative_compute(entry, &view, pending).await?;
        let namespace = entry.key.split('/').next().unwrap_or_default();
        let organisations = if view.organisations.is_empty() && !matches!(namespace, "epoch" | "local") {
            vec![namespace.to_owned()]
        } else {
            view.organisations.clone()
        };
        let mut search_text =
            format!("{} {} {}", entry.display_name(), entry.key.replace(['/', '-', '_'], " "), organisations.join(" "));
        if let Some(card) = &view.card {
            for t in card.tags.iter().chain(&card.datasets).chain(card.pipeline_tag.iter()) {
                search_text.push(' ');
                search_text.push_str(t);
            }
        }
        if let Some(l) = licence {
            search_text.push(' ');
            search_text.push_str(&l.name);
        }
        if let Some(b) = &body {
            // The start of the card: enough to find it by what it says about itself.
            let mut end = b.len().min(1500);
            while !b.is_char_boundary(end) {
                end -= 1;
            }
            search_text.push(' ');
            search_text.push_str(&b[..end]);
        }
        let card_sha256 = body.as_ref().map(|b| hex::encode(sha2::Sha256::digest(b.as_bytes())));
        let parents = view
            .base_models
            .iter()
            .map(|b| LineageEdge {
                parent: b.key.clone(),
                relation: b.relation.as_str().to_owned(),
                source: serde_json::to_value(b.source)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
                inferred: b.relation_inferred,
            })
            .collect();
        Ok(EntryRevision {
            key: entry.key.clone(),
            kind: entry.kind.as_str().to_owned(),
            organisation: org,
            first,
            entry: serde_json::to_value(entry).map_err(|e| NodeError::Internal(e.to_string()))?,
            card_markdown: body,
            card_sha256,
            columns: EntryColumns {
                name: entry.display_name(),
                organisations,
                countries: view.countries.clone(),
                modalities: view.modalities.clone(),
                licence_id: licence_ref.id.clone(),
                licence_class: entry_licence_class(licence, &view).0.to_owned(),
                open_weights: view.open_weights.or_else(|| licence.and_then(Licence::weights_shareable)),
                training_flop: flop,
                compute_method: view.compute.as_ref().map(|c| c.method.as_str().to_owned()),
                release_date: view.release_date.clone(),
                search_text,
            },
            parents,
        })
    }

    /// Cumulative compute: this model's figure, plus its base's when the figure is only the
    /// fine-tuning (at most 16 generations up; lineage is acyclic).
    async fn cumulative_compute(
        &self,
        entry: &Entry,
        view: &Facts,
        pending: &(dyn Fn(&str) -> Option<Entry> + Sync),
    ) -> Result<(Option<f64>, Vec<String>)> {
        let mut chain_computes = Vec::new();
        let mut keys = Vec::new();
        let mut current: Option<(String, Facts)> = Some((entry.key.clone(), view.clone()));
        for _ in 0..16 {
            let Some((key, facts)) = current.take() else { break };
            let Some(c) = facts.compute.clone() else { break };
            let needs_base = c.finetune_flop.is_some_and(|ft| c.flop <= ft);
            chain_computes.push(c);
            keys.push(key);
            if !needs_base {
                break;
            }
            let Some(base) = facts.base_models.first() else { break };
            // A base in the same import batch is not stored yet.
            if let Some(e) = pending(&base.key) {
                current = Some((e.key.clone(), e.view().0));
            } else if let Some(stored) = self.store.registry_entry(&base.key).await?
                && let Ok(e) = serde_json::from_value::<Entry>(stored.entry)
            {
                current = Some((e.key.clone(), e.view().0));
            }
        }
        chain_computes.reverse();
        keys.reverse();
        let refs: Vec<&accord_registry::TrainingCompute> = chain_computes.iter().collect();
        Ok((accord_registry::compute::cumulative(&refs), keys))
    }

    /// Publishes entries in batches (one transaction and one checkpoint per batch), refusing
    /// any whose lineage would close a cycle. `progress` is told how many were handled.
    ///
    /// Pipelined: while one batch is written (SQLite works on its own connection thread), the
    /// next one is prepared here, so an import runs at the pace of the slower of the two.
    async fn publish_entries(
        &self,
        p: &Principal,
        items: Vec<(Entry, Option<String>, String)>,
        report: &mut ImportReport,
        org: Option<accord_core::OrgId>,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<()> {
        let mut graph = self.lineage_graph().await?;
        let mut seen: BTreeSet<String> = BTreeSet::new();
        // Entries of the batch being prepared and of the one being written: bases that are
        // not in the store yet.
        let mut previous: BTreeMap<String, Entry> = BTreeMap::new();
        let mut in_flight: Option<PreparedBatch> = None;
        let mut done = 0u64;
        let mut chunks = items.chunks(IMPORT_BATCH);
        loop {
            let next = chunks.next();
            let prepare = async {
                match next {
                    Some(chunk) => {
                        self.prepare_batch(chunk, &mut graph, &mut seen, &previous, report, org).await.map(Some)
                    }
                    None => Ok(None),
                }
            };
            let write = async {
                match in_flight.take() {
                    Some(b) if !b.commands.is_empty() => {
                        self.write_batch(p, b.commands).await.map(|_| Some((b.outcome, b.size)))
                    }
                    Some(b) => Ok(Some((b.outcome, b.size))),
                    None => Ok(None),
                }
            };
            let (prepared, written) = tokio::join!(prepare, write);
            if let Some((outcome, n)) = written? {
                for (key, first) in outcome {
                    match first {
                        true => report.registered.push(key),
                        false => report.revised.push(key),
                    }
                }
                done += n;
                progress(done);
            }
            match prepared? {
                Some(mut b) => {
                    previous = std::mem::take(&mut b.entries);
                    in_flight = Some(b);
                }
                None => break,
            }
        }
        Ok(())
    }

    /// The commands of one batch: existing entries read in one query, layers merged, lineage
    /// checked, store columns computed.
    async fn prepare_batch(
        &self,
        chunk: &[(Entry, Option<String>, String)],
        graph: &mut Lineage,
        seen: &mut BTreeSet<String>,
        previous: &BTreeMap<String, Entry>,
        report: &mut ImportReport,
        org: Option<accord_core::OrgId>,
    ) -> Result<PreparedBatch> {
        let keys: Vec<String> = chunk.iter().map(|(e, _, _)| e.key.clone()).collect();
        let mut stored: std::collections::HashMap<String, RegistryEntry> =
            self.store.registry_entries(&keys).await?.into_iter().map(|e| (e.key.clone(), e)).collect();
        let mut pending: BTreeMap<String, Entry> = BTreeMap::new();
        let mut commands = Vec::with_capacity(chunk.len());
        let mut outcome = Vec::with_capacity(chunk.len());
        for (incoming, body, origin) in chunk {
            if !seen.insert(incoming.key.clone()) {
                report.rejected.push((origin.clone(), format!("{} appears twice in this import", incoming.key)));
                continue;
            }
            let (mut entry, old_body, first) = match stored.remove(&incoming.key) {
                Some(s) => match serde_json::from_value::<Entry>(s.entry) {
                    Ok(e) => (e, s.card_markdown, false),
                    Err(e) => return Err(NodeError::Internal(format!("stored entry {}: {e}", incoming.key))),
                },
                None => (Entry::new(incoming.key.clone(), incoming.kind), None, true),
            };
            if !first && entry.kind != incoming.kind {
                report
                    .rejected
                    .push((origin.clone(), format!("{} is registered as a {}", entry.key, entry.kind.as_str())));
                continue;
            }
            let mut changed = first;
            for layer in &incoming.layers {
                changed |= entry.put_layer(layer.clone());
            }
            let body = body.clone().or(old_body.clone());
            changed |= body != old_body;
            if !changed {
                report.unchanged.push(entry.key.clone());
                continue;
            }
            let parents: Vec<String> = entry.view().0.base_models.iter().map(|b| b.key.clone()).collect();
            if let Err(cycle) = graph.set_parents(&entry.key, &parents) {
                report.rejected.push((origin.clone(), cycle.to_string()));
                continue;
            }
            let known = |k: &str| pending.get(k).or_else(|| previous.get(k)).cloned();
            let revision = self.revision_of(&entry, body, first, org, &known).await?;
            commands.push(Command::PublishEntry(Box::new(revision)));
            outcome.push((entry.key.clone(), first));
            pending.insert(entry.key.clone(), entry);
        }
        Ok(PreparedBatch { commands, outcome, entries: pending, size: chunk.len() as u64 })
    }

    /// Imports model cards (the operator's import: signed by the node). Malformed cards import
    /// with warnings; files that cannot be cards (too large, a name that cannot be a key) and
    /// cards whose lineage would make a cycle are rejected; the rest are imported.
    pub async fn import_cards(
        &self,
        p: &Principal,
        files: Vec<CardFile>,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<ImportReport> {
        authorize(p, Action::EditContent)?;
        let table = licences()?;
        let mut report = ImportReport::default();
        // Cards are read on every core (pure work), off the async runtime; the results keep
        // the files' order.
        let read_all = move || {
            let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).max(1);
            let per = files.len().div_ceil(threads).max(1);
            std::thread::scope(|scope| {
                let handles: Vec<_> = files
                    .chunks(per)
                    .map(|part| scope.spawn(move || part.iter().map(|f| read_card_file(f, table)).collect::<Vec<_>>()))
                    .collect();
                handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect::<Vec<_>>()
            })
        };
        let readings = tokio::task::spawn_blocking(read_all).await.map_err(|e| NodeError::Internal(e.to_string()))?;
        let mut items = Vec::with_capacity(readings.len());
        let mut seen = BTreeSet::new();
        for r in readings {
            match r {
                CardRead::Rejected(name, why) => report.rejected.push((name, why)),
                CardRead::Read { name, entry, body, warnings } => {
                    if !seen.insert(entry.key.clone()) {
                        report.rejected.push((name, format!("another file in this import is also {}", entry.key)));
                        continue;
                    }
                    report.warnings.extend(warnings.into_iter().map(|w| (name.clone(), w)));
                    items.push((entry, Some(body), name));
                }
            }
        }
        self.publish_entries(p, items, &mut report, None, progress).await?;
        Ok(report)
    }

    /// Imports an Epoch AI table. A row joins the entry of a card with the same model (same
    /// reduced name, or a reviewed alias); otherwise it is `epoch/<slug>`. All or nothing on a
    /// file that is not a valid table.
    pub async fn import_epoch(
        &self,
        p: &Principal,
        csv: &str,
        snapshot: &str,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<ImportReport> {
        authorize(p, Action::EditContent)?;
        let parsed = accord_registry::epoch::parse(csv, snapshot).map_err(|e| NodeError::BadRequest(e.to_string()))?;
        let aliases = accord_registry::identity::Aliases::builtin()
            .map_err(|e| NodeError::Internal(format!("the built-in alias table is invalid: {e}")))?;
        let mut report = ImportReport::default();
        for w in &parsed.warnings {
            report.warnings.push((snapshot.to_owned(), w.clone()));
        }
        // Epoch name → final key, so bases named by Epoch point at the merged entry.
        let mut key_of: BTreeMap<String, String> = BTreeMap::new();
        for row in &parsed.rows {
            let name = row.entry.display_name();
            let mut key = row.entry.key.clone();
            if let Some(k) = aliases.key_for_epoch(&name) {
                key = k.to_owned();
            } else {
                let matches = self.store.registry_keys_by_match_name(&match_name(&name)).await?;
                if let [only] = matches.as_slice() {
                    key = only.clone();
                }
            }
            key_of.insert(row.entry.key.clone(), key);
        }
        let mut items = Vec::with_capacity(parsed.rows.len());
        for row in parsed.rows {
            let mut entry = row.entry;
            let key = key_of.get(&entry.key).cloned().unwrap_or_else(|| entry.key.clone());
            for layer in &mut entry.layers {
                for b in &mut layer.facts.base_models {
                    if let Some(k) = key_of.get(&b.key) {
                        b.key = k.clone();
                    }
                }
                for w in &layer.warnings {
                    report.warnings.push((format!("{snapshot} line {}", row.line), w.clone()));
                }
            }
            entry.key = key;
            let origin = format!("{snapshot} line {}", row.line);
            items.push((entry, None, origin));
        }
        self.publish_entries(p, items, &mut report, None, &|_| ()).await?;
        progress(report.registered.len() as u64 + report.revised.len() as u64 + report.unchanged.len() as u64);
        Ok(report)
    }

    /// Registers an entry, or revises a member's own layer of it (editors; signed by the
    /// member's organisation). Refuses bad keys, unknown kinds and lineage cycles.
    /// Returns the key, the current revision and whether the entry was created.
    pub async fn register_entry(&self, p: &Principal, input: ManualEntry) -> Result<(String, i64, bool)> {
        authorize(p, Action::EditContent)?;
        let bad = |field: &str, expected: &'static str| -> NodeError {
            accord_core::Invalid::new(field, accord_core::Problem::Malformed { expected }).into()
        };
        if !accord_registry::entry::valid_key(&input.key) {
            return Err(bad("key", "namespace/name: letters, digits, . _ - only, at most 200 characters"));
        }
        let Some(kind) = EntryKind::parse(&input.kind) else {
            return Err(accord_core::Invalid::new(
                "kind",
                accord_core::Problem::NotAllowed { allowed: vec!["model", "system"] },
            )
            .into());
        };
        if let Some(n) = &input.facts.name
            && (n.trim().is_empty() || n.chars().count() > 200)
        {
            return Err(bad("name", "1 to 200 characters"));
        }
        if let Some(d) = &input.facts.release_date
            && time::Date::parse(d, time::macros::format_description!("[year]-[month]-[day]")).is_err()
        {
            return Err(bad("release_date", "a date, YYYY-MM-DD"));
        }
        for (i, b) in input.facts.base_models.iter().enumerate() {
            if !accord_registry::entry::valid_key(&b.key) {
                return Err(bad(&format!("base_models[{i}].key"), "namespace/name"));
            }
        }
        for (i, m) in input.facts.built_on.iter().enumerate() {
            if !accord_registry::entry::valid_key(m) {
                return Err(bad(&format!("built_on[{i}]"), "namespace/name"));
            }
        }
        if let Some(c) = &input.facts.compute
            && !(c.flop.is_finite() && c.flop > 0.0)
        {
            return Err(bad("compute.flop", "a positive number of FLOP"));
        }
        if input.facts.card.is_some() {
            return Err(bad("card", "absent: cards are imported from files (accord registry import --cards)"));
        }
        let f = &input.facts;
        for (i, c) in f.countries.iter().enumerate() {
            if !(c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())) {
                return Err(bad(&format!("countries[{i}]"), "an ISO 3166-1 alpha-2 code such as FR or CN"));
            }
        }
        for (i, m) in f.modalities.iter().enumerate() {
            if m.is_empty()
                || m.len() > 40
                || !m.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(bad(&format!("modalities[{i}]"), "a code such as text, image, audio, video"));
            }
        }
        for (i, l) in f.links.iter().enumerate() {
            if !(l.starts_with("https://") || l.starts_with("http://")) || l.len() > 2000 {
                return Err(bad(&format!("links[{i}]"), "an http(s) URL"));
            }
        }
        let numbers = [
            ("parameters", f.parameters),
            ("active_parameters", f.active_parameters),
            ("training_tokens", f.training_tokens),
            ("compute.finetune_flop", f.compute.as_ref().and_then(|c| c.finetune_flop)),
            ("compute.inputs.parameters", f.compute.as_ref().and_then(|c| c.inputs.parameters)),
            ("compute.inputs.tokens", f.compute.as_ref().and_then(|c| c.inputs.tokens)),
            ("compute.inputs.accelerator_count", f.compute.as_ref().and_then(|c| c.inputs.accelerator_count)),
            ("compute.inputs.hours", f.compute.as_ref().and_then(|c| c.inputs.hours)),
            ("compute.inputs.accelerator_hours", f.compute.as_ref().and_then(|c| c.inputs.accelerator_hours)),
            ("compute.inputs.peak_flops", f.compute.as_ref().and_then(|c| c.inputs.peak_flops)),
        ];
        for (field, v) in numbers {
            if v.is_some_and(|v| !(v.is_finite() && v > 0.0)) {
                return Err(bad(field, "a positive number"));
            }
        }
        if f.compute.as_ref().and_then(|c| c.inputs.utilisation).is_some_and(|u| !(u > 0.0 && u <= 1.0)) {
            return Err(bad("compute.inputs.utilisation", "a fraction in (0, 1]"));
        }
        if f.base_models.len() > 20 || f.built_on.len() > 50 || f.organisations.len() > 20 {
            return Err(bad("base_models", "at most 20 base models, 50 models built on and 20 organisations"));
        }
        if kind == EntryKind::System && !f.base_models.is_empty() {
            return Err(bad("base_models", "absent for a system: name the models it is built on in built_on"));
        }
        if kind == EntryKind::Model && !f.built_on.is_empty() {
            return Err(bad("built_on", "absent for a model: name its bases in base_models"));
        }
        if f.built_on.contains(&input.key) {
            return Err(bad("built_on", "other entries than the system itself"));
        }
        let existing = self.store.registry_entry(&input.key).await?;
        let owner = existing.as_ref().and_then(|e| e.organisation);
        if existing.is_some() {
            accord_core::authorize_owned(p, owner)?;
        }
        let org = match p {
            Principal::User { org_id, .. } => Some(*org_id),
            _ => None,
        };
        let reference = match p {
            Principal::User { org_id, .. } => format!("organisation {org_id}"),
            _ => "operator".into(),
        };
        let mut facts = input.facts;
        facts.base_models.iter_mut().for_each(|b| b.source = accord_registry::EdgeSource::Manual);
        let layer = Layer { source: SourceKind::Manual, reference, facts, warnings: Vec::new() };
        let mut entry = Entry::new(input.key.clone(), kind);
        entry.put_layer(layer);
        let mut report = ImportReport::default();
        self.publish_entries(p, vec![(entry, None, input.key.clone())], &mut report, org, &|_| ()).await?;
        if let Some((_, why)) = report.rejected.first() {
            return Err(NodeError::BadRequest(why.clone()));
        }
        let stored = self.store.registry_entry(&input.key).await?;
        Ok((input.key, stored.map_or(0, |s| s.revision), !report.registered.is_empty()))
    }

    /// The lineage edges touching `keys` (as child or parent).
    pub async fn lineage_of(&self, keys: &[String]) -> Result<Vec<StoredEdge>> {
        Ok(self.store.lineage_edges_touching(keys).await?)
    }

    /// Lists entries (public).
    pub async fn registry_search(&self, p: &Principal, q: &RegistryQuery) -> Result<RegistryPage> {
        authorize(p, Action::ViewPublic)?;
        Ok(self.store.registry_search(q).await?)
    }

    /// The counts of each value of a column among the entries `q` selects (public).
    pub async fn registry_facet(&self, p: &Principal, q: &RegistryQuery, column: &str) -> Result<Vec<(String, i64)>> {
        authorize(p, Action::ViewPublic)?;
        Ok(self.store.registry_facet(q, column).await?)
    }

    /// One entry with its merged view, licence, lineage, compute and transparency scores.
    pub async fn registry_entry(&self, p: &Principal, key: &str) -> Result<EntryDetail> {
        authorize(p, Action::ViewPublic)?;
        let not_found = || NodeError::NotFound { kind: "registry entry", id: key.to_owned() };
        let stored = self.store.registry_entry(key).await?.ok_or_else(not_found)?;
        let entry: Entry =
            serde_json::from_value(stored.entry.clone()).map_err(|e| NodeError::Internal(e.to_string()))?;
        let (view, provenance) = entry.view();
        let table = licences()?;
        let licence_ref = view.licence.clone().unwrap_or_else(accord_registry::card::unknown_licence);
        let licence = table.get(&licence_ref.id).cloned();
        let (cumulative_flop, compute_chain) = self.cumulative_compute(&entry, &view, &|_| None).await?;
        let edges = self.store.lineage_edges_touching(&[key.to_owned()]).await?;
        let (parents, children): (Vec<_>, Vec<_>) = edges.into_iter().partition(|e| e.child == key);
        let family = self.lineage_graph().await?.family_edges(key);
        let orgs = if view.organisations.is_empty() {
            vec![key.split('/').next().unwrap_or_default().to_owned()]
        } else {
            view.organisations.clone()
        };
        let transparency = accord_registry::embedded::scorecards_for(&orgs);
        Ok(EntryDetail {
            stored,
            entry,
            view,
            provenance,
            licence_ref,
            licence,
            cumulative_flop,
            compute_chain,
            parents,
            children,
            family,
            transparency,
        })
    }

    /// Every published version of an entry, oldest first, from the transparency log.
    pub async fn registry_history(&self, p: &Principal, key: &str) -> Result<Vec<accord_core::LogEntry>> {
        authorize(p, Action::ViewPublic)?;
        Ok(self.store.record_versions("registry_entry", key).await?)
    }

    /// The rules profile of an entry, assuming it is offered in `markets` (every market the
    /// corpus knows when `None`), with where each fact came from.
    pub fn registry_profile(
        &self,
        d: &EntryDetail,
        markets: Option<BTreeSet<String>>,
    ) -> (accord_rules::Profile, Vec<accord_registry::profile::Derivation>) {
        let markets = markets.unwrap_or_else(|| self.corpus_markets());
        let assumptions = accord_registry::profile::Assumptions {
            markets,
            foss_licence: d.licence.as_ref().and_then(|l| l.foss),
            weights_shareable: d.licence.as_ref().and_then(Licence::weights_shareable),
            training_flop: d.cumulative_flop,
        };
        accord_registry::profile::profile(d.entry.kind, &d.view, &assumptions)
    }

    /// The market codes the corpus tests (from the rules, never a list in code).
    pub fn corpus_markets(&self) -> BTreeSet<String> {
        self.corpus.values_tested().remove("markets").unwrap_or_default()
    }

    /// Training-compute thresholds the corpus sets: `(FLOP, rule id, instrument, jurisdiction)`,
    /// lowest first, one per distinct value and instrument.
    pub fn compute_thresholds(&self) -> Vec<(f64, String, String, String)> {
        let mut out: Vec<(f64, String, String, String)> = Vec::new();
        for rule in self.corpus.rules().values() {
            if let Some(t) = &rule.threshold
                && t.fact == "training_flop"
                && !out.iter().any(|(v, _, i, _)| *v == t.value && *i == rule.instrument)
            {
                out.push((t.value, rule.id.clone(), rule.instrument.clone(), rule.jurisdiction.clone()));
            }
        }
        out.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.2.cmp(&b.2)));
        out
    }
}
