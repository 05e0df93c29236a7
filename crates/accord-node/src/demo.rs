//! The demo community seeded by `accord demo`: organisations of every kind from several
//! countries and a user of every role. Seeding is idempotent: what exists is left alone.
//!
//! The organisations are fictional; their names are written in their own languages to
//! exercise the six-language interface.

use accord_core::{Principal, Role};

use crate::{Node, OrganisationInput, Result, UserInput};

/// The password of every demo account. Printed by `accord demo`; never use it elsewhere.
pub const DEMO_PASSWORD: &str = "accord-demo-2026";

struct DemoOrg {
    name: &'static str,
    kind: &'static str,
    country: Option<&'static str>,
    website: Option<&'static str>,
}

const ORGS: &[DemoOrg] = &[
    DemoOrg {
        name: "Accord Network Secretariat",
        kind: "international_organisation",
        country: None,
        website: Some("https://secretariat.example"),
    },
    DemoOrg {
        name: "Agence nationale d'évaluation de l'IA",
        kind: "state_institution",
        country: Some("FR"),
        website: Some("https://evaluation-ia.example"),
    },
    DemoOrg {
        name: "国家人工智能安全研究中心", kind: "state_institution", country: Some("CN"), website: None
    },
    DemoOrg {
        name: "هيئة تنظيم الذكاء الاصطناعي", kind: "regulator", country: Some("EG"), website: None
    },
    DemoOrg { name: "Superintendencia de Sistemas de IA", kind: "regulator", country: Some("CL"), website: None },
    DemoOrg {
        name: "Институт исследований надёжного ИИ",
        kind: "research_institution",
        country: Some("KZ"),
        website: None,
    },
    DemoOrg {
        name: "Frontier Systems Ltd",
        kind: "company",
        country: Some("GB"),
        website: Some("https://frontier-systems.example"),
    },
    DemoOrg {
        name: "Open Weights Collective",
        kind: "developer_community",
        country: Some("KE"),
        website: Some("https://open-weights.example"),
    },
    DemoOrg { name: "Dr. Amina Diallo", kind: "individual_expert", country: Some("SN"), website: None },
    // The owners of the fictional safety records (accord_safety::demo::DEMO_OWNERS).
    DemoOrg {
        name: "Northbridge Health Trust",
        kind: "company",
        country: Some("GB"),
        website: Some("https://northbridge-health.example"),
    },
    DemoOrg {
        name: "Meridian Bank",
        kind: "company",
        country: Some("ES"),
        website: Some("https://meridian-bank.example"),
    },
    DemoOrg {
        name: "Institute for AI Safety Evaluation",
        kind: "state_institution",
        country: Some("SG"),
        website: Some("https://ai-safety-evaluation.example"),
    },
];

/// (organisation index, e-mail, display name, role)
const USERS: &[(usize, &str, &str, Role)] = &[
    (0, "admin@secretariat.example", "Secretariat administrator", Role::Admin),
    (0, "editor@secretariat.example", "Liu Yang", Role::Editor),
    (1, "reviewer@evaluation-ia.example", "Camille Martin", Role::Reviewer),
    (2, "member@aisrc.example", "王芳", Role::Member),
    (3, "editor@ai-authority.example", "ليلى حسن", Role::Editor),
    (4, "member@supervision-ia.example", "Mateo Rojas", Role::Member),
    (5, "reviewer@reliable-ai.example", "Алексей Смирнов", Role::Reviewer),
    (6, "member@frontier-systems.example", "Priya Natarajan", Role::Member),
    (7, "member@open-weights.example", "Wanjiru Kamau", Role::Member),
    (8, "amina@diallo.example", "Amina Diallo", Role::Member),
    (9, "analyst@northbridge-health.example", "Oliver Grant", Role::Member),
    (10, "security@meridian-bank.example", "Lucía Ortega", Role::Editor),
    (11, "evaluator@ai-safety-evaluation.example", "Tan Wei Ling", Role::Editor),
];

/// The demo sharing group (its id is fixed in `accord-safety/data/demo/reports.toml`): the
/// bank that owns the AMBER record, the secretariat, the French evaluation agency and the
/// frontier developer.
const DEMO_GROUP: (&str, &str, &[usize]) =
    ("6d3f4c2a-1b8e-4f0a-9c57-2e1d8b7a6f90", "Financial-sector AI incident circle (demo)", &[10, 0, 1, 6]);

/// How many organisations and users the demo community has (tests count what `seed` made).
pub const ORGANISATIONS: usize = ORGS.len();
pub const USERS_SEEDED: usize = USERS.len();

/// A demo account, as printed by `accord demo`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DemoLogin {
    pub email: &'static str,
    pub role: Role,
}

#[derive(Clone, Debug, Default)]
pub struct DemoReport {
    pub organisations_created: usize,
    pub users_created: usize,
    pub logins: Vec<DemoLogin>,
}

/// Seeds the demo community; running it again creates nothing new.
pub async fn seed(node: &Node) -> Result<DemoReport> {
    let operator = Principal::Operator;
    let mut report = DemoReport::default();
    let mut ids = Vec::with_capacity(ORGS.len());
    for org in ORGS {
        let existing = node.organisation_by_name(&operator, org.name).await?;
        let id = match existing {
            Some(o) => o.id,
            None => {
                let input = OrganisationInput {
                    name: org.name.into(),
                    kind: org.kind.into(),
                    country: org.country.map(Into::into),
                    website: org.website.map(Into::into),
                };
                report.organisations_created += 1;
                node.create_organisation(&operator, &input).await?.id
            }
        };
        ids.push(id);
    }
    for &(org, email, name, role) in USERS {
        report.logins.push(DemoLogin { email, role });
        if node.store().credentials(email).await?.is_some() {
            continue;
        }
        let Some(&organisation) = ids.get(org) else { continue };
        let input = UserInput {
            organisation,
            email: email.into(),
            display_name: name.into(),
            role: role.as_str().into(),
            password: Some(DEMO_PASSWORD.into()),
        };
        node.create_user(&operator, &input).await?;
        report.users_created += 1;
    }
    Ok(report)
}

/// The registry: the shared model cards and an Epoch AI snapshot (compiled in, with their
/// licence notes in `data/registry/`), and two example systems built on them. Re-running
/// changes nothing: unchanged entries get no new revision.
/// Returns how many entries were registered or revised (0 when already seeded).
pub async fn seed_registry(node: &Node) -> Result<usize> {
    use accord_registry::embedded::{DEMO_CARDS, DEMO_EPOCH};
    let operator = Principal::Operator;
    let files = DEMO_CARDS
        .iter()
        .map(|(name, text)| crate::registry::CardFile { name: (*name).to_owned(), bytes: text.as_bytes().to_vec() })
        .collect();
    let cards = node.import_cards(&operator, files, &|_| ()).await?;
    let epoch = node.import_epoch(&operator, DEMO_EPOCH.1, DEMO_EPOCH.0, &|_| ()).await?;
    let mut changes = cards.registered.len() + cards.revised.len() + epoch.registered.len() + epoch.revised.len();
    for (key, name, org, country, model, uses) in DEMO_SYSTEMS {
        if node.store().registry_entry(key).await?.is_some() {
            continue;
        }
        let facts = accord_registry::entry::Facts {
            name: Some((*name).to_owned()),
            organisations: vec![(*org).to_owned()],
            countries: vec![(*country).to_owned()],
            release_date: Some("2026-09-01".into()),
            modalities: vec!["text".into()],
            built_on: vec![(*model).to_owned()],
            intended_uses: uses.iter().map(|u| (*u).to_owned()).collect(),
            ..accord_registry::entry::Facts::default()
        };
        let input = crate::registry::ManualEntry { key: (*key).to_owned(), kind: "system".into(), facts };
        node.register_entry(&operator, input).await?;
        changes += 1;
    }
    Ok(changes)
}

/// Safety data: the AI Incident Database, AVID and MITRE ATLAS (compiled in, with their
/// licence notes in `data/incidents/`), multilingual demonstration reports on real AIID
/// incidents, and three fictional incidents of demo members under TLP:GREEN, TLP:AMBER (a
/// sharing group) and TLP:RED. Re-running changes nothing. Returns how many records were
/// written.
pub async fn seed_safety(node: &Node) -> Result<usize> {
    use std::collections::BTreeMap;

    use accord_safety::import::{ImportSet, atlas, avid};
    use accord_safety::{embedded, import::aiid};

    let operator = Principal::Operator;
    let none = BTreeMap::new();
    let mut written = 0;
    let bad = |e: accord_safety::import::ImportError| crate::NodeError::BadRequest(e.to_string());
    for set in [
        aiid::import(&embedded::files("aiid")).map_err(bad)?,
        avid::import(&embedded::files("avid")).map_err(bad)?,
        atlas::import(&embedded::files("atlas")).map_err(bad)?,
    ] {
        let o = node.import_safety(&operator, set, &none, &none, None, &|_| ()).await?;
        written += o.incidents_created + o.incidents_revised + o.reports_created + o.reports_revised;
    }

    // The demo organisations by name (seed() made them).
    let mut org_ids = Vec::with_capacity(ORGS.len());
    for org in ORGS {
        let found = node.organisation_by_name(&operator, org.name).await?;
        org_ids.push(found.map(|o| o.id));
    }
    let group_id = uuid::Uuid::parse_str(DEMO_GROUP.0).map_err(|e| crate::NodeError::Internal(e.to_string()))?;
    if !node.store().sharing_groups().await?.iter().any(|g| g.id == group_id) {
        let members: Vec<_> = DEMO_GROUP.2.iter().filter_map(|i| org_ids.get(*i).copied().flatten()).collect();
        if let Some(&created_by) = members.first() {
            let draft = accord_core::SharingGroupDraft {
                id: group_id,
                name: DEMO_GROUP.1.into(),
                description: "Banks and supervisors sharing AI-enabled fraud incidents (demonstration).".into(),
                releasable_to: String::new(),
                created_by,
                members,
            };
            node.write(&operator, accord_core::Command::CreateSharingGroup(draft)).await?;
        }
    }

    // Reports in six languages, each owned by the demo member of its language.
    let reports = accord_safety::demo::demo_reports().map_err(|e| crate::NodeError::Internal(e.to_string()))?;
    let owner_of_lang = |lang: &str| match lang {
        "zh" => 2,
        "ar" => 3,
        "es" => 4,
        "ru" => 5,
        "fr" => 1,
        _ => 0,
    };
    let mut by_owner: BTreeMap<usize, Vec<accord_safety::model::Report>> = BTreeMap::new();
    for r in reports {
        by_owner.entry(owner_of_lang(&r.lang)).or_default().push(r);
    }
    for (org, reports) in by_owner {
        let owner = org_ids.get(org).copied().flatten();
        let set = ImportSet { reports, ..ImportSet::default() };
        let o = node.import_safety(&operator, set, &none, &none, owner, &|_| ()).await?;
        written += o.reports_created + o.reports_revised;
    }

    let marked = accord_safety::demo::demo_marked_incidents().map_err(|e| crate::NodeError::Internal(e.to_string()))?;
    for (incident, marking, owner_name) in marked {
        let Some(owner) = ORGS.iter().position(|o| o.name == owner_name).and_then(|i| org_ids[i]) else {
            continue;
        };
        let markings = BTreeMap::from([(incident.key.clone(), marking)]);
        let set = ImportSet { incidents: vec![incident], ..ImportSet::default() };
        let o = node.import_safety(&operator, set, &markings, &none, Some(owner), &|_| ()).await?;
        written += o.incidents_created + o.incidents_revised;
    }
    Ok(written)
}

/// Example systems (not real products): key, name, operator, country, model, intended uses.
type DemoSystem = (&'static str, &'static str, &'static str, &'static str, &'static str, &'static [&'static str]);
const DEMO_SYSTEMS: &[DemoSystem] = &[
    (
        "demo/public-service-assistant",
        "Public service assistant (demo)",
        "Digital Public Services Agency (demo)",
        "BR",
        "meta-llama/Llama-3.3",
        &["answering citizens' questions about public services", "drafting replies for caseworkers"],
    ),
    (
        "demo/hearing-transcripts",
        "Hearing transcription service (demo)",
        "Parliamentary Records Office (demo)",
        "FR",
        "openai/whisper",
        &["transcribing public hearings"],
    ),
];
