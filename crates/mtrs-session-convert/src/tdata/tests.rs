use std::path::PathBuf;

use super::*;

fn vectors_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

fn local_key_of(vector_id: &str) -> LocalKey {
    let text = std::fs::read_to_string(vectors_dir().join("vectors.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let v = json["vectors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["id"] == vector_id)
        .unwrap()
        .clone();
    let bytes = hex::decode(v["key_data"]["local_key_hex"].as_str().unwrap()).unwrap();
    LocalKey::from_slice(&bytes).unwrap()
}

#[test]
fn file_parts_follow_the_spec_table() {
    let want = [
        "D877F783D5D3EF8C",
        "A7FDF864FBC10B77",
        "F8806DD0C461824F",
        "C2B05980D9127787",
        "0CA814316818D8F6",
        "45D0FC5B5101406D",
    ];
    for (i, w) in want.iter().enumerate() {
        assert_eq!(tdf::file_part(&tdf::data_name(i as u8)), *w);
    }
    assert_eq!(tdf::data_name(1), "data#2");
}

#[test]
fn tdf_round_trip_and_checksum() {
    let file = tdf::build(5_008_003, b"\x00\x00\x00\x02hi");
    let parsed = tdf::parse(&file).unwrap();
    assert_eq!(
        (parsed.version, parsed.body.as_slice()),
        (5_008_003, &b"\x00\x00\x00\x02hi"[..])
    );
    for i in 0..file.len() {
        let mut bad = file.clone();
        bad[i] ^= 0x01;
        assert!(tdf::parse(&bad).is_err(), "flip at {i} must be detected");
    }
    assert!(tdf::parse(&file[..file.len() - 1]).is_err());
}

#[test]
fn maps_of_real_writers_hold_an_empty_map() {
    for (id, dir) in [
        ("tdata-opentele-nopasscode", "opentele_nopasscode"),
        ("tdata-mtcute-2accounts", "mtcute_two_accounts"),
    ] {
        let key = local_key_of(id);
        let account = vectors_dir()
            .join("tdata")
            .join(dir)
            .join("tdata/D877F783D5D3EF8C");
        let file = tdf::read(&account, "map").unwrap();
        let mut r = crate::reader::Reader::new(F, &file.body);
        let a = tdf::qbytes(&mut r, "legacy1").unwrap().map(<[u8]>::len);
        let b = tdf::qbytes(&mut r, "legacy2").unwrap().map(<[u8]>::len);
        let enc = tdf::qbytes(&mut r, "map").unwrap().unwrap().to_vec();
        r.finish().unwrap();
        let payload = mtrs_crypto::tdesktop::decrypt_local(&key, &enc).unwrap();
        eprintln!(
            "{id}: legacy arrays {a:?} {b:?}, map payload {}",
            hex::encode(&payload)
        );
        // Ours: null, null, encrypted empty payload (the same size as theirs).
        let ours = maps_body(&key, &[0; 16]).unwrap();
        assert_eq!(ours.len(), file.body.len(), "{id}");
        assert!(payload.is_empty(), "{id}");
    }
}
