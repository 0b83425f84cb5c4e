//! Reading and writing the [`SessionData`] snapshot rows (`session`, `dc`, `dc_option`,
//! `channel_state`).

use std::collections::BTreeMap;
use std::path::Path;

use mtrs_session::{
    AccountState, AuthKey, ChannelId, DcId, DcOption, DcState, DcUpdate, Identity, IdentityChange,
    Operation, Salt, ServerSalt, SessionData, StoreError, TempAuthKey, TimeOffset, UnixTime,
    UpdateState, UpdateStateChange, UserId,
};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::sql_error::{backend, corrupt};

/// Home DC assumed when update state arrives before any snapshot.
const DEFAULT_HOME_DC: i32 = 2;
/// Bytes per salt in `dc.server_salts`.
const SALT_LEN: usize = 24;

const OPT_IPV6: i64 = 1;
const OPT_MEDIA_ONLY: i64 = 2;
const OPT_TCPO_ONLY: i64 = 4;
const OPT_CDN: i64 = 8;
const OPT_STATIC: i64 = 16;
const OPT_THIS_PORT_ONLY: i64 = 32;

fn encode_salts(salts: &[ServerSalt]) -> Vec<u8> {
    let mut out = Vec::with_capacity(salts.len() * SALT_LEN);
    for s in salts {
        out.extend_from_slice(&s.salt.0.to_le_bytes());
        out.extend_from_slice(&s.valid_since.0.to_le_bytes());
        out.extend_from_slice(&s.valid_until.0.to_le_bytes());
    }
    out
}

fn decode_salts(bytes: &[u8]) -> Option<Vec<ServerSalt>> {
    if !bytes.len().is_multiple_of(SALT_LEN) {
        return None;
    }
    let i64_at = |chunk: &[u8], at: usize| -> Option<i64> {
        Some(i64::from_le_bytes(chunk.get(at..at + 8)?.try_into().ok()?))
    };
    bytes
        .chunks_exact(SALT_LEN)
        .map(|c| {
            Some(ServerSalt {
                salt: Salt(i64_at(c, 0)?),
                valid_since: UnixTime(i64_at(c, 8)?),
                valid_until: UnixTime(i64_at(c, 16)?),
            })
        })
        .collect()
}

/// Reads column `idx` as an optional 256-byte key without copying it into a `Vec`.
fn key_column(row: &Row<'_>, idx: usize) -> rusqlite::Result<Result<Option<AuthKey>, String>> {
    Ok(match row.get_ref(idx)? {
        ValueRef::Null => Ok(None),
        ValueRef::Blob(b) => AuthKey::from_slice(b)
            .map(Some)
            .ok_or_else(|| format!("auth key of {} bytes", b.len())),
        other => Err(format!("auth key stored as {:?}", other.data_type())),
    })
}

fn ensure_session_row(conn: &Connection, home: i32) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO session (id, home_dc) VALUES (0, ?1) ON CONFLICT (id) DO NOTHING",
    )?
    .execute([home])?;
    Ok(())
}

fn write_dc(conn: &Connection, dc_id: DcId, dc: &DcState) -> rusqlite::Result<()> {
    let temp = dc.temp_auth_key.as_ref();
    conn.prepare_cached(
        "INSERT OR REPLACE INTO dc (dc_id, address, port, auth_key, temp_auth_key, \
         temp_expires_at, server_salts, time_offset, authorization_imported) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        dc_id.0,
        dc.address,
        dc.port,
        dc.auth_key.as_ref().map(|k| &k.as_bytes()[..]),
        temp.map(|t| &t.key.as_bytes()[..]),
        temp.map(|t| t.expires_at.0),
        encode_salts(&dc.server_salts),
        dc.time_offset.0,
        dc.authorization_imported,
    ])?;
    Ok(())
}

fn write_identity(conn: &Connection, identity: Option<&Identity>) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE session SET user_id = ?1, bot = ?2, first_name = ?3, last_name = ?4, \
         username = ?5 WHERE id = 0",
    )?
    .execute(params![
        identity.map(|i| i.user_id.0),
        identity.and_then(|i| i.bot),
        identity.and_then(|i| i.first_name.as_deref()),
        identity.and_then(|i| i.last_name.as_deref()),
        identity.and_then(|i| i.username.as_deref()),
    ])?;
    Ok(())
}

fn write_account(conn: &Connection, account: Option<&AccountState>) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE session SET pts = ?1, qts = ?2, state_date = ?3, seq = ?4 WHERE id = 0",
    )?
    .execute(params![
        account.map(|a| a.pts),
        account.map(|a| a.qts),
        account.map(|a| a.date.0),
        account.map(|a| a.seq),
    ])?;
    Ok(())
}

fn write_channel(conn: &Connection, channel: ChannelId, pts: Option<i32>) -> rusqlite::Result<()> {
    match pts {
        Some(pts) => conn
            .prepare_cached(
                "INSERT OR REPLACE INTO channel_state (channel_id, pts) VALUES (?1, ?2)",
            )?
            .execute(params![channel.0, pts])?,
        None => conn
            .prepare_cached("DELETE FROM channel_state WHERE channel_id = ?1")?
            .execute([channel.0])?,
    };
    Ok(())
}

/// Replaces the snapshot rows (the caller holds a transaction).
pub(crate) fn save(conn: &Connection, data: &SessionData) -> rusqlite::Result<()> {
    conn.execute_batch(
        "DELETE FROM session; DELETE FROM dc; DELETE FROM dc_option; DELETE FROM channel_state;",
    )?;
    conn.prepare_cached(
        "INSERT INTO session (id, home_dc, test_mode, api_id, takeout_id) \
         VALUES (0, ?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        data.home_dc.0,
        data.test_mode,
        data.api_id,
        data.takeout_id
    ])?;
    write_identity(conn, data.identity.as_ref())?;
    write_account(conn, data.update_state.account.as_ref())?;
    for (&dc_id, dc) in &data.dcs {
        write_dc(conn, dc_id, dc)?;
    }
    let mut insert_option = conn.prepare_cached(
        "INSERT INTO dc_option (position, dc_id, address, port, flags, secret) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (position, o) in data.dc_options.iter().enumerate() {
        let flags = [
            (o.ipv6, OPT_IPV6),
            (o.media_only, OPT_MEDIA_ONLY),
            (o.tcpo_only, OPT_TCPO_ONLY),
            (o.cdn, OPT_CDN),
            (o.is_static, OPT_STATIC),
            (o.this_port_only, OPT_THIS_PORT_ONLY),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .fold(0, |acc, (_, bit)| acc | bit);
        insert_option.execute(params![
            i64::try_from(position).unwrap_or(i64::MAX),
            o.dc_id.0,
            o.address,
            o.port,
            flags,
            o.secret,
        ])?;
    }
    for (&channel, &pts) in &data.update_state.channels {
        write_channel(conn, channel, Some(pts))?;
    }
    Ok(())
}

/// Applies a [`DcUpdate`] (the caller holds a transaction, so the DC's key, the home DC
/// and the identity change together).
pub(crate) fn update_dc(conn: &Connection, update: &DcUpdate) -> rusqlite::Result<()> {
    ensure_session_row(conn, update.dc_id.0)?;
    if update.make_home {
        conn.prepare_cached("UPDATE session SET home_dc = ?1 WHERE id = 0")?
            .execute([update.dc_id.0])?;
    }
    write_dc(conn, update.dc_id, &update.state)?;
    match &update.identity {
        IdentityChange::Keep => {}
        IdentityChange::Set(identity) => write_identity(conn, Some(identity))?,
        IdentityChange::Clear => write_identity(conn, None)?,
    }
    Ok(())
}

/// Applies an [`UpdateStateChange`] (the caller holds a transaction).
pub(crate) fn update_state(conn: &Connection, change: &UpdateStateChange) -> rusqlite::Result<()> {
    ensure_session_row(conn, DEFAULT_HOME_DC)?;
    if let Some(account) = &change.account {
        write_account(conn, Some(account))?;
    }
    for &(channel, pts) in &change.channels {
        write_channel(conn, channel, pts)?;
    }
    Ok(())
}

/// Forgets everything (the caller holds a transaction).
pub(crate) fn delete_all(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "DELETE FROM session; DELETE FROM dc; DELETE FROM dc_option; \
         DELETE FROM channel_state; DELETE FROM peer_username; DELETE FROM peer;",
    )
}

/// Loads the snapshot, or `None` when nothing was saved.
pub(crate) fn load(conn: &Connection, path: &Path) -> Result<Option<SessionData>, StoreError> {
    let op = Operation::Load;
    let sql = |e| backend(path, op, e);
    let bad = |detail: String| corrupt(path, op, detail);
    let row = conn
        .prepare_cached(
            "SELECT home_dc, user_id, bot, first_name, last_name, username, test_mode, \
             api_id, takeout_id, pts, qts, state_date, seq FROM session WHERE id = 0",
        )
        .map_err(sql)?
        .query_row([], |r| {
            let user_id: Option<i64> = r.get(1)?;
            let identity = match user_id {
                Some(id) => Some(Identity {
                    user_id: UserId(id),
                    bot: r.get(2)?,
                    first_name: r.get(3)?,
                    last_name: r.get(4)?,
                    username: r.get(5)?,
                }),
                None => None,
            };
            let account = match (r.get(9)?, r.get(10)?, r.get(11)?, r.get(12)?) {
                (Some(pts), Some(qts), Some(date), Some(seq)) => Some(AccountState {
                    pts,
                    qts,
                    date: UnixTime(date),
                    seq,
                }),
                _ => None,
            };
            let mut data = SessionData::new(DcId(r.get(0)?));
            data.identity = identity;
            data.test_mode = r.get(6)?;
            data.api_id = r.get(7)?;
            data.takeout_id = r.get(8)?;
            data.update_state.account = account;
            Ok(data)
        })
        .optional()
        .map_err(sql)?;
    let Some(mut data) = row else {
        return Ok(None);
    };

    let mut dcs = BTreeMap::new();
    let mut stmt = conn
        .prepare_cached(
            "SELECT dc_id, address, port, auth_key, temp_auth_key, temp_expires_at, \
             server_salts, time_offset, authorization_imported FROM dc",
        )
        .map_err(sql)?;
    let mut rows = stmt.query([]).map_err(sql)?;
    while let Some(r) = rows.next().map_err(sql)? {
        let dc_id = DcId(r.get(0).map_err(sql)?);
        let auth_key = key_column(r, 3).map_err(sql)?.map_err(&bad)?;
        let temp_key = key_column(r, 4).map_err(sql)?.map_err(&bad)?;
        let temp_expires: Option<i64> = r.get(5).map_err(sql)?;
        let salts_blob: Vec<u8> = r.get(6).map_err(sql)?;
        let server_salts = decode_salts(&salts_blob)
            .ok_or_else(|| bad(format!("{dc_id}: salt list of {} bytes", salts_blob.len())))?;
        dcs.insert(
            dc_id,
            DcState {
                address: r.get(1).map_err(sql)?,
                port: r.get(2).map_err(sql)?,
                auth_key,
                temp_auth_key: temp_key.map(|key| TempAuthKey {
                    key,
                    expires_at: UnixTime(temp_expires.unwrap_or(0)),
                }),
                server_salts,
                time_offset: TimeOffset(r.get(7).map_err(sql)?),
                authorization_imported: r.get(8).map_err(sql)?,
            },
        );
    }
    data.dcs = dcs;

    let mut stmt = conn
        .prepare_cached(
            "SELECT dc_id, address, port, flags, secret FROM dc_option ORDER BY position",
        )
        .map_err(sql)?;
    let mut rows = stmt.query([]).map_err(sql)?;
    while let Some(r) = rows.next().map_err(sql)? {
        let flags: i64 = r.get(3).map_err(sql)?;
        let mut o = DcOption::new(
            DcId(r.get(0).map_err(sql)?),
            r.get::<_, String>(1).map_err(sql)?,
            r.get(2).map_err(sql)?,
        );
        o.ipv6 = flags & OPT_IPV6 != 0;
        o.media_only = flags & OPT_MEDIA_ONLY != 0;
        o.tcpo_only = flags & OPT_TCPO_ONLY != 0;
        o.cdn = flags & OPT_CDN != 0;
        o.is_static = flags & OPT_STATIC != 0;
        o.this_port_only = flags & OPT_THIS_PORT_ONLY != 0;
        o.secret = r.get(4).map_err(sql)?;
        data.dc_options.push(o);
    }

    let mut channels = BTreeMap::new();
    let mut stmt = conn
        .prepare_cached("SELECT channel_id, pts FROM channel_state")
        .map_err(sql)?;
    let mut rows = stmt.query([]).map_err(sql)?;
    while let Some(r) = rows.next().map_err(sql)? {
        channels.insert(ChannelId(r.get(0).map_err(sql)?), r.get(1).map_err(sql)?);
    }
    data.update_state = UpdateState {
        account: data.update_state.account,
        channels,
    };
    Ok(Some(data))
}
