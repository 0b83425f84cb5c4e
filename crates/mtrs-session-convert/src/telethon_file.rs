//! Telethon's SQLite `.session` file.
//! Schema: `docs/formats/session-files.md#telethon-session-file`.

use std::path::Path;

use mtrs_crypto::AuthKey;
use rusqlite::{Connection, OptionalExtension, params};

use crate::dc_table::is_test_address;
use crate::reader::auth_key;
use crate::{ConvertError, Format, Identity, SessionData, UserId, pivot, private_fs};
use mtrs_session::{AccountState, ChannelId, UnixTime, UpdateState};

const F: Format = Format::TelethonFile;

/// What a Telethon `.session` file stores (peers, sent files and the PFS key are not read).
///
/// ```
/// # use mtrs_session_convert::*;
/// # let dir = std::env::temp_dir().join(format!("mtrs-doc-tfs-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir).unwrap();
/// # let path = dir.join("x.session");
/// # let mut s = SessionData::new(DcId(2));
/// # s.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// TelethonFile::from_session(&s)?.write(&path)?;
/// let f = TelethonFile::read(&path)?;
/// assert_eq!((f.schema_version, f.dc_id, f.port), (7, 2, 443));
/// # std::fs::remove_dir_all(&dir).unwrap();
/// # Ok::<(), ConvertError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TelethonFile {
    /// `version.version` (7 or 8 for current files).
    pub schema_version: i64,
    /// Home DC id.
    pub dc_id: u8,
    /// Server address (IP text).
    pub server_address: String,
    /// Server port.
    pub port: u16,
    /// The home DC's auth key.
    pub auth_key: AuthKey,
    /// Open takeout session id.
    pub takeout_id: Option<i64>,
    /// The logged-in user (the `id = 0` pseudo-entity's `hash`), when saved.
    pub user_id: Option<i64>,
    /// `update_state` rows: the account row (id 0) and bare channel ids.
    pub update_state: UpdateState,
}

fn sql(path: &Path) -> impl Fn(rusqlite::Error) -> ConvertError + '_ {
    move |source| ConvertError::Sqlite {
        format: F,
        path: path.to_owned(),
        source,
    }
}

fn invalid(field: &'static str, reason: &'static str) -> ConvertError {
    ConvertError::InvalidField {
        format: F,
        field,
        reason,
    }
}

/// Table names of an open database.
pub(crate) fn tables(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("select name from sqlite_master where type = 'table'")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    rows.collect()
}

/// Column names of `table`.
pub(crate) fn columns(conn: &Connection, table: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare(&format!("pragma table_info({table})"))?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(1))?;
    rows.collect()
}

/// Opens an existing SQLite file read-only, writing nothing beside it.
pub(crate) fn open_read_only(
    format: Format,
    path: &Path,
) -> Result<crate::read_only::ReadOnly, ConvertError> {
    crate::read_only::open(format, path)
}

impl TelethonFile {
    /// The schema version [`TelethonFile::write`] creates. Version 7 is read by every Telethon
    /// since 1.2x and upgraded in place to 8 by Telethon ≥ 1.43; Telethon ≤ 1.42 cannot read a
    /// version-8 file (it unpacks `sessions` rows by position).
    pub const WRITE_SCHEMA: i64 = 7;

    /// Reads a Telethon `.session` file (any schema with `sessions` and `entities` tables;
    /// columns are read by name). Exactly one `sessions` row with a 256-byte key is required.
    pub fn read(path: &Path) -> Result<Self, ConvertError> {
        let conn = open_read_only(F, path)?;
        let e = sql(path);
        let tables = tables(&conn).map_err(&e)?;
        for t in ["sessions", "entities", "version"] {
            if !tables.iter().any(|x| x == t) {
                return Err(invalid(
                    "tables",
                    "not a Telethon session (sessions/entities/version missing)",
                ));
            }
        }
        let schema_version: i64 = conn
            .query_row("select version from version", [], |r| r.get(0))
            .map_err(&e)?;
        let cols = columns(&conn, "sessions").map_err(&e)?;
        let has_takeout = cols.iter().any(|c| c == "takeout_id");
        let query = if has_takeout {
            "select dc_id, server_address, port, auth_key, takeout_id from sessions"
        } else {
            "select dc_id, server_address, port, auth_key, null from sessions"
        };
        let mut stmt = conn.prepare(query).map_err(&e)?;
        let mut rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<i64>>(2)?,
                    r.get::<_, Option<Vec<u8>>>(3)?,
                    r.get::<_, Option<i64>>(4)?,
                ))
            })
            .map_err(&e)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(&e)?;
        if rows.len() != 1 {
            return Err(invalid("sessions", "must hold exactly one row"));
        }
        // Length checked just above.
        let (dc_id, address, port, key, takeout_id) = rows.remove(0);
        let key = zeroize::Zeroizing::new(key.unwrap_or_default());
        let auth_key = auth_key(F, &key)?;
        let dc_id = crate::validate::file_dc_id(F, dc_id)?;
        let server_address = address
            .filter(|a| !a.is_empty())
            .ok_or(invalid("server_address", "missing"))?;
        crate::validate::address(F, "server_address", &server_address)?;
        let port = crate::validate::port(F, "port", port.ok_or(invalid("port", "missing"))?)?;
        let user_id: Option<i64> = conn
            .query_row("select hash from entities where id = 0", [], |r| r.get(0))
            .optional()
            .map_err(&e)?;
        let user_id = user_id.filter(|&u| u > 0);
        let mut update_state = UpdateState::default();
        if tables.iter().any(|t| t == "update_state") {
            let mut stmt = conn
                .prepare("select id, pts, qts, date, seq from update_state")
                .map_err(&e)?;
            let rows = stmt
                .query_map([], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, Option<i64>>(1)?.unwrap_or(0),
                        r.get::<_, Option<i64>>(2)?.unwrap_or(0),
                        r.get::<_, Option<i64>>(3)?.unwrap_or(0),
                        r.get::<_, Option<i64>>(4)?.unwrap_or(0),
                    ))
                })
                .map_err(&e)?;
            for row in rows {
                let (id, pts, qts, date, seq) = row.map_err(&e)?;
                let int = |v: i64, field| {
                    i32::try_from(v).map_err(|_| invalid(field, "out of 32-bit range"))
                };
                if id == 0 {
                    update_state.account = Some(AccountState {
                        pts: int(pts, "update_state.pts")?,
                        qts: int(qts, "update_state.qts")?,
                        date: UnixTime(date),
                        seq: int(seq, "update_state.seq")?,
                    });
                } else {
                    update_state
                        .channels
                        .insert(ChannelId(id), int(pts, "update_state.pts")?);
                }
            }
        }
        Ok(TelethonFile {
            schema_version,
            dc_id,
            server_address,
            port,
            auth_key,
            takeout_id,
            user_id,
            update_state,
        })
    }

    /// The session this file describes (user id from the `id = 0` entity; no bot flag).
    pub fn to_session(&self) -> SessionData {
        let mut s = pivot::single(
            self.dc_id,
            self.server_address.clone(),
            self.port,
            self.auth_key.clone(),
        );
        s.test_mode = self.server_address.parse().is_ok_and(is_test_address);
        s.identity = self.user_id.map(|u| Identity::new(UserId(u)));
        s.takeout_id = self.takeout_id;
        s.update_state = self.update_state.clone();
        s
    }

    /// The Telethon-file view of `session` (schema [`Self::WRITE_SCHEMA`]).
    pub fn from_session(session: &SessionData) -> Result<Self, ConvertError> {
        let dc_id = pivot::home_dc_u8(F, session)?;
        let auth_key = pivot::home_key(F, session)?;
        let (server_address, port) = pivot::home_address(F, session, true)?;
        Ok(TelethonFile {
            schema_version: Self::WRITE_SCHEMA,
            dc_id,
            server_address,
            port,
            auth_key,
            takeout_id: session.takeout_id,
            user_id: session.identity.as_ref().map(|i| i.user_id.0),
            update_state: session.update_state.clone(),
        })
    }

    /// Creates a new `.session` file at `path` (refusing to overwrite one), with Telethon's
    /// five tables, one `sessions` row, the user as the `id = 0` entity and the update state.
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
        let e = sql(path);
        let mut conn = Connection::open(path).map_err(&e)?;
        let tx = conn.transaction().map_err(&e)?;
        tx.execute_batch(
            "create table version (version integer primary key);
             create table sessions (dc_id integer primary key, server_address text, port integer,
                 auth_key blob, takeout_id integer);
             create table entities (id integer primary key, hash integer not null, username text,
                 phone integer, name text, date integer);
             create table sent_files (md5_digest blob, file_size integer, type integer, id integer,
                 hash integer, primary key(md5_digest, file_size, type));
             create table update_state (id integer primary key, pts integer, qts integer,
                 date integer, seq integer);",
        )
        .map_err(&e)?;
        tx.execute(
            "insert into version values (?1)",
            params![self.schema_version],
        )
        .map_err(&e)?;
        tx.execute(
            "insert into sessions values (?1, ?2, ?3, ?4, ?5)",
            params![
                self.dc_id,
                self.server_address,
                self.port,
                &self.auth_key.as_bytes()[..],
                self.takeout_id
            ],
        )
        .map_err(&e)?;
        if let Some(user_id) = self.user_id {
            tx.execute(
                "insert into entities (id, hash) values (0, ?1)",
                params![user_id],
            )
            .map_err(&e)?;
        }
        if let Some(a) = self.update_state.account {
            tx.execute(
                "insert into update_state values (0, ?1, ?2, ?3, ?4)",
                params![a.pts, a.qts, a.date.0, a.seq],
            )
            .map_err(&e)?;
        }
        for (id, pts) in &self.update_state.channels {
            tx.execute(
                "insert into update_state values (?1, ?2, 0, 0, 0)",
                params![id.0, pts],
            )
            .map_err(&e)?;
        }
        tx.commit().map_err(&e)
    }
}
