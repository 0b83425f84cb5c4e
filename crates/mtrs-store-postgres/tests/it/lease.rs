//! Leases and fencing within one process: a second opener is refused at once with the
//! holder and time left; closing releases; a write after a takeover is rejected and the
//! store stops.

use std::time::{Duration, Instant};

use mtrs_session::{AccountState, SessionStore, StoreError, UnixTime, UpdateStateChange};
use mtrs_store_postgres::PostgresStore;

use crate::support::{config, namespace, runtime, server, sql, sql_value};

fn pts(n: i32) -> UpdateStateChange {
    UpdateStateChange {
        account: Some(AccountState {
            pts: n,
            qts: 0,
            date: UnixTime(0),
            seq: 0,
        }),
        channels: Vec::new(),
    }
}

#[test]
fn a_second_opener_gets_in_use_at_once_with_holder_and_expiry() {
    let Some(url) = server() else { return };
    let rt = runtime();
    let ns = namespace();
    rt.block_on(async {
        let cfg = config(&url, &ns, "s");
        let first = PostgresStore::open(&cfg).await.unwrap();
        let started = Instant::now();
        let err = PostgresStore::open(&cfg).await.unwrap_err();
        let took = started.elapsed();
        assert!(took < Duration::from_millis(100), "InUse took {took:?}");
        match &err {
            StoreError::InUse {
                holder, expires_in, ..
            } => {
                assert_eq!(holder.pid, Some(std::process::id()));
                assert!(holder.host.is_some());
                assert_eq!(holder.instance.as_ref().map(String::len), Some(16));
                let left = expires_in.expect("a lease has an expiry");
                assert!(
                    left > Duration::ZERO && left <= cfg.lease_duration,
                    "{left:?}"
                );
            }
            other => panic!("expected InUse, got {other:?}"),
        }
        assert!(err.to_string().contains("lease expires in"));
        // Another session in the same namespace is independent.
        let other = PostgresStore::open(&cfg.clone().with_session_name("t"))
            .await
            .unwrap();
        first.renew().await.unwrap();
        let epoch = first.epoch();
        first.close().await;
        // Closing releases at once; the next tenure has a higher epoch.
        let again = PostgresStore::open(&cfg).await.unwrap();
        assert!(again.epoch() > epoch);
        again.close().await;
        other.close().await;
        sql(&url, &format!("DROP SCHEMA {ns} CASCADE")).await;
    });
}

#[test]
fn heartbeat_keeps_the_lease_past_its_duration() {
    let Some(url) = server() else { return };
    let rt = runtime();
    let ns = namespace();
    rt.block_on(async {
        let cfg = config(&url, &ns, "s")
            .with_lease(Duration::from_millis(1500), Duration::from_millis(300));
        let store = PostgresStore::open(&cfg).await.unwrap();
        // Wait (bounded) until renewals pushed the expiry three lease durations past the
        // acquisition: without a heartbeat the lease would have expired long before.
        let query = format!(
            "SELECT expires_at - acquired_at > interval '4500 milliseconds' FROM {ns}.lease"
        );
        let deadline = Instant::now() + Duration::from_secs(20);
        while sql_value(&url, &query).await.as_deref() != Some("t") {
            assert!(store.holds_lease(), "lease lost while renewing");
            assert!(
                Instant::now() < deadline,
                "the heartbeat did not renew the lease"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(store.holds_lease());
        store.save_update_state(pts(1)).await.unwrap();
        assert!(matches!(
            PostgresStore::open(&cfg).await,
            Err(StoreError::InUse { .. })
        ));
        store.close().await;
        sql(&url, &format!("DROP SCHEMA {ns} CASCADE")).await;
    });
}

#[test]
fn a_write_after_a_takeover_is_rejected_and_the_store_stops() {
    let Some(url) = server() else { return };
    let rt = runtime();
    let ns = namespace();
    rt.block_on(async {
        let store = PostgresStore::open(&config(&url, &ns, "s")).await.unwrap();
        store.save_update_state(pts(1)).await.unwrap();
        let lost = store.lease_lost();
        // Another holder takes the row over (as a takeover after expiry does).
        sql(
            &url,
            &format!(
                "UPDATE {ns}.lease SET epoch = epoch + 1, instance = 'other', \
                 expires_at = now() + interval '1 minute'"
            ),
        )
        .await;
        let err = store.save_update_state(pts(2)).await.unwrap_err();
        assert!(matches!(err, StoreError::LeaseLost { .. }), "{err:?}");
        assert!(matches!(
            store.renew().await,
            Err(StoreError::LeaseLost { .. })
        ));
        tokio::time::timeout(Duration::from_secs(5), lost)
            .await
            .expect("lease_lost resolves");
        assert!(!store.holds_lease());
        // The store refuses everything from now on, reads included.
        assert!(matches!(
            store.load().await,
            Err(StoreError::LeaseLost { .. })
        ));
        assert!(matches!(
            store.save_update_state(pts(3)).await,
            Err(StoreError::LeaseLost { .. })
        ));
        // The rejected write did not land.
        assert_eq!(
            sql_value(&url, &format!("SELECT pts FROM {ns}.session")).await,
            Some("1".to_owned())
        );
        drop(store);
        sql(&url, &format!("DROP SCHEMA {ns} CASCADE")).await;
    });
}

#[test]
fn an_expired_lease_fences_writes_even_without_a_takeover() {
    let Some(url) = server() else { return };
    let rt = runtime();
    let ns = namespace();
    rt.block_on(async {
        let store = PostgresStore::open(&config(&url, &ns, "s")).await.unwrap();
        sql(
            &url,
            &format!("UPDATE {ns}.lease SET expires_at = now() - interval '1 second'"),
        )
        .await;
        let err = store.save_update_state(pts(2)).await.unwrap_err();
        assert!(matches!(err, StoreError::LeaseLost { .. }), "{err:?}");
        assert_eq!(
            sql_value(&url, &format!("SELECT count(*) FROM {ns}.session")).await,
            Some("0".to_owned())
        );
        drop(store);
        sql(&url, &format!("DROP SCHEMA {ns} CASCADE")).await;
    });
}
