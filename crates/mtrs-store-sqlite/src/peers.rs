//! The peer cache tables: batched upserts with the min-hash rule done in SQL (multi-row
//! statements), and indexed lookups by id, username and phone (one query each).

use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

use mtrs_session::{Operation, Peer, PeerId, PeerKey, PeerKind, SeenIn, StoreError, UnixTime};
use rusqlite::{Connection, OptionalExtension, Row, Statement, params};

use crate::sql_error::{backend, corrupt};

/// Joins a peer's usernames in the `usernames` column.
const SEPARATOR: char = '\u{1f}';

// The SQL below hard-codes the basic-group kind code (groups need no access hash).
const _: () = assert!(PeerKind::BasicGroup.code() == 2);

const UPSERT_HEAD: &str = "INSERT INTO peer (space, id, kind, access_hash, min, usernames, \
                           phone, updated_at, seen_space, seen_id, seen_msg) VALUES ";
const UPSERT_ROW: &str = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const UPSERT_COLUMNS: usize = 11;

/// Inserts a peer or merges it into the stored one exactly like `Peer::merged_with`: the
/// `CASE` conditions are `Peer::is_full` of the incoming (`excluded`) and stored copies.
/// The rows go between `UPSERT_HEAD` and this: a multi-row `VALUES` merges its rows one
/// after another, exactly like one statement per row.
const UPSERT_TAIL: &str = "
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
    seen_space = CASE
        WHEN (excluded.min = 0 AND (excluded.access_hash <> 0 OR excluded.kind = 2))
          OR excluded.seen_msg IS NOT NULL
        THEN excluded.seen_space ELSE peer.seen_space END,
    seen_id = CASE
        WHEN (excluded.min = 0 AND (excluded.access_hash <> 0 OR excluded.kind = 2))
          OR excluded.seen_msg IS NOT NULL
        THEN excluded.seen_id ELSE peer.seen_id END,
    seen_msg = CASE
        WHEN (excluded.min = 0 AND (excluded.access_hash <> 0 OR excluded.kind = 2))
          OR excluded.seen_msg IS NOT NULL
        THEN excluded.seen_msg ELSE peer.seen_msg END,
    updated_at = excluded.updated_at";

const NAME_HEAD: &str = "INSERT OR IGNORE INTO peer_username (username, space, id) VALUES ";
/// Drops a peer's index rows for names not in `?3` (its names, each between U+001F).
const PRUNE_NAMES: &str = "DELETE FROM peer_username WHERE space = ?1 AND id = ?2
    AND instr(?3, char(31) || username || char(31)) = 0";
const NAME_ROW: &str = "(?, ?, ?)";
const NAME_COLUMNS: usize = 3;

/// Rows per multi-row statement: a batch runs one statement per this many rows (and one
/// per row for the rest): fewer statement executions, about 1.4x faster upserts.
const CHUNK: usize = 32;

fn statement(head: &str, row: &str, rows: usize, tail: &str) -> String {
    let mut sql = String::from(head);
    for i in 0..rows {
        if i > 0 {
            sql.push_str(", ");
        }
        sql.push_str(row);
    }
    sql.push_str(tail);
    sql
}

/// The upsert and name-index statements for one row and for `CHUNK` rows.
struct Statements {
    upsert_one: String,
    upsert_chunk: String,
    name_one: String,
    name_chunk: String,
}

static STATEMENTS: LazyLock<Statements> = LazyLock::new(|| Statements {
    upsert_one: statement(UPSERT_HEAD, UPSERT_ROW, 1, UPSERT_TAIL),
    upsert_chunk: statement(UPSERT_HEAD, UPSERT_ROW, CHUNK, UPSERT_TAIL),
    name_one: statement(NAME_HEAD, NAME_ROW, 1, ""),
    name_chunk: statement(NAME_HEAD, NAME_ROW, CHUNK, ""),
});

/// Binds one peer's columns at `first` (1-based) and on.
fn bind_peer(
    stmt: &mut Statement<'_>,
    first: usize,
    p: &Peer,
    joined: &mut String,
) -> rusqlite::Result<()> {
    joined.clear();
    for (i, name) in p.usernames.iter().enumerate() {
        if i > 0 {
            joined.push(SEPARATOR);
        }
        // Usernames never contain the separator (a control character) once normalised.
        joined.extend(name.chars().filter(|c| *c != SEPARATOR));
    }
    stmt.raw_bind_parameter(first, p.id.space_code())?;
    stmt.raw_bind_parameter(first + 1, p.id.bare())?;
    stmt.raw_bind_parameter(first + 2, p.kind.code())?;
    stmt.raw_bind_parameter(first + 3, p.access_hash)?;
    stmt.raw_bind_parameter(first + 4, p.min)?;
    // Text is bound as a copy, so the buffer can be reused.
    stmt.raw_bind_parameter(first + 5, joined.as_str())?;
    stmt.raw_bind_parameter(first + 6, p.phone.as_deref())?;
    stmt.raw_bind_parameter(first + 7, p.updated_at.0)?;
    let seen = p
        .seen_in
        .map(|s| (s.chat.space_code(), s.chat.bare(), s.msg_id));
    stmt.raw_bind_parameter(first + 8, seen.map(|s| s.0))?;
    stmt.raw_bind_parameter(first + 9, seen.map(|s| s.1))?;
    stmt.raw_bind_parameter(first + 10, seen.map(|s| s.2))
}

fn bind_name(
    stmt: &mut Statement<'_>,
    first: usize,
    (name, id): (&str, PeerId),
) -> rusqlite::Result<()> {
    stmt.raw_bind_parameter(first, name)?;
    stmt.raw_bind_parameter(first + 1, id.space_code())?;
    stmt.raw_bind_parameter(first + 2, id.bare())
}

/// Runs `one` per item or `chunk` per `CHUNK` items, binding each item's `columns`
/// parameters with `bind`.
fn run_chunked<T: Copy>(
    conn: &Connection,
    (one, chunk): (&str, &str),
    columns: usize,
    items: impl ExactSizeIterator<Item = T>,
    mut bind: impl FnMut(&mut Statement<'_>, usize, T) -> rusqlite::Result<()>,
) -> rusqlite::Result<()> {
    let mut items = items;
    let mut full = conn.prepare_cached(chunk)?;
    let mut single = conn.prepare_cached(one)?;
    while items.len() >= CHUNK {
        for (i, item) in items.by_ref().take(CHUNK).enumerate() {
            bind(&mut full, 1 + i * columns, item)?;
        }
        full.raw_execute()?;
    }
    for item in items {
        bind(&mut single, 1, item)?;
        single.raw_execute()?;
    }
    Ok(())
}

/// Upserts a batch (the caller holds the transaction that makes it all-or-nothing).
pub(crate) fn upsert(conn: &Connection, peers: &[Peer]) -> rusqlite::Result<()> {
    let sql = &*STATEMENTS;
    let mut joined = String::new();
    run_chunked(
        conn,
        (&sql.upsert_one, &sql.upsert_chunk),
        UPSERT_COLUMNS,
        peers.iter(),
        |stmt, first, p| bind_peer(stmt, first, p, &mut joined),
    )?;
    // A peer's stored names are either the incoming ones (when there are any, or when the
    // copy is full) or unchanged, so indexing the incoming names keeps every current name
    // indexed.
    let names: Vec<(&str, PeerId)> = peers
        .iter()
        .flat_map(|p| p.usernames.iter().map(move |n| (n.as_str(), p.id)))
        .collect();
    run_chunked(
        conn,
        (&sql.name_one, &sql.name_chunk),
        NAME_COLUMNS,
        names.into_iter(),
        bind_name,
    )?;
    prune_names(conn, peers)
}

/// Deletes the index rows of names the peers of a batch no longer have. A copy sets the
/// stored names when it has names or is full; the last such copy of each peer holds
/// its final names, so pruning against it leaves exactly the stored names indexed.
fn prune_names(conn: &Connection, peers: &[Peer]) -> rusqlite::Result<()> {
    let mut last: HashMap<PeerId, &Peer> = HashMap::new();
    for p in peers {
        if !p.usernames.is_empty() || p.is_full() {
            last.insert(p.id, p);
        }
    }
    let mut stmt = conn.prepare_cached(PRUNE_NAMES)?;
    let mut kept = String::new();
    for p in last.values() {
        kept.clear();
        kept.push(SEPARATOR);
        for name in &p.usernames {
            kept.extend(name.chars().filter(|c| *c != SEPARATOR));
            kept.push(SEPARATOR);
        }
        stmt.execute(params![p.id.space_code(), p.id.bare(), kept.as_str()])?;
    }
    Ok(())
}

/// The usernames indexed for `peer`, sorted.
pub(crate) fn indexed_usernames(
    conn: &Connection,
    path: &Path,
    peer: PeerId,
) -> Result<Vec<String>, StoreError> {
    (|| -> rusqlite::Result<Vec<String>> {
        let mut stmt = conn.prepare_cached(
            "SELECT username FROM peer_username WHERE space = ?1 AND id = ?2 ORDER BY username",
        )?;
        let rows = stmt.query_map(params![peer.space_code(), peer.bare()], |r| r.get(0))?;
        rows.collect()
    })()
    .map_err(|e| backend(path, Operation::LookupPeer, e))
}

// Lookups avoid ORDER BY on purpose: with it, SQLite's plan depends on the bound value,
// and rusqlite's statement cache (which clears bindings) then makes SQLite re-prepare the
// statement on every use, 5x slower. Ties are resolved in Rust instead.
const BY_ID: &str = "SELECT space, id, kind, access_hash, min, usernames, phone, updated_at,
    seen_space, seen_id, seen_msg FROM peer WHERE space = ?1 AND id = ?2";
// The name index outside (CROSS JOIN fixes the loop order), the peer's key inside. The
// CAST hides the parameter from the planner's partial-index check (peer_by_phone's
// `phone IS NOT NULL`), which would otherwise mark the plan as depending on the bound value
// and so re-prepare the statement on every use (5x slower; see the test below).
const BY_USERNAME: &str = "SELECT p.space, p.id, p.kind, p.access_hash, p.min, p.usernames,
    p.phone, p.updated_at, p.seen_space, p.seen_id, p.seen_msg
    FROM peer_username AS u CROSS JOIN peer AS p ON p.space = u.space AND p.id = u.id
    WHERE u.username = CAST(?1 AS TEXT)";
const BY_PHONE: &str = "SELECT space, id, kind, access_hash, min, usernames, phone, updated_at,
    seen_space, seen_id, seen_msg FROM peer WHERE phone = ?1";

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
    // Split in place: no intermediate String for the joined names.
    let names = r.get_ref(5)?.as_str()?;
    let phone: Option<String> = r.get(6)?;
    let seen_space: Option<i64> = r.get(8)?;
    let seen_id: Option<i64> = r.get(9)?;
    let seen_msg: Option<i32> = r.get(10)?;
    let seen_in = match (seen_space, seen_id, seen_msg) {
        (Some(space), Some(bare), Some(msg_id)) => {
            let Some(chat) = u8::try_from(space)
                .ok()
                .and_then(|s| PeerId::from_space_code(s, bare))
            else {
                return Ok(Err(format!("seen-in chat space {space} for {id}")));
            };
            Some(SeenIn { chat, msg_id })
        }
        _ => None,
    };
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
        seen_in,
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

/// Runs `sql` and keeps the newest decoded row for which `keep` holds.
fn newest_row<P: rusqlite::Params>(
    conn: &Connection,
    sql: &str,
    params: P,
    keep: impl Fn(&Peer) -> bool,
) -> rusqlite::Result<Option<Decoded>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    let mut best = None;
    while let Some(row) = rows.next()? {
        let current = match decode(row)? {
            Ok(peer) if !keep(&peer) => None,
            other => Some(other),
        };
        best = newest(best, current);
    }
    Ok(best)
}

/// Whether `normalize_username(name) == name`, without building the copy: no surrounding
/// whitespace, no leading `@`, no control character, nothing that lower-cases differently.
fn is_normalized_username(name: &str) -> bool {
    name.trim().len() == name.len()
        && !name.starts_with('@')
        && name
            .chars()
            .all(|c| !c.is_control() && c.to_lowercase().eq(std::iter::once(c)))
}

/// Finds one peer by any key (normalising the key first): one indexed query per lookup
/// (a username: its index row joined to the peer row); when several peers claim a
/// username or phone, the newest wins.
pub(crate) fn lookup(
    conn: &Connection,
    path: &Path,
    key: PeerKey,
) -> Result<Option<Peer>, StoreError> {
    let op = Operation::LookupPeer;
    let key = match key {
        // Most keys arrive normalised already; skip the copy then.
        PeerKey::Username(name) if is_normalized_username(&name) => PeerKey::Username(name),
        other => other.normalized(),
    };
    let found = (|| match key {
        PeerKey::Id(id) => conn
            .prepare_cached(BY_ID)?
            .query_row(params![id.space_code(), id.bare()], decode)
            .optional(),
        // Index rows can be stale: the peer must still have the name.
        PeerKey::Username(name) => newest_row(conn, BY_USERNAME, [&name], |peer| {
            peer.usernames.contains(&name)
        }),
        PeerKey::Phone(phone) => newest_row(conn, BY_PHONE, [phone], |_| true),
    })()
    .map_err(|e| backend(path, op, e))?;
    match found {
        None => Ok(None),
        Some(Ok(peer)) => Ok(Some(peer)),
        Some(Err(detail)) => Err(corrupt(path, op, detail)),
    }
}

/// Every cached peer, in key order (for copying a session elsewhere).
pub(crate) fn all(conn: &Connection, path: &Path) -> Result<Vec<Peer>, StoreError> {
    let op = Operation::LookupPeer;
    let rows = (|| {
        let mut stmt = conn.prepare_cached(
            "SELECT space, id, kind, access_hash, min, usernames, phone, updated_at, \
             seen_space, seen_id, seen_msg FROM peer",
        )?;
        let rows = stmt.query_map([], decode)?;
        rows.collect::<rusqlite::Result<Vec<Decoded>>>()
    })()
    .map_err(|e| backend(path, op, e))?;
    rows.into_iter()
        .map(|r| r.map_err(|detail| corrupt(path, op, detail)))
        .collect()
}

#[cfg(test)]
mod tests;
