//! Pyrogram-family SQLite `.session` files: Pyrogram 1.x (schema 2), Pyrogram 2.0 (3),
//! PyroFork (4) and Kurigram (7), told apart by `version.number` and the columns present.
//! Schemas: `docs/formats/session-files.md#pyrogram-family-session-files`.

use std::path::Path;

use mtrs_crypto::AuthKey;
use rusqlite::{Connection, params};

use crate::dc_table::DcSource;
use crate::reader::auth_key;
use crate::telethon_file::{columns, open_read_only, tables};
use crate::{ConvertError, DcId, Format, Identity, SessionData, UserId, pivot, private_fs};

const F: Format = Format::PyrogramFile;

/// What a Pyrogram-family `.session` file stores (peers are not read).
///
/// ```
/// # use mtrs_session_convert::*;
/// # let dir = std::env::temp_dir().join(format!("mtrs-doc-pfs-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir).unwrap();
/// # let path = dir.join("x.session");
/// # let mut s = SessionData::new(DcId(2));
/// # s.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// s.identity = Some(Identity::new(UserId(42)));
/// PyrogramFile::from_session(&s)?.write(&path)?;
/// let f = PyrogramFile::read(&path)?;
/// assert_eq!((f.schema_version, f.user_id, f.is_bot), (3, Some(42), Some(false)));
/// # std::fs::remove_dir_all(&dir).unwrap();
/// # Ok::<(), ConvertError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyrogramFile {
    /// `version.number`: 2 Pyrogram 1.x, 3 Pyrogram 2.0, 4 PyroFork, 7 Kurigram.
    pub schema_version: i64,
    /// Home DC id.
    pub dc_id: u8,
    /// Server address (Kurigram only).
    pub server_address: Option<String>,
    /// Server port (Kurigram only).
    pub port: Option<u16>,
    /// `api_id` (schema ≥ 3; `None` when NULL or 0).
    pub api_id: Option<i32>,
    /// Test-server session.
    pub test_mode: bool,
    /// The home DC's auth key.
    pub auth_key: AuthKey,
    /// The logged-in user; `None` in a file that was never authorised.
    pub user_id: Option<i64>,
    /// Whether the account is a bot (`None` when NULL).
    pub is_bot: Option<bool>,
}

fn invalid(field: &'static str, reason: &'static str) -> ConvertError {
    ConvertError::InvalidField {
        format: F,
        field,
        reason,
    }
}

fn flag(v: Option<i64>, field: &'static str) -> Result<Option<bool>, ConvertError> {
    match v {
        None => Ok(None),
        Some(0) => Ok(Some(false)),
        Some(1) => Ok(Some(true)),
        Some(_) => Err(invalid(field, "must be 0 or 1")),
    }
}

impl PyrogramFile {
    /// The schema [`PyrogramFile::write`] creates: Pyrogram 2.0's version 3, which Pyrogram 2.0
    /// reads as is and PyroFork and Kurigram upgrade in place.
    pub const WRITE_SCHEMA: i64 = 3;

    /// Reads a Pyrogram-family `.session` file, selecting columns by name (upgraded files
    /// have them in another order). Exactly one `sessions` row with a 256-byte key is required.
    pub fn read(path: &Path) -> Result<Self, ConvertError> {
        let conn = open_read_only(F, path)?;
        let e = |source| ConvertError::Sqlite {
            format: F,
            path: path.to_owned(),
            source,
        };
        let tables = tables(&conn).map_err(e)?;
        for t in ["sessions", "peers", "version"] {
            if !tables.iter().any(|x| x == t) {
                return Err(invalid(
                    "tables",
                    "not a Pyrogram session (sessions/peers/version missing)",
                ));
            }
        }
        let schema_version: i64 = conn
            .query_row("select number from version", [], |r| r.get(0))
            .map_err(e)?;
        let cols = columns(&conn, "sessions").map_err(e)?;
        let col = |name: &str| {
            if cols.iter().any(|c| c == name) {
                name.to_owned()
            } else {
                "null".to_owned()
            }
        };
        for needed in ["dc_id", "test_mode", "auth_key", "user_id", "is_bot"] {
            if !cols.iter().any(|c| c == needed) {
                return Err(invalid("sessions", "a required column is missing"));
            }
        }
        let query = format!(
            "select dc_id, {}, {}, {}, test_mode, auth_key, user_id, is_bot from sessions",
            col("server_address"),
            col("port"),
            col("api_id"),
        );
        let mut stmt = conn.prepare(&query).map_err(e)?;
        let mut rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<i64>>(2)?,
                    r.get::<_, Option<i64>>(3)?,
                    r.get::<_, Option<i64>>(4)?,
                    r.get::<_, Option<Vec<u8>>>(5)?,
                    r.get::<_, Option<i64>>(6)?,
                    r.get::<_, Option<i64>>(7)?,
                ))
            })
            .map_err(e)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(e)?;
        if rows.len() != 1 {
            return Err(invalid("sessions", "must hold exactly one row"));
        }
        // Length checked just above.
        let (dc_id, server_address, port, api_id, test_mode, key, user_id, is_bot) = rows.remove(0);
        let key = zeroize::Zeroizing::new(key.unwrap_or_default());
        let auth_key = auth_key(F, &key)?;
        let dc_id = crate::validate::file_dc_id(F, dc_id)?;
        let port = match port {
            None => None,
            Some(p) => Some(crate::validate::port(F, "port", p)?),
        };
        let server_address = server_address.filter(|a| !a.is_empty());
        if let Some(a) = &server_address {
            crate::validate::address(F, "server_address", a)?;
        }
        let api_id = match api_id {
            None | Some(0) => None,
            Some(a) => Some(
                i32::try_from(a)
                    .ok()
                    .filter(|&a| a > 0)
                    .ok_or(invalid("api_id", "out of range"))?,
            ),
        };
        let user_id = match user_id {
            None | Some(0) => None,
            Some(u) if u > 0 => Some(u),
            Some(_) => return Err(invalid("user_id", "must be positive")),
        };
        Ok(PyrogramFile {
            schema_version,
            dc_id,
            server_address,
            port,
            api_id,
            test_mode: flag(test_mode, "test_mode")?.unwrap_or(false),
            auth_key,
            user_id,
            is_bot: flag(is_bot, "is_bot")?,
        })
    }

    /// The session this file describes. Without a stored address (every variant but
    /// Kurigram) the address comes from Pyrogram's DC table; a NULL user id gives no identity.
    pub fn to_session(&self) -> SessionData {
        let mut s = SessionData::new(DcId(i32::from(self.dc_id)));
        let mut dc = pivot::table_dc(
            u32::from(self.dc_id),
            self.test_mode,
            DcSource::Pyrogram,
            self.auth_key.clone(),
        );
        if let Some(a) = &self.server_address {
            dc.address = Some(a.clone());
            dc.port = Some(self.port.unwrap_or(crate::dc_table::DEFAULT_PORT));
        }
        s.dcs.insert(s.home_dc, dc);
        s.test_mode = self.test_mode;
        s.api_id = self.api_id;
        s.identity = self.user_id.map(|u| {
            let mut id = Identity::new(UserId(u));
            id.bot = self.is_bot;
            id
        });
        s
    }

    /// The Pyrogram-file view of `session`. Needs an identity (Pyrogram treats a file without
    /// a user id as not signed in); `api_id` may be absent (Pyrogram takes it from the client).
    pub fn from_session(session: &SessionData) -> Result<Self, ConvertError> {
        let dc_id = pivot::home_dc_u8(F, session)?;
        let auth_key = pivot::home_key(F, session)?;
        let id = session.identity.as_ref().ok_or(ConvertError::Missing {
            format: F,
            field: "user_id",
            why: "Pyrogram treats a session without a user id as logged out",
        })?;
        if id.user_id.0 <= 0 {
            return Err(invalid("user_id", "must be positive"));
        }
        Ok(PyrogramFile {
            schema_version: Self::WRITE_SCHEMA,
            dc_id,
            server_address: None,
            port: None,
            api_id: session.api_id,
            test_mode: session.test_mode,
            auth_key,
            user_id: Some(id.user_id.0),
            is_bot: Some(id.bot.unwrap_or(false)),
        })
    }

    /// Creates a new `.session` file at `path` (refusing to overwrite one) with Pyrogram 2.0's
    /// schema (version 3) and one `sessions` row. `date` is written as 0 (this crate reads no
    /// clock; Pyrogram only uses it to age peers).
    pub fn write(&self, path: &Path) -> Result<(), ConvertError> {
        drop(private_fs::create_new(path)?);
        let result = self.write_into(path);
        if result.is_err() {
            // Do not leave a half-written session behind.
            let _ = std::fs::remove_file(path);
        }
        result
    }

    fn write_into(&self, path: &Path) -> Result<(), ConvertError> {
        let e = |source| ConvertError::Sqlite {
            format: F,
            path: path.to_owned(),
            source,
        };
        let mut conn = Connection::open(path).map_err(e)?;
        let tx = conn.transaction().map_err(e)?;
        tx.execute_batch(
            "CREATE TABLE sessions (dc_id INTEGER PRIMARY KEY, api_id INTEGER, test_mode INTEGER,
                 auth_key BLOB, date INTEGER NOT NULL, user_id INTEGER, is_bot INTEGER);
             CREATE TABLE peers (id INTEGER PRIMARY KEY, access_hash INTEGER, type INTEGER NOT NULL,
                 username TEXT, phone_number TEXT,
                 last_update_on INTEGER NOT NULL DEFAULT (CAST(STRFTIME('%s', 'now') AS INTEGER)));
             CREATE TABLE version (number INTEGER PRIMARY KEY);
             CREATE INDEX idx_peers_id ON peers (id);
             CREATE INDEX idx_peers_username ON peers (username);
             CREATE INDEX idx_peers_phone_number ON peers (phone_number);
             CREATE TRIGGER trg_peers_last_update_on AFTER UPDATE ON peers
             BEGIN
                 UPDATE peers SET last_update_on = CAST(STRFTIME('%s', 'now') AS INTEGER)
                 WHERE id = NEW.id;
             END;",
        )
        .map_err(e)?;
        tx.execute(
            "INSERT INTO version VALUES (?1)",
            params![self.schema_version],
        )
        .map_err(e)?;
        tx.execute(
            "INSERT INTO sessions VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6)",
            params![
                self.dc_id,
                self.api_id,
                self.test_mode,
                &self.auth_key.as_bytes()[..],
                self.user_id,
                self.is_bot,
            ],
        )
        .map_err(e)?;
        tx.commit().map_err(e)
    }
}
