//! tdata folders: every vector, the recorded conversions, folders we write (read back, names,
//! checksums, byte-exact against opentele given its secrets), passcodes and account selection.

use std::path::{Path, PathBuf};

use serde_json::Value;

use mtrs_session_convert::{
    AccountSelector, AuthKey, ConvertError, DcId, DcState, Format, Identity, MtcuteString,
    SessionData, Tdata, TdataWriteOptions, UserId, detect_path, mtcute, tdesktop, telethon,
    to_mtcute, to_telethon, write_tdata,
};

use crate::{conversions, data_dir, vector, vectors, without};

fn dir_of(v: &Value) -> PathBuf {
    data_dir().join(v["dir"].as_str().unwrap())
}

fn key_hex(k: &AuthKey) -> String {
    hex::encode(k.as_bytes())
}

#[test]
fn every_tdata_vector_reads_as_expected() {
    let mut checked = 0;
    for v in vectors().into_iter().filter(|v| v["format"] == "tdata") {
        let id = v["id"].as_str().unwrap();
        let td = Tdata::open(dir_of(&v), v["passcode"].as_str().unwrap())
            .unwrap_or_else(|e| panic!("{id}: {e}"));
        let kd = &v["key_data"];
        let order: Vec<u64> = kd["order"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_u64().unwrap())
            .collect();
        assert_eq!(
            td.account_indices()
                .iter()
                .map(|&i| u64::from(i))
                .collect::<Vec<_>>(),
            order,
            "{id}"
        );
        assert_eq!(
            Some(u64::from(td.active_index())),
            kd["active"].as_u64(),
            "{id}"
        );
        if let Some(version) = kd["version"].as_i64() {
            assert_eq!(i64::from(td.app_version()), version, "{id}");
        }
        for a in v["accounts"].as_array().unwrap() {
            let index = a["index"].as_u64().unwrap() as u8;
            let acc = td.account(AccountSelector::Index(index)).unwrap();
            let e = &a["expected"];
            assert_eq!(i64::from(acc.main_dc), e["dc_id"].as_i64().unwrap(), "{id}");
            assert_eq!(acc.user_id, e["user_id"].as_i64().unwrap(), "{id}");
            let keys: Vec<(i64, String)> = acc
                .keys
                .iter()
                .map(|(d, k)| (i64::from(*d), key_hex(k)))
                .collect();
            let want: Vec<(i64, String)> = a["keys"]
                .as_array()
                .unwrap()
                .iter()
                .map(|k| {
                    (
                        k["dc_id"].as_i64().unwrap(),
                        k["auth_key_hex"].as_str().unwrap().to_owned(),
                    )
                })
                .collect();
            assert_eq!(keys, want, "{id}");
            if let Some(d) = a["keys_to_destroy"].as_array() {
                assert_eq!(acc.keys_to_destroy.len(), d.len(), "{id}");
            }
            assert_eq!(
                acc.wide_ids,
                v["mtp_block_layout"] != "legacy-32bit",
                "{id}"
            );
            let s = acc.to_session();
            assert_eq!(
                s.home_auth_key().map(key_hex).as_deref(),
                e["auth_key_hex"].as_str(),
                "{id}"
            );
            assert_eq!(
                s.identity,
                Some(Identity::new(UserId(acc.user_id)).with_bot(false))
            );
            assert!(!s.test_mode);
        }
        assert_eq!(detect_path(dir_of(&v)).unwrap(), Format::Tdata, "{id}");
        // The parent folder (holding `tdata/`) works too.
        assert_eq!(
            Tdata::open(
                dir_of(&v).parent().unwrap(),
                v["passcode"].as_str().unwrap()
            )
            .unwrap()
            .account_indices(),
            td.account_indices()
        );
        checked += 1;
    }
    assert_eq!(checked, 5);
}

#[test]
fn passcode_is_required_and_checked() {
    let v = vector("tdata-opentele-passcode");
    for wrong in ["", "mtrs-public-passcodE"] {
        assert!(
            matches!(
                Tdata::open(dir_of(&v), wrong),
                Err(ConvertError::WrongPasscode)
            ),
            "{wrong:?}"
        );
    }
    let plain = vector("tdata-opentele-nopasscode");
    assert!(matches!(
        Tdata::open(dir_of(&plain), "x"),
        Err(ConvertError::WrongPasscode)
    ));
}

#[test]
fn account_selection() {
    let v = vector("tdata-mtcute-2accounts");
    let td = Tdata::open(dir_of(&v), "").unwrap();
    assert_eq!(td.account(AccountSelector::Active).unwrap().index, 0);
    assert_eq!(
        td.account(AccountSelector::Index(1)).unwrap().user_id,
        222_222_222
    );
    match td.account(AccountSelector::Index(4)) {
        Err(ConvertError::NoSuchAccount {
            index: 4,
            available,
        }) => assert_eq!(available, vec![0, 1]),
        other => panic!("{other:?}"),
    }
    assert_eq!(td.accounts().len(), 2);
    assert_eq!(
        tdesktop(dir_of(&v), "", AccountSelector::Index(1))
            .unwrap()
            .home_dc,
        DcId(1)
    );
}

fn conversion_input_dir(c: &Value) -> PathBuf {
    data_dir().join(c["input_dir"].as_str().unwrap())
}

fn passcode_of_dir(dir: &str) -> String {
    vectors().into_iter().find(|v| v["dir"] == dir).unwrap()["passcode"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn tdata_to_telethon_matches_opentele_exactly() {
    let mut checked = 0;
    for c in conversions().into_iter().filter(|c| {
        c["id"]
            .as_str()
            .unwrap()
            .starts_with("opentele--tdata-to-telethon")
    }) {
        let index = c["account_index"].as_u64().unwrap() as u8;
        let pass = passcode_of_dir(c["input_dir"].as_str().unwrap());
        let s = tdesktop(
            conversion_input_dir(&c),
            &pass,
            AccountSelector::Index(index),
        )
        .unwrap();
        // Addresses come from Desktop's own table, as opentele's do: byte-exact.
        assert_eq!(
            to_telethon(&s).unwrap(),
            c["output"].as_str().unwrap(),
            "{}",
            c["id"]
        );
        assert_eq!(
            s.identity.as_ref().map(|i| i.user_id.0),
            c["output_fields"]["tdata_user_id"].as_i64()
        );
        checked += 1;
    }
    assert_eq!(checked, 6);
}

#[test]
fn tdata_to_mtcute_is_field_equal() {
    let mut checked = 0;
    for c in conversions().into_iter().filter(|c| {
        c["id"]
            .as_str()
            .unwrap()
            .starts_with("mtcute-convert--tdata-")
    }) {
        let fields = c
            .get("output_fields")
            .or_else(|| c["retry_with_fs_adapter"].get("output_fields"))
            .unwrap();
        let index = c["account_index"].as_u64().unwrap() as u8;
        let pass = passcode_of_dir(c["input_dir"].as_str().unwrap());
        let s = tdesktop(
            conversion_input_dir(&c),
            &pass,
            AccountSelector::Index(index),
        )
        .unwrap();
        let m = MtcuteString::parse(&to_mtcute(&s).unwrap()).unwrap();
        let ours = crate::mtcute_detail(&m);
        // Same DC, port, flags, identity and key; the IP is each converter's own table's.
        assert_eq!(ours["self"], fields["self"], "{}", c["id"]);
        assert_eq!(ours["auth_key_hex"], fields["auth_key_hex"], "{}", c["id"]);
        assert_eq!(
            without(&ours["main_dc"], &["ip"]),
            without(&fields["main_dc"], &["ip"]),
            "{}",
            c["id"]
        );
        checked += 1;
    }
    assert_eq!(checked, 4);
}

fn qbytes_list(mut body: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    while !body.is_empty() {
        let len = u32::from_be_bytes(body[..4].try_into().unwrap()) as usize;
        out.push(body[4..4 + len].to_vec());
        body = &body[4 + len..];
    }
    out
}

fn salt_of(key_datas: &Path) -> [u8; 32] {
    let data = std::fs::read(key_datas).unwrap();
    assert_eq!(&data[8..12], &[0, 0, 0, 32]);
    data[12..44].try_into().unwrap()
}

fn local_key_of(v: &Value) -> [u8; 256] {
    hex::decode(v["key_data"]["local_key_hex"].as_str().unwrap())
        .unwrap()
        .try_into()
        .unwrap()
}

#[test]
fn telethon_to_tdata_matches_opentele_byte_for_byte() {
    for (conv, vid) in [
        (
            "opentele--telethon-to-tdata--tdata-opentele-nopasscode--acc0",
            "tdata-opentele-nopasscode",
        ),
        (
            "opentele--telethon-to-tdata--tdata-opentele-passcode--acc0",
            "tdata-opentele-passcode",
        ),
    ] {
        let c = conversions().into_iter().find(|c| c["id"] == conv).unwrap();
        let v = vector(vid);
        let mut s = telethon(c["input"].as_str().unwrap()).unwrap();
        // Telethon strings carry no user id; opentele asked the server. We take it from the
        // caller (here: the vector), never invent it.
        s.identity = Some(Identity::new(UserId(
            v["accounts"][0]["expected"]["user_id"].as_i64().unwrap(),
        )));
        let theirs = dir_of(&v);
        let opts = TdataWriteOptions::new()
            .passcode(v["passcode"].as_str().unwrap())
            .app_version(3_004_000)
            .fixed_secrets(local_key_of(&v), salt_of(&theirs.join("key_datas")));
        let out = tempfile::tempdir().unwrap();
        write_tdata(out.path(), &[s], &opts).unwrap();
        for name in ["D877F783D5D3EF8Cs", "D877F783D5D3EF8C/maps"] {
            let ours = std::fs::read(out.path().join(name)).unwrap();
            let want = std::fs::read(theirs.join(name)).unwrap();
            assert!(ours == want, "{conv}: {name} differs");
        }
        // key_datas: header, salt and wrapped local key are identical; the account list
        // differs only in the active index (opentele writes -1 for "none", we write 0;
        // Desktop opens the first account for both).
        let ours = std::fs::read(out.path().join("key_datas")).unwrap();
        let want = std::fs::read(theirs.join("key_datas")).unwrap();
        assert_eq!(ours.len(), want.len());
        let (ours, want) = (
            qbytes_list(&ours[8..ours.len() - 16]),
            qbytes_list(&want[8..want.len() - 16]),
        );
        assert_eq!(ours[..2], want[..2], "{conv}: salt and wrapped local key");
        let key = mtrs_crypto::tdesktop::LocalKey::from_bytes(local_key_of(&v));
        let info = |b: &[u8]| hex::encode(mtrs_crypto::tdesktop::decrypt_local(&key, b).unwrap());
        assert_eq!(info(&ours[2]), "000000010000000000000000");
        assert_eq!(info(&want[2]), "0000000100000000ffffffff");
    }
}

#[test]
fn mtcute_to_tdata_is_field_equal() {
    let v = vector("tdata-mtcute-2accounts");
    let mut inputs: Vec<(u64, SessionData)> = conversions()
        .into_iter()
        .filter(|c| {
            c["id"]
                .as_str()
                .unwrap()
                .starts_with("mtcute-convert--mtcute-to-tdata--")
        })
        .map(|c| {
            (
                c["account_index"].as_u64().unwrap(),
                mtcute(c["input"].as_str().unwrap()).unwrap(),
            )
        })
        .collect();
    inputs.sort_by_key(|(i, _)| *i);
    let sessions: Vec<SessionData> = inputs.into_iter().map(|(_, s)| s).collect();
    let out = tempfile::tempdir().unwrap();
    write_tdata(out.path(), &sessions, &TdataWriteOptions::new()).unwrap();
    let td = Tdata::open(out.path(), "").unwrap();
    let theirs = Tdata::open(dir_of(&v), "").unwrap();
    assert_eq!(td.account_indices(), theirs.account_indices());
    for i in td.account_indices() {
        let (a, b) = (
            td.account(AccountSelector::Index(*i)).unwrap(),
            theirs.account(AccountSelector::Index(*i)).unwrap(),
        );
        assert_eq!(
            (a.user_id, a.main_dc, &a.keys, a.keys_to_destroy.len()),
            (b.user_id, b.main_dc, &b.keys, 0)
        );
    }
    // The same file names as mtcute's folder.
    let names = |p: &Path| {
        let mut n: Vec<String> = walk(p)
            .into_iter()
            .map(|f| f.strip_prefix(p).unwrap().display().to_string())
            .collect();
        n.sort();
        n
    };
    assert_eq!(names(out.path()), names(&dir_of(&v)));
}

fn walk(p: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(p).unwrap() {
        let path = e.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path))
        } else {
            out.push(path)
        }
    }
    out
}

#[test]
fn folders_we_write_read_back_with_every_key() {
    let mut a = SessionData::new(DcId(4));
    a.dcs.insert(
        DcId(4),
        DcState::new().with_auth_key(AuthKey::from_bytes([4; 256])),
    );
    a.dcs.insert(
        DcId(2),
        DcState::new().with_auth_key(AuthKey::from_bytes([2; 256])),
    );
    a.dcs
        .insert(DcId(5), DcState::new().with_address("91.108.56.130", 443));
    a.identity = Some(Identity::new(UserId(5_123_456_789)));
    let mut b = SessionData::new(DcId(1));
    b.dcs.insert(
        DcId(1),
        DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])),
    );
    b.identity = Some(Identity::new(UserId(7)).with_bot(false));
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("tdata");
    let passcode = "пароль 🔑";
    write_tdata(
        &dir,
        &[a.clone(), b.clone()],
        &TdataWriteOptions::new().passcode(passcode),
    )
    .unwrap();
    assert!(matches!(
        Tdata::open(&dir, ""),
        Err(ConvertError::WrongPasscode)
    ));
    let td = Tdata::open(&dir, passcode).unwrap();
    assert_eq!(td.account_indices(), &[0, 1]);
    let back_a = td.account(AccountSelector::Index(0)).unwrap();
    let keys: Vec<i32> = back_a.keys.iter().map(|(d, _)| *d).collect();
    assert_eq!(keys, vec![2, 4], "every DC with a key, none without");
    assert_eq!(back_a.keys_to_destroy.len(), 0);
    let sa = back_a.to_session();
    assert_eq!(
        (sa.home_dc, sa.home_auth_key()),
        (a.home_dc, a.home_auth_key())
    );
    assert_eq!(sa.dcs[&DcId(2)].auth_key, a.dcs[&DcId(2)].auth_key);
    let sb = td.account(AccountSelector::Index(1)).unwrap().to_session();
    assert_eq!(sb.identity, b.identity);
    // Names and permissions per spec; refuses to write over an existing folder.
    for name in [
        "key_datas",
        "D877F783D5D3EF8Cs",
        "D877F783D5D3EF8C/maps",
        "A7FDF864FBC10B77s",
        "A7FDF864FBC10B77/maps",
    ] {
        let meta = std::fs::metadata(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(meta.permissions().mode() & 0o777, 0o600, "{name}");
        }
        let data = std::fs::read(dir.join(name)).unwrap();
        assert_eq!(&data[..4], b"TDF$");
        assert_eq!(
            i32::from_le_bytes(data[4..8].try_into().unwrap()),
            mtrs_session_convert::DEFAULT_APP_VERSION
        );
        let _ = meta;
    }
    assert_eq!(walk(&dir).len(), 5);
    assert!(matches!(
        write_tdata(&dir, &[b], &TdataWriteOptions::new()),
        Err(ConvertError::Io { .. })
    ));
}

#[test]
fn tdata_export_refuses_what_desktop_cannot_use() {
    let out = tempfile::tempdir().unwrap();
    let mut s = SessionData::new(DcId(2));
    s.dcs.insert(
        DcId(2),
        DcState::new().with_auth_key(AuthKey::from_bytes([2; 256])),
    );
    let e = write_tdata(
        out.path().join("a"),
        &[s.clone()],
        &TdataWriteOptions::new(),
    )
    .unwrap_err();
    assert!(
        matches!(
            e,
            ConvertError::Missing {
                field: "user_id",
                ..
            }
        ),
        "{e}"
    );
    s.identity = Some(Identity::new(UserId(3)));
    s.test_mode = true;
    let e = write_tdata(
        out.path().join("b"),
        &[s.clone()],
        &TdataWriteOptions::new(),
    )
    .unwrap_err();
    assert!(matches!(e, ConvertError::Unsupported { .. }), "{e}");
    s.test_mode = false;
    let e = write_tdata(out.path().join("c"), &vec![s; 7], &TdataWriteOptions::new()).unwrap_err();
    assert!(
        matches!(
            e,
            ConvertError::InvalidField {
                field: "accounts",
                ..
            }
        ),
        "{e}"
    );
    assert!(!out.path().join("a").exists() && !out.path().join("b").exists());
}

#[test]
fn legacy_suffixes_prefer_the_newest_valid_copy() {
    let src = dir_of(&vector("tdata-derived-suffix0"));
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    copy_dir(&src, dir);
    // A newer but damaged `1` copy of the account file is skipped in favour of `0`.
    let mut bad = std::fs::read(dir.join("D877F783D5D3EF8C0")).unwrap();
    let last = bad.len() - 1;
    bad[last] ^= 0xff;
    std::fs::write(dir.join("D877F783D5D3EF8C1"), &bad).unwrap();
    let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
    std::fs::File::options()
        .write(true)
        .open(dir.join("D877F783D5D3EF8C0"))
        .unwrap()
        .set_modified(old)
        .unwrap();
    let s = tdesktop(dir, "", AccountSelector::Active).unwrap();
    assert_eq!(s.identity.unwrap().user_id, UserId(123_456_789));
    // With only the damaged copy left, the checksum error surfaces.
    std::fs::remove_file(dir.join("D877F783D5D3EF8C0")).unwrap();
    let e = tdesktop(dir, "", AccountSelector::Active).unwrap_err();
    assert!(matches!(e, ConvertError::Corrupt { .. }), "{e}");
    std::fs::remove_file(dir.join("D877F783D5D3EF8C1")).unwrap();
    let e = tdesktop(dir, "", AccountSelector::Active).unwrap_err();
    assert!(matches!(e, ConvertError::MissingFile { .. }), "{e}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &dest)
        } else {
            std::fs::copy(&p, &dest).unwrap();
        }
    }
}
