//! Safety operations: incidents and reports under markings, intake and review, merges, reads
//! and exports. Every read goes through [`Node::viewer`] and the tokens of
//! `accord_safety::access`, so one rule decides what each exit shows.

mod alerts;
mod import;
mod index;

use std::collections::BTreeMap;

use accord_core::validate::{Invalid, Problem, required_text};
use accord_core::{
    Action, Command, OrgId, Principal, Role, SafetyRevision, SharingGroupDraft, authorize, authorize_owned,
};
use accord_safety::access::{self, Status, Viewer};
use accord_safety::marking::{Distribution, Marking, Tlp};
use accord_safety::model::{Incident, Report};
use accord_safety::similar::{self, Suggestion};
use accord_safety::workflow::{self, Decision};
use accord_store::{SafetyListQuery, SharingGroup, StoredSafety};
use serde::Serialize;
use sha2::Digest;
use uuid::Uuid;

pub use alerts::{Outgoing, SendOutcome, WebhookInput, valid_webhook_url};
pub use import::{ImportOutcome, ImportSource};
pub use index::{FACETS, SearchHandle, index_dir};

use crate::{Node, NodeError, Result};

/// An incident as a viewer sees it: the record, its marking and workflow state, and the
/// reports the viewer may see (its own and those of incidents merged into it).
#[derive(Clone, Debug, Serialize)]
pub struct IncidentView {
    pub key: String,
    pub incident: Incident,
    pub marking: Marking,
    pub status: Status,
    /// The owner organisation's name; imports have none.
    pub owner: Option<String>,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
    pub reports: Vec<ReportView>,
    /// Incidents merged into this one that the viewer may see.
    pub duplicates: Vec<String>,
    /// The opaque id of this record's versions in the transparency log.
    pub log_id: String,
    /// Whether the log carries the content (public records) or only its digest.
    pub log_has_content: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct ReportView {
    pub key: String,
    pub report: Report,
    pub marking: Marking,
    pub status: Status,
    pub owner: Option<String>,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
    pub log_id: String,
}

/// A lookup by key: the incident, or where a duplicate now points.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum IncidentLookup {
    Found(Box<IncidentView>),
    Redirect { from: String, to: String },
}

/// A new incident or report from a member: the record and how it is to be shared.
#[derive(Clone, Debug)]
pub struct MarkingInput {
    pub tlp: String,
    pub distribution: String,
    pub sharing_group: Option<String>,
}

impl MarkingInput {
    pub fn parse(&self) -> Result<Marking, Invalid> {
        let tlp = Tlp::parse("tlp", &self.tlp)?;
        let distribution = Distribution::parse("distribution", &self.distribution)?;
        let group =
            match self.sharing_group.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                None => None,
                Some(g) => Some(Uuid::parse_str(g).map_err(|_| {
                    Invalid::new("sharing_group", Problem::Malformed { expected: "a sharing group id" })
                })?),
            };
        Marking::new(tlp, distribution, group)
    }
}

/// What a submission returns: the new key and the existing incidents it may duplicate.
#[derive(Clone, Debug, Serialize)]
pub struct Submitted {
    pub key: String,
    pub status: Status,
    pub suggestions: Vec<Suggestion>,
}

fn parse_marking(s: &StoredSafety) -> Result<Marking> {
    let corrupt = |what: &str| NodeError::Internal(format!("stored {} {} has a bad {what}", s.record, s.key));
    let tlp = Tlp::parse("tlp", &s.tlp).map_err(|_| corrupt("tlp"))?;
    let distribution = Distribution::parse("distribution", &s.distribution).map_err(|_| corrupt("distribution"))?;
    Marking::new(tlp, distribution, s.sharing_group).map_err(|_| corrupt("marking"))
}

fn parse_status(s: &StoredSafety) -> Result<Status> {
    Status::parse(&s.status).ok_or_else(|| NodeError::Internal(format!("stored {} has a bad status", s.key)))
}

fn content_digest(record: &serde_json::Value, marking: Marking, status: Status) -> String {
    let canonical = serde_json::json!({ "record": record, "marking": marking, "status": status });
    hex::encode(sha2::Sha256::digest(canonical.to_string().as_bytes()))
}

fn visible(viewer: &Viewer, s: &StoredSafety) -> bool {
    let tokens: std::collections::BTreeSet<String> = s.tokens.iter().cloned().collect();
    access::can_see(viewer, &tokens)
}

/// What a new version of a record is: its marking, status and owner, whether it is the first,
/// the log id of the record, and what happened.
pub(crate) struct Version {
    pub marking: Marking,
    pub status: Status,
    pub owner: Option<OrgId>,
    pub first: bool,
    pub seal_id: String,
    pub action: &'static str,
}

/// Builds the store's revision for an incident version.
pub(crate) fn incident_revision(
    incident: &Incident,
    v: Version,
    retoken: Vec<(String, Vec<String>)>,
) -> Result<Command> {
    let Version { marking, status, owner, first, seal_id, action } = v;
    let json = serde_json::to_value(incident).map_err(|e| NodeError::Internal(e.to_string()))?;
    let tokens = access::record_tokens(marking, owner, status);
    Ok(Command::PutSafetyRecord(Box::new(SafetyRevision {
        record: "incident",
        key: incident.key.clone(),
        incident: None,
        first,
        seal_id,
        action,
        owner,
        status: status.as_str().to_owned(),
        tlp: marking.tlp.as_str().to_owned(),
        distribution: marking.distribution.as_str().to_owned(),
        sharing_group: marking.sharing_group,
        public: status == Status::Published && tokens.contains(access::PUBLIC),
        tokens: tokens.into_iter().collect(),
        content_sha256: content_digest(&json, marking, status),
        record_json: json,
        title: incident.title.clone(),
        kind: incident.kind.as_str().to_owned(),
        lang: incident.lang.clone(),
        date: incident.date.clone(),
        source: incident.source.as_str().to_owned(),
        retoken,
    })))
}

/// Builds the store's revision for a report version; its tokens take its incident's audience
/// into account ("the most restrictive wins").
pub(crate) fn report_revision(report: &Report, v: Version, incident: (Marking, Option<OrgId>)) -> Result<Command> {
    let Version { marking, status, owner, first, seal_id, action } = v;
    let json = serde_json::to_value(report).map_err(|e| NodeError::Internal(e.to_string()))?;
    let tokens = access::report_tokens(incident.0, incident.1, marking, owner, status);
    Ok(Command::PutSafetyRecord(Box::new(SafetyRevision {
        record: "report",
        key: report.key.clone(),
        incident: Some(report.incident.clone()),
        first,
        seal_id,
        action,
        owner,
        status: status.as_str().to_owned(),
        tlp: marking.tlp.as_str().to_owned(),
        distribution: marking.distribution.as_str().to_owned(),
        sharing_group: marking.sharing_group,
        public: status == Status::Published && tokens.contains(access::PUBLIC),
        tokens: tokens.into_iter().collect(),
        content_sha256: content_digest(&json, marking, status),
        record_json: json,
        title: report.title.clone(),
        kind: "report".to_owned(),
        lang: report.lang.clone(),
        date: report.date_published.clone(),
        source: report.source.as_str().to_owned(),
        retoken: Vec::new(),
    })))
}

fn new_seal_id() -> String {
    Uuid::now_v7().to_string()
}

/// A fresh key for a member's incident or report: the prefix and the random tail of a UUIDv7.
fn new_key(prefix: &str) -> String {
    let id = Uuid::now_v7().simple().to_string().to_ascii_uppercase();
    format!("{prefix}-{}", &id[id.len() - 10..])
}

impl Node {
    /// The viewer a principal is, with its organisation's sharing groups looked up now, so a
    /// change of membership takes effect at once.
    pub async fn viewer(&self, p: &Principal) -> Result<Viewer> {
        Ok(match p {
            Principal::Operator => Viewer::Operator,
            Principal::Anonymous => Viewer::Anonymous,
            Principal::User { org_id, role, .. } => Viewer::Member {
                org: *org_id,
                groups: self.store.sharing_groups_of(*org_id).await?,
                reviewer: matches!(role, Role::Reviewer | Role::Admin),
            },
        })
    }

    async fn org_name(&self, org: Option<OrgId>) -> Result<Option<String>> {
        match org {
            None => Ok(None),
            Some(o) => Ok(self.store.organisation(o).await?.map(|o| o.name)),
        }
    }

    /// A safety record the viewer may see, or "does not exist" — the same answer whether it is
    /// absent or hidden, so a refusal does not confirm that a key exists.
    async fn visible_record(&self, viewer: &Viewer, record: &'static str, key: &str) -> Result<StoredSafety> {
        let not_found = || NodeError::NotFound { kind: record, id: key.to_owned() };
        let stored = self.store.safety_record(record, key).await?.ok_or_else(not_found)?;
        if visible(viewer, &stored) { Ok(stored) } else { Err(not_found()) }
    }

    /// The duplicate mapping, resolved (a chain ends at its last incident).
    pub async fn resolved_duplicates(&self) -> Result<BTreeMap<String, String>> {
        let mapping: BTreeMap<String, String> = self.store.safety_duplicates().await?.into_iter().collect();
        accord_safety::duplicates::resolve(&mapping).map_err(|e| NodeError::Internal(e.to_string()))
    }

    /// One incident as `p` may see it, or where a duplicate redirects.
    pub async fn incident(&self, p: &Principal, key: &str) -> Result<IncidentLookup> {
        authorize(p, Action::ViewPublic)?;
        let viewer = self.viewer(p).await?;
        let duplicates = self.resolved_duplicates().await?;
        let stored = self.visible_record(&viewer, "incident", key).await;
        if let Some(to) = duplicates.get(key) {
            // Redirect only from a duplicate the viewer may see (or one that is not stored, as
            // most of AIID's are not) to an incident the viewer may see.
            let absent = matches!(stored, Err(NodeError::NotFound { .. }))
                && self.store.safety_record("incident", key).await?.is_none();
            if (stored.is_ok() || absent) && self.visible_record(&viewer, "incident", to).await.is_ok() {
                return Ok(IncidentLookup::Redirect { from: key.to_owned(), to: to.clone() });
            }
        }
        let stored = stored?;
        let merged: Vec<String> = duplicates.iter().filter(|(_, c)| *c == key).map(|(d, _)| d.clone()).collect();
        let mut reports = Vec::new();
        let mut visible_duplicates = Vec::new();
        for incident_key in std::iter::once(key.to_owned()).chain(merged.iter().cloned()) {
            if incident_key != key {
                if self.visible_record(&viewer, "incident", &incident_key).await.is_err() {
                    continue;
                }
                visible_duplicates.push(incident_key.clone());
            }
            let query = SafetyListQuery {
                record: "report",
                tokens: viewer.tokens(),
                statuses: vec![],
                incident: Some(incident_key),
                after_key: None,
                limit: 10_000,
            };
            for r in self.store.safety_list(&query).await? {
                reports.push(self.report_view(r).await?);
            }
        }
        Ok(IncidentLookup::Found(Box::new(self.incident_view(stored, reports, visible_duplicates).await?)))
    }

    async fn incident_view(
        &self,
        stored: StoredSafety,
        reports: Vec<ReportView>,
        duplicates: Vec<String>,
    ) -> Result<IncidentView> {
        let marking = parse_marking(&stored)?;
        let status = parse_status(&stored)?;
        let incident: Incident = serde_json::from_value(stored.record_json.clone())
            .map_err(|e| NodeError::Internal(format!("stored incident {}: {e}", stored.key)))?;
        Ok(IncidentView {
            key: stored.key.clone(),
            incident,
            marking,
            status,
            owner: self.org_name(stored.owner).await?,
            version: stored.version,
            created_at: stored.created_at,
            updated_at: stored.updated_at,
            reports,
            duplicates,
            log_has_content: stored.tokens.iter().any(|t| t == access::PUBLIC) && status == Status::Published,
            log_id: stored.seal_id,
        })
    }

    async fn report_view(&self, stored: StoredSafety) -> Result<ReportView> {
        let report: Report = serde_json::from_value(stored.record_json.clone())
            .map_err(|e| NodeError::Internal(format!("stored report {}: {e}", stored.key)))?;
        Ok(ReportView {
            key: stored.key.clone(),
            report,
            marking: parse_marking(&stored)?,
            status: parse_status(&stored)?,
            owner: self.org_name(stored.owner).await?,
            version: stored.version,
            created_at: stored.created_at,
            updated_at: stored.updated_at,
            log_id: stored.seal_id,
        })
    }

    /// One report as `p` may see it.
    pub async fn incident_report(&self, p: &Principal, key: &str) -> Result<ReportView> {
        authorize(p, Action::ViewPublic)?;
        let viewer = self.viewer(p).await?;
        let stored = self.visible_record(&viewer, "report", key).await?;
        self.report_view(stored).await
    }

    /// Every incident and report `p` may see, in key order, for exports (CSV, JSON, STIX).
    /// Duplicates are included (they are records too), with the mapping beside them.
    pub async fn safety_export_set(&self, p: &Principal) -> Result<(Vec<IncidentView>, Vec<ReportView>)> {
        authorize(p, Action::ViewPublic)?;
        let viewer = self.viewer(p).await?;
        let mut incidents = Vec::new();
        let mut reports = Vec::new();
        for record in ["incident", "report"] {
            let mut after = None;
            loop {
                let query = SafetyListQuery {
                    record,
                    tokens: viewer.tokens(),
                    statuses: vec!["published".into()],
                    incident: None,
                    after_key: after.clone(),
                    limit: 1_000,
                };
                let page = self.store.safety_list(&query).await?;
                let Some(last) = page.last() else { break };
                after = Some(last.key.clone());
                for s in page {
                    if record == "incident" {
                        incidents.push(self.incident_view(s, vec![], vec![]).await?);
                    } else {
                        reports.push(self.report_view(s).await?);
                    }
                }
            }
        }
        Ok((incidents, reports))
    }

    /// What `p` may export, as the formats take it (JSON, NDJSON, CSV, STIX): published
    /// records only, each with its marking, and duplicates with the incident they redirect to.
    pub async fn export_items(&self, p: &Principal) -> Result<Vec<accord_safety::export::ExportItem>> {
        use accord_safety::export::{ExportItem, Record};
        let (incidents, reports) = self.safety_export_set(p).await?;
        let duplicates = self.resolved_duplicates().await?;
        let parse = |t: &str| {
            time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339)
                .map_err(|e| NodeError::Internal(format!("stored time {t:?}: {e}")))
        };
        let mut items = Vec::with_capacity(incidents.len() + reports.len());
        for v in incidents {
            items.push(ExportItem {
                duplicate_of: duplicates.get(&v.key).cloned(),
                created: parse(&v.created_at)?,
                modified: parse(&v.updated_at)?,
                record: Record::Incident(v.incident),
                marking: v.marking,
                status: v.status,
                owner: v.owner,
            });
        }
        for v in reports {
            items.push(ExportItem {
                duplicate_of: None,
                created: parse(&v.created_at)?,
                modified: parse(&v.updated_at)?,
                record: Record::Report(v.report),
                marking: v.marking,
                status: v.status,
                owner: v.owner,
            });
        }
        Ok(items)
    }

    /// The producer STIX bundles name: this node, with ids seeded by its signing key so they
    /// stay stable across exports.
    pub fn stix_producer(&self) -> accord_safety::stix::Producer {
        accord_safety::stix::Producer {
            name: self.origin.clone(),
            namespace: Uuid::new_v5(&accord_safety::stix::ACCORD_NAMESPACE, self.origin.as_bytes()),
            created: time::OffsetDateTime::UNIX_EPOCH,
        }
    }

    /// The reviewer's queue: submitted and triaged records `p` may review, oldest key first.
    pub async fn review_queue(&self, p: &Principal) -> Result<(Vec<IncidentView>, Vec<ReportView>)> {
        authorize(p, Action::ReviewContent)?;
        let viewer = self.viewer(p).await?;
        let statuses = vec!["submitted".to_owned(), "triaged".to_owned()];
        let mut incidents = Vec::new();
        let mut reports = Vec::new();
        for record in ["incident", "report"] {
            let query = SafetyListQuery {
                record,
                tokens: viewer.tokens(),
                statuses: statuses.clone(),
                incident: None,
                after_key: None,
                limit: 500,
            };
            for s in self.store.safety_list(&query).await? {
                if record == "incident" {
                    incidents.push(self.incident_view(s, vec![], vec![]).await?);
                } else {
                    reports.push(self.report_view(s).await?);
                }
            }
        }
        Ok((incidents, reports))
    }

    // ---- intake --------------------------------------------------------------------------

    /// A member reports a new incident. It starts as `submitted`, owned by the member's
    /// organisation, and comes back with the existing incidents it may duplicate (among those
    /// the member may see).
    pub async fn submit_incident(&self, p: &Principal, mut incident: Incident, marking: Input) -> Result<Submitted> {
        authorize(p, Action::Participate)?;
        let Principal::User { org_id, .. } = p else {
            return Err(NodeError::BadRequest("incidents are reported by a member organisation's user".into()));
        };
        let marking = self.checked_marking(*org_id, marking).await?;
        incident.key = new_key("INC");
        incident.source = accord_safety::model::Source::Member;
        let incident = incident.validate()?;
        let suggestions = self.near_duplicates(p, &incident).await?;
        let version = Version {
            marking,
            status: Status::Submitted,
            owner: Some(*org_id),
            first: true,
            seal_id: new_seal_id(),
            action: "incident.submit",
        };
        let command = incident_revision(&incident, version, vec![])?;
        self.write(p, command).await?;
        self.sync_index().await?;
        Ok(Submitted { key: incident.key, status: Status::Submitted, suggestions })
    }

    /// A member adds a report (evidence) to an incident it may see.
    pub async fn submit_report(&self, p: &Principal, mut report: Report, marking: Input) -> Result<Submitted> {
        authorize(p, Action::Participate)?;
        let Principal::User { org_id, .. } = p else {
            return Err(NodeError::BadRequest("reports are submitted by a member organisation's user".into()));
        };
        let marking = self.checked_marking(*org_id, marking).await?;
        let viewer = self.viewer(p).await?;
        let incident_key = accord_safety::model::valid_key("incident", &report.incident)?;
        let incident = self.visible_record(&viewer, "incident", &incident_key).await?;
        report.key = new_key("REP");
        report.incident = incident_key;
        report.source = accord_safety::model::Source::Member;
        let report = report.validate()?;
        let version = Version {
            marking,
            status: Status::Submitted,
            owner: Some(*org_id),
            first: true,
            seal_id: new_seal_id(),
            action: "report.submit",
        };
        let command = report_revision(&report, version, (parse_marking(&incident)?, incident.owner))?;
        self.write(p, command).await?;
        self.sync_index().await?;
        Ok(Submitted { key: report.key, status: Status::Submitted, suggestions: vec![] })
    }

    /// Checks the marking a member chose: a sharing group must exist and include the member's
    /// organisation (one cannot send to a group one is not in).
    async fn checked_marking(&self, org: OrgId, input: Input) -> Result<Marking> {
        let marking = input.parse()?;
        if let Some(g) = marking.sharing_group {
            let groups = self.store.sharing_groups_of(org).await?;
            if !groups.contains(&g) {
                return Err(Invalid::new(
                    "sharing_group",
                    Problem::Malformed { expected: "a sharing group your organisation belongs to" },
                )
                .into());
            }
        }
        Ok(marking)
    }

    /// Existing incidents the new one may duplicate, among those `p` may see (the candidates
    /// come from the search index with the viewer's tokens, then are scored exactly).
    pub async fn near_duplicates(&self, p: &Principal, incident: &Incident) -> Result<Vec<Suggestion>> {
        let viewer = self.viewer(p).await?;
        let text = format!("{} {}", incident.title, incident.description);
        let hits = self.search_keys(&viewer, &text, 50).await?;
        let mut stored = Vec::new();
        for key in hits {
            if let Ok(s) = self.visible_record(&viewer, "incident", &key).await
                && let Ok(i) = serde_json::from_value::<Incident>(s.record_json)
            {
                stored.push(i);
            }
        }
        let entity_ids = |i: &Incident| i.entities.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        let new_entities = entity_ids(incident);
        let all_entities: Vec<Vec<String>> = stored.iter().map(entity_ids).collect();
        let candidates: Vec<similar::Candidate<'_>> = stored
            .iter()
            .zip(&all_entities)
            .map(|(i, e)| similar::Candidate {
                key: &i.key,
                title: &i.title,
                description: &i.description,
                date: i.date.as_deref(),
                entities: e.iter().map(String::as_str).collect(),
            })
            .collect();
        let new = similar::Candidate {
            key: &incident.key,
            title: &incident.title,
            description: &incident.description,
            date: incident.date.as_deref(),
            entities: new_entities.iter().map(String::as_str).collect(),
        };
        Ok(similar::suggest(&new, &candidates, 5))
    }

    /// A reviewer moves a record along the workflow.
    pub async fn review(&self, p: &Principal, record: &'static str, key: &str, decision: &str) -> Result<Status> {
        authorize(p, Action::ReviewContent)?;
        let decision = Decision::parse(decision).ok_or_else(|| {
            Invalid::new(
                "decision",
                Problem::NotAllowed { allowed: Decision::ALL.iter().map(|d| d.as_str()).collect() },
            )
        })?;
        let viewer = self.viewer(p).await?;
        let stored = self.visible_record(&viewer, record, key).await?;
        let from = parse_status(&stored)?;
        let to = workflow::next(from, decision).map_err(|e| NodeError::BadRequest(e.to_string()))?;
        let action = match (record, to) {
            ("incident", Status::Published) => "incident.publish",
            ("incident", _) => "incident.review",
            (_, Status::Published) => "report.publish",
            _ => "report.review",
        };
        self.rewrite(p, stored, None, Some(to), action).await?;
        Ok(to)
    }

    /// The owner organisation (its editors) or an administrator changes a record's marking. The
    /// new audience reaches every copy: the record, its reports, the search index, and every
    /// later export and feed.
    pub async fn set_marking(&self, p: &Principal, record: &'static str, key: &str, marking: Input) -> Result<()> {
        let viewer = self.viewer(p).await?;
        let stored = self.visible_record(&viewer, record, key).await?;
        authorize_owned(p, stored.owner)?;
        let marking = match (p, stored.owner) {
            (Principal::User { org_id, .. }, _) => self.checked_marking(*org_id, marking).await?,
            (_, Some(owner)) => self.checked_marking(owner, marking).await?,
            (_, None) => marking.parse()?,
        };
        let action = if record == "incident" { "incident.mark" } else { "report.mark" };
        self.rewrite(p, stored, Some(marking), None, action).await
    }

    /// Writes a new version of a stored record with a new marking and/or status.
    async fn rewrite(
        &self,
        p: &Principal,
        stored: StoredSafety,
        marking: Option<Marking>,
        status: Option<Status>,
        action: &'static str,
    ) -> Result<()> {
        let marking = marking.unwrap_or(parse_marking(&stored)?);
        let status = status.unwrap_or(parse_status(&stored)?);
        let command = if stored.record == "incident" {
            let incident: Incident =
                serde_json::from_value(stored.record_json.clone()).map_err(|e| NodeError::Internal(e.to_string()))?;
            // Every report of the incident gets its audience recomputed in the same transaction.
            let query = SafetyListQuery {
                record: "report",
                tokens: None,
                statuses: vec![],
                incident: Some(stored.key.clone()),
                after_key: None,
                limit: 100_000,
            };
            let mut retoken = Vec::new();
            for r in self.store.safety_list(&query).await? {
                let tokens =
                    access::report_tokens(marking, stored.owner, parse_marking(&r)?, r.owner, parse_status(&r)?);
                retoken.push((r.key, tokens.into_iter().collect()));
            }
            let version =
                Version { marking, status, owner: stored.owner, first: false, seal_id: stored.seal_id, action };
            incident_revision(&incident, version, retoken)?
        } else {
            let report: Report =
                serde_json::from_value(stored.record_json.clone()).map_err(|e| NodeError::Internal(e.to_string()))?;
            let incident = self
                .store
                .safety_record("incident", &report.incident)
                .await?
                .ok_or_else(|| NodeError::NotFound { kind: "incident", id: report.incident.clone() })?;
            let version =
                Version { marking, status, owner: stored.owner, first: false, seal_id: stored.seal_id, action };
            report_revision(&report, version, (parse_marking(&incident)?, incident.owner))?
        };
        self.write(p, command).await?;
        self.sync_index().await?;
        self.enqueue_alerts(alerts::Change::of(stored.record, &stored.key, action, false).into_iter().collect()).await;
        Ok(())
    }

    /// An editor marks `duplicate` as a duplicate of `canonical`: its page redirects and its
    /// reports show under the canonical incident. Both must be visible to the editor; a merge
    /// that would form a cycle is refused.
    pub async fn merge_incidents(&self, p: &Principal, duplicate: &str, canonical: &str) -> Result<String> {
        authorize(p, Action::EditContent)?;
        let viewer = self.viewer(p).await?;
        let dup = self.visible_record(&viewer, "incident", duplicate).await?;
        let can = self.visible_record(&viewer, "incident", canonical).await?;
        let mapping: BTreeMap<String, String> = self.store.safety_duplicates().await?.into_iter().collect();
        if mapping.contains_key(duplicate) {
            return Err(NodeError::Conflict { field: "duplicate" });
        }
        let resolved = accord_safety::duplicates::check_merge(&mapping, duplicate, canonical)
            .map_err(|e| NodeError::BadRequest(e.to_string()))?;
        let public = [&dup, &can].iter().all(|s| s.tokens.iter().any(|t| t == access::PUBLIC));
        let digest = hex::encode(sha2::Sha256::digest(format!("{duplicate}\n{canonical}").as_bytes()));
        let command = Command::MergeIncidents {
            duplicate: duplicate.to_owned(),
            canonical: canonical.to_owned(),
            public,
            digest,
            seal_id: new_seal_id(),
        };
        self.write(p, command).await?;
        self.sync_index().await?;
        self.enqueue_alerts(vec![alerts::Change::updated(&resolved)]).await;
        Ok(resolved)
    }

    // ---- sharing groups ------------------------------------------------------------------

    /// A member organisation's editor or an administrator creates a sharing group; the
    /// creating organisation is always a member.
    pub async fn create_sharing_group(
        &self,
        p: &Principal,
        name: &str,
        description: &str,
        members: &[OrgId],
    ) -> Result<SharingGroup> {
        authorize(p, Action::EditContent)?;
        let created_by = match p {
            Principal::User { org_id, .. } => *org_id,
            _ => *members.first().ok_or_else(|| Invalid::new("members", Problem::Missing))?,
        };
        let name = required_text("name", name, 120)?;
        let description = accord_core::validate::optional_text("description", description, 2000)?.unwrap_or_default();
        let mut all = vec![created_by];
        for m in members {
            if self.store.organisation(*m).await?.is_none() {
                return Err(NodeError::NotFound { kind: "organisation", id: m.to_string() });
            }
            if !all.contains(m) {
                all.push(*m);
            }
        }
        let draft = SharingGroupDraft {
            id: Uuid::now_v7(),
            name,
            description,
            releasable_to: String::new(),
            created_by,
            members: all,
        };
        let id = draft.id;
        self.write(p, Command::CreateSharingGroup(draft)).await?;
        self.store
            .sharing_groups()
            .await?
            .into_iter()
            .find(|g| g.id == id)
            .ok_or_else(|| NodeError::Internal("sharing group vanished".into()))
    }

    /// Sharing groups `p`'s organisation belongs to (all of them for the operator and admins).
    pub async fn sharing_groups(&self, p: &Principal) -> Result<Vec<SharingGroup>> {
        authorize(p, Action::ViewCommunity)?;
        let all = self.store.sharing_groups().await?;
        Ok(match p {
            Principal::User { org_id, role: Role::Member | Role::Reviewer | Role::Editor, .. } => {
                all.into_iter().filter(|g| g.members.contains(org_id)).collect()
            }
            _ => all,
        })
    }
}

/// The marking a member chose, as typed.
pub type Input = MarkingInput;
