//! The real schemas parse, and every explicit id matches the CRC32 of its definition.

fn read(rel: &str) -> String {
    let p = format!("{}/../{rel}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

#[test]
fn api_tl_ids_all_verify() {
    let s = mtrs_tl_gen::parse(&read("mtrs-tl-api/tl/api.tl")).expect("api.tl parses");
    assert!(s.layer.expect("LAYER line") >= 230);
    assert!(s.definitions.len() > 2000);
    let bad: Vec<String> = mtrs_tl_gen::check_ids(&s)
        .iter()
        .map(|(d, i)| format!("{d} (crc {i:08x})"))
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn mtproto_tl_ids_verify_except_config_simple() {
    let s = mtrs_tl_gen::parse(&read("mtrs-tl/tl/mtproto.tl")).expect("mtproto.tl parses");
    assert_eq!(
        s.builtins,
        [
            "int", "long", "double", "string", "vector", "int128", "int256"
        ]
    );
    let mut bad: Vec<String> = mtrs_tl_gen::check_ids(&s)
        .iter()
        .map(|(d, _)| d.full_name())
        .collect();
    bad.sort();
    assert_eq!(
        bad,
        ["accessPointRule", "help.configSimple", "ipPortSecret"]
    );
}
