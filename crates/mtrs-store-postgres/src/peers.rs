//! The peer cache tables: batched upserts (one `unnest` statement per run of distinct
//! peers) with the min-hash rule done in SQL, and indexed lookups by id, username, phone.

use std::collections::{HashMap, HashSet};

use deadpool_postgres::{GenericClient, Transaction};
use mtrs_session::{Peer, PeerId, PeerKey, PeerKind, SeenIn, UnixTime};
use tokio_postgres::Row;

use crate::sql_error::Failure;

/// Joins a peer's usernames in the `usernames` column.
const SEPARATOR: char = '\u{1f}';

// The SQL below hard-codes the basic-group kind code (groups need no access hash).
const _: () = assert!(PeerKind::BasicGroup.code() == 2);

/// Inserts peers or merges each into the stored one exactly like `Peer::merged_with`: the
/// `CASE` conditions are `Peer::is_full` of the incoming (`excluded`) and stored (`p`)
/// copies. One statement may not touch a row twice, so a batch is cut into runs of
/// distinct peers, applied in order.
const UPSERT: &str = "
INSERT INTO peer AS p (name, space, id, kind, access_hash, min, usernames, phone, updated_at,
                       seen_space, seen_id, seen_msg)
SELECT $1, * FROM unnest($2::int2[], $3::int8[], $4::int2[], $5::int8[], $6::bool[],
                         $7::text[], $8::text[], $9::int8[], $10::int2[], $11::int8[],
                         $12::int4[])
ON CONFLICT (name, space, id) DO UPDATE SET
    kind = excluded.kind,
    access_hash = CASE
        WHEN NOT (NOT excluded.min AND (excluded.access_hash <> 0 OR excluded.kind = 2))
         AND ((NOT p.min AND (p.access_hash <> 0 OR p.kind = 2))
              OR (excluded.access_hash = 0 AND p.access_hash <> 0))
        THEN p.access_hash ELSE excluded.access_hash END,
    min = CASE
        WHEN NOT (NOT excluded.min AND (excluded.access_hash <> 0 OR excluded.kind = 2))
         AND ((NOT p.min AND (p.access_hash <> 0 OR p.kind = 2))
              OR (excluded.access_hash = 0 AND p.access_hash <> 0))
        THEN p.min ELSE excluded.min END,
    usernames = CASE
        WHEN (NOT excluded.min AND (excluded.access_hash <> 0 OR excluded.kind = 2))
          OR NOT (NOT p.min AND (p.access_hash <> 0 OR p.kind = 2))
          OR excluded.usernames <> ''
        THEN excluded.usernames ELSE p.usernames END,
    phone = CASE
        WHEN (NOT excluded.min AND (excluded.access_hash <> 0 OR excluded.kind = 2))
          OR NOT (NOT p.min AND (p.access_hash <> 0 OR p.kind = 2))
          OR excluded.phone IS NOT NULL
        THEN excluded.phone ELSE p.phone END,
    seen_space = CASE
        WHEN (NOT excluded.min AND (excluded.access_hash <> 0 OR excluded.kind = 2))
          OR excluded.seen_msg IS NOT NULL
        THEN excluded.seen_space ELSE p.seen_space END,
    seen_id = CASE
        WHEN (NOT excluded.min AND (excluded.access_hash <> 0 OR excluded.kind = 2))
          OR excluded.seen_msg IS NOT NULL
        THEN excluded.seen_id ELSE p.seen_id END,
    seen_msg = CASE
        WHEN (NOT excluded.min AND (excluded.access_hash <> 0 OR excluded.kind = 2))
          OR excluded.seen_msg IS NOT NULL
        THEN excluded.seen_msg ELSE p.seen_msg END,
    updated_at = excluded.updated_at";

const NAMES: &str = "INSERT INTO peer_username (name, username, space, id)
SELECT $1, * FROM unnest($2::text[], $3::int2[], $4::int8[]) ON CONFLICT DO NOTHING";

/// Drops index rows of the peers `($2, $3)` for names not in `$4` (each peer's names,
/// each between U+001F).
const PRUNE_NAMES: &str = "DELETE FROM peer_username AS u
USING unnest($2::int2[], $3::int8[], $4::text[]) AS k(space, id, kept)
WHERE u.name = $1 AND u.space = k.space AND u.id = k.id
  AND position(chr(31) || u.username || chr(31) IN k.kept) = 0";

const COLUMNS: &str = "p.space, p.id, p.kind, p.access_hash, p.min, p.usernames, p.phone, \
                       p.updated_at, p.seen_space, p.seen_id, p.seen_msg";

/// One run of distinct peers as column arrays.
#[derive(Default)]
struct Columns {
    space: Vec<i16>,
    id: Vec<i64>,
    kind: Vec<i16>,
    access_hash: Vec<i64>,
    min: Vec<bool>,
    usernames: Vec<String>,
    phone: Vec<Option<String>>,
    updated_at: Vec<i64>,
    seen_space: Vec<Option<i16>>,
    seen_id: Vec<Option<i64>>,
    seen_msg: Vec<Option<i32>>,
}

impl Columns {
    fn push(&mut self, p: &Peer) {
        let mut joined = String::new();
        for (i, name) in p.usernames.iter().enumerate() {
            if i > 0 {
                joined.push(SEPARATOR);
            }
            // Usernames never contain the separator (a control character) once normalised.
            joined.extend(name.chars().filter(|c| *c != SEPARATOR));
        }
        self.space.push(i16::from(p.id.space_code()));
        self.id.push(p.id.bare());
        self.kind.push(i16::from(p.kind.code()));
        self.access_hash.push(p.access_hash);
        self.min.push(p.min);
        self.usernames.push(joined);
        self.phone.push(p.phone.clone());
        self.updated_at.push(p.updated_at.0);
        self.seen_space
            .push(p.seen_in.map(|s| i16::from(s.chat.space_code())));
        self.seen_id.push(p.seen_in.map(|s| s.chat.bare()));
        self.seen_msg.push(p.seen_in.map(|s| s.msg_id));
    }
}

/// Upserts a batch (the caller's transaction makes it all-or-nothing).
pub(crate) async fn upsert(
    tx: &Transaction<'_>,
    name: &str,
    peers: &[Peer],
) -> Result<(), Failure> {
    let upsert = tx.prepare_cached(UPSERT).await?;
    let mut run = Columns::default();
    let mut seen = HashSet::new();
    for p in peers {
        if !seen.insert(p.id) {
            upsert_run(tx, &upsert, name, &run).await?;
            run = Columns::default();
            seen.clear();
            seen.insert(p.id);
        }
        run.push(p);
    }
    if !run.id.is_empty() {
        upsert_run(tx, &upsert, name, &run).await?;
    }
    // A peer's stored names are either the incoming ones (when there are any) or
    // unchanged, so indexing the incoming names keeps every current name indexed.
    let mut names = Vec::new();
    let mut spaces = Vec::new();
    let mut ids = Vec::new();
    for p in peers {
        for n in &p.usernames {
            names.push(n.as_str());
            spaces.push(i16::from(p.id.space_code()));
            ids.push(p.id.bare());
        }
    }
    if !names.is_empty() {
        let stmt = tx.prepare_cached(NAMES).await?;
        tx.execute(&stmt, &[&name, &names, &spaces, &ids]).await?;
    }
    prune_names(tx, name, peers).await
}

/// Deletes the index rows of names the peers of a batch no longer have. A copy sets the
/// stored names when it has names or is full; the last such copy of each peer holds
/// its final names, so pruning against it leaves exactly the stored names indexed.
async fn prune_names(tx: &Transaction<'_>, name: &str, peers: &[Peer]) -> Result<(), Failure> {
    let mut last: HashMap<PeerId, &Peer> = HashMap::new();
    for p in peers {
        if !p.usernames.is_empty() || p.is_full() {
            last.insert(p.id, p);
        }
    }
    if last.is_empty() {
        return Ok(());
    }
    let mut spaces = Vec::with_capacity(last.len());
    let mut ids = Vec::with_capacity(last.len());
    let mut kept = Vec::with_capacity(last.len());
    for p in last.values() {
        let mut names = String::from(SEPARATOR);
        for n in &p.usernames {
            names.extend(n.chars().filter(|c| *c != SEPARATOR));
            names.push(SEPARATOR);
        }
        spaces.push(i16::from(p.id.space_code()));
        ids.push(p.id.bare());
        kept.push(names);
    }
    let stmt = tx.prepare_cached(PRUNE_NAMES).await?;
    tx.execute(&stmt, &[&name, &spaces, &ids, &kept]).await?;
    Ok(())
}

/// The usernames indexed for `peer` of session `name`, sorted.
pub(crate) async fn indexed_usernames<C: GenericClient>(
    client: &C,
    name: &str,
    peer: PeerId,
) -> Result<Vec<String>, Failure> {
    let stmt = client
        .prepare_cached(
            "SELECT username FROM peer_username WHERE name = $1 AND space = $2 AND id = $3 \
             ORDER BY username",
        )
        .await?;
    let rows = client
        .query(&stmt, &[&name, &i16::from(peer.space_code()), &peer.bare()])
        .await?;
    rows.iter()
        .map(|r| r.try_get(0).map_err(Failure::from))
        .collect()
}

async fn upsert_run(
    tx: &Transaction<'_>,
    stmt: &tokio_postgres::Statement,
    name: &str,
    c: &Columns,
) -> Result<(), Failure> {
    tx.execute(
        stmt,
        &[
            &name,
            &c.space,
            &c.id,
            &c.kind,
            &c.access_hash,
            &c.min,
            &c.usernames,
            &c.phone,
            &c.updated_at,
            &c.seen_space,
            &c.seen_id,
            &c.seen_msg,
        ],
    )
    .await?;
    Ok(())
}

fn decode(r: &Row) -> Result<Peer, Failure> {
    let space: i16 = r.try_get(0)?;
    let bare: i64 = r.try_get(1)?;
    let kind: i16 = r.try_get(2)?;
    let id = u8::try_from(space)
        .ok()
        .and_then(|s| PeerId::from_space_code(s, bare))
        .ok_or_else(|| Failure::Corrupt(format!("peer id space {space}")))?;
    let kind = u8::try_from(kind)
        .ok()
        .and_then(PeerKind::from_code)
        .ok_or_else(|| Failure::Corrupt(format!("peer kind {kind} for {id}")))?;
    let names: &str = r.try_get(5)?;
    let seen_space: Option<i16> = r.try_get(8)?;
    let seen_id: Option<i64> = r.try_get(9)?;
    let seen_msg: Option<i32> = r.try_get(10)?;
    let seen_in = match (seen_space, seen_id, seen_msg) {
        (Some(space), Some(bare), Some(msg_id)) => {
            let chat = u8::try_from(space)
                .ok()
                .and_then(|s| PeerId::from_space_code(s, bare))
                .ok_or_else(|| Failure::Corrupt(format!("seen-in chat space {space} for {id}")))?;
            Some(SeenIn { chat, msg_id })
        }
        _ => None,
    };
    Ok(Peer {
        id,
        kind,
        access_hash: r.try_get(3)?,
        min: r.try_get(4)?,
        usernames: names
            .split(SEPARATOR)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        phone: r.try_get(6)?,
        updated_at: UnixTime(r.try_get(7)?),
        seen_in,
    })
}

/// The newest of the rows for which `keep` holds (the first one on a tie).
fn newest(rows: &[Row], keep: impl Fn(&Peer) -> bool) -> Result<Option<Peer>, Failure> {
    let mut best: Option<Peer> = None;
    for row in rows {
        let peer = decode(row)?;
        if keep(&peer) && best.as_ref().is_none_or(|b| peer.updated_at > b.updated_at) {
            best = Some(peer);
        }
    }
    Ok(best)
}

/// Finds one peer of session `name` by any key (normalising the key first); when several
/// peers claim a username or phone, the newest wins.
pub(crate) async fn lookup<C: GenericClient>(
    client: &C,
    name: &str,
    key: PeerKey,
) -> Result<Option<Peer>, Failure> {
    match key.normalized() {
        PeerKey::Id(id) => {
            let stmt = client
                .prepare_cached(&format!(
                    "SELECT {COLUMNS} FROM peer AS p WHERE p.name = $1 AND p.space = $2 \
                     AND p.id = $3"
                ))
                .await?;
            let row = client
                .query_opt(&stmt, &[&name, &i16::from(id.space_code()), &id.bare()])
                .await?;
            row.as_ref().map(decode).transpose()
        }
        PeerKey::Username(username) => {
            // Index rows can be stale: the peer must still have the name.
            let stmt = client
                .prepare_cached(&format!(
                    "SELECT {COLUMNS} FROM peer_username AS u JOIN peer AS p \
                     ON p.name = u.name AND p.space = u.space AND p.id = u.id \
                     WHERE u.name = $1 AND u.username = $2"
                ))
                .await?;
            let rows = client.query(&stmt, &[&name, &username]).await?;
            newest(&rows, |p| p.usernames.contains(&username))
        }
        PeerKey::Phone(phone) => {
            let stmt = client
                .prepare_cached(&format!(
                    "SELECT {COLUMNS} FROM peer AS p WHERE p.name = $1 AND p.phone = $2"
                ))
                .await?;
            let rows = client.query(&stmt, &[&name, &phone]).await?;
            newest(&rows, |_| true)
        }
    }
}

/// Every cached peer of session `name` (for copying it to another store).
pub(crate) async fn all<C: GenericClient>(client: &C, name: &str) -> Result<Vec<Peer>, Failure> {
    let stmt = client
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM peer AS p WHERE p.name = $1 ORDER BY p.space, p.id"
        ))
        .await?;
    client
        .query(&stmt, &[&name])
        .await?
        .iter()
        .map(decode)
        .collect()
}
