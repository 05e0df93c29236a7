//! `accord verify` and `accord log show`: the auditor's side. It fetches a node's checkpoint
//! and log entries (over HTTP, or straight from a data directory without changing it) and
//! lets `accord_ledger::audit` judge them.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::Deserialize;
use serde_json::json;

use accord_node::Config;

use crate::VerifyArgs;
use crate::output::{Format, print_table};

use accord_ledger::audit::{self, AuditState, Entry, Problem};
use accord_ledger::merkle::{self, Hash};
use accord_store::sqlite::SqliteOptions;
use accord_store::{SqliteStore, Store};

/// Where the log comes from.
pub enum Source {
    Http { base: String, client: reqwest::Client },
    Local { store: SqliteStore },
}

#[derive(Deserialize)]
struct EntryWire {
    index: u64,
    key_id: String,
    envelope: String,
    signature: String,
    leaf_hash: String,
}

#[derive(Deserialize)]
struct EntriesWire {
    entries: Vec<EntryWire>,
}

#[derive(Deserialize)]
struct ProofWire {
    path: Vec<String>,
}

fn decode(what: &str, v: &str) -> Result<Vec<u8>> {
    STANDARD.decode(v).with_context(|| format!("the node served a {what} that is not base64"))
}

fn hashes(path: &[String]) -> Result<Vec<Hash>> {
    path.iter()
        .map(|h| {
            decode("proof hash", h)
                .and_then(|b| <Hash>::try_from(b).map_err(|_| anyhow!("a proof hash is not 32 bytes")))
        })
        .collect()
}

impl Source {
    pub async fn open(url: Option<&str>, data_dir: &Path) -> Result<Source> {
        match url {
            Some(u) => {
                let base = u.trim_end_matches('/').to_owned();
                if !(base.starts_with("http://") || base.starts_with("https://")) {
                    bail!("{u:?} is not an http:// or https:// address");
                }
                let client = reqwest::Client::builder().timeout(std::time::Duration::from_secs(60)).build()?;
                Ok(Source::Http { base, client })
            }
            None => {
                let db = data_dir.join("accord.sqlite");
                if !db.exists() {
                    bail!("no node data in {} (no accord.sqlite)", data_dir.display());
                }
                let options = SqliteOptions { read_connections: 2, ..SqliteOptions::default() };
                Ok(Source::Local { store: SqliteStore::open(&db, &options).await? })
            }
        }
    }

    async fn get<T: serde::de::DeserializeOwned>(&self, path: &str) -> Result<T> {
        let Source::Http { base, client } = self else { bail!("not an HTTP source") };
        let url = format!("{base}{path}");
        let r = client.get(&url).send().await.with_context(|| format!("cannot reach {url}"))?;
        if !r.status().is_success() {
            bail!("{url} answered {}", r.status());
        }
        r.json().await.with_context(|| format!("{url} did not answer JSON of the expected shape"))
    }

    pub async fn checkpoint(&self) -> Result<String> {
        match self {
            Source::Http { base, client } => {
                let url = format!("{base}/api/v1/log/checkpoint");
                let r = client.get(&url).send().await.with_context(|| format!("cannot reach {url}"))?;
                if !r.status().is_success() {
                    bail!("{url} answered {}", r.status());
                }
                Ok(r.text().await?)
            }
            Source::Local { store } => {
                store.latest_checkpoint().await?.map(|c| c.note).ok_or_else(|| anyhow!("the log has no checkpoint yet"))
            }
        }
    }

    /// Entries `[0, size)` as served (gaps are left for the audit to name).
    pub async fn entries(&self, size: u64, progress: bool) -> Result<Vec<Entry>> {
        let mut out = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        let mut start = 0u64;
        while start < size {
            let limit = (size - start).min(1000);
            let batch: Vec<Entry> = match self {
                Source::Http { .. } => {
                    let page: EntriesWire =
                        self.get(&format!("/api/v1/log/entries?start={start}&limit={limit}")).await?;
                    page.entries
                        .into_iter()
                        .map(|e| {
                            Ok(Entry {
                                index: e.index,
                                key_id: e.key_id,
                                envelope: decode("envelope", &e.envelope)?,
                                signature: decode("signature", &e.signature)?,
                                leaf_hash: decode("leaf hash", &e.leaf_hash)?,
                            })
                        })
                        .collect::<Result<_>>()?
                }
                Source::Local { store } => store
                    .log_entries(i64::try_from(start)?, u32::try_from(limit)?)
                    .await?
                    .into_iter()
                    .map(|e| Entry {
                        index: u64::try_from(e.seq).unwrap_or(u64::MAX),
                        key_id: e.key_id,
                        envelope: e.envelope,
                        signature: e.signature,
                        leaf_hash: e.leaf_hash,
                    })
                    .collect(),
            };
            let Some(last) = batch.last().map(|e| e.index) else { break };
            out.extend(batch.into_iter().filter(|e| e.index < size));
            start = last + 1;
            if progress {
                eprint!("\rfetched {}/{size} entries", out.len());
            }
        }
        if progress && size > 0 {
            eprintln!();
        }
        Ok(out)
    }

    async fn consistency(&self, first: u64, second: u64, local: &merkle::Tree) -> Result<Vec<Hash>> {
        match self {
            Source::Http { .. } => {
                let p: ProofWire = self.get(&format!("/api/v1/log/consistency?first={first}&second={second}")).await?;
                hashes(&p.path)
            }
            Source::Local { .. } => Ok(local.consistency_proof(first, second)?),
        }
    }

    async fn inclusion(&self, index: u64, size: u64, local: &merkle::Tree) -> Result<Vec<Hash>> {
        match self {
            Source::Http { .. } => {
                let p: ProofWire = self.get(&format!("/api/v1/log/inclusion?index={index}&tree_size={size}")).await?;
                hashes(&p.path)
            }
            Source::Local { .. } => Ok(local.inclusion_path(index, size)?),
        }
    }
}

/// The default state file for a log origin, under the user's state directory.
pub fn default_state_path(origin: &str) -> PathBuf {
    let base = std::env::var_os("XDG_STATE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))
        .unwrap_or_else(|| PathBuf::from("."));
    let name: String = origin.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect();
    base.join("accord").join(format!("verify-{name}.json"))
}

pub struct Outcome {
    pub origin: String,
    pub tree_size: u64,
    pub root_hash: String,
    pub node_key_id: String,
    pub keys: usize,
    pub previous: Option<u64>,
    pub checked_inclusion: Vec<u64>,
    pub state_file: PathBuf,
}

/// Runs the audit. `Err(Ok(problem))` is a finding about the log; `Err(Err(e))` means the
/// audit could not run (network, files).
pub async fn run(
    source: &Source,
    state_file: Option<&Path>,
    check_indexes: &[u64],
    records: &[(String, String)],
    progress: bool,
) -> Result<Result<Outcome, Problem>> {
    let note = source.checkpoint().await?;
    let body = note.split_once("\n\n").map(|(b, _)| format!("{b}\n")).unwrap_or_default();
    let head = match accord_ledger::note::Checkpoint::parse_body(&body) {
        Ok(h) => h,
        Err(e) => return Ok(Err(Problem::MalformedCheckpoint(e.to_string()))),
    };
    let state_path = state_file.map(Path::to_path_buf).unwrap_or_else(|| default_state_path(&head.origin));
    let previous: Option<AuditState> = match std::fs::read_to_string(&state_path) {
        Ok(text) => Some(
            serde_json::from_str(&text).with_context(|| format!("state file {} is damaged", state_path.display()))?,
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e).with_context(|| format!("cannot read state file {}", state_path.display())),
    };
    let entries = source.entries(head.size, progress).await?;
    let verified = match audit::verify_log(&note, &entries, previous.as_ref()) {
        Ok(v) => v,
        Err(p) => return Ok(Err(p)),
    };

    // Ask the node for the consistency proof from what we saw before, and check it.
    if let Some(prev) = previous.as_ref().filter(|p| p.tree_size > 0 && p.tree_size < head.size) {
        let proof = source.consistency(prev.tree_size, head.size, &verified.tree).await?;
        let old_root = STANDARD.decode(&prev.root_hash).ok().and_then(|r| <Hash>::try_from(r).ok()).unwrap_or_default();
        if merkle::verify_consistency(prev.tree_size, &old_root, head.size, &verified.checkpoint.root, &proof).is_err()
        {
            return Ok(Err(Problem::BadConsistencyProof { first: prev.tree_size, second: head.size }));
        }
    }
    // Records named by kind and id: every version of each, found among the verified entries.
    let mut indexes: Vec<u64> = check_indexes.to_vec();
    for (kind, id) in records {
        let found: Vec<u64> = entries
            .iter()
            .filter(|e| {
                accord_ledger::Envelope::from_bytes(&e.envelope).is_ok_and(|env| env.kind == *kind && env.id == *id)
            })
            .map(|e| e.index)
            .collect();
        if found.is_empty() {
            return Err(anyhow!("no record {kind}/{id} in the first {} entries of the log", head.size));
        }
        indexes.extend(found);
    }
    for &index in &indexes {
        let Some(entry) = entries.get(usize::try_from(index).unwrap_or(usize::MAX)) else {
            return Ok(Err(Problem::MissingEntry { index, size: head.size }));
        };
        let path = source.inclusion(index, head.size, &verified.tree).await?;
        let signature = accord_ledger::envelope::signature_from_slice(&entry.signature).unwrap_or([0; 64]);
        let record =
            accord_ledger::SignedRecord { bytes: entry.envelope.clone(), signature, key_id: entry.key_id.clone() };
        if merkle::verify_inclusion(&record.leaf_data(), index, head.size, &path, &verified.checkpoint.root).is_err() {
            return Ok(Err(Problem::BadInclusionProof { index }));
        }
    }

    let state = audit::state_after(&verified, &note);
    if let Some(dir) = state_path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let tmp = state_path.with_extension("json.tmp");
    std::fs::write(&tmp, serde_json::to_vec_pretty(&state)?)
        .with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, &state_path).with_context(|| format!("cannot write {}", state_path.display()))?;
    Ok(Ok(Outcome {
        origin: state.origin,
        tree_size: state.tree_size,
        root_hash: state.root_hash,
        node_key_id: accord_ledger::keys::key_id(&verified.node_key),
        keys: verified.keys,
        previous: previous.map(|p| p.tree_size),
        checked_inclusion: indexes,
        state_file: state_path,
    }))
}

pub async fn run_verify(args: &VerifyArgs, config: &Config, format: Format) -> Result<()> {
    let source = Source::open(args.url.as_deref(), &config.data_dir).await?;
    let progress = format == Format::Table && std::io::IsTerminal::is_terminal(&std::io::stderr());
    let mut records = Vec::new();
    for r in &args.record {
        let Some((kind, id)) = r.split_once('/').filter(|(k, i)| !k.is_empty() && !i.is_empty()) else {
            bail!("--record {r:?}: write the record as KIND/ID, e.g. organisation/0193a8f2-…");
        };
        records.push((kind.to_owned(), id.to_owned()));
    }
    match run(&source, args.state.as_deref(), &args.check, &records, progress).await? {
        Ok(o) => {
            match format {
                Format::Json => println!(
                    "{}",
                    json!({
                        "ok": true, "origin": o.origin, "tree_size": o.tree_size, "root_hash": o.root_hash,
                        "node_key": o.node_key_id, "keys": o.keys, "previous_tree_size": o.previous,
                        "inclusion_checked": o.checked_inclusion, "state_file": o.state_file,
                    })
                ),
                Format::Table => {
                    println!("ok: log {} is intact", o.origin);
                    println!(
                        "  {} entries; every signature and leaf verified; {} keys published in the log",
                        o.tree_size, o.keys
                    );
                    println!("  root {} signed by node key {}", o.root_hash, o.node_key_id);
                    match o.previous {
                        Some(p) => println!("  consistent with the checkpoint of size {p} verified before"),
                        None => println!("  first audit of this log: checkpoint remembered"),
                    }
                    for i in &o.checked_inclusion {
                        println!("  inclusion of entry {i} proved");
                    }
                    println!("  state: {}", o.state_file.display());
                }
            }
            Ok(())
        }
        Err(problem) => {
            if format == Format::Json {
                println!("{}", json!({ "ok": false, "problem": problem.to_string() }));
            }
            bail!("verification failed: {problem}")
        }
    }
}

pub async fn log_show(config: &Config, start: i64, limit: u32, format: Format) -> Result<()> {
    let db = config.data_dir.join("accord.sqlite");
    if !db.exists() {
        bail!("no node data in {}", config.data_dir.display());
    }
    let store = accord_store::SqliteStore::open(&db, &accord_store::sqlite::SqliteOptions::default()).await?;
    use accord_store::Store;
    let entries = store.log_entries(start.max(0), limit.clamp(1, 10_000)).await?;
    let checkpoint = store.latest_checkpoint().await?;
    let rows: Vec<(accord_core::LogEntry, Option<accord_ledger::Envelope>)> = entries
        .into_iter()
        .map(|e| {
            let env = accord_ledger::Envelope::from_bytes(&e.envelope).ok();
            (e, env)
        })
        .collect();
    match format {
        Format::Json => {
            let list: Vec<_> = rows
                .iter()
                .map(|(e, env)| json!({
                    "index": e.seq, "kind": e.kind, "id": e.record_id, "version": e.version, "key_id": e.key_id,
                    "action": env.as_ref().map(|x| x.action.clone()), "author": env.as_ref().and_then(|x| x.author.clone()),
                    "at": env.as_ref().map(|x| x.at.clone()), "payload": env.as_ref().map(|x| x.payload.clone()),
                }))
                .collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&json!({ "checkpoint": checkpoint.map(|c| c.note), "entries": list }))?
            );
        }
        Format::Table => {
            match &checkpoint {
                Some(c) => println!("tree size {}, latest checkpoint:\n{}", c.size, c.note),
                None => println!("the log is empty"),
            }
            print_table(
                &["index", "action", "record", "version", "author", "signed by", "at"],
                rows.iter().map(|(e, env)| {
                    vec![
                        e.seq.to_string(),
                        env.as_ref().map(|x| x.action.clone()).unwrap_or_else(|| "(unreadable)".into()),
                        format!("{} {}", e.kind, e.record_id),
                        e.version.to_string(),
                        env.as_ref().and_then(|x| x.author.clone()).unwrap_or_else(|| "node".into()),
                        e.key_id.clone(),
                        env.as_ref().map(|x| x.at.clone()).unwrap_or_default(),
                    ]
                }),
            );
        }
    }
    Ok(())
}
