//! Session administration of a namespace: listing, deleting unused sessions, exporting
//! peers.

use std::time::{SystemTime, UNIX_EPOCH};

use mtrs_session::{
    AuthKey, DcId, DcState, DcUpdate, Identity, Peer, PeerId, PeerKind, SessionStore, StoreError,
    UserId,
};
use mtrs_store_postgres::{PostgresCatalog, PostgresStore, SCHEMA_VERSION};

use crate::support::{config, namespace, runtime, server, sql};

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[test]
fn list_reports_identity_peers_last_use_and_the_lease_holder() {
    let Some(url) = server() else { return };
    let rt = runtime();
    let ns = namespace();
    rt.block_on(async {
        let catalog = PostgresCatalog::connect(&url, &ns).await.unwrap();
        assert!(catalog.list().await.unwrap().is_empty(), "no tables yet");

        let a = PostgresStore::open(&config(&url, &ns, "a")).await.unwrap();
        let mut me = Identity::new(UserId(42)).with_bot(true);
        me.username = Some("helper_bot".into());
        let login = DcUpdate::new(
            DcId(4),
            DcState::new().with_auth_key(AuthKey::from_bytes([9; 256])),
        )
        .make_home()
        .with_identity(me);
        a.update_dc(login).await.unwrap();
        let peers: Vec<Peer> = (1..=3)
            .map(|i| Peer::new(PeerId::User(i), PeerKind::User, i))
            .collect();
        a.upsert_peers(peers.clone()).await.unwrap();
        assert_eq!(a.all_peers().await.unwrap(), peers);
        a.close().await;
        let b = PostgresStore::open(&config(&url, &ns, "b")).await.unwrap();

        let list = catalog.list().await.unwrap();
        let names: Vec<&str> = list.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["a", "b"]);
        let (ai, bi) = (&list[0], &list[1]);
        assert_eq!(ai.user_id, Some(UserId(42)));
        assert_eq!(ai.bot, Some(true));
        assert_eq!(ai.username.as_deref(), Some("helper_bot"));
        assert_eq!(ai.home_dc, Some(DcId(4)));
        assert_eq!(ai.peers, 3);
        assert!(ai.size > 0);
        assert!(ai.last_used.is_some_and(|t| (now() - t.0).abs() < 60));
        assert_eq!(ai.in_use, None, "a was closed");
        let holder = bi.in_use.as_ref().expect("b is leased");
        assert_eq!(holder.pid, Some(std::process::id()));
        assert!(!format!("{list:?}").contains("9, 9, 9"));

        let err = catalog.delete("b").await.unwrap_err();
        assert!(matches!(err, StoreError::InUse { .. }), "{err:?}");
        catalog.delete("a").await.unwrap();
        catalog.delete("nobody").await.unwrap();
        let names: Vec<String> = catalog
            .list()
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(names, ["b"]);
        // b still works: the refused deletion changed nothing.
        b.save_update_state(Default::default()).await.unwrap();
        b.close().await;
        // A newer schema is refused by the catalog too.
        sql(
            &url,
            &format!(
                "INSERT INTO {ns}.schema_migrations VALUES ({})",
                SCHEMA_VERSION + 1
            ),
        )
        .await;
        assert!(matches!(
            catalog.list().await,
            Err(StoreError::UnsupportedSchema { .. })
        ));
        sql(&url, &format!("DROP SCHEMA {ns} CASCADE")).await;
    });
}
