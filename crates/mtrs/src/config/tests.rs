use super::*;

const HASH: &str = "0123456789abcdef0123456789abcdef";

fn check(c: &Config) -> Result<(), ConfigError> {
    c.validate(1, HASH).map(|_| ())
}

#[test]
fn defaults_are_the_seeds() {
    let c = Config::default();
    let SessionSource::File {
        work_dir,
        session_name,
    } = &c.session
    else {
        panic!("the default is a file: {:?}", c.session);
    };
    assert_eq!(session_name, "session");
    assert_eq!(work_dir, &PathBuf::from("."));
    assert!(!c.save_peers);
    assert!(check(&c).is_ok());
}

#[test]
fn bad_credentials_are_typed() {
    let c = Config::default();
    assert!(matches!(
        c.validate(0, HASH),
        Err(ConfigError::ApiId { api_id: 0 })
    ));
    assert!(matches!(
        c.validate(5, "xyz"),
        Err(ConfigError::ApiHash { len: 3 })
    ));
}

#[test]
fn bad_options_are_typed() {
    // Storage is one choice: a custom store is accepted as it is.
    let c = Config {
        session: SessionSource::Store(Arc::new(mtrs_session::MemoryStore::new())),
        ..Config::default()
    };
    assert!(check(&c).is_ok());
    let c = Config {
        session: SessionSource::file(".", "../x"),
        ..Config::default()
    };
    assert!(matches!(check(&c), Err(ConfigError::SessionName { .. })));
    let c = Config {
        bot_token: Some("nocolon".into()),
        ..Config::default()
    };
    assert!(matches!(check(&c), Err(ConfigError::BotToken)));
    let c = Config {
        request_timeout: Duration::ZERO,
        ..Config::default()
    };
    assert!(matches!(
        check(&c),
        Err(ConfigError::ZeroDuration {
            field: "request_timeout"
        })
    ));
    let c = Config {
        dc_table: Some(DcTable {
            dcs: vec![],
            default_dc: mtrs_types::DcId::new(2),
        }),
        ..Config::default()
    };
    assert!(matches!(check(&c), Err(ConfigError::DcTable { .. })));
}

#[test]
fn session_strings_are_checked_without_quoting_them() {
    let c = Config {
        session: SessionSource::String("mtrs:1:garbage-that-is-secret".into()),
        ..Config::default()
    };
    let err = check(&c).unwrap_err();
    assert!(matches!(err, ConfigError::SessionString { .. }));
    assert!(!format!("{err} {err:?}").contains("garbage-that-is-secret"));

    let mut s = mtrs_session::SessionData::new(mtrs_session::DcId(2));
    s.test_mode = true;
    s.dcs.insert(
        mtrs_session::DcId(2),
        mtrs_session::DcState::new()
            .with_address("127.0.0.1", 1)
            .with_auth_key(mtrs_session::AuthKey::from_bytes([3; 256])),
    );
    let string = mtrs_session_convert::to_mtrs(&s).unwrap();
    let c = Config {
        session: SessionSource::String(string.clone()),
        ..Config::default()
    };
    assert!(matches!(
        check(&c),
        Err(ConfigError::TestModeMismatch {
            in_string: true,
            configured: false
        })
    ));
    let c = Config {
        session: SessionSource::String(string.clone()),
        test_mode: true,
        bot_token: Some("1:x".into()),
        ..Config::default()
    };
    assert_eq!(c.validate(1, HASH).unwrap(), Some(s));

    let shown = format!("{c:?}");
    assert!(
        !shown.contains(&string) && !shown.contains("1:x"),
        "{shown}"
    );
}
