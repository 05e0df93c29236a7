//! `accord dialogue`: Polis openData in, opinion groups and consensus out.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use accord_consensus::analysis::Analysis;
use accord_consensus::polis::{self, PolisConversation, PolisFiles};
use accord_consensus::stats::Direction;
use accord_consensus::{Params, analyze};
use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use accord_core::access::Principal;
use accord_core::dialogue::ConversationId;
use accord_node::Node;
use accord_store::PageRequest;

use crate::output::{Format, print_table};

#[derive(Subcommand)]
pub enum DialogueCommand {
    /// Find the opinion groups, their representative statements, the consensus statements and
    /// the group-informed consensus of a conversation (the Polis math).
    #[command(after_help = "Examples:\n  accord dialogue analyze --polis-dir data/polis/vtaiwan.uberx\n  \
         accord dialogue analyze --polis-dir data/polis/bg2050-volunteers --seed 7 --format json\n\n\
         A Polis openData folder holds comments.csv and votes.csv and/or participants-votes.csv\n\
         (agree = +1 in the exports). The JSON output has `participant_groups` (participant id →\n\
         group), `groups` with their representative statements, `consensus` (agree and disagree\n\
         lists) and `group_informed_consensus` per statement, highest first.")]
    Analyze(AnalyzeArgs),
    /// Import a Polis openData export as a public conversation on this node (one transaction:
    /// all or nothing). The analysis runs when the node serves, or with `analyze --conversation`.
    #[command(after_help = "Example:\n  accord dialogue import-polis data/polis/vtaiwan.uberx\n\n\
         The folder needs comments.csv and votes.csv or participants-votes.csv. Every problem is\n\
         reported with its file, line and reason, and nothing is written.")]
    ImportPolis {
        /// A Polis openData export folder.
        dir: PathBuf,
    },
    /// The conversations on this node, with their counts.
    List,
}

#[derive(Args)]
pub struct AnalyzeArgs {
    /// A Polis openData export folder.
    #[arg(long, value_name = "DIR", conflicts_with = "conversation", required_unless_present = "conversation")]
    pub polis_dir: Option<PathBuf>,
    /// A conversation on this node (its id, from `accord dialogue list`).
    #[arg(long, value_name = "ID")]
    pub conversation: Option<String>,
    /// Seeds the start vectors of the iterative PCA (large conversations only); results are
    /// identical for identical seeds.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Largest number of opinion groups to consider (Polis: 5).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(2..=12))]
    pub max_groups: u16,
}

/// Reads a Polis openData folder; every problem names the file, the line and the reason. A
/// file over its size limit (`polis::Limits`) is refused from its metadata, before it is read.
pub fn load_polis_dir(dir: &Path) -> Result<PolisConversation> {
    if !dir.is_dir() {
        bail!("{} is not a folder", dir.display());
    }
    let limits = polis::Limits::default();
    let read = |name: &'static str| -> Result<Option<Vec<u8>>> {
        let path = dir.join(name);
        let size = match std::fs::metadata(&path) {
            Ok(meta) => meta.len(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
        };
        limits.check_size(name, size).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
        match std::fs::read(&path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
        }
    };
    let (comments, votes, matrix, summary) =
        (read(polis::COMMENTS)?, read(polis::VOTES)?, read(polis::MATRIX)?, read(polis::SUMMARY)?);
    let files = PolisFiles {
        comments: comments.as_deref(),
        votes: votes.as_deref(),
        participants_votes: matrix.as_deref(),
        summary: summary.as_deref(),
    };
    polis::read_with_limits(&files, &limits).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))
}

pub fn analyze_polis(args: &AnalyzeArgs, format: Format) -> Result<()> {
    let Some(dir) = &args.polis_dir else {
        bail!("say which conversation: --polis-dir DIR (or --conversation ID on a node)");
    };
    let conversation = load_polis_dir(dir)?;
    let params = Params { seed: args.seed, max_k: usize::from(args.max_groups), ..Params::default() };
    let analysis = analyze(&conversation.statement_info(), &conversation.votes, &params);
    let texts: HashMap<u32, &str> = conversation.comments.iter().map(|c| (c.id, c.body.as_str())).collect();
    print_analysis(&analysis, &texts, format)
}

/// The analysis as the CLI and API show it: statement texts beside ids, groups per participant.
pub fn analysis_json(analysis: &Analysis, texts: &HashMap<u32, &str>) -> Value {
    let text = |id: u32| texts.get(&id).copied().unwrap_or("");
    let participant_groups: BTreeMap<String, u32> =
        analysis.positions.iter().filter_map(|p| Some((p.id.to_string(), p.group?))).collect();
    let mut gic: Vec<_> =
        analysis.statements.iter().filter_map(|s| Some((s.id, s.group_informed_consensus?, s.moderated_out))).collect();
    gic.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    json!({
        "participants": analysis.participants,
        "in_conv": analysis.in_conv,
        "votes": analysis.votes,
        "k": analysis.k,
        "silhouettes": analysis.silhouettes,
        "groups": analysis.groups.iter().map(|g| json!({
            "id": g.id,
            "size": g.members.len(),
            "representative": g.representative.iter().map(|r| json!({
                "statement": r.statement, "text": text(r.statement), "direction": r.direction,
                "n_success": r.n_success, "n_trials": r.n_trials, "p_success": r.p_success,
                "p_test": r.p_test, "repness": r.repness, "repness_test": r.repness_test,
                "best_agree": r.best_agree,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "participant_groups": participant_groups,
        "consensus": {
            "agree": analysis.consensus.agree.iter().map(|s| json!({
                "statement": s.statement, "text": text(s.statement), "n_success": s.n_success,
                "n_trials": s.n_trials, "p_success": s.p_success, "p_test": s.p_test,
            })).collect::<Vec<_>>(),
            "disagree": analysis.consensus.disagree.iter().map(|s| json!({
                "statement": s.statement, "text": text(s.statement), "n_success": s.n_success,
                "n_trials": s.n_trials, "p_success": s.p_success, "p_test": s.p_test,
            })).collect::<Vec<_>>(),
        },
        "group_informed_consensus": gic.iter().map(|(id, v, out)| json!({
            "statement": id, "value": v, "moderated_out": out, "text": text(*id),
        })).collect::<Vec<_>>(),
    })
}

fn short(text: &str) -> String {
    let mut out: String = text.chars().take(70).collect();
    if text.chars().count() > 70 {
        out.push('…');
    }
    out
}

pub fn print_analysis(analysis: &Analysis, texts: &HashMap<u32, &str>, format: Format) -> Result<()> {
    if format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&analysis_json(analysis, texts))?);
        return Ok(());
    }
    let text = |id: u32| short(texts.get(&id).copied().unwrap_or(""));
    println!(
        "{} participants ({} clustered), {} votes, {} opinion groups",
        analysis.participants, analysis.in_conv, analysis.votes, analysis.k
    );
    for group in &analysis.groups {
        println!("\nGroup {} — {} participants", group_letter(group.id), group.members.len());
        print_table(
            &["statement", "", "agreed", "text"],
            group.representative.iter().map(|r| {
                let verb = match r.direction {
                    Direction::Agree => "agree",
                    Direction::Disagree => "disagree",
                };
                vec![
                    r.statement.to_string(),
                    verb.to_string(),
                    format!("{:.0}% of {}", r.p_success * 100.0, r.n_trials),
                    text(r.statement),
                ]
            }),
        );
    }
    println!("\nConsensus (majority of all participants)");
    print_table(
        &["statement", "", "share", "text"],
        analysis
            .consensus
            .agree
            .iter()
            .map(|s| (s, "agree"))
            .chain(analysis.consensus.disagree.iter().map(|s| (s, "disagree")))
            .map(|(s, verb)| {
                vec![
                    s.statement.to_string(),
                    verb.to_string(),
                    format!("{:.0}% of {}", s.p_success * 100.0, s.n_trials),
                    text(s.statement),
                ]
            }),
    );
    let mut gic: Vec<_> = analysis
        .statements
        .iter()
        .filter(|s| !s.moderated_out)
        .filter_map(|s| Some((s.id, s.group_informed_consensus?)))
        .collect();
    gic.sort_by(|a, b| b.1.total_cmp(&a.1));
    println!("\nGroup-informed consensus, top 10 (all statements with --format json)");
    print_table(
        &["statement", "GIC", "text"],
        gic.iter().take(10).map(|(id, v)| vec![id.to_string(), format!("{v:.3}"), text(*id)]),
    );
    Ok(())
}

/// Groups are shown as letters, as in Polis's report.
pub fn group_letter(id: u32) -> char {
    char::from_u32(u32::from('A') + id).unwrap_or('?')
}

/// The commands that need the node's data directory.
pub async fn run(node: &Node, command: DialogueCommand, format: Format) -> Result<()> {
    let op = Principal::Operator;
    match command {
        DialogueCommand::ImportPolis { dir } => {
            let conversation = load_polis_dir(&dir)?;
            let name = dir
                .canonicalize()
                .ok()
                .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
                .unwrap_or_else(|| dir.display().to_string());
            let started = std::time::Instant::now();
            let id = node.import_polis(&op, &name, &conversation).await.map_err(|e| anyhow::anyhow!("{e}"))?;
            let summary = node.conversation(&op, id).await?;
            if format == Format::Json {
                println!("{}", serde_json::to_string_pretty(&summary)?);
            } else {
                println!(
                    "imported {name} as conversation {id}: {} statements, {} participants, {} vote events ({:.1} s)",
                    summary.statements,
                    summary.participants,
                    summary.votes,
                    started.elapsed().as_secs_f64()
                );
            }
        }
        DialogueCommand::List => {
            let mut items = Vec::new();
            let mut page = PageRequest { after: None, limit: 100 };
            loop {
                let got = node.conversations(&op, &page).await?;
                items.extend(got.items);
                match got.next {
                    Some(next) => page.after = Some(next),
                    None => break,
                }
            }
            if format == Format::Json {
                println!("{}", serde_json::to_string_pretty(&items)?);
            } else {
                print_table(
                    &["id", "topic", "state", "statements", "participants", "votes"],
                    items.iter().map(|c| {
                        vec![
                            c.conversation.id.to_string(),
                            short(&c.conversation.content.topic),
                            format!("{:?}", c.conversation.content.state).to_lowercase(),
                            c.statements.to_string(),
                            c.participants.to_string(),
                            c.votes.to_string(),
                        ]
                    }),
                );
            }
        }
        DialogueCommand::Analyze(args) => {
            let Some(text) = &args.conversation else {
                bail!("say which conversation: --conversation ID or --polis-dir DIR");
            };
            let id = ConversationId(
                uuid::Uuid::parse_str(text.trim())
                    .with_context(|| format!("--conversation {text}: not a conversation id (a UUID)"))?,
            );
            let input = node.analysis_input(&op, id).await?;
            let (statements, votes) = accord_consensus::model::input_from_core(&input);
            let params = Params { seed: args.seed, max_k: usize::from(args.max_groups), ..Params::default() };
            let analysis = analyze(&statements, &votes, &params);
            let listed = node.statements(&op, id).await?;
            let texts: HashMap<u32, &str> =
                listed.iter().map(|s| (s.statement.seq, s.statement.text.as_str())).collect();
            print_analysis(&analysis, &texts, format)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn an_oversized_file_is_refused_from_its_metadata_before_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("comments.csv"), "not read").unwrap();
        // A sparse file one byte over the limit: refused by its size, never read.
        let votes = std::fs::File::create(dir.path().join("votes.csv")).unwrap();
        votes.set_len(polis::VOTES_BYTES_MAX + 1).unwrap();
        let e = load_polis_dir(dir.path()).unwrap_err().to_string();
        assert!(e.contains("votes.csv: the file is 536,870,913 bytes (512.0 MiB), over the limit of"), "{e}");
        assert!(e.starts_with(&dir.path().display().to_string()), "{e}");
    }
}
