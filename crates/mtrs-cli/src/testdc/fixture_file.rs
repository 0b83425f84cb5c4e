//! The JSON fixture format of `mtrs testdc serve --fixture FILE`, and the JSON description
//! of a running cluster (`--json`).
//!
//! A fixture file has the same shape as the description's `users`, `bots`, `channels` and
//! `files`, minus what the server derives:
//!
//! ```json
//! {
//!   "users":    [{"user_id": 1001, "home_dc": 1, "first_name": "Alice", "username": "alice", "phone": "9996610001"}],
//!   "bots":     [{"user_id": 7002, "home_dc": 1, "first_name": "DC1 Bot", "username": "dc1_bot", "token": "7002:secret"}],
//!   "channels": [{"id": 5001, "title": "mtrs news", "username": "mtrs_news"}],
//!   "files":    [{"id": 9003, "dc_id": 3, "size": 300000}, {"id": 9004, "dc_id": 2, "text": "hello"}]
//! }
//! ```
//!
//! Every list is optional; unknown fields are refused. A file has either `size` (that many
//! bytes of a deterministic pattern) or `text` (its UTF-8 content).

use std::net::SocketAddr;

use anyhow::{Context, bail};
use mtrs_testdc::{Account, Channel, Cluster, File, Fixture};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The largest file a fixture may describe (the server keeps files in memory).
const MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// A fixture file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixtureFile {
    #[serde(default)]
    users: Vec<UserEntry>,
    #[serde(default)]
    bots: Vec<BotEntry>,
    #[serde(default)]
    channels: Vec<ChannelEntry>,
    #[serde(default)]
    files: Vec<FileEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserEntry {
    user_id: i64,
    home_dc: i32,
    #[serde(default)]
    first_name: Option<String>,
    #[serde(default)]
    username: Option<String>,
    #[serde(default)]
    phone: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BotEntry {
    user_id: i64,
    home_dc: i32,
    token: String,
    #[serde(default)]
    first_name: Option<String>,
    #[serde(default)]
    username: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChannelEntry {
    id: i64,
    title: String,
    username: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileEntry {
    id: i64,
    dc_id: i32,
    #[serde(default)]
    size: Option<u64>,
    #[serde(default)]
    text: Option<String>,
}

impl FixtureFile {
    /// Parses a fixture file's text.
    pub fn parse(text: &str) -> anyhow::Result<Self> {
        serde_json::from_str(text).context("the fixture is not valid fixture JSON")
    }

    /// The server's fixture.
    pub fn into_fixture(self) -> anyhow::Result<Fixture> {
        let mut fixture = Fixture::empty();
        for u in self.users {
            let name = u.first_name.as_deref().unwrap_or("User");
            let mut account = Account::user(u.user_id, u.home_dc, name);
            account.username = u.username;
            account.phone = u.phone;
            fixture = fixture.account(account);
        }
        for b in self.bots {
            let prefix = format!("{}:", b.user_id);
            if !b.token.starts_with(&prefix) || b.token.len() == prefix.len() {
                bail!(
                    "bot {}: its token must look like \"{}<secret>\"",
                    b.user_id,
                    prefix
                );
            }
            let name = b.first_name.as_deref().unwrap_or("Bot");
            let mut account = Account::user(b.user_id, b.home_dc, name);
            account.username = b.username;
            account.bot_token = Some(b.token);
            fixture = fixture.account(account);
        }
        for c in self.channels {
            fixture = fixture.channel(Channel::new(c.id, &c.title, &c.username));
        }
        for f in self.files {
            let file = match (f.size, f.text) {
                (Some(size), None) if size <= MAX_FILE_SIZE => {
                    // At most MAX_FILE_SIZE, so it fits in usize.
                    File::pattern(f.id, f.dc_id, size as usize)
                }
                (Some(size), None) => {
                    bail!("file {}: {size} bytes is more than {MAX_FILE_SIZE}", f.id)
                }
                (None, Some(text)) => File::new(f.id, f.dc_id, text.into_bytes()),
                _ => bail!("file {}: give exactly one of `size` and `text`", f.id),
            };
            fixture = fixture.file(file);
        }
        Ok(fixture)
    }
}

/// What `--json` prints: everything another client needs to connect and test.
#[derive(Debug, Serialize)]
pub struct ClusterInfo {
    dcs: Vec<DcInfo>,
    rsa_public_key_pem: String,
    rsa_fingerprint: String,
    layer: i32,
    bots: Vec<BotInfo>,
    users: Vec<UserInfo>,
    channels: Vec<ChannelInfo>,
    files: Vec<FileInfo>,
    /// `host:port` of the control interface (JSON lines, see `docs/testdc.md`).
    control: String,
}

#[derive(Debug, Serialize)]
struct DcInfo {
    id: i32,
    host: String,
    port: u16,
    media_only: bool,
}

#[derive(Debug, Serialize)]
struct BotInfo {
    token: String,
    user_id: i64,
    username: Option<String>,
    home_dc: i32,
    access_hash: i64,
}

#[derive(Debug, Serialize)]
struct UserInfo {
    user_id: i64,
    username: Option<String>,
    home_dc: i32,
    access_hash: i64,
    first_name: String,
    phone: Option<String>,
}

#[derive(Debug, Serialize)]
struct ChannelInfo {
    id: i64,
    username: Option<String>,
    title: String,
    access_hash: i64,
}

#[derive(Debug, Serialize)]
struct FileInfo {
    dc_id: i32,
    size: usize,
    sha256: String,
    location: FileLocation,
}

/// An `inputDocumentFileLocation`.
#[derive(Debug, Serialize)]
struct FileLocation {
    id: i64,
    access_hash: i64,
    file_reference: String,
    thumb_size: String,
}

impl ClusterInfo {
    /// Describes a running cluster whose control interface listens on `control`.
    pub fn of(cluster: &Cluster, control: SocketAddr) -> Self {
        let fixture = cluster.fixture();
        let (bots, users): (Vec<&Account>, Vec<&Account>) =
            fixture.accounts.iter().partition(|a| a.is_bot());
        ClusterInfo {
            dcs: cluster
                .dc_options()
                .into_iter()
                .map(|e| DcInfo {
                    // The plain number (a media-only listener says so in `media_only`).
                    id: e.id.number(),
                    host: e.ip.to_string(),
                    port: e.port,
                    media_only: e.media_only,
                })
                .collect(),
            rsa_public_key_pem: cluster.rsa_public_key_pem(),
            rsa_fingerprint: format!("{:016x}", cluster.rsa_fingerprint()),
            layer: cluster.layer(),
            bots: bots
                .into_iter()
                .map(|a| BotInfo {
                    token: a.bot_token.clone().unwrap_or_default(),
                    user_id: a.id,
                    username: a.username.clone(),
                    home_dc: a.home_dc,
                    access_hash: a.access_hash,
                })
                .collect(),
            users: users
                .into_iter()
                .map(|a| UserInfo {
                    user_id: a.id,
                    username: a.username.clone(),
                    home_dc: a.home_dc,
                    access_hash: a.access_hash,
                    first_name: a.first_name.clone(),
                    phone: a.phone.clone(),
                })
                .collect(),
            channels: fixture
                .channels
                .iter()
                .map(|c| ChannelInfo {
                    id: c.id,
                    username: c.username.clone(),
                    title: c.title.clone(),
                    access_hash: c.access_hash,
                })
                .collect(),
            files: fixture
                .files
                .iter()
                .map(|f| FileInfo {
                    dc_id: f.dc_id,
                    size: f.bytes.len(),
                    sha256: hex::encode(Sha256::digest(&f.bytes)),
                    location: FileLocation {
                        id: f.id,
                        access_hash: f.access_hash,
                        file_reference: hex::encode(&f.file_reference),
                        thumb_size: String::new(),
                    },
                })
                .collect(),
            control: control.to_string(),
        }
    }

    /// A readable summary, for when `--json` is not given.
    pub fn text(&self) -> String {
        let mut out =
            String::from("mtrs test DC cluster (127.0.0.1 only; keys and accounts are fake)\n");
        out.push_str(&format!(
            "layer {}, RSA fingerprint {}\n\nDCs:\n",
            self.layer, self.rsa_fingerprint
        ));
        for dc in &self.dcs {
            let media = if dc.media_only { "  (media only)" } else { "" };
            out.push_str(&format!("  DC {}  {}:{}{media}\n", dc.id, dc.host, dc.port));
        }
        out.push_str("\nBots (sign in with auth.importBotAuthorization):\n");
        for b in &self.bots {
            let name = b.username.as_deref().unwrap_or("-");
            out.push_str(&format!(
                "  @{name}  token {}  home DC {}\n",
                b.token, b.home_dc
            ));
        }
        out.push_str("\nUsers:\n");
        for u in &self.users {
            let name = u.username.as_deref().unwrap_or("-");
            out.push_str(&format!(
                "  @{name}  id {}  home DC {}\n",
                u.user_id, u.home_dc
            ));
        }
        out.push_str("\nChannels:\n");
        for c in &self.channels {
            let name = c.username.as_deref().unwrap_or("-");
            out.push_str(&format!("  @{name}  id {}  {}\n", c.id, c.title));
        }
        out.push_str("\nFiles (upload.getFile with inputDocumentFileLocation):\n");
        for f in &self.files {
            out.push_str(&format!(
                "  id {}  access_hash {}  file_reference {}  on DC {}  {} bytes  sha256 {}\n",
                f.location.id,
                f.location.access_hash,
                f.location.file_reference,
                f.dc_id,
                f.size,
                f.sha256
            ));
        }
        out.push_str(&format!(
            "\nControl interface (JSON lines, see docs/testdc.md): {}\n",
            self.control
        ));
        out.push_str("\nThe RSA public key (pass it to your client):\n");
        out.push_str(&self.rsa_public_key_pem);
        out
    }
}
