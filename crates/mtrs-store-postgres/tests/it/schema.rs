//! Migrations: a namespace is created from nothing; one written by a newer mtrs is refused
//! with `UnsupportedSchema` and left untouched.

use mtrs_session::StoreError;
use mtrs_store_postgres::{PostgresStore, SCHEMA_VERSION};

use crate::support::{config, namespace, runtime, server, sql, sql_value};

#[test]
fn migrations_create_every_table_in_an_empty_namespace() {
    let Some(url) = server() else { return };
    let rt = runtime();
    let ns = namespace();
    rt.block_on(async {
        let store = PostgresStore::open(&config(&url, &ns, "a")).await.unwrap();
        let versions = sql_value(
            &url,
            &format!(
                "SELECT string_agg(version::text, ',' ORDER BY version) FROM {ns}.schema_migrations"
            ),
        )
        .await;
        let expected: Vec<String> = (1..=SCHEMA_VERSION).map(|v| v.to_string()).collect();
        assert_eq!(versions, Some(expected.join(",")));
        let tables = sql_value(
            &url,
            &format!(
                "SELECT string_agg(table_name, ',' ORDER BY table_name) \
                 FROM information_schema.tables WHERE table_schema = '{ns}'"
            ),
        )
        .await;
        assert_eq!(
            tables.as_deref(),
            Some("channel_state,dc,dc_option,lease,peer,peer_username,schema_migrations,session")
        );
        store.close().await;
        // A second opener of another session finds the schema current and adds nothing.
        let other = PostgresStore::open(&config(&url, &ns, "b")).await.unwrap();
        let count = sql_value(
            &url,
            &format!("SELECT count(*) FROM {ns}.schema_migrations"),
        )
        .await;
        assert_eq!(count, Some(SCHEMA_VERSION.to_string()));
        other.close().await;
        sql(&url, &format!("DROP SCHEMA {ns} CASCADE")).await;
    });
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let Some(url) = server() else { return };
    let rt = runtime();
    let ns = namespace();
    rt.block_on(async {
        let store = PostgresStore::open(&config(&url, &ns, "a")).await.unwrap();
        store.close().await;
        let newer = SCHEMA_VERSION + 1;
        sql(
            &url,
            &format!(
                "INSERT INTO {ns}.schema_migrations (version) VALUES ({newer});
                 CREATE TABLE {ns}.from_the_future (x int); INSERT INTO {ns}.from_the_future VALUES (42);"
            ),
        )
        .await;
        let epoch_before = sql_value(&url, &format!("SELECT epoch FROM {ns}.lease")).await;
        let err = PostgresStore::open(&config(&url, &ns, "a")).await.unwrap_err();
        match &err {
            StoreError::UnsupportedSchema {
                found, supported, ..
            } => {
                assert_eq!(*found, newer);
                assert_eq!(*supported, SCHEMA_VERSION);
            }
            other => panic!("expected UnsupportedSchema, got {other:?}"),
        }
        assert!(err.to_string().contains("left untouched"));
        // Nothing was written: no lease taken, the newer tables and versions unchanged.
        assert_eq!(sql_value(&url, &format!("SELECT epoch FROM {ns}.lease")).await, epoch_before);
        assert_eq!(
            sql_value(&url, &format!("SELECT max(version) FROM {ns}.schema_migrations")).await,
            Some(newer.to_string())
        );
        assert_eq!(
            sql_value(&url, &format!("SELECT x FROM {ns}.from_the_future")).await,
            Some("42".to_owned())
        );
        sql(&url, &format!("DROP SCHEMA {ns} CASCADE")).await;
    });
}

/// A namespace at version 1 (written straight from `001_initial.sql`) holding a stale
/// username row is brought to the current version: the stale row is dropped, the peer's
/// current names stay indexed, and peers read back with no `seen_in`.
#[test]
fn version_1_is_migrated_and_its_stale_username_rows_dropped() {
    use mtrs_session::{PeerId, PeerKey, SessionStore};

    let Some(url) = server() else { return };
    let rt = runtime();
    let ns = namespace();
    rt.block_on(async {
        let v1 = include_str!("../../migrations/001_initial.sql");
        sql(
            &url,
            &format!(
                "CREATE SCHEMA {ns};
                 CREATE TABLE {ns}.schema_migrations (
                     version INTEGER PRIMARY KEY,
                     applied_at TIMESTAMPTZ NOT NULL DEFAULT now());
                 SET search_path TO {ns};
                 {v1}
                 INSERT INTO {ns}.schema_migrations (version) VALUES (1);
                 INSERT INTO {ns}.peer VALUES
                     ('a', 0, 777, 0, 5, false, 'first_name' || chr(31) || 'second_name', NULL, 1);
                 INSERT INTO {ns}.peer_username VALUES
                     ('a', 'first_name', 0, 777), ('a', 'second_name', 0, 777),
                     ('a', 'old_name', 0, 777);"
            ),
        )
        .await;
        let store = PostgresStore::open(&config(&url, &ns, "a")).await.unwrap();
        assert_eq!(
            store.indexed_usernames(PeerId::User(777)).await.unwrap(),
            Some(vec!["first_name".to_owned(), "second_name".to_owned()])
        );
        let peer = store
            .lookup_peer(PeerKey::username("second_name"))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (peer.id, peer.access_hash, peer.seen_in),
            (PeerId::User(777), 5, None)
        );
        assert_eq!(
            store
                .lookup_peer(PeerKey::username("old_name"))
                .await
                .unwrap(),
            None
        );
        let versions = sql_value(
            &url,
            &format!("SELECT max(version) FROM {ns}.schema_migrations"),
        )
        .await;
        assert_eq!(versions, Some(SCHEMA_VERSION.to_string()));
        store.close().await;
        sql(&url, &format!("DROP SCHEMA {ns} CASCADE")).await;
    });
}
