//! `accord`: one binary that runs an Accord node and administers it.

mod bench;
mod bench_dialogue;
mod bench_registry;
mod bench_search;
mod dialogue;
mod incidents;
mod output;
mod registry;
mod resolutions;
mod rules;
mod verify;

use std::io::BufRead;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use serde_json::json;

use accord_core::{OrgId, Principal, TokenId};
use accord_node::config::FlagOverrides;
use accord_node::{Config, Node, OrganisationInput, TokenInput, UserInput, demo, secret};
use accord_store::PageRequest;

/// mimalloc instead of the system allocator: an assessment or a page builds many short-lived
/// values, and glibc's malloc spent a quarter of an assessment's time (measured with callgrind;
/// docs/BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use crate::output::{Format, print_table};

const ABOUT: &str = "Accord: open infrastructure for global AI governance cooperation.\n\n\
One `accord` binary runs a node (JSON API and web UI in the six UN languages) and administers it. \
Commands that change the node act as its operator and go through the same audited write path as the web UI.";

const EXAMPLES: &str = "\
Examples:
  accord demo                                  Seed a demo community and serve it on http://127.0.0.1:8080
  accord serve --listen 0.0.0.0:8080           Serve the node in ./accord-data
  accord member add --name \"AI Office\" --kind regulator --country BE
  accord member list --format json
  accord user add --org \"AI Office\" --email ana@office.example --name \"Ana\" --role editor
  accord token create --user ana@office.example --name nightly-export --scope read
  accord token revoke 0193a8f2-…

Configuration: defaults < accord.toml (or --config FILE) < ACCORD_* variables < flags.
See docs/configuration.md for every setting.";

#[derive(Parser)]
#[command(name = "accord", version, about = ABOUT, after_help = EXAMPLES, propagate_version = true)]
struct Cli {
    /// Configuration file (TOML). Without it, ./accord.toml is read if present.
    #[arg(long, global = true, env = "ACCORD_CONFIG", value_name = "FILE")]
    config: Option<PathBuf>,
    /// The node's data directory [default: ./accord-data].
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Output format of commands that print data.
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the node: JSON API under /api/v1 and the web UI.
    #[command(after_help = "Example:\n  accord serve --listen 127.0.0.1:8080 --data-dir /var/lib/accord")]
    Serve(ServeArgs),
    /// Seed the demo community (idempotent), print the demo logins, then serve.
    #[command(
        after_help = "Example:\n  accord demo --listen 127.0.0.1:8181\nRunning it again reuses the data directory."
    )]
    Demo(ServeArgs),
    /// Create or upgrade the database in the data directory, then exit.
    Migrate,
    /// Member organisations.
    #[command(subcommand)]
    Member(MemberCommand),
    /// User accounts of member organisations.
    #[command(subcommand)]
    User(UserCommand),
    /// API tokens: created once with a secret, listed without it, revoked for good.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Audit a node's transparency log: checkpoint signature, every record's signature and leaf,
    /// the Merkle root, and consistency with the last checkpoint this auditor saw.
    #[command(
        after_help = "Examples:\n  accord verify http://127.0.0.1:8181\n  accord verify --data-dir ./accord-data --state audit.json --check 0 --check 17\n\nExit status 0: the log is intact. Otherwise the message names the problem (bad signature, inconsistent tree,\nmissing entry, fork, truncation, unknown key). The state file remembers the last verified checkpoint, like a\nCertificate Transparency monitor; keep it between runs."
    )]
    Verify(VerifyArgs),
    /// The transparency log, for people.
    #[command(subcommand)]
    Log(LogCommand),
    /// Signing keys of the node and of member organisations.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Which obligations apply to an AI system or model, per jurisdiction, on a date.
    #[command(
        after_help = "Example:\n  accord assess --profile examples/open-weights-gpai.toml --as-of 2026-09-01 --format json\n\nStatuses: applies, may_apply (names the missing facts), exempt, not_applicable, not_in_force.\nEvery finding carries its citation, source, confidence and the proof of how it was decided."
    )]
    Assess(AssessArgs),
    /// Rule packs: validate, list.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// The registry of AI models and systems: import cards and Epoch AI data, list, show.
    #[command(subcommand)]
    Registry(registry::RegistryCommand),
    /// Incidents and reports: import AIID, AVID, ATLAS and STIX data, search, show, export.
    #[command(subcommand)]
    Incidents(incidents::IncidentsCommand),
    /// Dialogue: Polis-style conversations, opinion groups and consensus.
    #[command(subcommand)]
    Dialogue(dialogue::DialogueCommand),
    /// Formal resolutions: drafts, amendments, votes under a rule and quorum, signed results.
    #[command(subcommand, after_help = resolutions::EXAMPLES)]
    Resolution(resolutions::ResolutionCommand),
    /// The search index (a projection of the database).
    #[command(subcommand)]
    Search(SearchCommand),
    /// Measure performance (figures for docs/BENCHMARKS.md; asserts nothing).
    #[command(subcommand)]
    Bench(BenchCommand),
    /// Print the version of this binary.
    Version,
}

#[derive(Subcommand)]
enum SearchCommand {
    /// Drop the incident search index and build it again from the database.
    #[command(
        after_help = "Example:\n  accord search reindex\n\nSafe at any time: the database is the source of truth."
    )]
    Reindex,
}

#[derive(Args)]
struct AssessArgs {
    /// The facts known about the system or model (TOML or JSON; absent facts are unknown).
    #[arg(long, value_name = "FILE")]
    profile: PathBuf,
    /// Folder of rule packs (*.toml) [default: the corpus built into this binary].
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
    /// The date to assess on [default: today, UTC].
    #[arg(long, value_name = "YYYY-MM-DD")]
    as_of: Option<String>,
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Check rule packs: syntax, required fields, kinds, fact names, exceptions, cycles — and run
    /// the golden cases of DIR/golden/*.toml if there are any.
    #[command(
        after_help = "Example:\n  accord rules validate corpus/\n\nEvery problem names its file and line (or golden case). Exit status 0: the packs are valid and every\ngolden case holds; with golden cases present, every obligation must also be made to apply by one case and\nnot to apply by another."
    )]
    Validate {
        /// Folder of rule packs (*.toml).
        dir: PathBuf,
    },
    /// What changes between two dates: rules that start or stop applying, and dates amendments moved.
    #[command(
        after_help = "Examples:\n  accord rules diff --from 2026-08-01 --to 2027-12-31\n  accord rules diff --from 2026-08-01 --to 2027-12-31 --profile examples/open-weights-gpai.toml --format json\n\nWith --profile, also lists the findings whose status differs between the two dates."
    )]
    Diff {
        /// The earlier date (exclusive).
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: String,
        /// The later date (inclusive).
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: String,
        /// Compare the findings for this profile on the two dates.
        #[arg(long, value_name = "FILE")]
        profile: Option<PathBuf>,
        #[arg(long, value_name = "DIR")]
        corpus: Option<PathBuf>,
    },
    /// List the rules, cited: all, or those of a jurisdiction, kind or instrument.
    #[command(
        after_help = "Examples:\n  accord rules list --jurisdiction CN\n  accord rules list --kind incident.report --format json\n  accord rules list --instrument us-ca.sb53"
    )]
    List {
        /// Folder of rule packs [default: the corpus built into this binary].
        #[arg(long, value_name = "DIR")]
        corpus: Option<PathBuf>,
        /// Only this jurisdiction (EU, CN, US-CA, INTL…).
        #[arg(long, value_name = "CODE")]
        jurisdiction: Option<String>,
        /// Only this obligation kind (see corpus/kinds.toml).
        #[arg(long, value_name = "KIND")]
        kind: Option<String>,
        /// Only this instrument (e.g. eu.aia).
        #[arg(long, value_name = "ID")]
        instrument: Option<String>,
    },
    /// One rule in full: citation, source, confidence, condition, exceptions, windows.
    Show {
        /// The rule id, e.g. eu.aia.55.1a.
        id: String,
        #[arg(long, value_name = "DIR")]
        corpus: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum BenchCommand {
    /// The registry: card import rate (parse + store + signed record) and list/search latency.
    #[command(
        after_help = "Example (the figures in docs/BENCHMARKS.md):\n  accord bench registry --cards 20000 --entries 100000"
    )]
    Registry {
        /// Synthetic cards to import for the import rate.
        #[arg(long, default_value_t = 20_000)]
        cards: u64,
        /// Entries in the registry for the list and search latencies.
        #[arg(long, default_value_t = 100_000)]
        entries: u64,
        /// Commit with SQLite `synchronous = NORMAL` (storage.sqlite_synchronous_full = false):
        /// safe against corruption in WAL mode, but the last commits may be lost on power loss.
        #[arg(long)]
        relaxed_durability: bool,
        /// Also write the synthetic cards to this folder (for a peer to parse the same files:
        /// scripts/bench-cards).
        #[arg(long, value_name = "DIR")]
        write_cards: Option<PathBuf>,
    },
    /// Incident search: accord-search against SQLite FTS5 on synthetic reports in the six UN languages —
    /// indexing rate, top-10 latency with access filtering, and recall per language.
    #[command(
        after_help = "Example (the figures in docs/BENCHMARKS.md):\n  accord bench search --docs 100000\n  accord bench search --docs 1000000 --format json"
    )]
    Search {
        /// Synthetic reports to index (spread evenly over the six languages).
        #[arg(long, default_value_t = 100_000)]
        docs: u64,
        /// Timed queries per language on each engine.
        #[arg(long, default_value_t = 200)]
        queries: usize,
        /// Indexing threads of the search index [default: the cores, at most 4].
        #[arg(long)]
        threads: Option<usize>,
        /// Memory budget of the search index writer, in MB [default: 128].
        #[arg(long, value_name = "MB")]
        writer_mb: Option<usize>,
    },
    /// The dialogue math: every shared Polis conversation side by side with red-dwarf 0.4.0
    /// (when bench/reddwarf/setup.sh has installed it), then a synthetic conversation: full
    /// recompute time, peak memory, and incremental ticks of 1,000 new votes.
    #[command(
        after_help = "Example (the figures in docs/BENCHMARKS.md):\n  bench/reddwarf/setup.sh\n  accord bench dialogue\n  accord bench dialogue --participants 100000 --statements 5000 --votes 5000000 --format json"
    )]
    Dialogue {
        /// Folder of Polis openData conversations.
        #[arg(long, value_name = "DIR", default_value = "data/polis")]
        polis_dir: PathBuf,
        /// Timed runs per conversation (the median is reported), for both engines.
        #[arg(long, default_value_t = 5)]
        repeat: usize,
        /// Synthetic participants.
        #[arg(long, default_value_t = 100_000)]
        participants: u32,
        /// Synthetic statements.
        #[arg(long, default_value_t = 5_000)]
        statements: u32,
        /// Synthetic vote events.
        #[arg(long, default_value_t = 5_000_000)]
        votes: usize,
        /// Incremental ticks of 1,000 new votes to time.
        #[arg(long, default_value_t = 10)]
        increments: usize,
        /// The Python of red-dwarf's virtual environment [default: target/reddwarf-venv/bin/python].
        #[arg(long, value_name = "PATH")]
        peer_python: Option<PathBuf>,
    },
    /// The obligations engine: full assessments (one profile against the whole corpus) per second on one core.
    Rules {
        /// How many assessments to run.
        #[arg(long, default_value_t = 20_000)]
        iterations: u64,
    },
    /// The transparency log: signed appends through the write path, proofs and full verification.
    #[command(
        after_help = "Example (the figures in docs/BENCHMARKS.md):\n  accord bench log --leaves 1000000 --appends 2000"
    )]
    Log {
        /// Size of the in-memory log for proof and verification timings.
        #[arg(long, default_value_t = 1_000_000)]
        leaves: u64,
        /// Signed, durable appends through the node's write path (in a temporary data directory).
        #[arg(long, default_value_t = 2000)]
        appends: u64,
        /// Records per commit for the batched appends.
        #[arg(long, default_value_t = 1000)]
        batch: u64,
    },
}

#[derive(Args)]
struct VerifyArgs {
    /// The node's address, e.g. http://127.0.0.1:8181. Without it, the data directory is read.
    url: Option<String>,
    /// Where to remember the last verified checkpoint [default: ~/.local/state/accord/verify-<origin>.json].
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
    /// Also check the inclusion proof of this log entry (repeatable).
    #[arg(long = "check", value_name = "INDEX")]
    check: Vec<u64>,
    /// Also prove that every version of this record is in the log, e.g. `organisation/0193…` (repeatable).
    #[arg(long = "record", value_name = "KIND/ID")]
    record: Vec<String>,
}

#[derive(Subcommand)]
enum LogCommand {
    /// List log entries: index, record, version, action, signer.
    Show {
        /// First entry.
        #[arg(long, default_value_t = 0)]
        start: i64,
        /// How many entries.
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
}

#[derive(Subcommand)]
enum KeysCommand {
    /// List the published signing keys.
    List,
    /// Replace the node's key (or an organisation's); the old key is retired, what it signed stays valid.
    #[command(after_help = "Examples:\n  accord keys rotate\n  accord keys rotate --org \"AI Office\"")]
    Rotate {
        /// Rotate this organisation's key (name or id) instead of the node's.
        #[arg(long)]
        org: Option<String>,
    },
}

#[derive(Args)]
struct ServeArgs {
    /// Address to listen on [default: 127.0.0.1:8080].
    #[arg(long, value_name = "ADDR")]
    listen: Option<String>,
}

#[derive(Subcommand)]
enum MemberCommand {
    /// Add a member organisation.
    #[command(
        after_help = "Example:\n  accord member add --name \"Agence nationale de l'IA\" --kind state_institution --country FR"
    )]
    Add {
        /// Name, in the organisation's own language (1–200 characters).
        #[arg(long)]
        name: String,
        /// state_institution, regulator, international_organisation, company, research_institution,
        /// developer_community or individual_expert.
        #[arg(long)]
        kind: String,
        /// ISO 3166-1 alpha-2 code (e.g. FR); omit for international organisations.
        #[arg(long)]
        country: Option<String>,
        /// Web address (http:// or https://).
        #[arg(long)]
        website: Option<String>,
    },
    /// List member organisations.
    List,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a user account to an organisation. Without --password-stdin a password is generated and printed once.
    #[command(
        after_help = "Example:\n  echo 'a long passphrase' | accord user add --org \"AI Office\" --email ana@office.example --name Ana --role editor --password-stdin"
    )]
    Add {
        /// The organisation's name or id.
        #[arg(long)]
        org: String,
        #[arg(long)]
        email: String,
        /// Full name.
        #[arg(long)]
        name: String,
        /// admin, editor, reviewer or member.
        #[arg(long, default_value = "member")]
        role: String,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// List user accounts.
    List {
        /// Only this organisation (name or id).
        #[arg(long)]
        org: Option<String>,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create an API token for a user; the secret is printed once.
    #[command(
        after_help = "Example:\n  accord token create --user ana@office.example --name ci --scope read --scope write --expires-in-days 30"
    )]
    Create {
        /// The user's e-mail address.
        #[arg(long)]
        user: String,
        /// What will use the token.
        #[arg(long)]
        name: String,
        /// read, write or admin; repeat for several.
        #[arg(long = "scope", value_enum, required = true)]
        scopes: Vec<ScopeArg>,
        /// Lifetime in days [default: auth.token_default_days].
        #[arg(long)]
        expires_in_days: Option<i64>,
    },
    /// List API tokens (never their secrets).
    List {
        /// Only this user's tokens (e-mail address).
        #[arg(long)]
        user: Option<String>,
    },
    /// Revoke a token at once.
    Revoke {
        /// The token id (see `accord token list`).
        id: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ScopeArg {
    Read,
    Write,
    Admin,
}

impl ScopeArg {
    fn as_str(self) -> &'static str {
        match self {
            ScopeArg::Read => "read",
            ScopeArg::Write => "write",
            ScopeArg::Admin => "admin",
        }
    }
}

fn main() -> std::process::ExitCode {
    // `accord rules list | head` must end quietly when the reader goes away, as Unix tools do,
    // instead of panicking on the broken pipe (Rust ignores SIGPIPE by default).
    sigpipe::reset();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn init_logging(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .or_else(|_| tracing_subscriber::EnvFilter::try_new(&config.log.filter))
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if config.log.format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}

async fn run(cli: Cli) -> Result<()> {
    let listen = match &cli.command {
        Command::Serve(a) | Command::Demo(a) => a.listen.clone(),
        _ => None,
    };
    if matches!(cli.command, Command::Version) {
        println!("accord {}", env!("CARGO_PKG_VERSION"));
        return Ok(());
    }
    let flags = FlagOverrides { listen, data_dir: cli.data_dir.clone() };
    let mut config = Config::load(cli.config.as_deref(), &flags)?;
    let format = cli.format;
    // Auditing reads; it must not change the data directory it audits, so no Node is opened.
    match &cli.command {
        Command::Verify(args) => return verify::run_verify(args, &config, format).await,
        Command::Log(LogCommand::Show { start, limit }) => {
            return verify::log_show(&config, *start, *limit, format).await;
        }
        Command::Assess(args) => return rules::assess(args, format),
        Command::Rules(RulesCommand::Validate { dir }) => return rules::validate(dir, format),
        Command::Rules(RulesCommand::Diff { from, to, profile, corpus }) => {
            return rules::diff(from, to, profile.as_deref(), corpus.as_deref(), format);
        }
        Command::Rules(RulesCommand::List { corpus, jurisdiction, kind, instrument }) => {
            let corpus = rules::load_or_embedded(corpus.as_deref())?;
            let keep = |r: &&accord_rules::pack::Rule| {
                jurisdiction.as_ref().is_none_or(|j| r.jurisdiction.eq_ignore_ascii_case(j))
                    && kind.as_ref().is_none_or(|k| r.kind == *k)
                    && instrument.as_ref().is_none_or(|i| r.instrument == *i)
            };
            let rows = corpus.rules().values().filter(keep).map(|r| {
                let confidence = match r.confidence {
                    accord_rules::pack::Confidence::Verified => "verified",
                    accord_rules::pack::Confidence::PrimaryText => "primary_text",
                    accord_rules::pack::Confidence::Uncertain => "uncertain",
                };
                (r, confidence)
            });
            match format {
                Format::Json => {
                    let list: Vec<_> = rows
                        .map(|(r, c)| json!({ "id": r.id, "instrument": r.instrument, "jurisdiction": r.jurisdiction, "kind": r.kind, "cite": r.cite, "confidence": c, "source": r.source_url }))
                        .collect();
                    println!("{}", serde_json::to_string_pretty(&list)?);
                }
                Format::Table => print_table(
                    &["rule", "jurisdiction", "kind", "cite", "confidence"],
                    rows.map(|(r, c)| {
                        vec![r.id.clone(), r.jurisdiction.clone(), r.kind.clone(), r.cite.clone(), c.to_owned()]
                    }),
                ),
            }
            return Ok(());
        }
        Command::Rules(RulesCommand::Show { id, corpus }) => {
            let corpus = rules::load_or_embedded(corpus.as_deref())?;
            let Some(r) = corpus.rules().get(id) else { bail!("no rule {id:?}; see `accord rules list`") };
            let confidence = match r.confidence {
                accord_rules::pack::Confidence::Verified => "verified",
                accord_rules::pack::Confidence::PrimaryText => "primary_text",
                accord_rules::pack::Confidence::Uncertain => "uncertain (to verify: not settled)",
            };
            let windows: Vec<String> = r
                .in_force
                .iter()
                .map(|w| {
                    format!(
                        "from {} to {}{}{}",
                        w.from.map_or("(open)".into(), |d| d.to_string()),
                        w.to.map_or("(open)".into(), |d| d.to_string()),
                        if w.when.is_some() { ", conditional" } else { "" },
                        w.note.as_ref().map_or(String::new(), |n| format!(" — {n}"))
                    )
                })
                .collect();
            let status = corpus.instruments.get(&r.instrument).map_or("in_force", |i| i.status.as_str());
            let contested = r
                .contested
                .as_ref()
                .or(corpus.instruments.get(&r.instrument).and_then(|i| i.contested.as_ref()))
                .map(|c| json!({ "by": c.by, "note": c.note, "source": c.source }));
            let moved: Vec<String> = r
                .date_history
                .iter()
                .map(|h| format!("{} → {} by {}", h.was, h.now.map_or("(no date)".into(), |d| d.to_string()), h.by))
                .collect();
            let deadline = r.deadline.as_ref().map(|d| json!({ "value": d.value, "unit": d.unit, "from": d.from }));
            let threshold = r.threshold.as_ref().map(|t| json!({ "fact": t.fact, "value": t.value, "unit": t.unit }));
            match format {
                Format::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(&json!({
                        "id": r.id, "instrument": r.instrument, "instrument_status": status, "jurisdiction": r.jurisdiction,
                        "kind": r.kind, "role": r.role, "cite": r.cite, "summary": r.summary, "source": r.source_url,
                        "confidence": confidence, "unless": r.unless, "in_force": windows, "dates_moved": moved,
                        "deadline": deadline, "threshold": threshold, "format": r.format, "conflicts_with": r.conflicts_with,
                        "contested": contested, "ids": r.external_ids, "file": r.file, "line": r.line,
                    }))?
                ),
                Format::Table => {
                    println!("{} — {} ({}, {status})", r.id, r.cite, r.jurisdiction);
                    println!("  {}", r.summary);
                    println!("  kind: {}   role: {}", r.kind, r.role.as_deref().unwrap_or("-"));
                    println!("  source: {}   confidence: {confidence}", r.source_url);
                    if !r.unless.is_empty() {
                        println!("  unless: {}", r.unless.join(", "));
                    }
                    for w in windows {
                        println!("  in force {w}");
                    }
                    for m in moved {
                        println!("  date moved: {m}");
                    }
                    if let Some(d) = &r.deadline {
                        println!(
                            "  deadline: {} {}{}",
                            d.value,
                            d.unit,
                            d.from.as_ref().map_or(String::new(), |f| format!(" ({f})"))
                        );
                    }
                    if let Some(t) = &r.threshold {
                        println!("  threshold: {} {:e} {}", t.fact, t.value, t.unit);
                    }
                    if let Some(c) = r
                        .contested
                        .as_ref()
                        .or(corpus.instruments.get(&r.instrument).and_then(|i| i.contested.as_ref()))
                    {
                        println!("  contested by {}: {}", c.by, c.note);
                    }
                    if !r.conflicts_with.is_empty() {
                        println!("  conflicts with: {}", r.conflicts_with.join(", "));
                    }
                    println!("  defined at {}:{}", r.file, r.line);
                }
            }
            return Ok(());
        }
        Command::Bench(BenchCommand::Rules { iterations }) => return bench::rules(*iterations, format),
        Command::Bench(BenchCommand::Dialogue {
            polis_dir,
            repeat,
            participants,
            statements,
            votes,
            increments,
            peer_python,
        }) => {
            let options = bench_dialogue::Options {
                polis_dir: polis_dir.clone(),
                repeat: *repeat,
                participants: *participants,
                statements: *statements,
                votes: *votes,
                increments: *increments,
                peer_python: peer_python.clone(),
            };
            return bench_dialogue::run(options, format);
        }
        Command::Dialogue(dialogue::DialogueCommand::Analyze(args)) if args.conversation.is_none() => {
            return dialogue::analyze_polis(args, format);
        }
        Command::Bench(BenchCommand::Search { docs, queries, threads, writer_mb }) => {
            return bench_search::run(*docs, *queries, *threads, *writer_mb, format).await;
        }
        Command::Bench(BenchCommand::Registry { cards, entries, relaxed_durability, write_cards }) => {
            return bench_registry::run(*cards, *entries, *relaxed_durability, write_cards.as_deref(), format).await;
        }
        Command::Bench(BenchCommand::Log { leaves, appends, batch }) => {
            return bench::run((*leaves).max(2), *appends, *batch, format == Format::Json).await;
        }
        _ => {}
    }
    if matches!(cli.command, Command::Demo(_)) && config.node.name == accord_node::config::NodeSettings::default().name
    {
        config.node.name = "Accord demo node".into();
    }
    if matches!(cli.command, Command::Serve(_) | Command::Demo(_)) {
        init_logging(&config);
    }
    let node = Node::open(config).await.context("cannot open the node's data directory")?;
    let op = Principal::Operator;
    if let Command::Registry(command) = cli.command {
        return registry::run(&node, command, format).await;
    }
    if let Command::Incidents(command) = cli.command {
        return incidents::run(&node, command, format).await;
    }
    if let Command::Dialogue(command) = cli.command {
        return dialogue::run(&node, command, format).await;
    }
    if let Command::Resolution(command) = cli.command {
        return resolutions::run(&node, command, format).await;
    }
    if let Command::Search(SearchCommand::Reindex) = cli.command {
        return incidents::reindex(&node, format).await;
    }
    match cli.command {
        Command::Version
        | Command::Verify(_)
        | Command::Log(_)
        | Command::Bench(_)
        | Command::Assess(_)
        | Command::Registry(_)
        | Command::Incidents(_)
        | Command::Search(_)
        | Command::Dialogue(_)
        | Command::Resolution(_)
        | Command::Rules(_) => {}
        Command::Keys(KeysCommand::List) => {
            let keys = node.keys().await?;
            match format {
                Format::Json => {
                    let list: Vec<_> = keys
                        .iter()
                        .map(|k| {
                            json!({
                                "key_id": k.key_id, "owner_kind": k.owner_kind, "owner_id": k.owner_id,
                                "created_at": accord_core::command::rfc3339(k.created_at),
                                "retired_at": k.retired_at.map(accord_core::command::rfc3339),
                                "retired_at_index": k.retired_at_seq,
                            })
                        })
                        .collect();
                    println!("{}", serde_json::to_string_pretty(&json!({ "origin": node.origin(), "keys": list }))?);
                }
                Format::Table => print_table(
                    &["key id", "owner", "created", "state"],
                    keys.iter().map(|k| {
                        vec![
                            k.key_id.clone(),
                            match &k.owner_id {
                                Some(o) => format!("{} {o}", k.owner_kind),
                                None => k.owner_kind.clone(),
                            },
                            accord_core::command::rfc3339(k.created_at),
                            match k.retired_at_seq {
                                Some(r) => format!("retired at entry {r}"),
                                None => "active".into(),
                            },
                        ]
                    }),
                ),
            }
        }
        Command::Keys(KeysCommand::Rotate { org }) => {
            let organisation = match org {
                Some(o) => Some(find_org(&node, &o).await?),
                None => None,
            };
            let new = node.rotate_key(&op, organisation).await?;
            match format {
                Format::Json => println!("{}", json!({ "key_id": new })),
                Format::Table => println!("new signing key {new} is active; the previous one is retired"),
            }
        }
        Command::Serve(_) => serve(node, None).await?,
        Command::Demo(_) => {
            let report = demo::seed(&node).await?;
            let registry_changes = demo::seed_registry(&node).await?;
            let safety_changes = demo::seed_safety(&node).await?;
            let conversations = accord_node::demo_dialogue::seed_dialogue(&node).await?;
            serve(node, Some((report, registry_changes, safety_changes, conversations))).await?;
        }
        Command::Migrate => {
            let c = node.counts().await?;
            match format {
                Format::Json => {
                    println!("{}", json!({ "migrated": true, "organisations": c.organisations, "users": c.users }))
                }
                Format::Table => println!(
                    "database {} is up to date ({} organisations, {} users)",
                    node.config().database_path().display(),
                    c.organisations,
                    c.users
                ),
            }
        }
        Command::Member(MemberCommand::Add { name, kind, country, website }) => {
            let org = node.create_organisation(&op, &OrganisationInput { name, kind, country, website }).await?;
            match format {
                Format::Json => println!("{}", serde_json::to_string_pretty(&org)?),
                Format::Table => println!("added organisation {} ({})", org.name, org.id),
            }
        }
        Command::Member(MemberCommand::List) => {
            let orgs = all_pages(async |p| node.organisations(&op, p).await).await?;
            match format {
                Format::Json => println!("{}", serde_json::to_string_pretty(&orgs)?),
                Format::Table => print_table(
                    &["id", "name", "kind", "country", "website"],
                    orgs.iter().map(|o| {
                        vec![
                            o.id.to_string(),
                            o.name.clone(),
                            o.kind.as_str().to_owned(),
                            o.country.clone().unwrap_or_default(),
                            o.website.clone().unwrap_or_default(),
                        ]
                    }),
                ),
            }
        }
        Command::User(UserCommand::Add { org, email, name, role, password_stdin }) => {
            let organisation = find_org(&node, &org).await?;
            let (password, generated) = if password_stdin {
                let mut line = String::new();
                std::io::stdin().lock().read_line(&mut line).context("cannot read the password from standard input")?;
                (line.trim_end_matches(['\r', '\n']).to_owned(), false)
            } else {
                (secret::random_secret().chars().take(20).collect::<String>(), true)
            };
            let input = UserInput { organisation, email, display_name: name, role, password: Some(password.clone()) };
            let user = node.create_user(&op, &input).await?;
            match format {
                Format::Json => {
                    let mut v = serde_json::to_value(&user)?;
                    if generated {
                        v["password"] = json!(password);
                    }
                    println!("{}", serde_json::to_string_pretty(&v)?);
                }
                Format::Table => {
                    println!(
                        "added user {} <{}> as {} ({})",
                        user.display_name,
                        user.email,
                        user.role.as_str(),
                        user.id
                    );
                    if generated {
                        println!("password (shown once): {password}");
                    }
                }
            }
        }
        Command::User(UserCommand::List { org }) => {
            let organisation = match org {
                Some(o) => Some(find_org(&node, &o).await?),
                None => None,
            };
            let users = all_pages(async |p| node.users(&op, organisation, p).await).await?;
            match format {
                Format::Json => println!("{}", serde_json::to_string_pretty(&users)?),
                Format::Table => print_table(
                    &["id", "email", "name", "role", "organisation"],
                    users.iter().map(|u| {
                        vec![
                            u.id.to_string(),
                            u.email.clone(),
                            u.display_name.clone(),
                            u.role.as_str().to_owned(),
                            u.organisation.to_string(),
                        ]
                    }),
                ),
            }
        }
        Command::Token(TokenCommand::Create { user, name, scopes, expires_in_days }) => {
            let user = node.user_by_email(&op, &user).await?;
            let input = TokenInput {
                user: Some(user.id),
                name,
                scopes: scopes.iter().map(|s| s.as_str().to_owned()).collect(),
                expires_in_days,
            };
            let (token, secret) = node.create_token(&op, &input).await?;
            match format {
                Format::Json => {
                    println!("{}", serde_json::to_string_pretty(&json!({ "token": token, "secret": secret }))?)
                }
                Format::Table => {
                    println!("created token {} ({}) for {}", token.name, token.id, user.email);
                    println!("secret (shown once, copy it now): {secret}");
                }
            }
        }
        Command::Token(TokenCommand::List { user }) => {
            let tokens = match user {
                Some(email) => {
                    let u = node.user_by_email(&op, &email).await?;
                    all_pages(async |p| node.tokens_of(&op, u.id, p).await).await?
                }
                None => all_pages(async |p| node.tokens(&op, true, p).await).await?,
            };
            let now = time::OffsetDateTime::now_utc();
            match format {
                Format::Json => println!("{}", serde_json::to_string_pretty(&tokens)?),
                Format::Table => print_table(
                    &["id", "name", "prefix", "scopes", "user", "expires", "state"],
                    tokens.iter().map(|t| {
                        vec![
                            t.id.to_string(),
                            t.name.clone(),
                            t.prefix.clone(),
                            t.scopes.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(","),
                            t.user.to_string(),
                            t.expires_at.map(accord_core::command::rfc3339).unwrap_or_default(),
                            if t.revoked_at.is_some() {
                                "revoked"
                            } else if t.is_active(now) {
                                "active"
                            } else {
                                "expired"
                            }
                            .to_owned(),
                        ]
                    }),
                ),
            }
        }
        Command::Token(TokenCommand::Revoke { id }) => {
            let id: TokenId = id.parse().with_context(|| format!("{id:?} is not a token id (a UUID)"))?;
            let token = node.revoke_token(&op, id).await?;
            match format {
                Format::Json => println!("{}", serde_json::to_string_pretty(&token)?),
                Format::Table => println!("revoked token {} ({})", token.name, token.id),
            }
        }
    }
    Ok(())
}

/// Finds an organisation by id or exact name.
async fn find_org(node: &Node, text: &str) -> Result<OrgId> {
    if let Ok(id) = text.parse::<OrgId>() {
        return Ok(node.organisation(&Principal::Operator, id).await?.id);
    }
    match node.organisation_by_name(&Principal::Operator, text).await? {
        Some(o) => Ok(o.id),
        None => bail!("no organisation named {text:?}; see `accord member list`"),
    }
}

/// Collects every page of a cursor-paginated list.
async fn all_pages<T>(
    mut fetch: impl AsyncFnMut(&PageRequest) -> accord_node::Result<accord_store::Page<T>>,
) -> Result<Vec<T>> {
    let mut out = Vec::new();
    let mut page = PageRequest { after: None, limit: 200 };
    loop {
        let got = fetch(&page).await?;
        out.extend(got.items);
        match got.next {
            Some(next) => page.after = Some(next),
            None => return Ok(out),
        }
    }
}

async fn serve(node: Node, demo: Option<(demo::DemoReport, usize, usize, usize)>) -> Result<()> {
    // Before anything is printed: whoever reads the URL may signal at once.
    let shutdown = accord_server::shutdown_signal();
    let listen = node.config().listen.clone();
    let listener =
        tokio::net::TcpListener::bind(&listen).await.with_context(|| format!("cannot listen on {listen}"))?;
    let addr = listener.local_addr()?;
    let url = format!("http://{addr}/");
    if let Some((report, registry_changes, safety_changes, conversations)) = demo {
        println!("Accord demo node: {url}");
        println!("  data directory: {}", node.config().data_dir.display());
        println!(
            "  seeded {} organisations and {} users{}",
            report.organisations_created,
            report.users_created,
            if report.organisations_created + report.users_created == 0 { " (existing data reused)" } else { "" }
        );
        println!("  registry: {registry_changes} entries registered or revised  ({url}en/registry)");
        println!(
            "  safety: {safety_changes} incidents and reports written (AIID, AVID, ATLAS, demo reports)  ({url}en/safety)"
        );
        println!(
            "  dialogue: {conversations} conversations created (vTaiwan UberX from Polis openData; a live one on frontier AI)  ({url}en/dialogue)"
        );
        println!("  demo logins (password for all: {}):", demo::DEMO_PASSWORD);
        for login in &report.logins {
            println!("    {:<10} {}", login.role.as_str(), login.email);
        }
        println!("  API: {url}api/v1/openapi.json   health: {url}healthz");
        println!("  audit the signed log: accord verify {}", url.trim_end_matches('/'));
        println!("  stop with Ctrl-C");
    } else {
        println!("Accord node listening on {url}");
    }
    tracing::info!(%addr, "listening");
    accord_server::serve(Arc::new(node), listener, shutdown).await?;
    Ok(())
}
