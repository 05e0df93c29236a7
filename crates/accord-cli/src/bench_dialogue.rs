//! `accord bench dialogue`: the Polis pipeline on every shared conversation with votes, side by
//! side with red-dwarf 0.4.0 (Python, PyPI) in the same run when its virtual environment is
//! present (`bench/reddwarf/setup.sh`), then a synthetic 100,000 × 5,000 conversation with
//! 5,000,000 votes: full recompute, peak memory, and incremental updates after 1,000 new votes.
//! Not a test: it prints numbers and asserts nothing.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use accord_consensus::ari::adjusted_rand_index;
use accord_consensus::model::{Moderation, StatementInfo};
use accord_consensus::{Engine, Params, VoteMatrix, analyze, synthetic};
use anyhow::{Context, Result};
use serde_json::{Value, json};

use crate::dialogue::load_polis_dir;
use crate::output::{Format, print_table};

pub struct Options {
    pub polis_dir: PathBuf,
    pub repeat: usize,
    pub participants: u32,
    pub statements: u32,
    pub votes: usize,
    pub increments: usize,
    pub peer_python: Option<PathBuf>,
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

/// Peak resident memory of this process so far (Linux `VmHWM`), in bytes.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn groups_of(analysis: &accord_consensus::Analysis) -> HashMap<u32, u32> {
    analysis.positions.iter().filter_map(|p| Some((p.id, p.group?))).collect()
}

fn ari_against(polis: &BTreeMap<u32, u32>, ours: &HashMap<u32, u32>) -> Option<f64> {
    let pairs: Vec<(u32, u32)> = polis.iter().filter_map(|(p, &g)| Some((g, *ours.get(p)?))).collect();
    adjusted_rand_index(&pairs)
}

fn default_peer(repo: &Path) -> Option<PathBuf> {
    let venv = std::env::var_os("REDDWARF_VENV").map_or_else(|| repo.join("target/reddwarf-venv"), PathBuf::from);
    let python = venv.join("bin/python");
    python.is_file().then_some(python)
}

pub fn run(options: Options, format: Format) -> Result<()> {
    let progress = format == Format::Table;
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&options.polis_dir)
        .with_context(|| format!("cannot read {}", options.polis_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("votes.csv").is_file() || p.join("participants-votes.csv").is_file())
        .collect();
    dirs.sort();

    // 1. Accord on each conversation (loading excluded from the time, as for the peer).
    let mut rows = Vec::new();
    for dir in &dirs {
        let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if progress {
            eprintln!("accord: {name}…");
        }
        let conversation = load_polis_dir(dir)?;
        let info = conversation.statement_info();
        let mut times = Vec::new();
        let mut last = None;
        for _ in 0..options.repeat.max(1) {
            let t = Instant::now();
            let analysis = analyze(&info, &conversation.votes, &Params::default());
            times.push(t.elapsed());
            last = Some(analysis);
        }
        let Some(analysis) = last else { continue };
        let ours = groups_of(&analysis);
        rows.push(json!({
            "name": name,
            "participants": analysis.participants,
            "statements": VoteMatrix::from_events(&conversation.votes).n_cols(),
            "votes": analysis.votes,
            "accord_seconds": median(times).as_secs_f64(),
            "accord_k": analysis.k,
            "polis_k": conversation.polis_groups.values().max().map(|g| g + 1),
            "accord_ari_vs_polis": ari_against(&conversation.polis_groups, &ours),
            "polis_groups": conversation.polis_groups,
            "accord_groups": ours,
        }));
    }

    // 2. The peer, in the same run.
    let repo = std::env::current_dir()?;
    let python = options.peer_python.clone().or_else(|| default_peer(&repo));
    let script = repo.join("bench/reddwarf/run.py");
    let peer: Option<Value> = match (&python, script.is_file()) {
        (Some(python), true) => {
            if progress {
                eprintln!("red-dwarf: {} conversations…", dirs.len());
            }
            let output = Command::new(python)
                .arg(&script)
                .arg("--repeat")
                .arg(options.repeat.max(1).to_string())
                .args(&dirs)
                .output()
                .with_context(|| format!("cannot run {}", python.display()))?;
            if !output.status.success() {
                eprintln!("red-dwarf failed: {}", String::from_utf8_lossy(&output.stderr));
                None
            } else {
                Some(serde_json::from_slice(&output.stdout).context("red-dwarf printed something that is not JSON")?)
            }
        }
        _ => {
            eprintln!(
                "red-dwarf is not installed, so the peer column is empty: run bench/reddwarf/setup.sh (or pass --peer-python)"
            );
            None
        }
    };
    let peer_rows: HashMap<String, Value> = peer
        .as_ref()
        .and_then(|p| p["datasets"].as_array())
        .map(|list| list.iter().filter_map(|d| Some((d["name"].as_str()?.to_string(), d.clone()))).collect())
        .unwrap_or_default();
    for row in &mut rows {
        let Some(name) = row["name"].as_str().map(str::to_string) else { continue };
        let Some(p) = peer_rows.get(&name) else { continue };
        let peer_groups: HashMap<u32, u32> = p["groups"]
            .as_object()
            .map(|m| m.iter().filter_map(|(k, v)| Some((k.parse().ok()?, u32::try_from(v.as_u64()?).ok()?))).collect())
            .unwrap_or_default();
        let polis: BTreeMap<u32, u32> = serde_json::from_value(row["polis_groups"].clone()).unwrap_or_default();
        row["peer_seconds"] = p["seconds_median"].clone();
        row["peer_k"] = p["k"].clone();
        row["peer_ari_vs_polis"] = json!(ari_against(&polis, &peer_groups));
        if let (Some(a), Some(b)) = (row["accord_seconds"].as_f64(), p["seconds_median"].as_f64()) {
            row["speedup"] = json!(b / a);
        }
    }
    for row in &mut rows {
        if let Some(o) = row.as_object_mut() {
            o.remove("polis_groups");
            o.remove("accord_groups");
        }
    }

    // 3. Synthetic: full recompute, then incremental ticks of 1,000 new votes.
    if progress {
        eprintln!(
            "synthetic: {} participants × {} statements, {} votes…",
            options.participants, options.statements, options.votes
        );
    }
    let events = synthetic::votes(options.participants, options.statements, options.votes, 3, 2026);
    let extra = synthetic::votes(options.participants, options.statements, 1000 * options.increments, 3, 7);
    let statements: Vec<StatementInfo> = (0..options.statements)
        .map(|id| StatementInfo { id, moderation: Moderation::Accepted, is_meta: false })
        .collect();
    let rss_before = peak_rss();
    let mut engine = Engine::new(Params::default());
    engine.set_statements(statements.iter().copied());
    let t = Instant::now();
    engine.add_votes(&events);
    let build = t.elapsed();
    let t = Instant::now();
    let full = engine.analyze();
    let full_time = t.elapsed();
    let rss_after = peak_rss();
    let mut increments = Vec::new();
    let mut last = None;
    for (i, batch) in extra.chunks(1000).enumerate() {
        let shifted: Vec<_> = batch
            .iter()
            .map(|e| accord_consensus::VoteEvent { at_ms: options.votes as i64 + (i * 1000) as i64 + e.at_ms, ..*e })
            .collect();
        let t = Instant::now();
        engine.add_votes(&shifted);
        let tick = engine.analyze();
        increments.push(t.elapsed());
        last = Some(tick);
    }
    // How far the ticks drifted from an exact recompute over the same votes.
    let exact = engine.analyze_full();
    let tick_groups = last.as_ref().map(groups_of).unwrap_or_default();
    let exact_groups = groups_of(&exact);
    let pairs: Vec<(u32, u32)> = exact_groups.iter().filter_map(|(p, &g)| Some((g, *tick_groups.get(p)?))).collect();
    let drift_ari = adjusted_rand_index(&pairs);
    let refreshed = last.as_ref().map(|a| a.pca_refreshed);
    // The tick that refreshes the components: more batches of 1,000 until one does (every
    // `pca_refresh_fraction` of the votes), only that tick timed.
    let params = Params::default();
    let batches_to_refresh = (params.pca_refresh_fraction * full.votes as f64 / 1000.0).ceil() as usize + 2;
    let more = synthetic::votes(options.participants, options.statements, 1000 * batches_to_refresh, 3, 11);
    let mut refresh_tick = None;
    for (i, batch) in more.chunks(1000).enumerate() {
        let at = options.votes as i64 + 1000 * (options.increments + i) as i64;
        let shifted: Vec<_> = batch.iter().map(|e| accord_consensus::VoteEvent { at_ms: at + e.at_ms, ..*e }).collect();
        let t = Instant::now();
        engine.add_votes(&shifted);
        let tick = engine.analyze();
        if tick.pca_refreshed {
            refresh_tick = Some(t.elapsed());
            break;
        }
    }
    let synthetic = json!({
        "participants": options.participants,
        "statements": options.statements,
        "vote_events": options.votes,
        "latest_votes": full.votes,
        "matrix_build_seconds": build.as_secs_f64(),
        "full_recompute_seconds": full_time.as_secs_f64(),
        "pca_iterations": full.pca_iterations,
        "k": full.k,
        "peak_rss_bytes": rss_after,
        "peak_rss_before_bytes": rss_before,
        "incremental_1000_votes_median_seconds": median(increments.clone()).as_secs_f64(),
        "incremental_1000_votes_max_seconds": increments.iter().max().map(Duration::as_secs_f64),
        "threads": rayon::current_num_threads(),
        "last_tick_refreshed_pca": refreshed,
        "refreshing_tick_seconds": refresh_tick.map(|d| d.as_secs_f64()),
        "ari_last_tick_vs_full_recompute": drift_ari,
    });

    let result = json!({
        "conversations": rows,
        "peer": peer.as_ref().map(|p| json!({"name": p["peer"], "version": p["version"], "python": p["python"]})),
        "synthetic": synthetic,
    });
    if format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&result)?);
        return Ok(());
    }
    let ms = |v: &Value| v.as_f64().map_or("—".into(), |s| format!("{:.1}", s * 1000.0));
    let num = |v: &Value| v.as_f64().map_or("—".into(), |x| format!("{x:.2}"));
    let int = |v: &Value| v.as_u64().map_or("—".into(), |x| x.to_string());
    print_table(
        &[
            "conversation",
            "participants × statements",
            "votes",
            "Accord ms",
            "red-dwarf ms",
            "speed-up",
            "k Accord / red-dwarf / Polis",
            "ARI vs Polis: Accord / red-dwarf",
        ],
        rows.iter().map(|r| {
            vec![
                r["name"].as_str().unwrap_or("").to_string(),
                format!("{} × {}", int(&r["participants"]), int(&r["statements"])),
                int(&r["votes"]),
                ms(&r["accord_seconds"]),
                ms(&r["peer_seconds"]),
                r["speedup"].as_f64().map_or("—".into(), |x| format!("{x:.0}×")),
                format!("{} / {} / {}", int(&r["accord_k"]), int(&r["peer_k"]), int(&r["polis_k"])),
                format!("{} / {}", num(&r["accord_ari_vs_polis"]), num(&r["peer_ari_vs_polis"])),
            ]
        }),
    );
    let s = &result["synthetic"];
    println!(
        "\nSynthetic {} × {} with {} vote events ({} latest votes), {} threads:\n  matrix build {:.2} s, full recompute {:.3} s (PCA iterations {}), peak RSS {:.0} MiB\n  incremental tick after 1,000 new votes: median {:.1} ms, max {:.1} ms; the tick that refreshes the components {}\n  groups after the ticks vs a full recompute over the same votes: ARI {}",
        options.participants,
        options.statements,
        options.votes,
        full.votes,
        s["threads"],
        build.as_secs_f64(),
        full_time.as_secs_f64(),
        full.pca_iterations,
        rss_after.unwrap_or(0) as f64 / (1 << 20) as f64,
        median(increments.clone()).as_secs_f64() * 1000.0,
        increments.iter().max().map_or(0.0, |d| d.as_secs_f64() * 1000.0),
        refresh_tick.map_or("— (none within the batches)".into(), |d| format!("{:.1} ms", d.as_secs_f64() * 1000.0)),
        drift_ari.map_or("—".into(), |a| format!("{a:.4}")),
    );
    Ok(())
}
