//! Keys, signing and the log, at the edge (files and the store); the pure parts are in
//! `accord-ledger`.
//!
//! - The node key: `keys.node_key_file`, or generated at first start into
//!   `<data_dir>/keys/<key id>.ed25519` (64 hex characters, mode 0600).
//! - Organisation keys: generated the first time an organisation's member publishes, into the
//!   same folder; the node registers each public key as a signed record before using it.
//! - Public keys live in the database (`signing_keys`); secret keys never do.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use accord_ledger::ed25519_dalek::SigningKey;
use accord_ledger::keys::key_id;
use rand::RngCore;

use crate::NodeError;

/// A signing key and its id.
#[derive(Clone)]
pub struct Signer {
    pub key: SigningKey,
    pub key_id: String,
}

impl Signer {
    fn new(key: SigningKey) -> Signer {
        let key_id = key_id(&key.verifying_key());
        Signer { key, key_id }
    }
}

fn io_error(path: &Path, e: std::io::Error) -> NodeError {
    NodeError::Internal(format!("key file {}: {e}", path.display()))
}

/// Reads a key file: 64 hex characters (surrounding white space ignored).
pub fn read_key_file(path: &Path) -> Result<SigningKey, NodeError> {
    let text = std::fs::read_to_string(path).map_err(|e| io_error(path, e))?;
    let bytes = hex::decode(text.trim())
        .ok()
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .ok_or_else(|| NodeError::Internal(format!("key file {} must hold 64 hex characters", path.display())))?;
    Ok(SigningKey::from_bytes(&bytes))
}

/// Writes a new key file readable by its owner only; never overwrites.
fn write_key_file(path: &Path, key: &SigningKey) -> Result<(), NodeError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|e| io_error(path, e))?;
    file.write_all(format!("{}\n", hex::encode(key.to_bytes())).as_bytes()).map_err(|e| io_error(path, e))?;
    file.sync_all().map_err(|e| io_error(path, e))
}

pub fn generate() -> SigningKey {
    let mut seed = [0u8; 32];
    rand::rng().fill_bytes(&mut seed);
    SigningKey::from_bytes(&seed)
}

/// The keys folder of a data directory, created with mode 0700.
pub fn keys_dir(data_dir: &Path) -> Result<PathBuf, NodeError> {
    let dir = data_dir.join("keys");
    std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).map_err(|e| io_error(&dir, e))?;
    }
    Ok(dir)
}

/// The secret keys this process has loaded, by key id.
pub struct Keyring {
    dir: PathBuf,
    loaded: std::sync::Mutex<HashMap<String, Signer>>,
}

impl Keyring {
    pub fn new(dir: PathBuf) -> Keyring {
        Keyring { dir, loaded: std::sync::Mutex::new(HashMap::new()) }
    }

    fn path(&self, key_id: &str) -> PathBuf {
        self.dir.join(format!("{key_id}.ed25519"))
    }

    /// Loads the secret key with this id from the keys folder.
    pub fn load(&self, key_id: &str) -> Result<Signer, NodeError> {
        if let Some(s) = self.loaded.lock().ok().and_then(|m| m.get(key_id).cloned()) {
            return Ok(s);
        }
        let signer = Signer::new(read_key_file(&self.path(key_id))?);
        if signer.key_id != key_id {
            return Err(NodeError::Internal(format!("key file for {key_id} holds key {}", signer.key_id)));
        }
        self.remember(&signer);
        Ok(signer)
    }

    /// Generates a key and writes its file.
    pub fn create(&self) -> Result<Signer, NodeError> {
        let signer = Signer::new(generate());
        write_key_file(&self.path(&signer.key_id), &signer.key)?;
        self.remember(&signer);
        Ok(signer)
    }

    /// Adopts a key supplied by configuration.
    pub fn adopt(&self, key: SigningKey) -> Signer {
        let signer = Signer::new(key);
        self.remember(&signer);
        signer
    }

    fn remember(&self, signer: &Signer) {
        if let Ok(mut m) = self.loaded.lock() {
            m.insert(signer.key_id.clone(), signer.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_files_round_trip_and_are_private() {
        let dir = tempfile::tempdir().unwrap();
        let keys = keys_dir(dir.path()).unwrap();
        let ring = Keyring::new(keys.clone());
        let created = ring.create().unwrap();
        let fresh = Keyring::new(keys.clone());
        assert_eq!(fresh.load(&created.key_id).unwrap().key.to_bytes(), created.key.to_bytes());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode =
                std::fs::metadata(keys.join(format!("{}.ed25519", created.key_id))).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(keys.join("bad.ed25519"), "zz").unwrap();
        assert!(fresh.load("bad").is_err());
    }
}
