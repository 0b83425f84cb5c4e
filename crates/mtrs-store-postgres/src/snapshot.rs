//! Reading and writing one session's [`SessionData`] rows (`session`, `dc`, `dc_option`,
//! `channel_state`), always keyed by the session name.

use std::collections::BTreeMap;

use deadpool_postgres::Transaction;
use mtrs_session::{
    AccountState, AuthKey, ChannelId, DcId, DcOption, DcState, DcUpdate, Identity, IdentityChange,
    Salt, ServerSalt, SessionData, TempAuthKey, TimeOffset, UnixTime, UpdateState,
    UpdateStateChange, UserId,
};
use tokio_postgres::Row;

use crate::sql_error::Failure;

/// Home DC assumed when update state arrives before any snapshot.
const DEFAULT_HOME_DC: i32 = 2;
/// Bytes per salt in `dc.server_salts`.
const SALT_LEN: usize = 24;

const OPT_IPV6: i32 = 1;
const OPT_MEDIA_ONLY: i32 = 2;
const OPT_TCPO_ONLY: i32 = 4;
const OPT_CDN: i32 = 8;
const OPT_STATIC: i32 = 16;
const OPT_THIS_PORT_ONLY: i32 = 32;

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
    let at = |chunk: &[u8], i: usize| -> Option<i64> {
        Some(i64::from_le_bytes(chunk.get(i..i + 8)?.try_into().ok()?))
    };
    bytes
        .chunks_exact(SALT_LEN)
        .map(|c| {
            Some(ServerSalt {
                salt: Salt(at(c, 0)?),
                valid_since: UnixTime(at(c, 8)?),
                valid_until: UnixTime(at(c, 16)?),
            })
        })
        .collect()
}

fn key_of(bytes: Option<&[u8]>) -> Result<Option<AuthKey>, Failure> {
    bytes
        .map(|b| {
            AuthKey::from_slice(b)
                .ok_or_else(|| Failure::Corrupt(format!("auth key of {} bytes", b.len())))
        })
        .transpose()
}

async fn ensure_session_row(tx: &Transaction<'_>, name: &str, home: i32) -> Result<(), Failure> {
    let stmt = tx
        .prepare_cached(
            "INSERT INTO session (name, home_dc) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
        )
        .await?;
    tx.execute(&stmt, &[&name, &home]).await?;
    Ok(())
}

async fn write_dc(
    tx: &Transaction<'_>,
    name: &str,
    dc_id: DcId,
    dc: &DcState,
) -> Result<(), Failure> {
    let stmt = tx
        .prepare_cached(
            "INSERT INTO dc (name, dc_id, address, port, auth_key, temp_auth_key, \
             temp_expires_at, server_salts, time_offset, authorization_imported) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
             ON CONFLICT (name, dc_id) DO UPDATE SET address = excluded.address, \
             port = excluded.port, auth_key = excluded.auth_key, \
             temp_auth_key = excluded.temp_auth_key, temp_expires_at = excluded.temp_expires_at, \
             server_salts = excluded.server_salts, time_offset = excluded.time_offset, \
             authorization_imported = excluded.authorization_imported",
        )
        .await?;
    let temp = dc.temp_auth_key.as_ref();
    tx.execute(
        &stmt,
        &[
            &name,
            &dc_id.0,
            &dc.address,
            &dc.port.map(i32::from),
            &dc.auth_key.as_ref().map(|k| &k.as_bytes()[..]),
            &temp.map(|t| &t.key.as_bytes()[..]),
            &temp.map(|t| t.expires_at.0),
            &encode_salts(&dc.server_salts),
            &dc.time_offset.0,
            &dc.authorization_imported,
        ],
    )
    .await?;
    Ok(())
}

async fn write_identity(
    tx: &Transaction<'_>,
    name: &str,
    identity: Option<&Identity>,
) -> Result<(), Failure> {
    let stmt = tx
        .prepare_cached(
            "UPDATE session SET user_id = $2, bot = $3, first_name = $4, last_name = $5, \
             username = $6 WHERE name = $1",
        )
        .await?;
    tx.execute(
        &stmt,
        &[
            &name,
            &identity.map(|i| i.user_id.0),
            &identity.and_then(|i| i.bot),
            &identity.and_then(|i| i.first_name.as_deref()),
            &identity.and_then(|i| i.last_name.as_deref()),
            &identity.and_then(|i| i.username.as_deref()),
        ],
    )
    .await?;
    Ok(())
}

async fn write_account(
    tx: &Transaction<'_>,
    name: &str,
    account: Option<&AccountState>,
) -> Result<(), Failure> {
    let stmt = tx
        .prepare_cached(
            "UPDATE session SET pts = $2, qts = $3, state_date = $4, seq = $5 WHERE name = $1",
        )
        .await?;
    tx.execute(
        &stmt,
        &[
            &name,
            &account.map(|a| a.pts),
            &account.map(|a| a.qts),
            &account.map(|a| a.date.0),
            &account.map(|a| a.seq),
        ],
    )
    .await?;
    Ok(())
}

async fn write_channel(
    tx: &Transaction<'_>,
    name: &str,
    channel: ChannelId,
    pts: Option<i32>,
) -> Result<(), Failure> {
    match pts {
        Some(pts) => {
            let stmt = tx
                .prepare_cached(
                    "INSERT INTO channel_state (name, channel_id, pts) VALUES ($1, $2, $3) \
                     ON CONFLICT (name, channel_id) DO UPDATE SET pts = excluded.pts",
                )
                .await?;
            tx.execute(&stmt, &[&name, &channel.0, &pts]).await?;
        }
        None => {
            let stmt = tx
                .prepare_cached("DELETE FROM channel_state WHERE name = $1 AND channel_id = $2")
                .await?;
            tx.execute(&stmt, &[&name, &channel.0]).await?;
        }
    }
    Ok(())
}

async fn delete_snapshot(tx: &Transaction<'_>, name: &str) -> Result<(), Failure> {
    for table in ["session", "dc", "dc_option", "channel_state"] {
        let stmt = tx
            .prepare_cached(&format!("DELETE FROM {table} WHERE name = $1"))
            .await?;
        tx.execute(&stmt, &[&name]).await?;
    }
    Ok(())
}

/// Replaces the session's snapshot rows (the caller holds the transaction).
pub(crate) async fn save(
    tx: &Transaction<'_>,
    name: &str,
    data: &SessionData,
) -> Result<(), Failure> {
    delete_snapshot(tx, name).await?;
    let stmt = tx
        .prepare_cached(
            "INSERT INTO session (name, home_dc, test_mode, api_id, takeout_id) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .await?;
    tx.execute(
        &stmt,
        &[
            &name,
            &data.home_dc.0,
            &data.test_mode,
            &data.api_id,
            &data.takeout_id,
        ],
    )
    .await?;
    write_identity(tx, name, data.identity.as_ref()).await?;
    write_account(tx, name, data.update_state.account.as_ref()).await?;
    for (&dc_id, dc) in &data.dcs {
        write_dc(tx, name, dc_id, dc).await?;
    }
    let stmt = tx
        .prepare_cached(
            "INSERT INTO dc_option (name, position, dc_id, address, port, flags, secret) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .await?;
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
        let position = i32::try_from(position).unwrap_or(i32::MAX);
        tx.execute(
            &stmt,
            &[
                &name,
                &position,
                &o.dc_id.0,
                &o.address,
                &i32::from(o.port),
                &flags,
                &o.secret,
            ],
        )
        .await?;
    }
    for (&channel, &pts) in &data.update_state.channels {
        write_channel(tx, name, channel, Some(pts)).await?;
    }
    Ok(())
}

/// Applies a [`DcUpdate`] (the caller's transaction makes key, home DC and identity change
/// together).
pub(crate) async fn update_dc(
    tx: &Transaction<'_>,
    name: &str,
    update: &DcUpdate,
) -> Result<(), Failure> {
    ensure_session_row(tx, name, update.dc_id.0).await?;
    if update.make_home {
        let stmt = tx
            .prepare_cached("UPDATE session SET home_dc = $2 WHERE name = $1")
            .await?;
        tx.execute(&stmt, &[&name, &update.dc_id.0]).await?;
    }
    write_dc(tx, name, update.dc_id, &update.state).await?;
    match &update.identity {
        IdentityChange::Keep => Ok(()),
        IdentityChange::Set(identity) => write_identity(tx, name, Some(identity)).await,
        IdentityChange::Clear => write_identity(tx, name, None).await,
    }
}

/// Applies an [`UpdateStateChange`] (the caller holds the transaction).
pub(crate) async fn update_state(
    tx: &Transaction<'_>,
    name: &str,
    change: &UpdateStateChange,
) -> Result<(), Failure> {
    ensure_session_row(tx, name, DEFAULT_HOME_DC).await?;
    if let Some(account) = &change.account {
        write_account(tx, name, Some(account)).await?;
    }
    for &(channel, pts) in &change.channels {
        write_channel(tx, name, channel, pts).await?;
    }
    Ok(())
}

/// Forgets the session's snapshot and peers (the caller holds the transaction).
pub(crate) async fn delete_all(tx: &Transaction<'_>, name: &str) -> Result<(), Failure> {
    delete_snapshot(tx, name).await?;
    for table in ["peer_username", "peer"] {
        let stmt = tx
            .prepare_cached(&format!("DELETE FROM {table} WHERE name = $1"))
            .await?;
        tx.execute(&stmt, &[&name]).await?;
    }
    Ok(())
}

fn session_row(r: &Row) -> Result<SessionData, tokio_postgres::Error> {
    let user_id: Option<i64> = r.try_get(1)?;
    let identity = match user_id {
        Some(id) => Some(Identity {
            user_id: UserId(id),
            bot: r.try_get(2)?,
            first_name: r.try_get(3)?,
            last_name: r.try_get(4)?,
            username: r.try_get(5)?,
        }),
        None => None,
    };
    let account = match (
        r.try_get(9)?,
        r.try_get(10)?,
        r.try_get(11)?,
        r.try_get(12)?,
    ) {
        (Some(pts), Some(qts), Some(date), Some(seq)) => Some(AccountState {
            pts,
            qts,
            date: UnixTime(date),
            seq,
        }),
        _ => None,
    };
    let mut data = SessionData::new(DcId(r.try_get(0)?));
    data.identity = identity;
    data.test_mode = r.try_get(6)?;
    data.api_id = r.try_get(7)?;
    data.takeout_id = r.try_get(8)?;
    data.update_state.account = account;
    Ok(data)
}

fn port_of(port: i32, what: &str) -> Result<u16, Failure> {
    u16::try_from(port).map_err(|_| Failure::Corrupt(format!("{what}: port {port}")))
}

/// Loads the snapshot, or `None` when nothing was saved (the caller's transaction gives
/// one point in time).
pub(crate) async fn load(tx: &Transaction<'_>, name: &str) -> Result<Option<SessionData>, Failure> {
    let stmt = tx
        .prepare_cached(
            "SELECT home_dc, user_id, bot, first_name, last_name, username, test_mode, \
             api_id, takeout_id, pts, qts, state_date, seq FROM session WHERE name = $1",
        )
        .await?;
    let Some(row) = tx.query_opt(&stmt, &[&name]).await? else {
        return Ok(None);
    };
    let mut data = session_row(&row)?;

    let stmt = tx
        .prepare_cached(
            "SELECT dc_id, address, port, auth_key, temp_auth_key, temp_expires_at, \
             server_salts, time_offset, authorization_imported FROM dc WHERE name = $1",
        )
        .await?;
    let mut dcs = BTreeMap::new();
    for r in tx.query(&stmt, &[&name]).await? {
        let dc_id = DcId(r.try_get(0)?);
        let auth_key = key_of(r.try_get(3)?)?;
        let temp_key = key_of(r.try_get(4)?)?;
        let temp_expires: Option<i64> = r.try_get(5)?;
        let salts: &[u8] = r.try_get(6)?;
        let server_salts = decode_salts(salts).ok_or_else(|| {
            Failure::Corrupt(format!("{dc_id}: salt list of {} bytes", salts.len()))
        })?;
        let port: Option<i32> = r.try_get(2)?;
        dcs.insert(
            dc_id,
            DcState {
                address: r.try_get(1)?,
                port: port.map(|p| port_of(p, "dc")).transpose()?,
                auth_key,
                temp_auth_key: temp_key.map(|key| TempAuthKey {
                    key,
                    expires_at: UnixTime(temp_expires.unwrap_or(0)),
                }),
                server_salts,
                time_offset: TimeOffset(r.try_get(7)?),
                authorization_imported: r.try_get(8)?,
            },
        );
    }
    data.dcs = dcs;

    let stmt = tx
        .prepare_cached(
            "SELECT dc_id, address, port, flags, secret FROM dc_option WHERE name = $1 \
             ORDER BY position",
        )
        .await?;
    for r in tx.query(&stmt, &[&name]).await? {
        let flags: i32 = r.try_get(3)?;
        let mut o = DcOption::new(
            DcId(r.try_get(0)?),
            r.try_get::<_, String>(1)?,
            port_of(r.try_get(2)?, "dc option")?,
        );
        o.ipv6 = flags & OPT_IPV6 != 0;
        o.media_only = flags & OPT_MEDIA_ONLY != 0;
        o.tcpo_only = flags & OPT_TCPO_ONLY != 0;
        o.cdn = flags & OPT_CDN != 0;
        o.is_static = flags & OPT_STATIC != 0;
        o.this_port_only = flags & OPT_THIS_PORT_ONLY != 0;
        o.secret = r.try_get(4)?;
        data.dc_options.push(o);
    }

    let stmt = tx
        .prepare_cached("SELECT channel_id, pts FROM channel_state WHERE name = $1")
        .await?;
    let mut channels = BTreeMap::new();
    for r in tx.query(&stmt, &[&name]).await? {
        channels.insert(ChannelId(r.try_get(0)?), r.try_get(1)?);
    }
    data.update_state = UpdateState {
        account: data.update_state.account,
        channels,
    };
    Ok(Some(data))
}
