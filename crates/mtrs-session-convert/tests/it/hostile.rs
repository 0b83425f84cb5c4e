//! Hostile inputs (issue #15): special files, control characters and nonsense in stored
//! addresses, ports and DC ids, hints that disagree with the content, damaged key files and
//! foreign WAL files in read-only folders. Every one is a typed error, never a hang.

use std::path::Path;
use std::process::Command;

use mtrs_session_convert::{
    self as convert, AuthKey, ConvertError, DcId, DcState, Format, GramjsString, Identity,
    SessionData, UserId,
};
use rusqlite::{Connection, params};

fn session(address: &str, port: u16) -> SessionData {
    let mut s = SessionData::new(DcId(2));
    s.dcs.insert(
        DcId(2),
        DcState::new()
            .with_address(address, port)
            .with_auth_key(AuthKey::from_bytes([7; 256])),
    );
    s.identity = Some(Identity::new(UserId(42)));
    s
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
}

fn assert_invalid_value(e: &ConvertError, want_field: &str) -> String {
    match e {
        ConvertError::RoundTrip { source, .. } => assert_invalid_value(source, want_field),
        ConvertError::InvalidValue { field, value, .. } => {
            // mtrs strings call the home address plain `address`.
            assert!(want_field.ends_with(field), "{field} vs {want_field}: {e}");
            assert!(value.chars().all(|c| !c.is_control()), "{value:?}");
            assert!(value.len() < 120, "{value}");
            value.clone()
        }
        other => panic!("expected InvalidValue for {want_field}, got {other:?}"),
    }
}

#[test]
fn fifos_are_refused_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("f.session");
    mkfifo(&fifo);
    for result in [
        convert::detect_path(&fifo).map(drop),
        convert::telethon_file(&fifo).map(drop),
        convert::pyrogram_file(&fifo).map(drop),
    ] {
        assert!(
            matches!(result, Err(ConvertError::NotAFile { kind: "FIFO", .. })),
            "{result:?}"
        );
    }
    // A FIFO as key_datas inside a folder.
    let tdata = dir.path().join("tdata");
    std::fs::create_dir(&tdata).unwrap();
    mkfifo(&tdata.join("key_datas"));
    let err = convert::detect_path(&tdata).unwrap_err();
    assert!(
        matches!(err, ConvertError::NotAFile { kind: "FIFO", .. }),
        "{err:?}"
    );
    let err = convert::Tdata::open(&tdata, "").unwrap_err();
    assert!(
        matches!(err, ConvertError::NotAFile { kind: "FIFO", .. }),
        "{err:?}"
    );
    // /dev/zero and a folder given as a .session file.
    let err = convert::telethon_file("/dev/zero").unwrap_err();
    assert!(
        matches!(
            err,
            ConvertError::NotAFile {
                kind: "character device",
                ..
            }
        ),
        "{err:?}"
    );
    let err = convert::telethon_file(dir.path()).unwrap_err();
    assert!(
        matches!(err, ConvertError::NotAFile { kind: "folder", .. }),
        "{err:?}"
    );
}

#[test]
fn a_fifo_map_file_inside_tdata_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tdata");
    convert::write_tdata(
        &path,
        &[session("149.154.167.51", 443)],
        &Default::default(),
    )
    .unwrap();
    let tdata = convert::Tdata::open(&path, "").unwrap();
    // Replace the account's data file by a FIFO.
    let data_file = std::fs::read_dir(&path)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_file() && p.file_name().unwrap() != "key_datas")
        .unwrap();
    std::fs::remove_file(&data_file).unwrap();
    mkfifo(&data_file);
    let err = tdata.account(convert::AccountSelector::Active).unwrap_err();
    assert!(
        matches!(err, ConvertError::NotAFile { kind: "FIFO", .. }),
        "{err:?}"
    );
}

#[test]
fn control_characters_in_addresses_are_refused_everywhere() {
    let evil = "evil\u{1b}[2J.example";
    // Strings carrying the address as text: built by hand (the writers refuse it too).
    let g = GramjsString {
        dc_id: 2,
        address: evil.to_owned(),
        port: 443,
        auth_key: AuthKey::from_bytes([7; 256]),
    };
    assert_invalid_value(&g.render().unwrap_err(), "server_address");
    let s = session(evil, 443);
    for f in [
        Format::Mtrs,
        Format::Gramjs,
        Format::Mtcute,
        Format::Telethon,
    ] {
        let err = convert::export_str(f, &s).unwrap_err();
        assert_invalid_value(&err, "server_address");
        assert!(!err.to_string().contains('\u{1b}'), "{err}");
    }
}

fn telethon_file_with(dir: &Path, dc_id: i64, address: &str, port: i64) -> std::path::PathBuf {
    let path = dir.join(format!("t{dc_id}-{port}-{}.session", address.len()));
    convert::write_telethon_file(&path, &session("149.154.167.51", 443)).unwrap();
    let conn = Connection::open(&path).unwrap();
    conn.execute(
        "update sessions set dc_id = ?1, server_address = ?2, port = ?3",
        params![dc_id, address, port],
    )
    .unwrap();
    path
}

#[test]
fn session_files_with_bad_fields_are_refused_naming_field_and_value() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let cases: [(i64, String, i64, &str, &str); 5] = [
        (2, "149.154.167.51".into(), 0, "port", "0"),
        (
            2,
            "not an address at all !!".into(),
            443,
            "server_address",
            "not an address",
        ),
        (2, "a".repeat(10_240), 443, "server_address", "10240 bytes"),
        (99, "149.154.167.51".into(), 443, "dc_id", "99"),
        (
            2,
            "x\u{1b}]0;pwned\u{7}".into(),
            443,
            "server_address",
            "\\u{1b}",
        ),
    ];
    for (dc, address, port, field, shown) in cases {
        let path = telethon_file_with(d, dc, &address, port);
        let err = convert::telethon_file(&path).unwrap_err();
        let value = assert_invalid_value(&err, field);
        assert!(value.contains(shown), "{field}: {value}");
    }
    // Kurigram-style Pyrogram file with a stored address.
    let path = d.join("p.session");
    convert::write_pyrogram_file(&path, &session("149.154.167.51", 443)).unwrap();
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(
        "alter table sessions add column server_address text;
         alter table sessions add column port integer;
         update sessions set server_address = 'bad host!', port = 443;",
    )
    .unwrap();
    drop(conn);
    assert_invalid_value(
        &convert::pyrogram_file(&path).unwrap_err(),
        "server_address",
    );
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("update sessions set server_address = '1.2.3.4', dc_id = 99")
        .unwrap();
    drop(conn);
    assert_invalid_value(&convert::pyrogram_file(&path).unwrap_err(), "dc_id");
}

#[test]
fn a_gramjs_string_is_not_taken_for_telethon() {
    let g = convert::to_gramjs(&session("149.154.167.51", 443)).unwrap();
    let err = convert::import_str(Format::Telethon, &g).unwrap_err();
    assert!(
        matches!(
            err,
            ConvertError::WrongFormat {
                given: Format::Telethon,
                looks_like: Format::Gramjs
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("looks like gramjs"), "{err}");
    // A GramJS payload cut to Telethon's IPv4 length (263 bytes) is not a Telethon string.
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    let payload = b64.decode(&g[1..]).unwrap();
    let cut = format!("1{}", b64.encode(&payload[..263]));
    let err = convert::detect(&cut).unwrap_err();
    assert!(!matches!(err, ConvertError::WrongFormat { .. }));
    assert!(err.to_string().contains("GramJS"), "{err}");
    assert!(convert::telethon(&cut).is_err());
    // The other way round: a Telethon string given as GramJS.
    let t = convert::to_telethon(&session("149.154.167.51", 443)).unwrap();
    let err = convert::import_str(Format::Gramjs, &t).unwrap_err();
    assert!(
        matches!(
            err,
            ConvertError::WrongFormat {
                looks_like: Format::Telethon,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn exports_that_would_not_read_back_are_refused() {
    // A port of 0 cannot be written in any format (no reader accepts it).
    let s = session("149.154.167.51", 0);
    for f in [
        Format::Mtrs,
        Format::Gramjs,
        Format::Mtcute,
        Format::Telethon,
    ] {
        let err = convert::export_str(f, &s).unwrap_err();
        assert_invalid_value(&err, "port");
    }
}

#[test]
fn damaged_key_datas_is_called_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tdata");
    convert::write_tdata(
        &path,
        &[session("149.154.167.51", 443)],
        &Default::default(),
    )
    .unwrap();
    // Cut the encrypted local key short and fix the file's MD5 as a careless tool would.
    let key_datas = path.join("key_datas");
    let data = std::fs::read(&key_datas).unwrap();
    let version = i32::from_le_bytes(data[4..8].try_into().unwrap());
    let mut body = data[8..data.len() - 16].to_vec();
    // body: salt qbytes (4+32), then key_encrypted qbytes (4+288): shorten it by 16.
    body.splice(36..40, 272u32.to_be_bytes());
    body.drain(40 + 272..40 + 288);
    let mut md5 = md5_of(&body, version);
    let mut file = b"TDF$".to_vec();
    file.extend_from_slice(&version.to_le_bytes());
    file.extend_from_slice(&body);
    file.append(&mut md5);
    std::fs::write(&key_datas, file).unwrap();
    let err = convert::Tdata::open(&path, "").unwrap_err();
    assert!(
        matches!(err, ConvertError::Corrupt { .. }),
        "damaged, not a passcode: {err:?}"
    );
}

fn md5_of(body: &[u8], version: i32) -> Vec<u8> {
    use md5::{Digest, Md5};
    Md5::new()
        .chain_update(body)
        .chain_update((body.len() as u32).to_le_bytes())
        .chain_update(version.to_le_bytes())
        .chain_update(b"TDF$")
        .finalize()
        .to_vec()
}

#[cfg(unix)]
#[test]
fn wal_session_files_are_read_in_a_read_only_folder_without_writing() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("ro");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("w.session");
    convert::write_telethon_file(&path, &session("149.154.167.51", 443)).unwrap();
    // WAL mode, with the last commit only in the log (no checkpoint).
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "journal_mode", "wal").unwrap();
    conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    conn.execute("update sessions set port = 8443", []).unwrap();
    // Keep the log: copy the files as a crashed Telethon would leave them.
    let copy_dir = dir.path().join("copy");
    std::fs::create_dir(&copy_dir).unwrap();
    for suffix in ["", "-wal"] {
        std::fs::copy(
            format!("{}{suffix}", path.display()),
            copy_dir.join(format!("w.session{suffix}")),
        )
        .unwrap();
    }
    drop(conn);
    let copied = copy_dir.join("w.session");
    let before: Vec<_> = std::fs::read_dir(&copy_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    std::fs::set_permissions(&copy_dir, std::fs::Permissions::from_mode(0o500)).unwrap();
    let read = convert::telethon_file(&copied);
    let after: Vec<_> = std::fs::read_dir(&copy_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    std::fs::set_permissions(&copy_dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    let read = read.unwrap();
    assert_eq!(
        read.home().unwrap().port,
        Some(8443),
        "the WAL's commit is read"
    );
    assert_eq!(before, after, "nothing written beside the file");
    assert_eq!(convert::detect_path(&copied).unwrap(), Format::TelethonFile);
}

/// TL `bytes` as the mtcute and mtrs layouts store them (short form only).
fn tl_bytes(out: &mut Vec<u8>, data: &[u8]) {
    out.push(data.len() as u8);
    out.extend_from_slice(data);
    let pad = (4 - (1 + data.len()) % 4) % 4;
    out.extend(std::iter::repeat_n(0u8, pad));
}

/// Hand-built mtcute (v3) and mtrs strings carrying an ESC sequence in the stored address
/// (no writer of ours produces one): both readers refuse them with the value escaped.
#[test]
fn hand_built_strings_with_control_characters_are_refused() {
    use base64::Engine as _;
    use sha2::{Digest, Sha256};
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let evil = b"149.154.167.51\x1b[2J";
    // mtcute v3: version, flags, primary DC (option v2: id, flags, ip, port), key.
    let mut dc = vec![2, 2, 0];
    tl_bytes(&mut dc, evil);
    dc.extend_from_slice(&443i32.to_le_bytes());
    let mut m = vec![3];
    m.extend_from_slice(&0i32.to_le_bytes());
    tl_bytes(&mut m, &dc);
    m.push(0xfe);
    m.extend_from_slice(&[0, 1, 0]);
    m.extend_from_slice(&[7; 256]);
    let err = convert::mtcute(&b64.encode(&m)).unwrap_err();
    let value = assert_invalid_value(&err, "primary_dc");
    assert!(value.contains("\\u{1b}[2J"), "{value}");
    // mtrs:1: flags, home DC, one DC (id, flags address|port|key, time offset, address,
    // port, key), no options, then the checksum.
    let mut body = vec![0];
    body.extend_from_slice(&2i32.to_le_bytes());
    body.push(1);
    body.extend_from_slice(&2i32.to_le_bytes());
    body.push(1 | 2 | 4);
    body.extend_from_slice(&0i32.to_le_bytes());
    body.push(evil.len() as u8);
    body.extend_from_slice(evil);
    body.extend_from_slice(&443u16.to_le_bytes());
    body.extend_from_slice(&[7; 256]);
    body.extend_from_slice(&0u16.to_le_bytes());
    let check = Sha256::new()
        .chain_update("mtrs:1:")
        .chain_update(&body)
        .finalize();
    body.extend_from_slice(&check[..8]);
    let err = convert::mtrs(&format!("mtrs:1:{}", b64.encode(&body))).unwrap_err();
    let value = assert_invalid_value(&err, "address");
    assert!(value.contains("\\u{1b}[2J"), "{value}");
    assert!(!err.to_string().contains('\u{1b}'));
}
