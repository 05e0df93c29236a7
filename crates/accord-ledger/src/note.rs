//! C2SP signed notes and tlog checkpoints.
//!
//! A checkpoint is the note text `<origin>\n<tree size>\n<base64 root hash>\n`, followed by a
//! blank line and one signature line per signer: `— <key name> <base64(key hash ‖ signature)>`
//! (C2SP `signed-note` and `tlog-checkpoint`; the same format as Go's `golang.org/x/mod/sumdb/note`).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

use crate::keys::note_key_hash;
use crate::merkle::Hash;

const DASH: &str = "\u{2014}";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    pub origin: String,
    pub size: u64,
    pub root: Hash,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoteError {
    #[error("the checkpoint is malformed: {0}")]
    Malformed(&'static str),
    #[error("the checkpoint has no signature by {0}")]
    NoSignature(String),
    #[error("the checkpoint signature by {0} does not verify")]
    BadSignature(String),
    #[error("the checkpoint is for origin {found:?}, expected {expected:?}")]
    WrongOrigin { expected: String, found: String },
}

impl Checkpoint {
    /// The note text (the signed part).
    pub fn body(&self) -> String {
        format!("{}\n{}\n{}\n", self.origin, self.size, STANDARD.encode(self.root))
    }

    /// The signed note: body, blank line, one signature line by `name`.
    pub fn sign(&self, name: &str, key: &SigningKey) -> String {
        let body = self.body();
        let sig = key.sign(body.as_bytes()).to_bytes();
        let mut raw = note_key_hash(name, &key.verifying_key()).to_vec();
        raw.extend_from_slice(&sig);
        format!("{body}\n{DASH} {name} {}\n", STANDARD.encode(raw))
    }

    /// Parses a signed checkpoint and verifies the signature of `name` with `key`. Other
    /// signature lines (witness cosignatures) are ignored here.
    pub fn verify(note: &str, name: &str, key: &VerifyingKey) -> Result<Checkpoint, NoteError> {
        let (body, signatures) =
            note.split_once("\n\n").ok_or(NoteError::Malformed("no blank line before the signatures"))?;
        let body = format!("{body}\n");
        let checkpoint = Self::parse_body(&body)?;
        let hash = note_key_hash(name, key);
        let mut found = false;
        for line in signatures.lines() {
            let Some(rest) = line.strip_prefix(DASH).and_then(|r| r.strip_prefix(' ')) else {
                return Err(NoteError::Malformed("a signature line does not start with an em dash"));
            };
            let Some((line_name, b64)) = rest.split_once(' ') else {
                return Err(NoteError::Malformed("a signature line lacks its signature"));
            };
            let raw = STANDARD.decode(b64).map_err(|_| NoteError::Malformed("a signature is not base64"))?;
            if line_name != name || raw.len() != 68 || raw[..4] != hash {
                continue;
            }
            found = true;
            let sig: [u8; 64] = raw[4..].try_into().map_err(|_| NoteError::Malformed("bad signature length"))?;
            key.verify_strict(body.as_bytes(), &Signature::from_bytes(&sig))
                .map_err(|_| NoteError::BadSignature(name.to_owned()))?;
        }
        if !found {
            return Err(NoteError::NoSignature(name.to_owned()));
        }
        Ok(checkpoint)
    }

    /// Parses the note text without checking any signature.
    pub fn parse_body(body: &str) -> Result<Checkpoint, NoteError> {
        let mut lines = body.split('\n');
        let origin = lines.next().filter(|o| !o.is_empty()).ok_or(NoteError::Malformed("no origin line"))?;
        let size = lines
            .next()
            .and_then(|s| s.parse::<u64>().ok())
            .ok_or(NoteError::Malformed("the second line is not a tree size"))?;
        let root = lines
            .next()
            .and_then(|r| STANDARD.decode(r).ok())
            .and_then(|r| <[u8; 32]>::try_from(r).ok())
            .ok_or(NoteError::Malformed("the third line is not a base64 SHA-256 root hash"))?;
        Ok(Checkpoint { origin: origin.to_owned(), size, root })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_checkpoints_verify_and_reject_tampering() {
        let key = SigningKey::from_bytes(&[9u8; 32]);
        let cp = Checkpoint { origin: "accord.example/node".into(), size: 42, root: [7u8; 32] };
        let note = cp.sign("accord.example/node", &key);
        assert!(note.starts_with("accord.example/node\n42\n"));
        assert!(note.contains("\n\n\u{2014} accord.example/node "));
        assert_eq!(Checkpoint::verify(&note, "accord.example/node", &key.verifying_key()).unwrap(), cp);

        let tampered = note.replacen("\n42\n", "\n43\n", 1);
        assert_eq!(
            Checkpoint::verify(&tampered, "accord.example/node", &key.verifying_key()),
            Err(NoteError::BadSignature("accord.example/node".into()))
        );
        let other = SigningKey::from_bytes(&[10u8; 32]);
        assert!(matches!(
            Checkpoint::verify(&note, "accord.example/node", &other.verifying_key()),
            Err(NoteError::NoSignature(_))
        ));
        assert!(matches!(Checkpoint::verify("garbage", "x", &key.verifying_key()), Err(NoteError::Malformed(_))));
    }
}
