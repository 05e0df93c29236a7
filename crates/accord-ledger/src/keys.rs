//! Key ids and the published forms of Ed25519 public keys.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ed25519_dalek::VerifyingKey;
use sha2_11::{Digest, Sha256};

/// The C2SP signed-note algorithm byte for Ed25519.
pub const ALG_ED25519: u8 = 0x01;

/// A record key id: the first 8 bytes of `SHA-256(0x01 ‖ public key)`, in hex.
pub fn key_id(key: &VerifyingKey) -> String {
    let mut h = Sha256::new();
    h.update([ALG_ED25519]);
    h.update(key.as_bytes());
    hex::encode(&h.finalize()[..8])
}

/// The C2SP signed-note key hash: the first 4 bytes of `SHA-256(name ‖ "\n" ‖ 0x01 ‖ key)`.
pub fn note_key_hash(name: &str, key: &VerifyingKey) -> [u8; 4] {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update(b"\n");
    h.update([ALG_ED25519]);
    h.update(key.as_bytes());
    let d = h.finalize();
    [d[0], d[1], d[2], d[3]]
}

/// The C2SP verifier key string `name+hash+base64(0x01 ‖ key)`, as Go's `note` package reads it.
pub fn verifier_key(name: &str, key: &VerifyingKey) -> String {
    let mut raw = vec![ALG_ED25519];
    raw.extend_from_slice(key.as_bytes());
    format!("{name}+{}+{}", hex::encode(note_key_hash(name, key)), STANDARD.encode(raw))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::SigningKey;

    #[test]
    fn ids_are_stable_and_distinct() {
        let a = SigningKey::from_bytes(&[1u8; 32]).verifying_key();
        let b = SigningKey::from_bytes(&[2u8; 32]).verifying_key();
        assert_eq!(key_id(&a), key_id(&a));
        assert_ne!(key_id(&a), key_id(&b));
        assert_eq!(key_id(&a).len(), 16);
        let vkey = verifier_key("accord.example/log", &a);
        assert!(vkey.starts_with("accord.example/log+"));
        assert_eq!(vkey.split('+').count(), 3);
    }
}
