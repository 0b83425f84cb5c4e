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

const DELETE_EXTRA_NAMES: &str = "DELETE FROM peer_username WHERE space = ?1 AND id = ?2";
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
        // Incoming names always win when present, so a peer's extra names are the incoming
        // ones: replace its index rows. (Peers that drop to one name leave stale rows, which
        // lookups ignore.)
        if p.usernames.len() > 1 {
            conn.prepare_cached(DELETE_EXTRA_NAMES)?
                .execute(params![p.id.space_code(), p.id.bare()])?;
            let mut extra = conn.prepare_cached(INSERT_EXTRA_NAME)?;
            for name in p.usernames.iter().skip(1) {
                extra.execute(params![name, p.id.space_code(), p.id.bare()])?;
            }
        }
    }
    Ok(())
}

// Lookups avoid ORDER BY and joins on purpose: with those, SQLite's plan depends on the
// bound value, and rusqlite's statement cache (which clears bindings) then makes SQLite
// re-prepare the statement on every use, 5x slower. Ties are resolved in Rust instead.
const BY_ID: &str = "SELECT space, id, kind, access_hash, min, usernames, phone, updated_at
    FROM peer WHERE space = ?1 AND id = ?2";
const BY_USERNAME: &str = "SELECT space, id, kind, access_hash, min, usernames, phone, updated_at
    FROM peer WHERE username = ?1";
const OWNERS_OF_EXTRA_USERNAME: &str = "SELECT space, id FROM peer_username WHERE username = ?1";
const BY_PHONE: &str = "SELECT space, id, kind, access_hash, min, usernames, phone, updated_at
    FROM peer WHERE phone = ?1";

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

fn newest(a: Option<Decoded>, b: Option<Decoded>) -> Option<Decoded> {
    match (a, b) {
        (Some(Ok(x)), Some(Ok(y))) => Some(Ok(if y.updated_at > x.updated_at { y } else { x })),
        (Some(Err(e)), _) | (_, Some(Err(e))) => Some(Err(e)),
        (x, None) => x,
        (None, y) => y,
    }
}

/// Runs `sql` and keeps the newest decoded row (or `best`, if newer).
fn newest_row<P: rusqlite::Params>(
    conn: &Connection,
    sql: &str,
    params: P,
    mut best: Option<Decoded>,
) -> rusqlite::Result<Option<Decoded>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    while let Some(row) = rows.next()? {
        best = newest(best, Some(decode(row)?));
    }
    Ok(best)
}

/// Finds one peer by any key (normalising the key first). Each query is a single index
/// search; a username is looked up as a primary and as an extra name, and when several
/// peers claim a username or phone the newest wins.
pub(crate) fn lookup(
    conn: &Connection,
    path: &Path,
    key: PeerKey,
) -> Result<Option<Peer>, StoreError> {
    let op = Operation::LookupPeer;
    let found = (|| match key.normalized() {
        PeerKey::Id(id) => conn
            .prepare_cached(BY_ID)?
            .query_row(params![id.space_code(), id.bare()], decode)
            .optional(),
        PeerKey::Username(name) => {
            let mut best = newest_row(conn, BY_USERNAME, [&name], None)?;
            let owners: Vec<(i64, i64)> = conn
                .prepare_cached(OWNERS_OF_EXTRA_USERNAME)?
                .query_map([&name], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (space, id) in owners {
                let owner = conn
                    .prepare_cached(BY_ID)?
                    .query_row(params![space, id], decode)
                    .optional()?;
                // Index rows can be stale: the peer must still have the name.
                let current = match owner {
                    Some(Ok(peer)) if !peer.usernames.contains(&name) => None,
                    other => other,
                };
                best = newest(best, current);
            }
            Ok(best)
        }
        PeerKey::Phone(phone) => newest_row(conn, BY_PHONE, [phone], None),
    })()
    .map_err(|e| backend(path, op, e))?;
    match found {
        None => Ok(None),
        Some(Ok(peer)) => Ok(Some(peer)),
        Some(Err(detail)) => Err(corrupt(path, op, detail)),
    }
}
