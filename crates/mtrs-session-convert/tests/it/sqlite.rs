//! Telethon and Pyrogram `.session` files: the vectors, round trips and hostile files.

use serde_json::{Value, json};

use mtrs_session_convert::{
    AuthKey, ConvertError, DcId, DcState, Identity, PyrogramFile, SessionData, TelethonFile,
    UserId, pyrogram_file, telethon_file, write_pyrogram_file, write_telethon_file,
};

use crate::{data_dir, vector};

fn pyrogram_record(p: &PyrogramFile) -> Value {
    json!({
        "dc_id": p.dc_id, "server_address": p.server_address, "port": p.port,
        "auth_key_hex": hex::encode(p.auth_key.as_bytes()),
        "user_id": p.user_id, "is_bot": p.is_bot, "test_mode": p.test_mode, "api_id": p.api_id,
    })
}

#[test]
fn telethon_file_vector() {
    let v = vector("telethon-sqlite-v8");
    let f = TelethonFile::read(&data_dir().join(v["file"].as_str().unwrap())).unwrap();
    let got = json!({
        "dc_id": f.dc_id, "server_address": f.server_address, "port": f.port,
        "auth_key_hex": hex::encode(f.auth_key.as_bytes()),
        "user_id": f.user_id, "is_bot": null, "test_mode": null, "api_id": null,
    });
    assert_eq!(got, v["expected"]);
    assert_eq!(
        f.schema_version,
        v["sqlite"]["schema_version"].as_i64().unwrap()
    );
    assert_eq!(f.takeout_id, None);
    let st = &v["sqlite"]["update_state"][0];
    let acc = f.update_state.account.unwrap();
    assert_eq!(
        (
            i64::from(acc.pts),
            i64::from(acc.qts),
            acc.date.0,
            i64::from(acc.seq)
        ),
        (
            st["pts"].as_i64().unwrap(),
            st["qts"].as_i64().unwrap(),
            st["date"].as_i64().unwrap(),
            st["seq"].as_i64().unwrap()
        )
    );
    let s = f.to_session();
    assert_eq!(s.identity, Some(Identity::new(UserId(123_456_789))));
    assert!(!s.test_mode);
}

#[test]
fn pyrogram_file_vectors() {
    for (id, schema) in [
        ("pyrogram-sqlite-v3", 3),
        ("pyrofork-sqlite-v4", 4),
        ("kurigram-sqlite-v7", 7),
    ] {
        let v = vector(id);
        let f = PyrogramFile::read(&data_dir().join(v["file"].as_str().unwrap())).unwrap();
        assert_eq!(pyrogram_record(&f), v["expected"], "{id}");
        assert_eq!(f.schema_version, schema, "{id}");
        let s = pyrogram_file(data_dir().join(v["file"].as_str().unwrap())).unwrap();
        assert_eq!(
            s.identity.as_ref().map(|i| i.user_id.0),
            v["expected"]["user_id"].as_i64(),
            "{id}"
        );
        // Kurigram's stored address wins; the others get Pyrogram's table address.
        let want = v["expected"]["server_address"].as_str().map_or_else(
            || {
                mtrs_session_convert::dc_table::ipv4(f.dc_id.into(), false, Default::default())
                    .unwrap()
                    .to_string()
            },
            str::to_owned,
        );
        assert_eq!(
            s.home().unwrap().address.as_deref(),
            Some(want.as_str()),
            "{id}"
        );
    }
}

#[test]
fn the_wrong_reader_says_so() {
    let telethon = data_dir().join("telethon/public_v8.session");
    let pyrogram = data_dir().join("pyrogram/public_pyrogram_v3.session");
    assert!(matches!(
        pyrogram_file(&telethon),
        Err(ConvertError::InvalidField {
            field: "tables",
            ..
        })
    ));
    assert!(matches!(
        telethon_file(&pyrogram),
        Err(ConvertError::InvalidField {
            field: "tables",
            ..
        })
    ));
    assert!(matches!(
        telethon_file(data_dir().join("nope.session")),
        Err(ConvertError::Io { .. })
    ));
}

fn session() -> SessionData {
    let mut s = SessionData::new(DcId(4));
    s.dcs.insert(
        DcId(4),
        DcState::new()
            .with_address("149.154.167.91", 443)
            .with_auth_key(AuthKey::from_bytes([0x5a; 256])),
    );
    s.identity = Some(Identity::new(UserId(5_123_456_789)).with_bot(true));
    s.api_id = Some(12345);
    s
}

#[test]
fn telethon_file_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.session");
    let mut s = session();
    s.takeout_id = Some(99);
    s.update_state.account = Some(mtrs_session::AccountState {
        pts: 7,
        qts: 8,
        date: mtrs_session::UnixTime(9),
        seq: 10,
    });
    s.update_state
        .channels
        .insert(mtrs_session::ChannelId(1_234_567_890), 55);
    write_telethon_file(&path, &s).unwrap();
    let back = telethon_file(&path).unwrap();
    // Telethon stores no bot flag and no api_id.
    let mut want = s.clone();
    want.identity = Some(Identity::new(UserId(5_123_456_789)));
    want.api_id = None;
    assert_eq!(back, want);
    assert!(
        matches!(write_telethon_file(&path, &s), Err(ConvertError::Io { .. })),
        "never overwrites"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}

#[test]
fn pyrogram_file_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.session");
    let s = session();
    write_pyrogram_file(&path, &s).unwrap();
    let f = PyrogramFile::read(&path).unwrap();
    assert_eq!(f.schema_version, 3);
    assert_eq!(pyrogram_file(&path).unwrap(), s);
}

#[test]
fn hostile_files_give_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.session");
    std::fs::write(&path, b"SQLite format 3\0garbage garbage").unwrap();
    assert!(telethon_file(&path).is_err());
    assert!(pyrogram_file(&path).is_err());
    // A Telethon file with two session rows, or a short key.
    let p2 = dir.path().join("two.session");
    write_telethon_file(&p2, &session()).unwrap();
    {
        let c = rusqlite::Connection::open(&p2).unwrap();
        c.execute(
            "insert into sessions values (5, '1.2.3.4', 443, x'00', null)",
            [],
        )
        .unwrap();
    }
    assert!(matches!(
        telethon_file(&p2),
        Err(ConvertError::InvalidField {
            field: "sessions",
            ..
        })
    ));
    {
        let c = rusqlite::Connection::open(&p2).unwrap();
        c.execute("delete from sessions where dc_id = 4", [])
            .unwrap();
    }
    assert!(matches!(
        telethon_file(&p2),
        Err(ConvertError::InvalidField {
            field: "auth_key",
            ..
        })
    ));
}
