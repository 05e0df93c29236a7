//! Imports of incident data (AIID, AVID, ATLAS, STIX bundles, the demo set): all or nothing.
//! The records are checked first, then written in one transaction with their signed records;
//! a record whose content did not change gets no new version.

use std::collections::{BTreeMap, BTreeSet};

use accord_core::{Action, Command, OrgId, Principal, authorize};
use accord_safety::access::Status;
use accord_safety::import::ImportSet;
use accord_safety::marking::Marking;
use serde::Serialize;
use sha2::Digest;

use super::{Version, content_digest, incident_revision, new_seal_id, parse_marking, parse_status, report_revision};
use crate::{Node, NodeError, Result};

/// Which source an import came from, for the log's action names and the outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportSource {
    Aiid,
    Avid,
    Atlas,
    Stix,
    Demo,
}

/// What an import did.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ImportOutcome {
    pub incidents_created: usize,
    pub incidents_revised: usize,
    pub reports_created: usize,
    pub reports_revised: usize,
    pub unchanged: usize,
    pub duplicates_merged: usize,
    /// Non-fatal: what was skipped or repaired, with where and why.
    pub warnings: Vec<String>,
}

impl Node {
    /// Imports a parsed set. The marking maps give a record's marking by key (STIX bundles carry
    /// them); records without one are public (the open databases' data). `owner` is the
    /// organisation the records belong to (none for the operator's imports of public data).
    pub async fn import_safety(
        &self,
        p: &Principal,
        set: ImportSet,
        incident_markings: &BTreeMap<String, Marking>,
        report_markings: &BTreeMap<String, Marking>,
        owner: Option<OrgId>,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<ImportOutcome> {
        authorize(p, Action::EditContent)?;
        let mut outcome = ImportOutcome { warnings: set.warnings.clone(), ..ImportOutcome::default() };
        let incident_marking = |key: &str| incident_markings.get(key).copied().unwrap_or(Marking::PUBLIC);
        let report_marking = |key: &str| report_markings.get(key).copied().unwrap_or(Marking::PUBLIC);

        // 1. Everything is checked before anything is written.
        let mut incidents = Vec::with_capacity(set.incidents.len());
        let mut keys = BTreeSet::new();
        for (n, i) in set.incidents.into_iter().enumerate() {
            let i = i
                .validate()
                .map_err(|e| NodeError::BadRequest(format!("incident {} (record {}): {e}", n + 1, n + 1)))?;
            if !keys.insert(i.key.clone()) {
                return Err(NodeError::BadRequest(format!("incident {} appears twice in this import", i.key)));
            }
            incidents.push(i);
        }
        let mut reports = Vec::with_capacity(set.reports.len());
        let mut report_keys = BTreeSet::new();
        for (n, r) in set.reports.into_iter().enumerate() {
            let r =
                r.validate().map_err(|e| NodeError::BadRequest(format!("report {} (record {}): {e}", n + 1, n + 1)))?;
            if !report_keys.insert(r.key.clone()) {
                return Err(NodeError::BadRequest(format!("report {} appears twice in this import", r.key)));
            }
            reports.push(r);
        }
        accord_safety::duplicates::resolve(&set.duplicates).map_err(|e| NodeError::BadRequest(e.to_string()))?;

        // 2. Versions: new records, changed ones, unchanged ones (skipped).
        let mut commands = Vec::new();
        let mut incident_markings: BTreeMap<String, (Marking, Option<OrgId>)> = BTreeMap::new();
        for i in &incidents {
            let marking = incident_marking(&i.key);
            let json = serde_json::to_value(i).map_err(|e| NodeError::Internal(e.to_string()))?;
            let stored = self.store.safety_record("incident", &i.key).await?;
            let action = "incident.import";
            match stored {
                None => {
                    commands.push(incident_revision(
                        i,
                        Version {
                            marking,
                            status: Status::Published,
                            owner,
                            first: true,
                            seal_id: new_seal_id(),
                            action,
                        },
                        vec![],
                    )?);
                    outcome.incidents_created += 1;
                    incident_markings.insert(i.key.clone(), (marking, owner));
                }
                Some(s) => {
                    if s.owner != owner {
                        return Err(NodeError::BadRequest(format!(
                            "incident {} belongs to another organisation; it cannot be replaced by this import",
                            i.key
                        )));
                    }
                    let same = content_digest(&s.record_json, parse_marking(&s)?, parse_status(&s)?)
                        == content_digest(&json, marking, Status::Published);
                    incident_markings.insert(i.key.clone(), (marking, owner));
                    if same {
                        outcome.unchanged += 1;
                        continue;
                    }
                    commands.push(incident_revision(
                        i,
                        Version { marking, status: Status::Published, owner, first: false, seal_id: s.seal_id, action },
                        vec![],
                    )?);
                    outcome.incidents_revised += 1;
                }
            }
        }
        for r in &reports {
            let incident = match incident_markings.get(&r.incident) {
                Some(m) => *m,
                None => match self.store.safety_record("incident", &r.incident).await? {
                    Some(s) => (parse_marking(&s)?, s.owner),
                    None => {
                        return Err(NodeError::BadRequest(format!(
                            "report {}: its incident {} is neither in this import nor on the node",
                            r.key, r.incident
                        )));
                    }
                },
            };
            let marking = report_marking(&r.key);
            let json = serde_json::to_value(r).map_err(|e| NodeError::Internal(e.to_string()))?;
            match self.store.safety_record("report", &r.key).await? {
                None => {
                    commands.push(report_revision(
                        r,
                        Version {
                            marking,
                            status: Status::Published,
                            owner,
                            first: true,
                            seal_id: new_seal_id(),
                            action: "report.import",
                        },
                        incident,
                    )?);
                    outcome.reports_created += 1;
                }
                Some(s) => {
                    if s.owner != owner {
                        return Err(NodeError::BadRequest(format!(
                            "report {} belongs to another organisation; it cannot be replaced by this import",
                            r.key
                        )));
                    }
                    if content_digest(&s.record_json, parse_marking(&s)?, parse_status(&s)?)
                        == content_digest(&json, marking, Status::Published)
                    {
                        outcome.unchanged += 1;
                        continue;
                    }
                    commands.push(report_revision(
                        r,
                        Version {
                            marking,
                            status: Status::Published,
                            owner,
                            first: false,
                            seal_id: s.seal_id,
                            action: "report.import",
                        },
                        incident,
                    )?);
                    outcome.reports_revised += 1;
                }
            }
        }
        let merged: BTreeMap<String, String> = self.store.safety_duplicates().await?.into_iter().collect();
        for (duplicate, canonical) in &set.duplicates {
            if merged.get(duplicate) == Some(canonical) {
                continue;
            }
            if merged.contains_key(duplicate) {
                outcome.warnings.push(format!(
                    "duplicate {duplicate} → {canonical}: already merged into {}; kept as it was",
                    merged[duplicate]
                ));
                continue;
            }
            let known = incident_markings.contains_key(canonical)
                || self.store.safety_record("incident", canonical).await?.is_some();
            if !known {
                outcome.warnings.push(format!("duplicate {duplicate} → {canonical}: {canonical} is not in the data"));
                continue;
            }
            let public = [duplicate, canonical]
                .iter()
                .all(|k| incident_markings.get(k.as_str()).is_none_or(|(m, _)| *m == Marking::PUBLIC));
            commands.push(Command::MergeIncidents {
                duplicate: duplicate.clone(),
                canonical: canonical.clone(),
                public,
                digest: hex::encode(sha2::Sha256::digest(format!("{duplicate}\n{canonical}").as_bytes())),
                seal_id: new_seal_id(),
            });
            outcome.duplicates_merged += 1;
        }

        // 3. One transaction: all or nothing.
        let total = commands.len() as u64;
        let alerts = super::alerts::Change::of_commands(&commands);
        if !commands.is_empty() {
            self.write_batch(p, commands).await?;
        }
        progress(total);
        self.sync_index().await?;
        self.enqueue_alerts(alerts).await;
        Ok(outcome)
    }
}
