//! The file on disk: permissions, typed errors for unusable files, schema versions and the
//! committed v1 fixture.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use mtrs_session::testing::block_on;
use mtrs_session::{
    AuthKey, DcId, Operation, PeerId, PeerKey, SessionStore, StoreError, UnixTime, UserId,
};
use mtrs_store_sqlite::{SCHEMA_VERSION, SqliteConfig, SqliteStore};
use rusqlite::Connection;

use crate::support::config;

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn creates_private_directory_and_files() {
    let root = tempfile::tempdir().unwrap();
    let work_dir = root.path().join("nested/sessions");
    let cfg = SqliteConfig::new(&work_dir, "acct");
    let store = SqliteStore::open(&cfg).unwrap();
    block_on(store.save(&mtrs_session::testing::full_session())).unwrap();
    assert_eq!(mode(&work_dir), 0o700);
    assert_eq!(mode(&cfg.session_path()), 0o600);
    assert_eq!(mode(&cfg.lock_path()), 0o600);
    let wal = work_dir.join("acct.session-wal");
    assert!(wal.exists(), "WAL mode is on");
    assert_eq!(mode(&wal), 0o600, "SQLite gives the WAL the file's mode");
    assert_eq!(store.path(), cfg.session_path());
}

#[test]
fn default_location_is_session_dot_session_in_the_working_directory() {
    let cfg = SqliteConfig::default();
    assert_eq!(cfg.session_path(), Path::new(".").join("session.session"));
}

#[test]
fn read_only_file_is_a_typed_error_naming_path_and_operation() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(&dir);
    drop(SqliteStore::open(&cfg).unwrap());
    let path = cfg.session_path();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o400)).unwrap();
    let before = fs::read(&path).unwrap();
    let err = SqliteStore::open(&cfg).unwrap_err();
    match &err {
        StoreError::Io {
            path: p,
            operation,
            source,
        } => {
            assert_eq!(p, &path);
            assert_eq!(*operation, Operation::Open);
            assert_eq!(source.kind(), std::io::ErrorKind::PermissionDenied);
        }
        other => panic!("expected Io, got {other:?}"),
    }
    let text = err.to_string();
    assert!(
        text.contains(&*path.to_string_lossy()) && text.contains("open"),
        "{text}"
    );
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn corrupt_header_is_a_typed_error_and_the_file_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(&dir);
    let path = cfg.session_path();
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 251) as u8).collect();
    fs::write(&path, &garbage).unwrap();
    let err = SqliteStore::open(&cfg).unwrap_err();
    match &err {
        StoreError::Corrupt {
            path: p, operation, ..
        } => {
            assert_eq!(p, &path);
            assert_eq!(*operation, Operation::Open);
        }
        other => panic!("expected Corrupt, got {other:?}"),
    }
    assert!(err.to_string().contains(&*path.to_string_lossy()));
    assert_eq!(fs::read(&path).unwrap(), garbage);

    // A truncated SQLite header too.
    fs::write(&path, b"SQLite format 3\0\x10").unwrap();
    assert!(matches!(
        SqliteStore::open(&cfg),
        Err(StoreError::Corrupt { .. })
    ));
}

#[test]
fn damaged_database_pages_give_corrupt_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(&dir);
    {
        let store = SqliteStore::open(&cfg).unwrap();
        block_on(store.save(&mtrs_session::testing::full_session())).unwrap();
    }
    // Keep the 100-byte header, smash the schema page.
    let path = cfg.session_path();
    let mut bytes = fs::read(&path).unwrap();
    for b in &mut bytes[100..4096] {
        *b = 0xA5;
    }
    fs::write(&path, &bytes).unwrap();
    let err = SqliteStore::open(&cfg).unwrap_err();
    assert!(
        matches!(&err, StoreError::Corrupt { path: p, .. } if *p == path),
        "{err:?}"
    );
}

#[test]
fn newer_schema_is_refused_and_left_byte_for_byte_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(&dir);
    let path = cfg.session_path();
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE future (x); INSERT INTO future VALUES (1); PRAGMA user_version = 99;",
        )
        .unwrap();
    }
    let before = fs::read(&path).unwrap();
    let err = SqliteStore::open(&cfg).unwrap_err();
    match err {
        StoreError::UnsupportedSchema {
            path: p,
            found,
            supported,
        } => {
            assert_eq!(p, path);
            assert_eq!((found, supported), (99, SCHEMA_VERSION));
        }
        other => panic!("expected UnsupportedSchema, got {other:?}"),
    }
    assert_eq!(fs::read(&path).unwrap(), before);
    assert!(!dir.path().join("test.session-wal").exists());
    assert!(!dir.path().join("test.session-shm").exists());
}

#[test]
fn foreign_sqlite_file_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(&dir);
    let path = cfg.session_path();
    {
        // What a Telethon session file looks like.
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE version (version integer primary key);
             CREATE TABLE sessions (dc_id integer primary key, server_address text,
                 port integer, auth_key blob, takeout_id integer);",
        )
        .unwrap();
    }
    let before = fs::read(&path).unwrap();
    let err = SqliteStore::open(&cfg).unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn bad_session_names_are_rejected() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["", "a/b", "../x"] {
        let err = SqliteStore::open(&SqliteConfig::new(dir.path(), name)).unwrap_err();
        assert!(
            matches!(&err, StoreError::Io { source, .. } if source.kind() == std::io::ErrorKind::InvalidInput),
            "{name}: {err:?}"
        );
    }
}

#[test]
fn data_survives_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(&dir);
    let data = mtrs_session::testing::full_session();
    {
        let store = SqliteStore::open(&cfg).unwrap();
        block_on(store.save(&data)).unwrap();
        let peer = mtrs_session::Peer::new(PeerId::Channel(5), mtrs_session::PeerKind::Channel, 9)
            .with_usernames(["Chan"]);
        block_on(store.upsert_peers(vec![peer])).unwrap();
    }
    let store = SqliteStore::open(&cfg).unwrap();
    assert_eq!(block_on(store.load()).unwrap(), Some(data));
    let p = block_on(store.lookup_peer(PeerKey::username("CHAN")))
        .unwrap()
        .unwrap();
    assert_eq!(p.id, PeerId::Channel(5));
}

/// `tests/data/schema_v1.session` was written by `tests/data/make_schema_v1.py` with
/// Python's sqlite3 from `migrations/001_initial.sql`, independently of this crate's code.
/// Opening it brings it to the current schema (running every later migration); everything
/// in it must read back.
#[test]
fn schema_v1_fixture_opens_migrates_and_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(&dir);
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/schema_v1.session");
    fs::copy(&fixture, cfg.session_path()).unwrap();
    fs::set_permissions(cfg.session_path(), fs::Permissions::from_mode(0o600)).unwrap();
    let store = SqliteStore::open(&cfg).unwrap();
    let data = block_on(store.load()).unwrap().unwrap();
    assert_eq!(data.home_dc, DcId(2));
    let identity = data.identity.clone().unwrap();
    assert_eq!(identity.user_id, UserId(6_100_200_300));
    assert_eq!(identity.bot, Some(false));
    assert_eq!(identity.first_name.as_deref(), Some("Fixture"));
    let expected_key: Vec<u8> = (0..=255u8).collect();
    assert_eq!(
        data.home_auth_key().map(|k| k.as_bytes().to_vec()),
        Some(expected_key)
    );
    assert_eq!(data.dcs.len(), 2);
    let dc4 = &data.dcs[&DcId(4)];
    assert!(dc4.authorization_imported);
    assert_eq!(dc4.server_salts.len(), 1);
    assert_eq!(dc4.server_salts[0].salt.0, 0x0102_0304_0506_0708);
    assert_eq!(dc4.server_salts[0].valid_until, UnixTime(1_700_001_800));
    assert_eq!(data.update_state.account.map(|a| a.pts), Some(4242));
    assert_eq!(data.update_state.channels.len(), 1);
    assert_eq!(data.dc_options.len(), 1);
    assert!(data.dc_options[0].media_only);

    let by_name = block_on(store.lookup_peer(PeerKey::username("FixtureChan")))
        .unwrap()
        .unwrap();
    assert_eq!(by_name.id, PeerId::Channel(1_234_567_890));
    assert_eq!(by_name.access_hash, -77);
    let by_extra = block_on(store.lookup_peer(PeerKey::username("second_name")))
        .unwrap()
        .unwrap();
    assert_eq!(by_extra.id, PeerId::User(777));
    assert_eq!(by_extra.usernames, ["first_name", "second_name"]);
    let by_first = block_on(store.lookup_peer(PeerKey::username("First_Name")))
        .unwrap()
        .unwrap();
    assert_eq!(by_first, by_extra);
    // The fixture holds a stale index row for a name the peer no longer has: the
    // migration to version 2 drops it.
    assert_eq!(
        block_on(store.lookup_peer(PeerKey::username("old_name"))).unwrap(),
        None
    );
    assert_eq!(
        block_on(store.indexed_usernames(PeerId::User(777))).unwrap(),
        Some(vec!["first_name".to_owned(), "second_name".to_owned()])
    );
    assert_eq!(by_extra.seen_in, None);
    let by_phone = block_on(store.lookup_peer(PeerKey::phone("+1 555 0100")))
        .unwrap()
        .unwrap();
    assert_eq!(by_phone.id, PeerId::User(777));
    // The file is writable at the current schema afterwards.
    block_on(store.update_dc(mtrs_session::DcUpdate::new(
        DcId(5),
        mtrs_session::DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])),
    )))
    .unwrap();
    drop(store);
    let conn = Connection::open(cfg.session_path()).unwrap();
    let version: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let ok: String = conn
        .pragma_query_value(None, "integrity_check", |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

/// Collects the messages of WARN events (a minimal `tracing` subscriber).
struct Warnings(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl tracing::Subscriber for Warnings {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        struct Text(String);
        impl tracing::field::Visit for Text {
            fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                self.0.push_str(&format!("{}={value:?} ", field.name()));
            }
        }
        if *event.metadata().level() == tracing::Level::WARN {
            let mut text = Text(String::new());
            event.record(&mut text);
            self.0.lock().unwrap().push(text.0);
        }
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

#[test]
fn group_or_world_readable_file_gives_a_warning_and_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(&dir);
    drop(SqliteStore::open(&cfg).unwrap());
    let warnings = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let open_with_mode = |mode: u32| {
        fs::set_permissions(cfg.session_path(), fs::Permissions::from_mode(mode)).unwrap();
        warnings.lock().unwrap().clear();
        let subscriber = Warnings(warnings.clone());
        tracing::subscriber::with_default(subscriber, || drop(SqliteStore::open(&cfg).unwrap()));
        warnings.lock().unwrap().clone()
    };
    let private = open_with_mode(0o600);
    assert!(private.is_empty(), "{private:?}");
    for mode in [0o640, 0o604, 0o644] {
        let got = open_with_mode(mode);
        assert_eq!(got.len(), 1, "mode {mode:o}: {got:?}");
        assert!(got[0].contains("group or others"), "{got:?}");
        assert!(
            got[0].contains(&*cfg.session_path().to_string_lossy()),
            "{got:?}"
        );
    }
}
