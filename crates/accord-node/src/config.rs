//! Node configuration: built-in defaults, then a TOML file, then `ACCORD_*` environment
//! variables, then command-line flags, each overriding the one before.
//!
//! Every setting is documented in `docs/configuration.md`; a test keeps the two in step.

use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Address the HTTP server listens on.
    pub listen: String,
    /// The node's one data directory: database, keys, indexes.
    pub data_dir: PathBuf,
    pub node: NodeSettings,
    pub storage: StorageSettings,
    pub http: HttpSettings,
    pub auth: AuthSettings,
    pub log: LogSettings,
    pub keys: KeySettings,
    pub rules: RuleSettings,
    pub alerts: AlertSettings,
}

/// Webhook deliveries (`accord-server/src/alerts.rs`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AlertSettings {
    /// How often the delivery worker looks for due deliveries, in milliseconds.
    pub poll_interval_ms: u64,
    /// The retry schedule (10 s, 30 s, 2 min, 10 min, 1 h, 6 h) is divided by this; 1 keeps it.
    /// Tests shorten it.
    pub retry_divisor: u32,
}

impl Default for AlertSettings {
    fn default() -> Self {
        Self { poll_interval_ms: 1000, retry_divisor: 1 }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RuleSettings {
    /// A folder of rule packs (`*.toml`, with `kinds.toml`) used instead of the built-in corpus.
    pub corpus_dir: Option<PathBuf>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct KeySettings {
    /// A file holding the node's Ed25519 signing key (64 hex characters). Without it the node
    /// generates one in `<data_dir>/keys/` on first start.
    pub node_key_file: Option<PathBuf>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NodeSettings {
    /// Shown in the header and footer of every page.
    pub name: String,
    /// The origin line of this node's transparency log checkpoints, e.g.
    /// `accord.example.org/log`. Fixed at first start; without it, `accord/<node key id>`.
    pub origin: Option<String>,
    /// The address people use to reach this node, e.g. `https://accord.example.org`.
    /// Decides whether cookies are marked `Secure` when `auth.cookie_secure = "auto"`.
    pub public_url: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StorageSettings {
    /// `sqlite` (embedded, the default). PostgreSQL is planned behind the same trait.
    pub backend: String,
    /// Read connections in the SQLite pool.
    pub sqlite_read_connections: u32,
    /// `true`: every commit is flushed to disk (durable on power loss).
    pub sqlite_synchronous_full: bool,
    /// How long a writer waits for the database lock, in milliseconds.
    pub sqlite_busy_timeout_ms: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HttpSettings {
    /// Largest accepted request body, in bytes.
    pub body_limit_bytes: usize,
    /// A request taking longer than this is answered with 408, in seconds.
    pub request_timeout_secs: u64,
    /// Largest page size a list endpoint returns.
    pub max_page_size: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuthSettings {
    /// How long a browser session lasts, in hours.
    pub session_hours: i64,
    /// `auto` (Secure when `node.public_url` is https), `always` or `never`.
    pub cookie_secure: String,
    /// Sign-in attempts allowed per client address per minute.
    pub login_attempts_per_minute_per_address: u32,
    /// Sign-in attempts allowed per account per minute.
    pub login_attempts_per_minute_per_account: u32,
    /// Lifetime of a new API token when none is given, in days.
    pub token_default_days: i64,
    /// Longest lifetime an API token may have, in days.
    pub token_max_days: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogSettings {
    /// `text` for people, `json` for log collectors.
    pub format: String,
    /// A `tracing` filter such as `info` or `accord_server=debug,info`.
    pub filter: String,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: "127.0.0.1:8080".into(),
            data_dir: PathBuf::from("./accord-data"),
            node: NodeSettings::default(),
            storage: StorageSettings::default(),
            http: HttpSettings::default(),
            auth: AuthSettings::default(),
            log: LogSettings::default(),
            keys: KeySettings::default(),
            rules: RuleSettings::default(),
            alerts: AlertSettings::default(),
        }
    }
}

impl Default for NodeSettings {
    fn default() -> Self {
        Self { name: "Accord node".into(), origin: None, public_url: None }
    }
}

impl Default for StorageSettings {
    fn default() -> Self {
        Self {
            backend: "sqlite".into(),
            sqlite_read_connections: 8,
            sqlite_synchronous_full: true,
            sqlite_busy_timeout_ms: 5000,
        }
    }
}

impl Default for HttpSettings {
    fn default() -> Self {
        Self { body_limit_bytes: 1024 * 1024, request_timeout_secs: 30, max_page_size: 200 }
    }
}

impl Default for AuthSettings {
    fn default() -> Self {
        Self {
            session_hours: 12,
            cookie_secure: "auto".into(),
            login_attempts_per_minute_per_address: 20,
            login_attempts_per_minute_per_account: 5,
            token_default_days: 90,
            token_max_days: 365,
        }
    }
}

impl Default for LogSettings {
    fn default() -> Self {
        Self { format: "text".into(), filter: "info".into() }
    }
}

/// Settings given on the command line; `None` leaves the lower layers' value.
#[derive(Clone, Debug, Default, Serialize)]
pub struct FlagOverrides {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listen: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration file {0} does not exist")]
    MissingFile(PathBuf),
    #[error("configuration is not valid: {0}")]
    Invalid(String),
}

/// Top-level keys of [`Config`].
const SECTIONS: [&str; 10] =
    ["listen", "data_dir", "node", "storage", "http", "auth", "log", "keys", "rules", "alerts"];

impl Config {
    /// Loads the layered configuration. `file` is the `--config` flag; without it,
    /// `accord.toml` in the working directory is read if it exists.
    pub fn load(file: Option<&Path>, flags: &FlagOverrides) -> Result<Config, ConfigError> {
        Self::load_with_env(file, flags, Env::prefixed("ACCORD_").split("__"))
    }

    fn load_with_env(file: Option<&Path>, flags: &FlagOverrides, env: Env) -> Result<Config, ConfigError> {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        match file {
            Some(path) if !path.exists() => return Err(ConfigError::MissingFile(path.to_owned())),
            Some(path) => figment = figment.merge(Toml::file_exact(path)),
            None if Path::new("accord.toml").exists() => figment = figment.merge(Toml::file_exact("accord.toml")),
            None => {}
        }
        // Only variables naming a section are settings: `ACCORD_CONFIG` names the file, and
        // other tools may use the prefix (`ACCORD_BIN` in the browser tests). A typo inside a
        // section (`ACCORD_AUTH__SESION_HOURS`) is still refused.
        let env = env.filter(|key| {
            let key = key.as_str().to_ascii_lowercase();
            let section = key.split(['.', '_']).next().unwrap_or("");
            SECTIONS.iter().any(|s| s.split('_').next() == Some(section))
        });
        let config: Config = figment
            .merge(env)
            .merge(Serialized::defaults(flags))
            .extract()
            .map_err(|e| ConfigError::Invalid(e.to_string()))?;
        config.check()?;
        Ok(config)
    }

    fn check(&self) -> Result<(), ConfigError> {
        let bad = |m: &str| Err(ConfigError::Invalid(m.to_owned()));
        if self.storage.backend != "sqlite" {
            return bad("storage.backend must be \"sqlite\" (PostgreSQL is not available in this version)");
        }
        if !matches!(self.auth.cookie_secure.as_str(), "auto" | "always" | "never") {
            return bad("auth.cookie_secure must be \"auto\", \"always\" or \"never\"");
        }
        if !matches!(self.log.format.as_str(), "text" | "json") {
            return bad("log.format must be \"text\" or \"json\"");
        }
        if self.auth.session_hours < 1 || self.auth.token_default_days < 1 || self.auth.token_max_days < 1 {
            return bad("auth.session_hours, auth.token_default_days and auth.token_max_days must be at least 1");
        }
        if self.auth.token_default_days > self.auth.token_max_days {
            return bad("auth.token_default_days must not exceed auth.token_max_days");
        }
        if self.http.body_limit_bytes < 1024 || self.http.max_page_size < 1 {
            return bad("http.body_limit_bytes must be at least 1024 and http.max_page_size at least 1");
        }
        if self.auth.login_attempts_per_minute_per_address < 1 || self.auth.login_attempts_per_minute_per_account < 1 {
            return bad("auth.login_attempts_per_minute_* must be at least 1");
        }
        if self.alerts.poll_interval_ms < 10 || self.alerts.retry_divisor < 1 {
            return bad("alerts.poll_interval_ms must be at least 10 and alerts.retry_divisor at least 1");
        }
        Ok(())
    }

    /// Whether session cookies carry the `Secure` attribute.
    pub fn secure_cookies(&self) -> bool {
        match self.auth.cookie_secure.as_str() {
            "always" => true,
            "never" => false,
            _ => self.node.public_url.as_deref().is_some_and(|u| u.starts_with("https://")),
        }
    }

    /// The SQLite database file inside the data directory.
    pub fn database_path(&self) -> PathBuf {
        self.data_dir.join("accord.sqlite")
    }
}

#[cfg(test)]
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid() {
        figment::Jail::expect_with(|_jail| {
            let c = Config::load(None, &FlagOverrides::default()).map_err(|e| e.to_string())?;
            assert_eq!(c.listen, "127.0.0.1:8080");
            assert_eq!(c.data_dir, PathBuf::from("./accord-data"));
            assert!(!c.secure_cookies());
            Ok(())
        });
    }

    #[test]
    fn file_then_env_then_flags() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("accord.toml");
        std::fs::write(
            &file,
            "listen = \"127.0.0.1:9000\"\n[node]\nname = \"From file\"\npublic_url = \"https://a.example\"\n[log]\nformat = \"json\"\n",
        )
        .unwrap();
        figment::Jail::expect_with(|jail| {
            jail.set_env("ACCORD_NODE__NAME", "From env");
            jail.set_env("ACCORD_BIN", "/usr/bin/not-a-setting");
            let c = Config::load(Some(&file), &FlagOverrides::default()).map_err(|e| e.to_string())?;
            assert_eq!(c.listen, "127.0.0.1:9000");
            assert_eq!(c.node.name, "From env");
            assert_eq!(c.log.format, "json");
            assert!(c.secure_cookies());
            let flags = FlagOverrides { listen: Some("127.0.0.1:9100".into()), data_dir: None };
            let c = Config::load(Some(&file), &flags).map_err(|e| e.to_string())?;
            assert_eq!(c.listen, "127.0.0.1:9100");
            jail.set_env("ACCORD_AUTH__SESION_HOURS", "3");
            let err = Config::load(Some(&file), &FlagOverrides::default()).unwrap_err().to_string();
            assert!(err.contains("sesion_hours"), "{err}");
            Ok(())
        });
    }

    #[test]
    fn mistakes_are_named() {
        // Inside a jail: other tests set ACCORD_* variables, and the jail serialises them.
        figment::Jail::expect_with(|jail| {
            let dir = jail.directory().to_path_buf();
            let missing = dir.join("nope.toml");
            assert!(matches!(
                Config::load(Some(&missing), &FlagOverrides::default()),
                Err(ConfigError::MissingFile(_))
            ));

            let file = dir.join("bad.toml");
            let expect_error = |content: &str, needle: &str| {
                std::fs::write(&file, content).map_err(|e| e.to_string())?;
                let err = Config::load(Some(&file), &FlagOverrides::default()).unwrap_err().to_string();
                assert!(err.contains(needle), "{err}");
                Ok::<(), String>(())
            };
            expect_error("[auth]\nsession_hour = 3\n", "session_hour")?;
            expect_error("[storage]\nbackend = \"mysql\"\n", "storage.backend")?;
            expect_error("listen = [1, 2\n", "bad.toml")?;
            Ok(())
        });
    }
}

#[cfg(test)]
mod documentation {
    use super::Config;

    fn keys(prefix: &str, value: &toml::Value, out: &mut Vec<String>) {
        if let toml::Value::Table(table) = value {
            for (k, v) in table {
                let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                if v.is_table() {
                    keys(&key, v, out);
                } else {
                    out.push(key);
                }
            }
        }
    }

    /// Every setting is documented in docs/configuration.md, and nothing documented is gone.
    #[test]
    fn every_setting_is_documented() {
        let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/configuration.md")).unwrap();
        let mut config = Config::default();
        config.node.public_url = Some("https://example.org".into());
        config.node.origin = Some("accord.example.org/log".into());
        config.keys.node_key_file = Some("/etc/accord/node.key".into());
        config.rules.corpus_dir = Some("/etc/accord/corpus".into());
        let value = toml::Value::try_from(&config).unwrap();
        let mut all = Vec::new();
        keys("", &value, &mut all);
        assert!(all.len() > 15);
        for key in &all {
            assert!(doc.contains(&format!("| `{key}` |")), "docs/configuration.md lacks a row for `{key}`");
        }
        let rows = doc.lines().filter(|l| l.starts_with("| `")).count();
        assert_eq!(rows, all.len(), "docs/configuration.md documents settings that do not exist");
    }
}
