//! Polis openData exports (`compdemocracy/openData`): `comments.csv`, `votes.csv`,
//! `participants-votes.csv` and `summary.csv` (formats in `consensus-math.md` §3.3).
//!
//! The exports use agree = +1, as Accord does, so no sign is flipped here. Every error names the
//! file, the line and the reason; nothing is returned unless every file is consistent.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

use serde::Serialize;

use crate::model::{Moderation, ParticipantId, StatementId, StatementInfo, Vote, VoteEvent};

/// The raw bytes of an export folder's files; `None` for a file that is absent.
#[derive(Debug, Default, Clone, Copy)]
pub struct PolisFiles<'a> {
    pub comments: Option<&'a [u8]>,
    pub votes: Option<&'a [u8]>,
    pub participants_votes: Option<&'a [u8]>,
    pub summary: Option<&'a [u8]>,
}

/// What is wrong, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct PolisError {
    pub file: &'static str,
    /// 1-based line of the record, 0 when the problem is the whole file.
    pub line: u64,
    pub reason: String,
}

impl fmt::Display for PolisError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.reason)
        } else {
            write!(f, "{}, line {}: {}", self.file, self.line, self.reason)
        }
    }
}

/// One statement as exported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolisComment {
    pub id: StatementId,
    pub author: Option<ParticipantId>,
    pub at_ms: i64,
    pub moderation: Moderation,
    pub is_meta: bool,
    pub body: String,
    /// Polis's own group-informed consensus, present in newer exports only.
    pub group_informed_consensus: Option<f64>,
}

/// A whole export, checked.
#[derive(Debug, Clone, Default)]
pub struct PolisConversation {
    pub topic: Option<String>,
    pub description: Option<String>,
    pub url: Option<String>,
    pub comments: Vec<PolisComment>,
    /// Vote events in time order: from `votes.csv` when present (re-votes included), otherwise
    /// the latest-vote matrix of `participants-votes.csv` (participant, then statement order).
    pub votes: Vec<VoteEvent>,
    /// True when the votes came from `votes.csv` (with their times and re-votes).
    pub has_vote_log: bool,
    /// Polis's own groups (`group-id`), for participants it clustered.
    pub polis_groups: BTreeMap<ParticipantId, u32>,
    /// The latest-vote matrix as exported, when `participants-votes.csv` is present.
    pub exported_matrix: Option<Vec<(ParticipantId, StatementId, i8)>>,
}

impl PolisConversation {
    pub fn statement_info(&self) -> Vec<StatementInfo> {
        self.comments.iter().map(|c| StatementInfo { id: c.id, moderation: c.moderation, is_meta: c.is_meta }).collect()
    }
}

const COMMENTS: &str = "comments.csv";
const VOTES: &str = "votes.csv";
const MATRIX: &str = "participants-votes.csv";
const SUMMARY: &str = "summary.csv";

fn err(file: &'static str, line: u64, reason: impl Into<String>) -> PolisError {
    PolisError { file, line, reason: reason.into() }
}

/// Reads an export. `comments.csv` is required, and at least one of `votes.csv` and
/// `participants-votes.csv`.
pub fn read(files: &PolisFiles<'_>) -> Result<PolisConversation, PolisError> {
    let comments_bytes = files.comments.ok_or_else(|| err(COMMENTS, 0, "missing; it is required"))?;
    let comments = read_comments(comments_bytes)?;
    let known: HashSet<StatementId> = comments.iter().map(|c| c.id).collect();
    let mut conversation = PolisConversation { comments, ..Default::default() };
    if let Some(summary) = files.summary {
        let fields = read_summary(summary)?;
        conversation.topic = fields.get("topic").cloned();
        conversation.description = fields.get("conversation-description").cloned();
        conversation.url = fields.get("url").cloned();
    }
    if let Some(bytes) = files.participants_votes {
        let (groups, matrix) = read_matrix(bytes, &known)?;
        conversation.polis_groups = groups;
        conversation.exported_matrix = Some(matrix);
    }
    match (files.votes, &conversation.exported_matrix) {
        (Some(bytes), _) => {
            conversation.votes = read_votes(bytes, &known)?;
            conversation.has_vote_log = true;
        }
        (None, Some(matrix)) => {
            conversation.votes = matrix
                .iter()
                .filter_map(|&(participant, statement, sign)| {
                    Vote::from_sign(i64::from(sign)).map(|vote| VoteEvent { participant, statement, vote, at_ms: 0 })
                })
                .collect();
        }
        (None, None) => {
            return Err(err(VOTES, 0, "missing, and so is participants-votes.csv: there are no votes to read"));
        }
    }
    Ok(conversation)
}

struct Columns {
    file: &'static str,
    index: HashMap<String, usize>,
}

impl Columns {
    fn new(file: &'static str, headers: &csv::StringRecord) -> Self {
        let index = headers.iter().enumerate().map(|(i, h)| (h.trim().to_string(), i)).collect();
        Columns { file, index }
    }

    fn require(&self, name: &str) -> Result<usize, PolisError> {
        self.index.get(name).copied().ok_or_else(|| err(self.file, 1, format!("the header has no column `{name}`")))
    }

    fn optional(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }
}

fn line_of(record: &csv::StringRecord) -> u64 {
    record.position().map_or(0, |p| p.line())
}

fn field<'r>(file: &'static str, record: &'r csv::StringRecord, at: usize, name: &str) -> Result<&'r str, PolisError> {
    record.get(at).map(str::trim).ok_or_else(|| err(file, line_of(record), format!("the record has no `{name}` field")))
}

fn int(file: &'static str, record: &csv::StringRecord, at: usize, name: &str) -> Result<i64, PolisError> {
    let text = field(file, record, at, name)?;
    text.parse::<i64>().map_err(|_| err(file, line_of(record), format!("`{name}` is `{text}`, not a whole number")))
}

fn id(file: &'static str, record: &csv::StringRecord, at: usize, name: &str) -> Result<u32, PolisError> {
    let value = int(file, record, at, name)?;
    u32::try_from(value).map_err(|_| err(file, line_of(record), format!("`{name}` is {value}, not an id (0 or more)")))
}

fn records(
    file: &'static str,
    bytes: &[u8],
) -> Result<(csv::StringRecord, impl Iterator<Item = Result<csv::StringRecord, PolisError>>), PolisError> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(std::io::Cursor::new(bytes.to_vec()));
    let headers = reader.headers().map_err(|e| csv_error(file, &e))?.clone();
    let iter = reader.into_records().map(move |r| r.map_err(|e| csv_error(file, &e)));
    Ok((headers, iter))
}

fn csv_error(file: &'static str, e: &csv::Error) -> PolisError {
    let line = e.position().map_or(0, |p| p.line());
    let reason = match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("the record has {len} fields where the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "the text is not valid UTF-8".to_string(),
        _ => e.to_string(),
    };
    err(file, line, reason)
}

fn read_comments(bytes: &[u8]) -> Result<Vec<PolisComment>, PolisError> {
    let (headers, rows) = records(COMMENTS, bytes)?;
    let cols = Columns::new(COMMENTS, &headers);
    let c_time = cols.require("timestamp")?;
    let c_id = cols.require("comment-id")?;
    let c_author = cols.require("author-id")?;
    let c_mod = cols.require("moderated")?;
    let c_body = cols.require("comment-body")?;
    let c_meta = cols.optional("is-meta");
    let c_gic = cols.optional("group-informed-consensus");
    let mut seen = HashMap::new();
    let mut out = Vec::new();
    for row in rows {
        let row = row?;
        let line = line_of(&row);
        let comment_id = id(COMMENTS, &row, c_id, "comment-id")?;
        if let Some(first) = seen.insert(comment_id, line) {
            return Err(err(COMMENTS, line, format!("comment-id {comment_id} is also on line {first}")));
        }
        let author = match field(COMMENTS, &row, c_author, "author-id")? {
            "" => None,
            _ => Some(id(COMMENTS, &row, c_author, "author-id")?),
        };
        let moderation = match int(COMMENTS, &row, c_mod, "moderated")? {
            1 => Moderation::Accepted,
            0 => Moderation::Unmoderated,
            -1 => Moderation::Rejected,
            other => return Err(err(COMMENTS, line, format!("`moderated` is {other}; it must be 1, 0 or -1"))),
        };
        let is_meta = match c_meta {
            None => false,
            Some(at) => match field(COMMENTS, &row, at, "is-meta")? {
                "true" | "1" => true,
                "false" | "0" | "" => false,
                other => return Err(err(COMMENTS, line, format!("`is-meta` is `{other}`; it must be true or false"))),
            },
        };
        let group_informed_consensus = match c_gic {
            None => None,
            Some(at) => match field(COMMENTS, &row, at, "group-informed-consensus")? {
                "" => None,
                text => Some(text.parse::<f64>().map_err(|_| {
                    err(COMMENTS, line, format!("`group-informed-consensus` is `{text}`, not a number"))
                })?),
            },
        };
        out.push(PolisComment {
            id: comment_id,
            author,
            at_ms: int(COMMENTS, &row, c_time, "timestamp")?,
            moderation,
            is_meta,
            body: field(COMMENTS, &row, c_body, "comment-body")?.to_string(),
            group_informed_consensus,
        });
    }
    out.sort_by_key(|c| c.id);
    Ok(out)
}

fn read_votes(bytes: &[u8], known: &HashSet<StatementId>) -> Result<Vec<VoteEvent>, PolisError> {
    let (headers, rows) = records(VOTES, bytes)?;
    let cols = Columns::new(VOTES, &headers);
    let c_time = cols.require("timestamp")?;
    let c_comment = cols.require("comment-id")?;
    let c_voter = cols.require("voter-id")?;
    let c_vote = cols.require("vote")?;
    let mut out = Vec::new();
    for row in rows {
        let row = row?;
        let line = line_of(&row);
        let statement = id(VOTES, &row, c_comment, "comment-id")?;
        if !known.contains(&statement) {
            return Err(err(VOTES, line, format!("a vote on comment {statement}, which comments.csv does not list")));
        }
        let sign = int(VOTES, &row, c_vote, "vote")?;
        let vote = Vote::from_sign(sign).ok_or_else(|| {
            err(VOTES, line, format!("`vote` is {sign}; it must be 1 (agree), -1 (disagree) or 0 (pass)"))
        })?;
        out.push(VoteEvent {
            participant: id(VOTES, &row, c_voter, "voter-id")?,
            statement,
            vote,
            at_ms: int(VOTES, &row, c_time, "timestamp")?,
        });
    }
    // Time order, stable: the matrix is built by replaying the log.
    out.sort_by_key(|v| v.at_ms);
    Ok(out)
}

type Matrix = (BTreeMap<ParticipantId, u32>, Vec<(ParticipantId, StatementId, i8)>);

fn read_matrix(bytes: &[u8], known: &HashSet<StatementId>) -> Result<Matrix, PolisError> {
    let (headers, rows) = records(MATRIX, bytes)?;
    let cols = Columns::new(MATRIX, &headers);
    let c_pid = cols.require("participant")?;
    let c_group = cols.require("group-id")?;
    let c_votes = cols.require("n-votes")?;
    let c_agree = cols.require("n-agree")?;
    let c_disagree = cols.require("n-disagree")?;
    // The statement columns follow the fixed ones.
    let first = [c_pid, c_group, c_votes, c_agree, c_disagree, cols.require("n-comments")?]
        .into_iter()
        .chain(cols.optional("xid"))
        .max()
        .unwrap_or(0)
        + 1;
    let mut statement_cols = Vec::new();
    for (at, name) in headers.iter().enumerate().skip(first) {
        let statement = name
            .trim()
            .parse::<u32>()
            .map_err(|_| err(MATRIX, 1, format!("column {} is `{name}`, not a comment id", at + 1)))?;
        if !known.contains(&statement) {
            return Err(err(MATRIX, 1, format!("column `{name}` is a comment that comments.csv does not list")));
        }
        statement_cols.push((at, statement));
    }
    let mut groups = BTreeMap::new();
    let mut cells = Vec::new();
    let mut seen = HashMap::new();
    for row in rows {
        let row = row?;
        let line = line_of(&row);
        let pid = id(MATRIX, &row, c_pid, "participant")?;
        if let Some(first) = seen.insert(pid, line) {
            return Err(err(MATRIX, line, format!("participant {pid} is also on line {first}")));
        }
        if !field(MATRIX, &row, c_group, "group-id")?.is_empty() {
            groups.insert(pid, id(MATRIX, &row, c_group, "group-id")?);
        }
        let (mut n, mut agree, mut disagree) = (0i64, 0i64, 0i64);
        for &(at, statement) in &statement_cols {
            let text = field(MATRIX, &row, at, "vote")?;
            if text.is_empty() {
                continue;
            }
            let sign = text.parse::<i64>().ok().and_then(Vote::from_sign).ok_or_else(|| {
                err(MATRIX, line, format!("the vote on comment {statement} is `{text}`; it must be 1, -1, 0 or empty"))
            })?;
            n += 1;
            agree += i64::from(sign == Vote::Agree);
            disagree += i64::from(sign == Vote::Disagree);
            cells.push((pid, statement, sign.sign()));
        }
        for (at, name, count) in
            [(c_votes, "n-votes", n), (c_agree, "n-agree", agree), (c_disagree, "n-disagree", disagree)]
        {
            let stated = int(MATRIX, &row, at, name)?;
            if stated != count {
                return Err(err(MATRIX, line, format!("`{name}` says {stated} but the row holds {count}")));
            }
        }
    }
    Ok((groups, cells))
}

/// `summary.csv` is a two-column key/value list; values may span lines.
fn read_summary(bytes: &[u8]) -> Result<HashMap<String, String>, PolisError> {
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(std::io::Cursor::new(bytes.to_vec()));
    let mut out = HashMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(SUMMARY, &e))?;
        if let (Some(key), Some(value)) = (record.get(0), record.get(1)) {
            out.insert(key.trim().to_string(), value.trim().to_string());
        }
    }
    Ok(out)
}
