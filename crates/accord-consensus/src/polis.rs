//! Polis openData exports (`compdemocracy/openData`): `comments.csv`, `votes.csv`,
//! `participants-votes.csv` and `summary.csv` (formats in `consensus-math.md` §3.3).
//!
//! The exports use agree = +1, as Accord does, so no sign is flipped here. Every error names the
//! file, the line and the reason; nothing is returned unless every file is consistent.
//!
//! An export is bounded ([`Limits`]): each file's size, checked before it is parsed (and by
//! callers that read files from their metadata, before reading them), and the number of
//! statements and participants. The error names the file, the limit and what was found.

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

/// The files of an export folder.
pub const COMMENTS: &str = "comments.csv";
pub const VOTES: &str = "votes.csv";
pub const MATRIX: &str = "participants-votes.csv";
pub const SUMMARY: &str = "summary.csv";
pub const FILES: [&str; 4] = [COMMENTS, VOTES, MATRIX, SUMMARY];

const MIB: u64 = 1024 * 1024;
/// The largest `votes.csv` and `participants-votes.csv` (about 13 million vote events).
pub const VOTES_BYTES_MAX: u64 = 512 * MIB;
/// The largest `comments.csv` and `summary.csv`.
pub const COMMENTS_BYTES_MAX: u64 = 64 * MIB;
/// Most participants in one export (voters, authors and clustered participants): the size of
/// conversation the project is built and measured for (100,000 participants × 5,000
/// statements, `docs/BENCHMARKS.md`).
pub const PARTICIPANTS_MAX: usize = 100_000;
/// Most statements (comments) in one export; see [`PARTICIPANTS_MAX`].
pub const STATEMENTS_MAX: usize = 5_000;

/// What an export may hold. [`read`] applies the defaults; tests give smaller ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest `votes.csv` and `participants-votes.csv`, in bytes.
    pub votes_bytes: u64,
    /// Largest `comments.csv` and `summary.csv`, in bytes.
    pub comments_bytes: u64,
    pub participants: usize,
    pub statements: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            votes_bytes: VOTES_BYTES_MAX,
            comments_bytes: COMMENTS_BYTES_MAX,
            participants: PARTICIPANTS_MAX,
            statements: STATEMENTS_MAX,
        }
    }
}

/// `123456789` as `123,456,789`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A size in bytes, with MiB when it is at least one.
fn size_text(bytes: u64) -> String {
    if bytes >= MIB {
        format!("{} bytes ({:.1} MiB)", grouped(bytes), bytes as f64 / MIB as f64)
    } else {
        format!("{} bytes", grouped(bytes))
    }
}

impl Limits {
    /// The largest size allowed for `file`, in bytes.
    pub fn bytes_for(&self, file: &str) -> u64 {
        match file {
            COMMENTS | SUMMARY => self.comments_bytes,
            _ => self.votes_bytes,
        }
    }

    /// Checks a file's size before it is read (from its metadata) or parsed.
    pub fn check_size(&self, file: &'static str, bytes: u64) -> Result<(), PolisError> {
        let max = self.bytes_for(file);
        if bytes > max {
            return Err(err(
                file,
                0,
                format!("the file is {}, over the limit of {} for this file", size_text(bytes), size_text(max)),
            ));
        }
        Ok(())
    }

    fn check_statements(&self, comments: usize) -> Result<(), PolisError> {
        if comments > self.statements {
            return Err(err(
                COMMENTS,
                0,
                format!(
                    "{} comments, over the limit of {} statements in one conversation",
                    grouped(comments as u64),
                    grouped(self.statements as u64)
                ),
            ));
        }
        Ok(())
    }

    /// Checks the counts of a read export: its statements (comments) and its participants
    /// (voters, authors of comments and participants Polis clustered: everyone an import
    /// makes a participant).
    pub fn check(&self, conversation: &PolisConversation) -> Result<(), PolisError> {
        self.check_statements(conversation.comments.len())?;
        let mut people: HashSet<ParticipantId> = conversation.votes.iter().map(|v| v.participant).collect();
        if let Some(matrix) = &conversation.exported_matrix {
            people.extend(matrix.iter().map(|&(pid, _, _)| pid));
        }
        people.extend(conversation.comments.iter().filter_map(|c| c.author));
        people.extend(conversation.polis_groups.keys());
        if people.len() > self.participants {
            let file = if conversation.has_vote_log { VOTES } else { MATRIX };
            return Err(err(
                file,
                0,
                format!(
                    "{} participants (voters and authors of comments), over the limit of {} in one conversation",
                    grouped(people.len() as u64),
                    grouped(self.participants as u64)
                ),
            ));
        }
        Ok(())
    }
}

fn err(file: &'static str, line: u64, reason: impl Into<String>) -> PolisError {
    PolisError { file, line, reason: reason.into() }
}

/// Reads an export within the default [`Limits`]. `comments.csv` is required, and at least
/// one of `votes.csv` and `participants-votes.csv`.
pub fn read(files: &PolisFiles<'_>) -> Result<PolisConversation, PolisError> {
    read_with_limits(files, &Limits::default())
}

/// Reads an export within `limits`: each file's size is checked before it is parsed, the
/// number of statements before the votes are read, and the number of participants at the end.
pub fn read_with_limits(files: &PolisFiles<'_>, limits: &Limits) -> Result<PolisConversation, PolisError> {
    for (file, bytes) in
        [(COMMENTS, files.comments), (VOTES, files.votes), (MATRIX, files.participants_votes), (SUMMARY, files.summary)]
    {
        if let Some(bytes) = bytes {
            limits.check_size(file, bytes.len() as u64)?;
        }
    }
    let comments_bytes = files.comments.ok_or_else(|| err(COMMENTS, 0, "missing; it is required"))?;
    let comments = read_comments(comments_bytes)?;
    limits.check_statements(comments.len())?;
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
    limits.check(&conversation)?;
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    const COMMENTS_CSV: &str = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n\
        1,x,0,0,0,0,1,First\n\
        2,x,1,1,0,0,1,Second\n\
        3,x,2,,0,0,0,Third\n";
    const VOTES_CSV: &str = "timestamp,datetime,comment-id,voter-id,vote\n\
        10,x,0,0,1\n\
        11,x,1,2,-1\n\
        12,x,2,3,0\n";

    fn files<'a>(comments: &'a str, votes: &'a str) -> PolisFiles<'a> {
        PolisFiles { comments: Some(comments.as_bytes()), votes: Some(votes.as_bytes()), ..Default::default() }
    }

    #[test]
    fn a_small_export_reads_within_the_default_limits() {
        let c = read(&files(COMMENTS_CSV, VOTES_CSV)).unwrap();
        assert_eq!((c.comments.len(), c.votes.len()), (3, 3));
        // Voters 0, 2, 3 and author 1: four participants.
        let four = Limits { participants: 4, statements: 3, ..Limits::default() };
        assert!(read_with_limits(&files(COMMENTS_CSV, VOTES_CSV), &four).is_ok());
    }

    #[test]
    fn too_many_statements_or_participants_are_refused_with_the_file_and_the_limit() {
        let two = Limits { statements: 2, ..Limits::default() };
        let e = read_with_limits(&files(COMMENTS_CSV, VOTES_CSV), &two).unwrap_err();
        assert_eq!((e.file, e.line), (COMMENTS, 0));
        assert_eq!(e.to_string(), "comments.csv: 3 comments, over the limit of 2 statements in one conversation");

        // Three voters, plus the author of comment 1 who never voted.
        let three = Limits { participants: 3, ..Limits::default() };
        let e = read_with_limits(&files(COMMENTS_CSV, VOTES_CSV), &three).unwrap_err();
        assert_eq!(e.file, VOTES);
        assert_eq!(
            e.to_string(),
            "votes.csv: 4 participants (voters and authors of comments), over the limit of 3 in one conversation"
        );

        // Without a vote log, the matrix is named.
        let matrix = "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2\n\
            0,0,1,1,1,0,1,,\n\
            5,1,0,1,0,1,,-1,\n";
        let only_matrix = PolisFiles {
            comments: Some(COMMENTS_CSV.as_bytes()),
            participants_votes: Some(matrix.as_bytes()),
            ..Default::default()
        };
        let two = Limits { participants: 2, ..Limits::default() };
        assert_eq!(read_with_limits(&only_matrix, &two).unwrap_err().file, MATRIX, "0, 5 and author 1");
    }

    #[test]
    fn oversized_files_are_refused_before_they_are_parsed() {
        let small = Limits { votes_bytes: 20, comments_bytes: 1_000, ..Limits::default() };
        let e = read_with_limits(&files(COMMENTS_CSV, VOTES_CSV), &small).unwrap_err();
        assert_eq!((e.file, e.line), (VOTES, 0));
        assert_eq!(
            e.to_string(),
            format!("votes.csv: the file is {} bytes, over the limit of 20 bytes for this file", VOTES_CSV.len())
        );
        // Checked before parsing: a file too large is refused even when it is not CSV at all.
        let tiny = Limits { comments_bytes: 4, ..Limits::default() };
        let e = read_with_limits(&files("\u{0}\u{0}\u{0}\u{0}\u{0}", VOTES_CSV), &tiny).unwrap_err();
        assert_eq!(e.file, COMMENTS);
        assert!(e.reason.contains("over the limit of 4 bytes"), "{e}");
        // From metadata, before reading: the defaults, with MiB written out.
        let e = Limits::default().check_size(VOTES, 600 * MIB).unwrap_err();
        assert_eq!(
            e.to_string(),
            "votes.csv: the file is 629,145,600 bytes (600.0 MiB), over the limit of 536,870,912 bytes (512.0 MiB) \
             for this file"
        );
        assert!(Limits::default().check_size(SUMMARY, COMMENTS_BYTES_MAX).is_ok());
        assert!(Limits::default().check_size(SUMMARY, COMMENTS_BYTES_MAX + 1).is_err());
        assert!(Limits::default().check_size(MATRIX, VOTES_BYTES_MAX).is_ok());
    }

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000), "1,000");
        assert_eq!(grouped(100_000), "100,000");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }
}
