//! `accord bench log`: measured figures for the transparency log (docs/BENCHMARKS.md).
//! Not a test: it prints numbers and asserts nothing.

use std::time::{Duration, Instant};

use anyhow::Result;
use serde_json::json;

use crate::output::Format;

use accord_core::Principal;
use accord_ledger::audit::{self, Entry};
use accord_ledger::ed25519_dalek::SigningKey;
use accord_ledger::envelope::{Envelope, SignedRecord};
use accord_ledger::keys::key_id;
use accord_ledger::merkle::{Tree, leaf_hash, verify_consistency, verify_inclusion};
use accord_ledger::note::Checkpoint;
use accord_node::{Config, Node, OrganisationInput};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

/// A deterministic pseudo-random sequence (splitmix64), so runs are comparable.
struct Mix(u64);
impl Mix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

pub async fn run(leaves: u64, appends: u64, batch: u64, json_out: bool) -> Result<()> {
    // 1. Signed, durable appends through the node's one write path.
    let dir = tempfile::tempdir()?;
    let config = Config { data_dir: dir.path().join("data"), ..Config::default() };
    let node = Node::open(config).await?;
    let start = Instant::now();
    for i in 0..appends {
        let input = OrganisationInput {
            name: format!("Bench organisation {i}"),
            kind: "company".into(),
            country: None,
            website: None,
        };
        node.create_organisation(&Principal::Operator, &input).await?;
    }
    let append_secs = start.elapsed().as_secs_f64();
    let appends_per_sec = appends as f64 / append_secs;
    // The same, batched: `batch` records per transaction and per checkpoint (importers' path).
    let batch = batch.max(1);
    let batches = (appends * 10).div_ceil(batch).max(1);
    let start = Instant::now();
    for b in 0..batches {
        let inputs: Vec<_> = (0..batch)
            .map(|i| OrganisationInput {
                name: format!("Batched organisation {b}-{i}"),
                kind: "company".into(),
                country: None,
                website: None,
            })
            .collect();
        node.create_organisations(&Principal::Operator, &inputs).await?;
    }
    let batched = batches * batch;
    let batched_secs = start.elapsed().as_secs_f64();
    let batched_per_sec = batched as f64 / batched_secs;

    // 2. A log of `leaves` signed records, built in memory.
    let key = SigningKey::from_bytes(&[7u8; 32]);
    let kid = key_id(&key.verifying_key());
    let origin = "bench.accord/log".to_owned();
    let build = Instant::now();
    let mut entries = Vec::with_capacity(leaves as usize);
    let mut tree = Tree::new();
    for i in 0..leaves {
        let envelope = if i == 0 {
            Envelope {
                kind: "key".into(),
                id: kid.clone(),
                version: 1,
                origin: origin.clone(),
                author: None,
                action: "key.register".into(),
                at: "2026-11-28T00:00:00Z".into(),
                payload: json!({ "owner_kind": "node", "owner_id": null, "algorithm": "ed25519", "public_key": hex::encode(key.verifying_key().as_bytes()) }),
            }
        } else {
            Envelope {
                kind: "organisation".into(),
                id: format!("{i:032x}"),
                version: 1,
                origin: origin.clone(),
                author: None,
                action: "organisation.create".into(),
                at: "2026-11-28T00:00:00Z".into(),
                payload: json!({ "name": format!("Organisation {i}"), "kind": "company" }),
            }
        };
        let record = SignedRecord::sign(envelope.to_bytes(), &key, kid.clone());
        let leaf = leaf_hash(&record.leaf_data());
        tree.push(leaf);
        entries.push(Entry {
            index: i,
            key_id: kid.clone(),
            envelope: record.bytes,
            signature: record.signature.to_vec(),
            leaf_hash: leaf.to_vec(),
        });
    }
    let build_secs = build.elapsed().as_secs_f64();
    let root = tree.root(leaves)?;
    let note = Checkpoint { origin: origin.clone(), size: leaves, root }.sign(&origin, &key);

    // 3. Proof generation and verification at full size.
    let mut rng = Mix(1);
    let samples = 10_000;
    let mut proofs = Vec::with_capacity(samples);
    let mut ver = Vec::with_capacity(samples);
    let mut cons = Vec::with_capacity(samples);
    for _ in 0..samples {
        let index = rng.next() % leaves;
        let t = Instant::now();
        let path = tree.inclusion_path(index, leaves)?;
        proofs.push(t.elapsed());
        let e = &entries[index as usize];
        let record = SignedRecord {
            bytes: e.envelope.clone(),
            signature: <[u8; 64]>::try_from(e.signature.as_slice())?,
            key_id: e.key_id.clone(),
        };
        let data = record.leaf_data();
        let t = Instant::now();
        verify_inclusion(&data, index, leaves, &path, &root).map_err(|e| anyhow::anyhow!("{e}"))?;
        ver.push(t.elapsed());
        let first = 1 + rng.next() % (leaves - 1);
        let t = Instant::now();
        let proof = tree.consistency_proof(first, leaves)?;
        cons.push(t.elapsed());
        verify_consistency(first, &tree.root(first)?, leaves, &root, &proof).map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    proofs.sort();
    ver.sort();
    cons.sort();

    // 4. Full verification: rebuild the tree from the leaves and check the signed root...
    let t = Instant::now();
    let rebuilt = Tree::from_leaf_hashes(
        entries.iter().map(|e| <[u8; 32]>::try_from(e.leaf_hash.as_slice()).unwrap_or_default()),
    );
    let tree_ok = rebuilt.root(leaves)? == root;
    let tree_secs = t.elapsed().as_secs_f64();
    // ...and the auditor's whole check: every leaf recomputed, every signature, the keys, the root.
    let t = Instant::now();
    let audited = audit::verify_log(&note, &entries, None).is_ok();
    let audit_secs = t.elapsed().as_secs_f64();

    let us = |d: Duration| d.as_secs_f64() * 1e6;
    if json_out {
        println!(
            "{}",
            serde_json::to_string_pretty(&json!({
                "appends": appends, "appends_per_sec": appends_per_sec, "batch_size": batch, "batched_appends": batched, "batched_appends_per_sec": batched_per_sec,
                "leaves": leaves, "build_secs": build_secs,
                "inclusion_proof_us": { "p50": us(percentile(&proofs, 0.5)), "p99": us(percentile(&proofs, 0.99)) },
                "inclusion_verify_us": { "p50": us(percentile(&ver, 0.5)), "p99": us(percentile(&ver, 0.99)) },
                "consistency_proof_us": { "p50": us(percentile(&cons, 0.5)), "p99": us(percentile(&cons, 0.99)) },
                "tree_verification_secs": tree_secs, "tree_ok": tree_ok,
                "full_audit_secs": audit_secs, "audit_ok": audited,
            }))?
        );
    } else {
        println!(
            "signed durable appends through the write path, one per commit: {appends} in {append_secs:.2} s = {appends_per_sec:.0}/s"
        );
        println!(
            "signed durable appends, {batch} per commit: {batched} in {batched_secs:.2} s = {batched_per_sec:.0}/s"
        );
        println!("log of {leaves} signed records built in {build_secs:.1} s");
        println!(
            "inclusion proof at {leaves} leaves: p50 {:.1} µs, p99 {:.1} µs (verify p50 {:.1} µs, p99 {:.1} µs)",
            us(percentile(&proofs, 0.5)),
            us(percentile(&proofs, 0.99)),
            us(percentile(&ver, 0.5)),
            us(percentile(&ver, 0.99))
        );
        println!(
            "consistency proof at {leaves} leaves: p50 {:.1} µs, p99 {:.1} µs",
            us(percentile(&cons, 0.5)),
            us(percentile(&cons, 0.99))
        );
        println!(
            "tree verification (rebuild from {leaves} leaves, compare signed root): {tree_secs:.2} s, {}",
            if tree_ok { "ok" } else { "MISMATCH" }
        );
        println!(
            "full audit (every leaf, every Ed25519 signature, keys, root): {audit_secs:.2} s, {}",
            if audited { "ok" } else { "FAILED" }
        );
    }
    Ok(())
}

/// `accord bench rules`: full assessments on one core, and what each part costs. Each figure is
/// the best of five rounds (a shared machine's noise only ever slows a round down).
pub fn rules(iterations: u64, format: Format) -> Result<()> {
    let corpus = accord_rules::embedded::corpus()?;
    let obligations = corpus.rules().values().filter(|r| r.kind != "exception").count();
    // The worked example: complete, and without its training compute (many findings "may
    // apply", so missing facts and the ask-next list are exercised).
    let base = "markets = [\"EU\", \"CN\", \"US-CA\"]\nroles = [\"provider\"]\nestablished_in = \"CN\"\n\
                artifact = \"gpai_model\"\ngeneral_purpose = true\nopen_weights = true\nfoss_licence = true\n\
                generative = true\ninteracts_with_people = true\noffered_to_public = true\n\
                placed_on_market = 2026-03-01\n";
    let incomplete = accord_rules::Profile::from_toml(base)?;
    let complete = accord_rules::Profile::from_toml(&format!("{base}training_flop = 3e25\n"))?;
    let day = time::macros::date!(2026 - 12 - 01);
    let best_rate = |f: &mut dyn FnMut() -> usize| -> f64 {
        let mut sink = 0usize;
        let mut best = 0f64;
        for _ in 0..5 {
            let start = std::time::Instant::now();
            for _ in 0..iterations {
                sink = sink.wrapping_add(f());
            }
            best = best.max(iterations as f64 / start.elapsed().as_secs_f64());
        }
        std::hint::black_box(sink);
        best
    };
    let mut rows = Vec::new();
    for (name, profile) in
        [("worked example, training compute unknown", &incomplete), ("worked example, complete", &complete)]
    {
        let assess = best_rate(&mut || accord_rules::report::assess(&corpus, profile, day).findings.len());
        let evaluation = best_rate(&mut || corpus.evaluation(profile, day, Default::default()).outcomes.len());
        let report = accord_rules::report::assess(&corpus, profile, day);
        let bytes = serde_json::to_vec(&report).map(|v| v.len()).unwrap_or(0);
        let json = best_rate(&mut || {
            let report = accord_rules::report::assess(&corpus, profile, day);
            serde_json::to_vec(&report).map(|v| v.len()).unwrap_or(0)
        });
        let may_apply = report.findings.iter().filter(|f| f.status == "may_apply").count();
        rows.push((name, assess, evaluation, json, bytes, may_apply));
    }
    match format {
        Format::Json => {
            let list: Vec<_> = rows
                .iter()
                .map(|(name, assess, evaluation, json, bytes, may_apply)| {
                    json!({ "profile": name, "assessments_per_sec": assess, "evaluations_per_sec": evaluation,
                            "assessments_with_json_per_sec": json, "json_bytes": bytes, "may_apply": may_apply })
                })
                .collect();
            println!(
                "{}",
                json!({ "rules": corpus.rules().len(), "obligations": obligations, "iterations": iterations, "profiles": list })
            );
        }
        Format::Table => {
            println!(
                "one profile against the whole corpus ({} rules, {obligations} obligations), one core, best of 5 rounds of {iterations}:",
                corpus.rules().len()
            );
            for (name, assess, evaluation, json, bytes, may_apply) in rows {
                println!("{name} ({may_apply} findings may apply):");
                println!(
                    "  full assessment (findings, comparison, ask-next; proofs on demand): {assess:>8.0}/s  {:>6.1} µs",
                    1e6 / assess
                );
                println!(
                    "  the evaluation alone:                                               {evaluation:>8.0}/s  {:>6.1} µs",
                    1e6 / evaluation
                );
                println!(
                    "  full assessment serialised to JSON with every proof ({bytes} bytes): {json:>6.0}/s  {:>6.1} µs",
                    1e6 / json
                );
            }
        }
    }
    Ok(())
}
