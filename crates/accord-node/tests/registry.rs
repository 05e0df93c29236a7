#![allow(clippy::unwrap_used, clippy::expect_used, clippy::field_reassign_with_default)]
//! The registry end to end on a temporary data directory: imports, merging, revisions in the
//! log, lineage cycles, ownership, and the obligations of an entry.

use std::net::{IpAddr, Ipv4Addr};

use accord_core::Principal;
use accord_node::demo::{self, DEMO_PASSWORD};
use accord_node::registry::{CardFile, ManualEntry};
use accord_node::{Config, Node, NodeError};
use accord_registry::entry::{BaseModel, EdgeSource, Facts, Relation};
use accord_store::RegistryQuery;

async fn node(dir: &tempfile::TempDir) -> Node {
    let mut config = Config::default();
    config.data_dir = dir.path().join("data");
    Node::open(config).await.unwrap()
}

fn card(name: &str, text: &str) -> CardFile {
    CardFile { name: name.into(), bytes: text.as_bytes().to_vec() }
}

async fn signed_in(node: &Node, email: &str) -> Principal {
    let secret = node.sign_in(email, DEMO_PASSWORD, IpAddr::V4(Ipv4Addr::LOCALHOST)).await.unwrap().session_secret;
    node.session(&secret).await.unwrap().unwrap().principal
}

const OP: Principal = Principal::Operator;

#[tokio::test]
async fn cards_import_once_and_revisions_are_signed_records() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    let files = vec![
        card("acme__base.md", "---\nlicense: apache-2.0\npipeline_tag: text-generation\n---\n# Base"),
        card("acme__tuned.md", "---\nlicense: mit\nbase_model: acme/base\nbase_model_relation: finetune\n---\n# Tuned"),
        card("acme__broken.md", "---\nlicense: [unclosed\n---\ntext survives"),
        card("acme__plain.md", "# No front matter at all"),
        card("bad name!.md", "a file whose name cannot be a key"),
        card("acme__huge.md", &"x".repeat(accord_node::registry::MAX_CARD_BYTES + 1)),
    ];
    let report = node.import_cards(&OP, files.clone(), &|_| ()).await.unwrap();
    assert_eq!(report.registered.len(), 4);
    assert_eq!(report.rejected.len(), 2, "{:?}", report.rejected);
    assert!(report.rejected.iter().any(|(f, why)| f == "acme__huge.md" && why.contains("limit")));
    assert!(report.warnings.iter().any(|(f, _)| f == "acme__broken.md"), "a malformed card imports with a warning");

    let tuned = node.registry_entry(&OP, "acme/tuned").await.unwrap();
    assert_eq!(tuned.licence_ref.id, "mit");
    assert_eq!(tuned.parents.len(), 1);
    assert_eq!(tuned.parents[0].edge.relation, "finetune");
    let base = node.registry_entry(&OP, "acme/base").await.unwrap();
    assert_eq!(base.children.len(), 1, "the base knows its derivative");
    let broken = node.registry_entry(&OP, "acme/broken").await.unwrap();
    assert_eq!(broken.stored.card_markdown.as_deref(), Some("text survives"));

    // The same files again: nothing changes, no new record.
    let log_size = node.store().log_size().await.unwrap();
    let again = node.import_cards(&OP, files, &|_| ()).await.unwrap();
    assert_eq!((again.registered.len(), again.revised.len(), again.unchanged.len()), (0, 0, 4));
    assert_eq!(node.store().log_size().await.unwrap(), log_size);

    // A changed card is version 2, signed by the node, and its history shows both.
    let changed = vec![card("acme__base.md", "---\nlicense: apache-2.0\ntags: [new]\n---\n# Base v2")];
    let r = node.import_cards(&OP, changed, &|_| ()).await.unwrap();
    assert_eq!(r.revised, ["acme/base"]);
    let history = node.registry_history(&OP, "acme/base").await.unwrap();
    assert_eq!(history.iter().map(|h| h.version).collect::<Vec<_>>(), [1, 2]);
    let envelope = accord_ledger::Envelope::from_bytes(&history[1].envelope).unwrap();
    assert_eq!(envelope.action, "registry.revise");
    assert_eq!(envelope.kind, "registry_entry");
    assert!(envelope.payload["card_sha256"].as_str().unwrap().len() == 64);
}

#[tokio::test]
async fn epoch_rows_join_the_card_of_the_same_model_and_compute_adds_up() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    node.import_cards(&OP, vec![card("Qwen__Qwen-72B.md", "---\nlanguage: [zh, en]\n---\n# Qwen-72B")], &|_| ())
        .await
        .unwrap();
    let csv = "Model,Organization,Publication date,Domain,Parameters,Training compute (FLOP),Training compute notes,Confidence,Country (of organization),Base model,Finetune compute (FLOP),Model accessibility\n\
               Qwen-72B,Alibaba,2023-11-30,Language,72000000000,1.3e+24,6ND,Likely,China,,,Open weights (restricted use)\n\
               BaseNet,Lab,2024-01-01,Language,1e9,4.56e+24,hardware,Confident,France,,,Open weights (unrestricted)\n\
               TunedNet,Lab,2024-02-01,Language,1e9,6.1e+23,finetune only,Confident,France,BaseNet,6.1e+23,Open weights (unrestricted)\n";
    let report = node.import_epoch(&OP, csv, "test", &|_| ()).await.unwrap();
    assert_eq!(report.revised, ["Qwen/Qwen-72B"], "the row joined the card's entry");
    assert_eq!(report.registered.len(), 2);

    let qwen = node.registry_entry(&OP, "Qwen/Qwen-72B").await.unwrap();
    assert_eq!(qwen.entry.layers.len(), 2, "card and Epoch AI layers side by side");
    assert_eq!(qwen.cumulative_flop, Some(1.3e24));
    assert_eq!(qwen.view.countries, ["CN"]);

    // Known only by its fine-tuning compute: the base's run is added (as EU AI Act Art. 51(2)
    // and CA SB 53 count it).
    let tuned = node.registry_entry(&OP, "epoch/tunednet").await.unwrap();
    let total = tuned.cumulative_flop.unwrap();
    assert!((total - 5.17e24).abs() / 5.17e24 < 1e-9, "{total}");
    assert_eq!(tuned.compute_chain, ["epoch/basenet", "epoch/tunednet"]);

    // Filters over the columns.
    let q = |f: fn(&mut RegistryQuery)| {
        let mut q = RegistryQuery { limit: 50, ..RegistryQuery::default() };
        f(&mut q);
        q
    };
    let big = node.registry_search(&OP, &q(|q| q.min_flop = Some(1e24))).await.unwrap();
    assert_eq!(big.total, 3);
    let fr = node.registry_search(&OP, &q(|q| q.country = Some("FR".into()))).await.unwrap();
    assert_eq!(fr.total, 2);
    let text = node.registry_search(&OP, &q(|q| q.text = Some("qwen".into()))).await.unwrap();
    assert_eq!(text.items[0].key, "Qwen/Qwen-72B");

    // A malformed table changes nothing.
    let before = node.store().log_size().await.unwrap();
    let err = node.import_epoch(&OP, "Name,Organization\nx,y\n", "bad", &|_| ()).await.unwrap_err();
    assert!(err.to_string().contains("Model"), "{err}");
    assert_eq!(node.store().log_size().await.unwrap(), before);
}

fn manual(key: &str, kind: &str, bases: &[&str]) -> ManualEntry {
    ManualEntry {
        key: key.into(),
        kind: kind.into(),
        facts: Facts {
            name: Some(key.into()),
            base_models: bases
                .iter()
                .map(|b| BaseModel {
                    key: (*b).into(),
                    relation: Relation::Finetune,
                    source: EdgeSource::Manual,
                    relation_inferred: false,
                })
                .collect(),
            ..Facts::default()
        },
    }
}

#[tokio::test]
async fn members_register_entries_lineage_cycles_are_refused_and_ownership_holds() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    demo::seed(&node).await.unwrap();
    let editor = signed_in(&node, "editor@secretariat.example").await;
    let other_editor = signed_in(&node, "editor@ai-authority.example").await;
    let member = signed_in(&node, "member@aisrc.example").await;

    let (key, rev, created) = node.register_entry(&editor, manual("secretariat/a", "model", &[])).await.unwrap();
    assert_eq!((key.as_str(), rev, created), ("secretariat/a", 1, true));
    let again = node.register_entry(&editor, manual("secretariat/a", "model", &[])).await.unwrap();
    assert_eq!((again.1, again.2), (1, false), "the same facts again: no revision, not created");
    node.register_entry(&editor, manual("secretariat/b", "model", &["secretariat/a"])).await.unwrap();
    node.register_entry(&editor, manual("secretariat/c", "model", &["secretariat/b"])).await.unwrap();

    // a → c would close a → c → b → a.
    let before = node.store().log_size().await.unwrap();
    let err = node.register_entry(&editor, manual("secretariat/a", "model", &["secretariat/c"])).await.unwrap_err();
    assert!(matches!(&err, NodeError::BadRequest(m) if m.contains("cycle")), "{err}");
    assert_eq!(node.store().log_size().await.unwrap(), before, "nothing written");
    let self_loop = node.register_entry(&editor, manual("secretariat/d", "model", &["secretariat/d"])).await;
    assert!(self_loop.is_err());

    // Members cannot register; another organisation's editor cannot change this one's entry.
    assert!(matches!(node.register_entry(&member, manual("x/y", "model", &[])).await, Err(NodeError::Denied(_))));
    assert!(matches!(
        node.register_entry(&other_editor, manual("secretariat/a", "model", &[])).await,
        Err(NodeError::Denied(_))
    ));
    // Imported entries (no owner) are not up for grabs by an editor.
    node.import_cards(&OP, vec![card("acme__imported.md", "# Imported")], &|_| ()).await.unwrap();
    assert!(matches!(
        node.register_entry(&editor, manual("acme/imported", "model", &[])).await,
        Err(NodeError::Denied(_))
    ));
    // Bad input is refused by field.
    let mut m = manual("secretariat/e", "model", &[]);
    m.facts.countries = vec!["France".into()];
    assert!(node.register_entry(&editor, m).await.unwrap_err().to_string().starts_with("countries[0]"));
    let mut m = manual("secretariat/e", "model", &[]);
    m.facts.parameters = Some(-7.0);
    assert!(node.register_entry(&editor, m).await.unwrap_err().to_string().starts_with("parameters"));
    let mut m = manual("secretariat/e", "model", &[]);
    m.facts.links = vec!["javascript:alert(1)".into()];
    assert!(node.register_entry(&editor, m).await.unwrap_err().to_string().starts_with("links[0]"));
    let mut m = manual("secretariat/s", "system", &[]);
    m.facts.built_on = vec!["secretariat/s".into()];
    assert!(node.register_entry(&editor, m).await.unwrap_err().to_string().starts_with("built_on"));
    let bad = node.register_entry(&editor, manual("no-namespace", "model", &[])).await.unwrap_err();
    assert!(bad.to_string().starts_with("key"), "{bad}");
    assert!(node.register_entry(&editor, manual("a/b", "robot", &[])).await.is_err());
    // A system cannot take over a model's key.
    let clash = node.register_entry(&editor, manual("secretariat/a", "system", &[])).await.unwrap_err();
    assert!(clash.to_string().contains("registered as a model"), "{clash}");

    // The demo system is a signed record of the node; the member's entry of its organisation.
    let history = node.registry_history(&OP, "secretariat/a").await.unwrap();
    let envelope = accord_ledger::Envelope::from_bytes(&history[0].envelope).unwrap();
    let Principal::User { org_id, .. } = &editor else { unreachable!() };
    assert_eq!(envelope.author, Some(org_id.to_string()));
}

#[tokio::test]
async fn an_entry_maps_to_a_rules_profile_and_its_obligations() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    demo::seed_registry(&node).await.unwrap();
    // Llama 3.1 405B per Epoch AI: 3.8e25 FLOP, open weights.
    let d = node.registry_entry(&OP, "epoch/llama-3.1-405b").await.unwrap();
    assert_eq!(d.cumulative_flop, Some(3.8e25));
    let eu: std::collections::BTreeSet<String> = ["EU".to_owned()].into();
    let (profile, derivations) = node.registry_profile(&d, Some(eu));
    assert_eq!(profile.get("training_flop"), Some(&accord_rules::Value::Number(3.8e25)));
    assert!(derivations.iter().any(|x| x.fact == "training_flop" && x.because == "compute"));
    let report = node.assess(&OP, &profile, time::macros::date!(2026 - 12 - 01)).unwrap();
    // Above 10^25 (a threshold of the corpus, not of the registry): the systemic-risk duty
    // (Art. 55) is decided by compute, so it is not waiting on training_flop.
    let art55: Vec<_> = report.findings.iter().filter(|f| f.rule.starts_with("eu.aia.55")).collect();
    assert!(!art55.is_empty());
    assert!(art55.iter().all(|f| !f.missing_facts.contains(&"training_flop")), "compute is known");
    // Thresholds for the chart come from the corpus.
    let thresholds = node.compute_thresholds();
    assert!(thresholds.iter().any(|(v, ..)| *v == 1e25));
    assert!(thresholds.iter().any(|(v, ..)| *v == 1e26));
}
