//! The one signed envelope of every published record.
//!
//! The envelope is serialised once, to compact JSON with a fixed field order and sorted object
//! keys, and those exact bytes are what is signed, stored, served, hashed into the log and
//! verified. Nobody re-serialises before verifying, so canonicalisation differences between
//! languages cannot break or forge a signature.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2_11::{Digest, Sha256};

use crate::merkle::Hash;

/// Domain separation: an Accord record signature can never be mistaken for another protocol's.
pub const SIGNING_CONTEXT: &[u8] = b"accord/record/v1\n";

/// What a published record says.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    /// Record kind, e.g. `organisation`, `user`, `token`.
    pub kind: String,
    /// The record's id (a UUID) within its kind.
    pub id: String,
    /// 1 for the first version of `(kind, id)`, then 2, 3, …
    pub version: u64,
    /// The log origin of the node that published it.
    pub origin: String,
    /// The organisation that authored it; `None` when the node itself did (operator, system).
    pub author: Option<String>,
    /// The change, e.g. `organisation.create`, `token.revoke`.
    pub action: String,
    /// UTC, RFC 3339.
    pub at: String,
    pub payload: Value,
}

impl Envelope {
    /// The exact bytes to sign: compact JSON, fields in declaration order, object keys sorted.
    pub fn to_bytes(&self) -> Vec<u8> {
        // Sort explicitly: serde_json keeps insertion order when any crate in the build enables
        // its `preserve_order` feature, so relying on its default map would make bytes depend
        // on the dependency graph.
        let sorted = Envelope { payload: sorted(&self.payload), ..self.clone() };
        serde_json::to_vec(&sorted).unwrap_or_default()
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Envelope, EnvelopeError> {
        serde_json::from_slice(bytes).map_err(|e| EnvelopeError::Malformed(e.to_string()))
    }
}

/// A copy of `v` whose objects list their keys in sorted order, at every depth.
fn sorted(v: &Value) -> Value {
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let mut out = serde_json::Map::new();
            for k in keys {
                if let Some(child) = map.get(k) {
                    out.insert(k.clone(), sorted(child));
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    #[error("the record is not a valid envelope: {0}")]
    Malformed(String),
    #[error("the signature does not verify with key {0}")]
    BadSignature(String),
    #[error("the signature is not 64 bytes")]
    SignatureLength,
}

/// A record as stored and served: the envelope bytes, the signature and the signing key's id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedRecord {
    pub bytes: Vec<u8>,
    pub signature: [u8; 64],
    pub key_id: String,
}

impl SignedRecord {
    /// Signs envelope bytes with `key` (whose id is `key_id`).
    pub fn sign(bytes: Vec<u8>, key: &SigningKey, key_id: String) -> SignedRecord {
        let signature = key.sign(&signed_message(&bytes)).to_bytes();
        SignedRecord { bytes, signature, key_id }
    }

    /// Checks the signature with `key`.
    pub fn verify(&self, key: &VerifyingKey) -> Result<(), EnvelopeError> {
        let sig = Signature::from_bytes(&self.signature);
        key.verify_strict(&signed_message(&self.bytes), &sig)
            .map_err(|_| EnvelopeError::BadSignature(self.key_id.clone()))
    }

    pub fn envelope(&self) -> Result<Envelope, EnvelopeError> {
        Envelope::from_bytes(&self.bytes)
    }

    /// The log leaf data of this record: `SHA-256(len(bytes) as u64 BE ‖ bytes ‖ signature)`.
    /// The log thereby commits to the exact signed record, signature included.
    pub fn leaf_data(&self) -> Hash {
        let mut h = Sha256::new();
        h.update((self.bytes.len() as u64).to_be_bytes());
        h.update(&self.bytes);
        h.update(self.signature);
        h.finalize().into()
    }
}

fn signed_message(bytes: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(SIGNING_CONTEXT.len() + bytes.len());
    m.extend_from_slice(SIGNING_CONTEXT);
    m.extend_from_slice(bytes);
    m
}

/// Parses a signature from bytes.
pub fn signature_from_slice(bytes: &[u8]) -> Result<[u8; 64], EnvelopeError> {
    bytes.try_into().map_err(|_| EnvelopeError::SignatureLength)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn envelope() -> Envelope {
        Envelope {
            kind: "organisation".into(),
            id: "01900000-0000-7000-8000-000000000001".into(),
            version: 1,
            origin: "accord.example/node".into(),
            author: None,
            action: "organisation.create".into(),
            at: "2026-11-28T12:00:00Z".into(),
            payload: json!({ "name": "هيئة", "kind": "regulator", "country": "EG" }),
        }
    }

    #[test]
    fn bytes_are_compact_ordered_and_round_trip() {
        let e = envelope();
        let bytes = e.to_bytes();
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(text.starts_with("{\"kind\":\"organisation\",\"id\":"));
        assert!(text.contains("\"payload\":{\"country\":\"EG\",\"kind\":\"regulator\",\"name\":\"هيئة\"}"), "{text}");
        assert_eq!(Envelope::from_bytes(&bytes).unwrap().to_bytes(), bytes);
        let nested =
            Envelope { payload: json!({ "b": { "z": 1, "a": [ { "y": 1, "x": 2 } ] }, "a": null }), ..e.clone() };
        let text = String::from_utf8(nested.to_bytes()).unwrap();
        assert!(text.contains("\"payload\":{\"a\":null,\"b\":{\"a\":[{\"x\":2,\"y\":1}],\"z\":1}}"), "{text}");
        assert!(Envelope::from_bytes(b"{\"kind\":1}").is_err());
    }

    #[test]
    fn signatures_cover_every_byte() {
        let key = SigningKey::from_bytes(&[7u8; 32]);
        let record = SignedRecord::sign(envelope().to_bytes(), &key, "k".into());
        record.verify(&key.verifying_key()).unwrap();
        let other = SigningKey::from_bytes(&[8u8; 32]);
        assert!(record.verify(&other.verifying_key()).is_err());
        for i in 0..record.bytes.len() {
            let mut tampered = record.clone();
            tampered.bytes[i] ^= 0x01;
            assert!(tampered.verify(&key.verifying_key()).is_err(), "byte {i}");
            assert_ne!(tampered.leaf_data(), record.leaf_data());
        }
        let mut resigned = record.clone();
        resigned.signature[0] ^= 1;
        assert_ne!(resigned.leaf_data(), record.leaf_data(), "the log commits to the signature too");
    }
}
