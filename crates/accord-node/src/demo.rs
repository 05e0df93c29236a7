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
];

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
