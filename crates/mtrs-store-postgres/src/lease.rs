//! Leases: exclusive use of a session across hosts, with an epoch that fences off a holder
//! that lost it.
//!
//! A store takes the session's `lease` row at open: a row that is missing or expired (by
//! the database's clock) gets this store's holder record, `epoch + 1` and a new expiry;
//! an unexpired one yields [`StoreError::InUse`] at once. A heartbeat task renews the
//! expiry. Every write transaction first takes a share lock on the row *with this store's
//! epoch and an unexpired lease* (see [`FENCE`]), so a takeover (which updates the row)
//! and a write of the old holder exclude each other: the write either commits before the
//! takeover or is rejected with [`StoreError::LeaseLost`].
//!
//! The holder also keeps a local deadline (the send time of its last successful renewal
//! plus the lease duration, which is never later than the database's expiry): once it
//! passes (the process was stopped, or the database was unreachable), the lease counts as
//! lost and the store refuses everything.

use std::path::Path;
use std::time::{Duration, Instant};

use mtrs_session::{LockHolder, Operation, StoreError};
use parking_lot::Mutex;
use tokio::sync::watch;
use tokio_postgres::Client;
use tokio_postgres::error::SqlState;

use crate::sql_error::{Failure, backend};

/// The first statement of every write transaction: 1 row while this store holds the lease.
pub(crate) const FENCE: &str = "SELECT 1 FROM lease WHERE name = $1 AND epoch = $2 \
     AND instance = $3 AND expires_at > now() FOR SHARE";

const TAKE: &str = "INSERT INTO lease AS l (name, holder_host, holder_pid, instance, epoch, \
     expires_at, acquired_at, last_used) \
     VALUES ($1, $2, $3, $4, 1, now() + make_interval(secs => $5), now(), now()) \
     ON CONFLICT (name) DO UPDATE SET holder_host = excluded.holder_host, \
     holder_pid = excluded.holder_pid, instance = excluded.instance, epoch = l.epoch + 1, \
     expires_at = excluded.expires_at, acquired_at = excluded.acquired_at, \
     last_used = excluded.last_used \
     WHERE l.expires_at <= now() RETURNING epoch";

const HOLDER: &str = "SELECT holder_host, holder_pid, instance, \
     GREATEST(EXTRACT(EPOCH FROM expires_at - now()), 0)::float8 FROM lease WHERE name = $1";

const RENEW: &str = "UPDATE lease SET expires_at = now() + make_interval(secs => $4), \
     last_used = now() WHERE name = $1 AND epoch = $2 AND instance = $3 AND expires_at > now()";

const RELEASE: &str = "UPDATE lease SET expires_at = now(), last_used = now() \
     WHERE name = $1 AND epoch = $2 AND instance = $3";

/// How long a takeover waits for a (live) holder's in-flight write before reporting
/// `InUse`.
const TAKE_LOCK_TIMEOUT: &str = "500ms";

/// The lease this store holds.
#[derive(Debug)]
pub(crate) struct Lease {
    /// The epoch of our tenure; every write checks it.
    pub(crate) epoch: i64,
    /// Our random instance id.
    pub(crate) instance: String,
    /// How long a renewal extends the lease.
    pub(crate) duration: Duration,
    /// Local deadline: last successful renewal's send time + `duration`.
    deadline: Mutex<Instant>,
    /// Becomes `true` once, when the lease is lost.
    lost: watch::Sender<bool>,
}

impl Lease {
    /// Whether the lease still holds (not lost, local deadline not passed); marks it lost
    /// when the deadline has passed.
    pub(crate) fn is_held(&self, location: &Path) -> bool {
        if *self.lost.borrow() {
            return false;
        }
        if Instant::now() >= *self.deadline.lock() {
            self.mark_lost(location, "it could not be renewed in time");
            return false;
        }
        true
    }

    /// `Err(LeaseLost)` unless the lease still holds.
    pub(crate) fn check(&self, location: &Path, operation: Operation) -> Result<(), StoreError> {
        if self.is_held(location) {
            Ok(())
        } else {
            Err(StoreError::LeaseLost {
                path: location.to_path_buf(),
                operation,
            })
        }
    }

    /// Records a renewal sent at `sent`.
    pub(crate) fn renewed(&self, sent: Instant) {
        let mut deadline = self.deadline.lock();
        *deadline = (*deadline).max(sent + self.duration);
    }

    /// The local deadline.
    pub(crate) fn deadline(&self) -> Instant {
        *self.deadline.lock()
    }

    /// Marks the lease lost (once), logging why.
    pub(crate) fn mark_lost(&self, location: &Path, why: &str) {
        let was = self.lost.send_replace(true);
        if !was {
            tracing::error!(
                session = %location.display(),
                epoch = self.epoch,
                "lease on the session lost ({why}); the store stops using it"
            );
        }
    }

    /// Marks the lease as given up by this store (closed), without logging a loss.
    pub(crate) fn mark_released(&self) {
        self.lost.send_replace(true);
    }

    /// A receiver that sees `true` once the lease is lost.
    pub(crate) fn subscribe(&self) -> watch::Receiver<bool> {
        self.lost.subscribe()
    }
}

/// This process's holder record: host name, pid and a fresh random instance id.
fn me() -> LockHolder {
    LockHolder {
        pid: Some(std::process::id()),
        host: host_name(),
        instance: Some(format!("{:016x}", rand::random::<u64>())),
    }
}

/// Takes the lease on session `name`, or reports who holds it.
pub(crate) async fn acquire(
    client: &mut Client,
    name: &str,
    duration: Duration,
    location: &Path,
) -> Result<Lease, StoreError> {
    let err = |e| backend(location, Operation::Lock, e);
    let holder = me();
    let instance = holder.instance.clone().unwrap_or_default();
    let pid = holder.pid.and_then(|p| i32::try_from(p).ok());
    // Fast path: an unexpired lease is reported without taking any lock.
    if let Some(in_use) = in_use(client, name, location).await? {
        return Err(in_use);
    }
    let sent = Instant::now();
    let tx = client.transaction().await.map_err(err)?;
    tx.batch_execute(&format!("SET LOCAL lock_timeout = '{TAKE_LOCK_TIMEOUT}'"))
        .await
        .map_err(err)?;
    let row = match tx
        .query_opt(
            TAKE,
            &[
                &name,
                &holder.host,
                &pid,
                &instance,
                &duration.as_secs_f64(),
            ],
        )
        .await
    {
        Ok(row) => row,
        // A live holder is in the middle of a write: it is in use.
        Err(e) if e.code() == Some(&SqlState::LOCK_NOT_AVAILABLE) => None,
        Err(e) => return Err(err(e)),
    };
    let Some(row) = row else {
        drop(tx);
        return Err(in_use(client, name, location)
            .await?
            .unwrap_or_else(|| StoreError::InUse {
                path: location.to_path_buf(),
                holder: LockHolder::default(),
                expires_in: Some(Duration::ZERO),
            }));
    };
    let epoch: i64 = row.try_get(0).map_err(err)?;
    tx.commit().await.map_err(err)?;
    tracing::debug!(session = %location.display(), epoch, "took the session lease");
    let (lost, _) = watch::channel(false);
    Ok(Lease {
        epoch,
        instance,
        duration,
        deadline: Mutex::new(sent + duration),
        lost,
    })
}

/// `Some(InUse)` when session `name` has an unexpired lease.
async fn in_use(
    client: &Client,
    name: &str,
    location: &Path,
) -> Result<Option<StoreError>, StoreError> {
    let row = client
        .query_opt(HOLDER, &[&name])
        .await
        .map_err(|e| backend(location, Operation::Lock, e))?;
    let Some(row) = row else { return Ok(None) };
    let holder = holder_of(&row, 0).map_err(|e| backend(location, Operation::Lock, e))?;
    let left: f64 = row
        .try_get(3)
        .map_err(|e| backend(location, Operation::Lock, e))?;
    if left <= 0.0 {
        return Ok(None);
    }
    Ok(Some(StoreError::InUse {
        path: location.to_path_buf(),
        holder,
        expires_in: Some(Duration::from_secs_f64(left)),
    }))
}

/// Reads a holder record from columns `first..first + 3` (host, pid, instance).
pub(crate) fn holder_of(
    row: &tokio_postgres::Row,
    first: usize,
) -> Result<LockHolder, tokio_postgres::Error> {
    let pid: Option<i32> = row.try_get(first + 1)?;
    Ok(LockHolder {
        host: row.try_get(first)?,
        pid: pid.and_then(|p| u32::try_from(p).ok()),
        instance: row.try_get(first + 2)?,
    })
}

/// Extends the lease; `Ok(false)` when it is no longer ours (or had expired).
pub(crate) async fn renew(client: &Client, name: &str, lease: &Lease) -> Result<bool, Failure> {
    let n = client
        .execute(
            RENEW,
            &[
                &name,
                &lease.epoch,
                &lease.instance,
                &lease.duration.as_secs_f64(),
            ],
        )
        .await?;
    Ok(n == 1)
}

/// Ends the lease now, so another opener need not wait for it to expire.
pub(crate) async fn release(client: &Client, name: &str, lease: &Lease) -> Result<(), Failure> {
    client
        .execute(RELEASE, &[&name, &lease.epoch, &lease.instance])
        .await?;
    Ok(())
}

/// This machine's host name, if it has a non-empty one.
fn host_name() -> Option<String> {
    gethostname::gethostname()
        .into_string()
        .ok()
        .filter(|s| !s.is_empty())
}
