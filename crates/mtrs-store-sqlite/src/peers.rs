//! The peer cache tables: batched upserts with the min-hash rule done in SQL, and indexed
//! lookups by id, username and phone.

use std::path::Path;

use mtrs_session::{Operation, Peer, PeerId, PeerKey, PeerKind, StoreError, UnixTime};
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::sql_error::{backend, corrupt};

/// Joins a peer's usernames in the `usernames` column.
const SEPARATOR: char = '\u{1f}';

// The SQL below hard-codes the basic-group kind code (groups need no access hash).
const _: () = assert!(PeerKind::BasicGroup.code() == 2);

/// Inserts a peer or merges it into the stored one exactly like `Peer::merged_with`:
/// `inc_full`/`old_full` are `Peer::is_full` of the incoming and stored copies.
const UPSERT: &str = "
INSERT INTO peer (space, id, kind, access_hash, min, username, usernames, phone, updated_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
ON CONFLICT (space, id) DO UPDATE SET
    kind = excluded.kind,
    access_hash = CASE
        WHEN NOT (excluded.min = 0 AND (excluded.access_hash <> 0 OR excluded.kind = 2))
         AND ((peer.min = 0 AND (peer.access_hash <> 0 OR peer.kind = 2))
              OR (excluded.access_hash = 0 AND peer.access_hash <> 0))
        THEN peer.access_hash ELSE excluded.access_hash END,
    min = CASE
        WHEN NOT (excluded.min = 0 AND (excluded.access_hash <> 0 OR excluded.kind = 2))
         AND ((peer.min = 0 AND (peer.access_hash <> 0 OR peer.kind = 2))
              OR (excluded.access_hash = 0 AND peer.access_hash <> 0))
        THEN peer.min ELSE excluded.min END,
    username = CASE
        WHEN (excluded.min = 0 AND (excluded.access_hash <> 0 OR excluded.kind = 2))
          OR NOT (peer.min = 0 AND (peer.access_hash <> 0 OR peer.kind = 2))
          OR excluded.usernames <> ''
        THEN excluded.username ELSE peer.username END,
    usernames = CASE
        WHEN (excluded.min = 0 AND (excluded.access_hash <> 0 OR excluded.kind = 2))
          OR NOT (peer.min = 0 AND (peer.access_hash <> 0 OR peer.kind = 2))
          OR excluded.usernames <> ''
        THEN excluded.usernames ELSE peer.usernames END,
    phone = CASE
        WHEN (excluded.min = 0 AND (excluded.access_hash <> 0 OR excluded.kind = 2))
          OR NOT (peer.min = 0 AND (peer.access_hash <> 0 OR peer.kind = 2))
          OR excluded.phone IS NOT NULL
        THEN excluded.phone ELSE peer.phone END,
    updated_at = excluded.updated_at";

const INSERT_EXTRA_NAME: &str =
    "INSERT OR IGNORE INTO peer_username (username, space, id) VALUES (?1, ?2, ?3)";

/// Upserts a batch (the caller holds the transaction that makes it all-or-nothing).
pub(crate) fn upsert(conn: &Connection, peers: &[Peer]) -> rusqlite::Result<()> {
    let mut upsert = conn.prepare_cached(UPSERT)?;
    let mut joined = String::new();
    for p in peers {
        joined.clear();
        for (i, name) in p.usernames.iter().enumerate() {
            if i > 0 {
                joined.push(SEPARATOR);
            }
            // Usernames never contain the separator (a control character) once normalised.
            joined.extend(name.chars().filter(|c| *c != SEPARATOR));
        }
        upsert.execute(params![
            p.id.space_code(),
            p.id.bare(),
            p.kind.code(),
            p.access_hash,
            p.min,
            p.usernames.first(),
            joined,
            p.phone,
            p.updated_at.0,
        ])?;
        // Incoming names always win when present, so the extra names are the incoming ones.
        if p.usernames.len() > 1 {
            let mut extra = conn.prepare_cached(INSERT_EXTRA_NAME)?;
            for name in &p.usernames[1..] {
                extra.execute(params![name, p.id.space_code(), p.id.bare()])?;
            }
        }
    }
    Ok(())
}

const COLUMNS: &str =
    "p.space, p.id, p.kind, p.access_hash, p.min, p.usernames, p.phone, p.updated_at";

/// A row decoded, or a description of what is impossible about it.
type Decoded = Result<Peer, String>;

fn decode(r: &Row<'_>) -> rusqlite::Result<Decoded> {
    let space: i64 = r.get(0)?;
    let bare: i64 = r.get(1)?;
    let kind: i64 = r.get(2)?;
    let Some(id) = u8::try_from(space)
        .ok()
        .and_then(|s| PeerId::from_space_code(s, bare))
    else {
        return Ok(Err(format!("peer id space {space}")));
    };
    let Some(kind) = u8::try_from(kind).ok().and_then(PeerKind::from_code) else {
        return Ok(Err(format!("peer kind {kind} for {id}")));
    };
    let names: String = r.get(5)?;
    let phone: Option<String> = r.get(6)?;
    Ok(Ok(Peer {
        id,
        kind,
        access_hash: r.get(3)?,
        min: r.get(4)?,
        usernames: names
            .split(SEPARATOR)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        phone,
        updated_at: UnixTime(r.get(7)?),
    }))
}

/// Finds one peer by any key (normalising the key first).
pub(crate) fn lookup(
    conn: &Connection,
    path: &Path,
    key: PeerKey,
) -> Result<Option<Peer>, StoreError> {
    let op = Operation::LookupPeer;
    let sql_err = |e| backend(path, op, e);
    let found = match key.normalized() {
        PeerKey::Id(id) => conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM peer p WHERE p.space = ?1 AND p.id = ?2"
            ))
            .map_err(sql_err)?
            .query_row(params![id.space_code(), id.bare()], decode)
            .optional(),
        PeerKey::Username(name) => conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM peer p WHERE p.username = ?1
                 UNION ALL
                 SELECT {COLUMNS} FROM peer_username u
                   JOIN peer p ON p.space = u.space AND p.id = u.id
                   WHERE u.username = ?1
                 ORDER BY 8 DESC LIMIT 1"
            ))
            .map_err(sql_err)?
            .query_row([name], decode)
            .optional(),
        PeerKey::Phone(phone) => conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM peer p WHERE p.phone = ?1 ORDER BY p.updated_at DESC LIMIT 1"
            ))
            .map_err(sql_err)?
            .query_row([phone], decode)
            .optional(),
    };
    match found.map_err(sql_err)? {
        None => Ok(None),
        Some(Ok(peer)) => Ok(Some(peer)),
        Some(Err(detail)) => Err(corrupt(path, op, detail)),
    }
}
