//! `accord resolution`: formal resolutions at the console — create a draft, amend it, decide the
//! amendments, open the vote, vote, close, and read them — through the same `Node` operations
//! (and so the same checks, audit entries and signed records) as the web UI and the API.
//!
//! **Who acts.** Like every command, these act as the node's *operator*, who may chair (create,
//! decide amendments, open and close votes) but belongs to no organisation, so the node lets it
//! neither amend nor vote. A delegation acts with its own API token (`--token-file FILE` or
//! `ACCORD_TOKEN`): the command then acts as that user, with that token's scopes, and the record
//! names them — never the operator voting in a member's name.

use std::io::Read;
use std::path::{Path, PathBuf};

use accord_core::resolution::{AmendmentStatus, Quorum, ResolutionId, ResolutionState, VotingRule};
use accord_core::{Denied, OrgId, Principal};
use accord_node::resolutions::{AmendmentInput, QuorumInput, ResolutionInput, ResolutionView, RuleInput, VoteInput};
use accord_node::{Node, NodeError};
use accord_store::PageRequest;
use anyhow::{Context, Result, anyhow, bail};
use clap::{ArgGroup, Args, Subcommand, ValueEnum};

use crate::output::{Format, print_table};

/// `accord resolution --help`: the whole process, once.
pub const EXAMPLES: &str = "\
Examples (a two-thirds vote of three members, at least half of whom must vote):
  accord resolution create --body Plenary --title \"Shared evaluation of frontier models\" \\
      --text-file draft.txt --rule two-thirds --quorum 1/2 \\
      --member \"AI Office\" --member \"AISI\" --member \"Agence IA\"
  accord token create --user delegate@aisi.example --name cli --scope read --scope write > aisi.token
  accord resolution amend ID --text-file amended.txt --rationale \"A deadline.\" --token-file aisi.token
  accord resolution decide-amendment ID 1 --adopt
  accord resolution open ID --deadline 2026-07-01T17:00:00Z
  accord resolution vote ID --member AISI --choice yes --explanation \"After consultations.\" --token-file aisi.token
  accord resolution close ID                  # before the deadline: the votes so far decide
  accord resolution show ID --format json     # text, amendments, votes, tally, signed result
  accord resolution list

Consensus: --rule consensus --silence-days 7. No quorum and no deadline: opening the vote starts
the silence period, and a single objection (--choice objection) rejects the text at once.

Without a token the command acts as the node's operator, who chairs but belongs to no
organisation: delegations amend and vote with their own API token (--token-file FILE, or the
ACCORD_TOKEN variable), and the signed record names them.";

#[derive(Subcommand)]
pub enum ResolutionCommand {
    /// The resolutions on this node, newest first (votes past their deadline are closed first).
    List,
    /// One resolution: its text and history, amendments, recorded votes, tally and result.
    #[command(after_help = "Example:\n  accord resolution show 0195f3c2-… --format json")]
    Show {
        /// The resolution's id (from `accord resolution list`).
        id: String,
    },
    /// Create a draft resolution (the chair). The rule, quorum and electorate are fixed from here on.
    #[command(after_help = "Examples:
  accord resolution create --body Plenary --title \"Shared evaluation\" --text-file draft.txt \\
      --rule simple-majority --quorum 10 --all-members
  accord resolution create --body Council --title \"Incident reports\" --text-file - \\
      --rule consensus --silence-days 7 --member \"AI Office\" --member AISI < draft.txt

--quorum is a number of members (10) or a share of the electorate (0.5 or 2/3, rounded up);
without it there is no quorum.")]
    Create(CreateArgs),
    /// Propose an amendment: the whole text as it would read (a delegation of the electorate).
    #[command(
        after_help = "Example:\n  accord resolution amend ID --text-file amended.txt --rationale \"A deadline.\" --token-file aisi.token"
    )]
    Amend(AmendArgs),
    /// Adopt or reject a proposed amendment (the chair). Adopting makes its text the draft.
    #[command(
        after_help = "Examples:\n  accord resolution decide-amendment ID 1 --adopt\n  accord resolution decide-amendment ID 2 --reject"
    )]
    DecideAmendment(DecideArgs),
    /// Open the vote on the current text (the chair; every amendment decided first).
    #[command(after_help = "Examples:
  accord resolution open ID --deadline 2026-07-01T17:00:00Z     # majority rules: when voting closes
  accord resolution open ID                                      # consensus: the silence period starts now")]
    Open(OpenArgs),
    /// Cast a member's vote (a delegation of that member). A later vote replaces the earlier one
    /// until the close; both stay on the record.
    #[command(after_help = "Examples:
  accord resolution vote ID --member AISI --choice yes --token-file aisi.token
  accord resolution vote ID --member AISI --choice no-objection --token-file aisi.token   # consensus")]
    Vote(VoteArgs),
    /// Close a majority vote before its deadline (the chair): the votes so far decide and the
    /// result is published. A silence period cannot be cut short.
    #[command(after_help = "Example:\n  accord resolution close ID")]
    Close {
        id: String,
        #[command(flatten)]
        who: Who,
    },
}

/// Who acts: the operator, or the user of an API token.
#[derive(Args)]
pub struct Who {
    /// Act as the user of the API token in FILE instead of the operator: the secret, or what
    /// `accord token create` printed, saved as it is. The ACCORD_TOKEN variable does the same.
    #[arg(long, value_name = "FILE")]
    token_file: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RuleArg {
    /// More yes than no among the members present and voting.
    SimpleMajority,
    /// Yes at least two-thirds of yes and no.
    TwoThirds,
    /// Adopted if nobody objects before the silence period ends.
    Consensus,
}

/// A quorum: a number of members or a share of the electorate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuorumArg {
    None,
    Members(u32),
    Fraction(u32, u32),
}

#[derive(Args)]
pub struct CreateArgs {
    /// The deciding body, e.g. Plenary.
    #[arg(long)]
    body: String,
    #[arg(long)]
    title: String,
    /// The draft text, UTF-8 (`-` reads standard input). Blank lines separate paragraphs.
    #[arg(long, value_name = "FILE")]
    text_file: PathBuf,
    /// The language of title and text.
    #[arg(long, default_value = "en")]
    lang: String,
    #[arg(long, value_enum)]
    rule: RuleArg,
    /// The silence period of a consensus, in days.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=366))]
    silence_days: Option<u64>,
    /// Members who must vote for a majority vote to stand: a count (10) or a share of the
    /// electorate (0.5 or 2/3). None by default.
    #[arg(long, value_name = "N|SHARE", value_parser = parse_quorum)]
    quorum: Option<QuorumArg>,
    /// A member organisation of the electorate, by name or id; repeat for each (one vote each).
    #[arg(long = "member", value_name = "NAME|ID", required_unless_present = "all_members")]
    members: Vec<String>,
    /// Every member organisation of this node is in the electorate.
    #[arg(long, conflicts_with = "members")]
    all_members: bool,
    #[command(flatten)]
    who: Who,
}

#[derive(Args)]
pub struct AmendArgs {
    id: String,
    /// The whole amended text (`-` reads standard input).
    #[arg(long, value_name = "FILE")]
    text_file: PathBuf,
    /// Why the text should change; published with the amendment.
    #[arg(long)]
    rationale: Option<String>,
    #[command(flatten)]
    who: Who,
}

#[derive(Args)]
#[command(group(ArgGroup::new("decision").required(true).args(["adopt", "reject"])))]
pub struct DecideArgs {
    id: String,
    /// The amendment's number (1, 2, …; see `accord resolution show`).
    seq: u32,
    /// Adopt it: its text becomes the draft.
    #[arg(long)]
    adopt: bool,
    /// Reject it: the draft stays as it is.
    #[arg(long)]
    reject: bool,
    #[command(flatten)]
    who: Who,
}

#[derive(Args)]
pub struct OpenArgs {
    id: String,
    /// When voting closes, RFC 3339 (2026-07-01T17:00:00Z), within a year. Majority rules only:
    /// under consensus the silence period sets the close.
    #[arg(long, value_name = "RFC3339")]
    deadline: Option<String>,
    #[command(flatten)]
    who: Who,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ChoiceArg {
    Yes,
    No,
    Abstain,
    /// Consensus only: breaks the silence, and the text is not adopted.
    Objection,
    /// Consensus only.
    NoObjection,
}

impl ChoiceArg {
    fn as_node(self) -> &'static str {
        match self {
            ChoiceArg::Yes => "yes",
            ChoiceArg::No => "no",
            ChoiceArg::Abstain => "abstain",
            ChoiceArg::Objection => "objection",
            ChoiceArg::NoObjection => "no_objection",
        }
    }
}

#[derive(Args)]
pub struct VoteArgs {
    id: String,
    /// The member whose vote this is (name or id); the token must be one of its delegation's.
    #[arg(long, value_name = "NAME|ID")]
    member: String,
    #[arg(long, value_enum)]
    choice: ChoiceArg,
    /// The explanation of vote, published with it.
    #[arg(long)]
    explanation: Option<String>,
    #[command(flatten)]
    who: Who,
}

/// `10` → 10 members; `0.5`, `2/3` → a share of the electorate; `0` or `none` → no quorum.
fn parse_quorum(text: &str) -> std::result::Result<QuorumArg, String> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("none") {
        return Ok(QuorumArg::None);
    }
    if let Ok(count) = t.parse::<u32>() {
        return Ok(if count == 0 { QuorumArg::None } else { QuorumArg::Members(count) });
    }
    if t.contains(['/', '.']) {
        return parse_fraction(t)
            .map(|(n, d)| QuorumArg::Fraction(n, d))
            .ok_or_else(|| "a share of the electorate must be above 0 and at most 1, such as 0.5 or 2/3".to_owned());
    }
    Err("give a number of members (10) or a share of the electorate (0.5 or 2/3)".to_owned())
}

/// `n/d` or a decimal with at most six places, above zero and at most one, reduced.
fn parse_fraction(t: &str) -> Option<(u32, u32)> {
    let (n, d) = match t.split_once('/') {
        Some((n, d)) => (n.trim().parse::<u32>().ok()?, d.trim().parse::<u32>().ok()?),
        None => {
            let (whole, decimals) = t.split_once('.')?;
            let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
            if decimals.is_empty() || decimals.len() > 6 || !digits(whole) || !digits(decimals) {
                return None;
            }
            let d = 10u32.pow(u32::try_from(decimals.len()).ok()?);
            let whole: u32 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
            (whole.checked_mul(d)?.checked_add(decimals.parse().ok()?)?, d)
        }
    };
    if n == 0 || d == 0 || n > d {
        return None;
    }
    let g = gcd(n, d);
    Some((n / g, d / g))
}

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 { a } else { gcd(b, a % b) }
}

// ---- who acts -------------------------------------------------------------------------------

struct Acting {
    principal: Principal,
    /// "the operator", or the user and their organisation.
    name: String,
    org: Option<(OrgId, String)>,
}

async fn acting(node: &Node, who: &Who) -> Result<Acting> {
    let (secret, source) = match &who.token_file {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the token file {}", path.display()))?;
            let source = format!("the token file {}", path.display());
            let secret = token_in(&text).ok_or_else(|| {
                anyhow!("{source} holds no API token (accord_…); `accord token create` prints one, once")
            })?;
            (Some(secret), source)
        }
        None => (
            std::env::var("ACCORD_TOKEN").ok().map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()),
            "ACCORD_TOKEN".to_owned(),
        ),
    };
    let Some(secret) = secret else {
        return Ok(Acting { principal: Principal::Operator, name: "the operator".into(), org: None });
    };
    let principal =
        node.principal_for_token(&secret).await.map_err(|e| anyhow!("the token in {source} cannot be used: {e}"))?;
    let Principal::User { user_id, org_id, .. } = &principal else {
        bail!("the token in {source} does not belong to a user");
    };
    // Every command shows the resolution it read or changed, which takes `read`; refused here
    // rather than after a change has been made.
    if let Err(e) = accord_core::authorize(&principal, accord_core::Action::ViewPublic) {
        bail!("the token in {source} cannot be used here: {e} (create it with --scope read --scope write)");
    }
    let op = Principal::Operator;
    let user = node.user(&op, *user_id).await?;
    let org = node.organisation(&op, *org_id).await?;
    Ok(Acting { name: format!("{} ({})", user.display_name, org.name), org: Some((org.id, org.name)), principal })
}

/// The one API token in a file: the secret alone, or the output of `accord token create` (table
/// or JSON, whose `prefix` is the secret's beginning) saved as it is.
fn token_in(text: &str) -> Option<String> {
    let prefix = accord_node::secret::TOKEN_PREFIX;
    let mut found: Vec<&str> = Vec::new();
    for (at, _) in text.match_indices(prefix) {
        let rest = &text[at..];
        let end = prefix.len()
            + rest[prefix.len()..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(rest.len() - prefix.len());
        if end > prefix.len() {
            found.push(&rest[..end]);
        }
    }
    // A token shown in part (the listed prefix) is the same token.
    let whole: Vec<&str> =
        found.iter().copied().filter(|t| !found.iter().any(|o| o.len() > t.len() && o.starts_with(t))).collect();
    match whole.as_slice() {
        [first, rest @ ..] if rest.iter().all(|t| t == first) => Some((*first).to_owned()),
        _ => None,
    }
}

impl Acting {
    /// Delegations' operations need an organisation: the operator has none.
    fn delegation(&self, doing: &str) -> Result<&(OrgId, String)> {
        self.org.as_ref().ok_or_else(|| {
            anyhow!(
                "the operator belongs to no organisation, so it cannot {doing}: act as a delegate of a member \
                 of the electorate with --token-file FILE or ACCORD_TOKEN (`accord token create --user EMAIL \
                 --name cli --scope read --scope write` makes one)"
            )
        })
    }
}

/// The node's refusal in the command's words: the flag at fault, or who may do this.
fn explain(e: NodeError, acting: &Acting, chair: bool) -> anyhow::Error {
    match e {
        NodeError::Invalid(i) => {
            let flag = match i.field.split(['[', '.']).next().unwrap_or("") {
                "body" => "--body",
                "title" => "--title",
                "text" => "--text-file",
                "lang" => "--lang",
                "rule" if i.field.ends_with("silence_period_secs") => "--silence-days",
                "rule" => "--rule",
                "quorum" => "--quorum",
                "electorate" => "--member",
                "closes_at" => "--deadline",
                "choice" => "--choice",
                "explanation" => "--explanation",
                "rationale" => "--rationale",
                _ => "",
            };
            match (flag, &i.problem) {
                ("--deadline", accord_core::Problem::Missing) => anyhow!(
                    "--deadline is required to open a majority vote: when voting closes, in RFC 3339 \
                     (2026-07-01T17:00:00Z), within a year"
                ),
                ("", _) => anyhow!("{i}"),
                _ => anyhow!("{flag}: {i}"),
            }
        }
        NodeError::Denied(Denied::Forbidden) if chair => {
            anyhow!("{} may not do this: only editors and administrators chair resolutions", acting.name)
        }
        NodeError::Denied(Denied::Forbidden) => match &acting.org {
            Some((_, org)) => anyhow!("{org} is not in this resolution's electorate, so its delegates cannot do this"),
            None => anyhow!("{} may not do this", acting.name),
        },
        other => anyhow!("{other}"),
    }
}

// ---- reading ids, members and files ---------------------------------------------------------

fn resolution_id(text: &str) -> Result<ResolutionId> {
    text.parse().map_err(|_| anyhow!("{text:?} is not a resolution id (a UUID; see `accord resolution list`)"))
}

async fn member(node: &Node, text: &str) -> Result<(OrgId, String)> {
    let op = Principal::Operator;
    if let Ok(id) = text.trim().parse::<OrgId>() {
        let org = node
            .organisation(&op, id)
            .await
            .map_err(|_| anyhow!("--member {text}: no member organisation has this id; see `accord member list`"))?;
        return Ok((org.id, org.name));
    }
    match node.organisation_by_name(&op, text).await? {
        Some(o) => Ok((o.id, o.name)),
        None => bail!("--member {text:?}: no member organisation has this name; see `accord member list`"),
    }
}

async fn all_members(node: &Node) -> Result<Vec<OrgId>> {
    let mut out = Vec::new();
    let mut page = PageRequest { after: None, limit: 200 };
    loop {
        let got = node.organisations(&Principal::Operator, &page).await?;
        out.extend(got.items.into_iter().map(|o| o.id));
        match got.next {
            Some(next) => page.after = Some(next),
            None => return Ok(out),
        }
    }
}

/// A text file, or standard input for `-`.
fn read_text(path: &Path) -> Result<String> {
    if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).context("cannot read the text from standard input")?;
        return Ok(text);
    }
    std::fs::read_to_string(path).with_context(|| format!("cannot read --text-file {}", path.display()))
}

// ---- output ---------------------------------------------------------------------------------

fn print_json(value: &impl serde::Serialize) -> Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

fn rfc3339(t: time::OffsetDateTime) -> String {
    accord_core::command::rfc3339(t)
}

fn rule_words(rule: &VotingRule) -> String {
    match rule {
        VotingRule::SimpleMajority => "simple majority".into(),
        VotingRule::TwoThirds => "two-thirds majority".into(),
        VotingRule::Consensus { silence_period_secs } => {
            let days = *silence_period_secs as f64 / 86_400.0;
            format!("consensus, silence period of {days} day{}", if days == 1.0 { "" } else { "s" })
        }
    }
}

fn quorum_words(v: &ResolutionView) -> String {
    let total = u32::try_from(v.electorate.len()).unwrap_or(u32::MAX);
    let required = v.quorum.required(total);
    match (v.rule.is_consensus(), v.quorum) {
        (true, _) => "none (silence is consent)".into(),
        (false, Quorum::Members { count: 0 }) => "none".into(),
        (false, Quorum::Members { count }) => format!("{count} of {total} members"),
        (false, Quorum::Fraction { numerator, denominator }) => {
            format!("{numerator}/{denominator} of the electorate: {required} of {total} members")
        }
    }
}

fn counts(v: &ResolutionView) -> String {
    let Some(t) = &v.tally else { return "no votes yet".into() };
    let t = &t.tally;
    match v.rule.is_consensus() {
        true => format!("no objection {}, objection {}, not voted {}", t.no_objections, t.objections, t.not_voted),
        false => format!("yes {}, no {}, abstain {}, not voted {}", t.yes, t.no, t.abstain, t.not_voted),
    }
}

fn outcome(v: &ResolutionView) -> String {
    match (&v.result, &v.tally) {
        (Some(r), _) => format!("{} ({}), closed by {} at {}", r.outcome, r.reason, r.closed_by, rfc3339(r.closed_at)),
        (None, Some(t)) => format!("{} ({})", t.tally.outcome.as_str(), t.tally.reason.as_str()),
        (None, None) => "draft: not voted on yet".into(),
    }
}

fn name(m: &accord_node::resolutions::MemberRef) -> String {
    if m.name.is_empty() { m.id.to_string() } else { m.name.clone() }
}

fn print_view(v: &ResolutionView) {
    println!("{}", v.title);
    println!("  id: {}   body: {}   state: {}   language: {}", v.id, v.body, v.state.as_str(), v.lang);
    println!("  rule: {}   quorum: {}", rule_words(&v.rule), quorum_words(v));
    println!("  electorate ({}): {}", v.electorate.len(), v.electorate.iter().map(name).collect::<Vec<_>>().join(", "));
    if let (Some(opens), Some(closes)) = (v.voting_opens_at, v.voting_closes_at) {
        let until = if v.rule.is_consensus() { "silence ends" } else { "closes" };
        println!("  voting opened {}, {until} {}", rfc3339(opens), rfc3339(closes));
    }
    let version = v.texts.last().map_or(1, |t| t.version);
    println!("\nText (version {version}, SHA-256 {}):", v.text_sha256);
    for line in v.text.lines() {
        println!("  {line}");
    }
    if !v.amendments.is_empty() {
        println!("\nAmendments");
        print_table(
            &["#", "proposed by", "status", "rationale"],
            v.amendments.iter().map(|a| {
                vec![
                    a.seq.to_string(),
                    name(&a.proposer),
                    a.status.as_str().to_owned(),
                    a.rationale.clone().unwrap_or_default(),
                ]
            }),
        );
    }
    if !v.votes.is_empty() {
        println!("\nVotes");
        print_table(
            &["member", "choice", "explanation", "cast by", "at"],
            v.votes.iter().map(|x| {
                let choice =
                    if x.current { x.choice.as_str().to_owned() } else { format!("{} (replaced)", x.choice.as_str()) };
                vec![
                    name(&x.organisation),
                    choice,
                    x.explanation.clone().unwrap_or_default(),
                    x.cast_by_name.clone().unwrap_or_default(),
                    rfc3339(x.at),
                ]
            }),
        );
    }
    if v.state != ResolutionState::Draft {
        println!("\n{}: {}", if v.result.is_some() { "Result" } else { "So far" }, outcome(v));
        println!("  {}", counts(v));
    }
}

// ---- the commands ---------------------------------------------------------------------------

pub async fn run(node: &Node, command: ResolutionCommand, format: Format) -> Result<()> {
    let op = Principal::Operator;
    match command {
        ResolutionCommand::List => {
            let mut items = Vec::new();
            let mut page = PageRequest { after: None, limit: 200 };
            loop {
                let got = node.resolutions(&op, &page).await?;
                items.extend(got.items);
                match got.next {
                    Some(next) => page.after = Some(next),
                    None => break,
                }
            }
            match format {
                Format::Json => print_json(&items)?,
                Format::Table => print_table(
                    &["id", "title", "body", "rule", "state", "closes", "outcome"],
                    items.iter().map(|r| {
                        vec![
                            r.id.to_string(),
                            r.title.clone(),
                            r.body.clone(),
                            r.rule.kind().to_owned(),
                            r.state.as_str().to_owned(),
                            r.voting_closes_at.map(rfc3339).unwrap_or_default(),
                            r.outcome.clone().unwrap_or_default(),
                        ]
                    }),
                ),
            }
        }
        ResolutionCommand::Show { id } => {
            let v = node.resolution(&op, resolution_id(&id)?).await?;
            match format {
                Format::Json => print_json(&v)?,
                Format::Table => print_view(&v),
            }
        }
        ResolutionCommand::Create(args) => create(node, args, format).await?,
        ResolutionCommand::Amend(args) => {
            let id = resolution_id(&args.id)?;
            let text = read_text(&args.text_file)?;
            let who = acting(node, &args.who).await?;
            let (_, org) = who.delegation("propose an amendment")?;
            let input = AmendmentInput { text, rationale: args.rationale };
            let (seq, v) =
                node.propose_amendment(&who.principal, id, &input).await.map_err(|e| explain(e, &who, false))?;
            match (format, v.amendment(seq)) {
                (Format::Json, Some(a)) => print_json(a)?,
                _ => println!("proposed amendment {seq} to {id} for {org}; the chair adopts or rejects it"),
            }
        }
        ResolutionCommand::DecideAmendment(args) => {
            let id = resolution_id(&args.id)?;
            let who = acting(node, &args.who).await?;
            let decision = if args.adopt { "adopt" } else { "reject" };
            let v = node
                .decide_amendment(&who.principal, id, args.seq, decision)
                .await
                .map_err(|e| explain(e, &who, true))?;
            match format {
                Format::Json => print_json(&v)?,
                Format::Table => match v.amendment(args.seq).map(|a| a.status) {
                    Some(AmendmentStatus::Adopted) => {
                        let version = v.texts.last().map_or(1, |t| t.version);
                        println!("amendment {} adopted: the draft is now version {version}", args.seq);
                    }
                    _ => println!("amendment {} rejected: the draft is unchanged", args.seq),
                },
            }
        }
        ResolutionCommand::Open(args) => {
            let id = resolution_id(&args.id)?;
            let who = acting(node, &args.who).await?;
            let v = node
                .open_resolution_voting(&who.principal, id, args.deadline.as_deref())
                .await
                .map_err(|e| explain(e, &who, true))?;
            match format {
                Format::Json => print_json(&v)?,
                Format::Table => {
                    let until = v.voting_closes_at.map(rfc3339).unwrap_or_default();
                    match v.rule.is_consensus() {
                        true => println!("the silence period on {id} runs until {until}; any objection ends it"),
                        false => println!("voting is open on {id} until {until} ({})", rule_words(&v.rule)),
                    }
                }
            }
        }
        ResolutionCommand::Vote(args) => {
            let id = resolution_id(&args.id)?;
            let (member_id, member_name) = member(node, &args.member).await?;
            let who = acting(node, &args.who).await?;
            let (org, org_name) = who.delegation("vote")?;
            if *org != member_id {
                bail!(
                    "the token is {}'s, who votes for {org_name}, not for {member_name}: each member votes with a \
                     token of its own delegation",
                    who.name
                );
            }
            let input = VoteInput { choice: args.choice.as_node().to_owned(), explanation: args.explanation };
            let v = node.cast_resolution_vote(&who.principal, id, &input).await.map_err(|e| explain(e, &who, false))?;
            match format {
                Format::Json => print_json(&v)?,
                Format::Table => {
                    println!("recorded {} for {member_name} on {id}", args.choice.as_node());
                    match v.result {
                        Some(_) => println!("  the vote is closed: {}; {}", outcome(&v), counts(&v)),
                        None => println!("  so far: {}", counts(&v)),
                    }
                }
            }
        }
        ResolutionCommand::Close { id, who } => {
            let id = resolution_id(&id)?;
            let who = acting(node, &who).await?;
            let v = node.close_resolution(&who.principal, id).await.map_err(|e| explain(e, &who, true))?;
            match format {
                Format::Json => print_json(&v)?,
                Format::Table => println!("closed {id}: {}; {}", outcome(&v), counts(&v)),
            }
        }
    }
    Ok(())
}

async fn create(node: &Node, args: CreateArgs, format: Format) -> Result<()> {
    let silence_period_secs = match (args.rule, args.silence_days) {
        (RuleArg::Consensus, Some(days)) => Some(days * 86_400),
        (RuleArg::Consensus, None) => bail!("--rule consensus needs --silence-days N: how long members may object"),
        (_, Some(_)) => bail!("--silence-days applies only to --rule consensus"),
        (_, None) => None,
    };
    let quorum = match (args.rule, args.quorum) {
        (_, None | Some(QuorumArg::None)) => None,
        (RuleArg::Consensus, Some(_)) => {
            bail!("--quorum applies only to majority rules: under consensus, silence is consent")
        }
        (_, Some(QuorumArg::Members(count))) => {
            Some(QuorumInput { kind: "members".into(), count: Some(count), ..QuorumInput::default() })
        }
        (_, Some(QuorumArg::Fraction(n, d))) => Some(QuorumInput {
            kind: "fraction".into(),
            numerator: Some(n),
            denominator: Some(d),
            ..QuorumInput::default()
        }),
    };
    let text = read_text(&args.text_file)?;
    let mut electorate = Vec::new();
    if args.all_members {
        electorate = all_members(node).await?;
    } else {
        for m in &args.members {
            electorate.push(member(node, m).await?.0);
        }
    }
    let who = acting(node, &args.who).await?;
    let input = ResolutionInput {
        body: args.body,
        title: args.title,
        text,
        lang: args.lang,
        rule: RuleInput {
            kind: match args.rule {
                RuleArg::SimpleMajority => "simple_majority",
                RuleArg::TwoThirds => "two_thirds",
                RuleArg::Consensus => "consensus",
            }
            .into(),
            silence_period_secs,
        },
        quorum,
        electorate: electorate.iter().map(ToString::to_string).collect(),
    };
    let v = node.create_resolution(&who.principal, &input).await.map_err(|e| explain(e, &who, true))?;
    match format {
        Format::Json => print_json(&v)?,
        Format::Table => {
            println!("created draft resolution {}: {}", v.id, v.title);
            println!("  {}; quorum {}; {} members", rule_words(&v.rule), quorum_words(&v), v.electorate.len());
            // A deadline a week from now, to the hour, as an example that works.
            let week = time::OffsetDateTime::now_utc() + time::Duration::days(7);
            let week = week.replace_minute(0).and_then(|t| t.replace_second(0)).unwrap_or(week);
            let open = if v.rule.is_consensus() { String::new() } else { format!(" --deadline {}", rfc3339(week)) };
            println!(
                "  next: amendments (accord resolution amend {} …), then accord resolution open {}{open}",
                v.id, v.id
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_file_holds_the_secret_or_what_token_create_printed() {
        let secret = "accord_AbC-d_9";
        assert_eq!(token_in(&format!("{secret}\n")).as_deref(), Some(secret));
        let table = format!("created token cli (0195…) for a@b.example\nsecret (shown once, copy it now): {secret}\n");
        assert_eq!(token_in(&table).as_deref(), Some(secret));
        let json = format!("{{\n  \"token\": {{ \"prefix\": \"accord_AbC-\" }},\n  \"secret\": \"{secret}\"\n}}");
        assert_eq!(token_in(&json).as_deref(), Some(secret), "the listed prefix is the same token");
        assert_eq!(token_in(&format!("{secret} accord_other")), None);
        assert_eq!(token_in("nothing here"), None);
    }

    #[test]
    fn quorums_are_counts_or_shares() {
        assert_eq!(parse_quorum("10"), Ok(QuorumArg::Members(10)));
        assert_eq!(parse_quorum("0"), Ok(QuorumArg::None));
        assert_eq!(parse_quorum("none"), Ok(QuorumArg::None));
        assert_eq!(parse_quorum("0.5"), Ok(QuorumArg::Fraction(1, 2)));
        assert_eq!(parse_quorum("2/3"), Ok(QuorumArg::Fraction(2, 3)));
        assert_eq!(parse_quorum(".25"), Ok(QuorumArg::Fraction(1, 4)));
        assert_eq!(parse_quorum("1.0"), Ok(QuorumArg::Fraction(1, 1)));
        for bad in ["1.5", "3/2", "0/3", "0.0", "half", "-1", "0.1234567"] {
            assert!(parse_quorum(bad).is_err(), "{bad}");
        }
    }
}
