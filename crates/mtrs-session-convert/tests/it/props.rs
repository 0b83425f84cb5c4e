//! No input panics any parser; truncated or edited mtrs strings are always `Corrupt`.

use proptest::prelude::*;

use mtrs_session_convert::{
    ConvertError, GramjsString, MtcuteString, PyrogramString, TelethonString, detect, mtrs, to_mtrs,
};

/// Write what we read, read it back (as the fuzz target `convert_strings` does).
fn round_trip(session: &mtrs_session_convert::SessionData) {
    use mtrs_session_convert::{Format, export_str, import_str};
    for format in [
        Format::Mtrs,
        Format::Telethon,
        Format::Pyrogram,
        Format::Gramjs,
        Format::Mtcute,
    ] {
        if let Ok(text) = export_str(format, session) {
            let back = import_str(format, &text).expect("our own output re-imports");
            assert_eq!(back.home_auth_key(), session.home_auth_key(), "{format}");
        }
    }
}

fn all_string_parsers(s: &str) {
    if let Ok(t) = TelethonString::parse(s) {
        round_trip(&t.to_session());
    }
    if let Ok(p) = PyrogramString::parse(s) {
        round_trip(&p.to_session());
    }
    if let Ok(g) = GramjsString::parse(s) {
        round_trip(&g.to_session());
    }
    if let Ok(m) = MtcuteString::parse(s) {
        round_trip(&m.to_session());
    }
    if let Ok(session) = mtrs(s) {
        round_trip(&session);
    }
    if let Ok(found) = detect(s) {
        round_trip(&found.session);
    }
}

fn b64_of(bytes: &[u8], url: bool) -> String {
    use base64::Engine as _;
    if url {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    } else {
        base64::engine::general_purpose::STANDARD.encode(bytes)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC{0,4096}") {
        all_string_parsers(&s);
    }

    #[test]
    fn arbitrary_payloads_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..3072), url in any::<bool>()) {
        let body = b64_of(&bytes, url);
        all_string_parsers(&body);
        all_string_parsers(&format!("1{body}"));
        all_string_parsers(&format!("mtrs:1:{body}"));
    }

    #[test]
    fn structured_payloads_never_panic(version in 1u8..=3, len_byte in any::<u8>(), tail in proptest::collection::vec(any::<u8>(), 0..600)) {
        // Valid-looking heads reach deeper into the parsers than random bytes do.
        let mut p = vec![version, 5, 0, 0, 0, len_byte, 2, 2, 0];
        p.extend_from_slice(&tail);
        all_string_parsers(&b64_of(&p, true));
        let mut g = vec![2, 0, len_byte];
        g.extend_from_slice(&tail);
        all_string_parsers(&format!("1{}", b64_of(&g, false)));
    }

    #[test]
    fn truncated_or_edited_mtrs_strings_are_corrupt(cut in 1usize..2000, pos in 7usize..2000, with in "[A-Za-z0-9_-]") {
        let text = to_mtrs(&crate::roundtrip::full_session()).unwrap();
        let cut = cut % text.len();
        if cut > 0 {
            let e = mtrs(&text[..cut]).unwrap_err();
            prop_assert!(matches!(e, ConvertError::Corrupt { .. }), "cut {}: {}", cut, e);
        }
        let pos = 7 + pos % (text.len() - 7);
        let mut edited = text.clone();
        edited.replace_range(pos..=pos, &with);
        if edited != text {
            let e = mtrs(&edited).unwrap_err();
            prop_assert!(matches!(e, ConvertError::Corrupt { .. }), "edit at {}: {}", pos, e);
        }
    }
}

fn payload_with_head(head: &[u8], tail: &[u8]) -> Vec<u8> {
    let mut v = head.to_vec();
    v.extend_from_slice(tail);
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn account_lists_round_trip(indices in proptest::collection::vec(0i32..6, 1..=6), active in -1i32..7) {
        use mtrs_session_convert::tdata_fuzzing as f;
        let mut plain = (indices.len() as i32).to_be_bytes().to_vec();
        for i in &indices {
            plain.extend_from_slice(&i.to_be_bytes());
        }
        plain.extend_from_slice(&active.to_be_bytes());
        prop_assert!(f::key_data_info(&plain).is_ok());
        prop_assert_eq!(f::key_data_round_trip(&plain).ok(), Some(true));
    }

    #[test]
    fn tdata_parsers_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096), n in 0u8..8) {
        use mtrs_session_convert::tdata_fuzzing as f;
        let _ = f::key_data_file(&bytes);
        let _ = f::key_data_info(&bytes);
        let _ = f::mtp_plain(&bytes);
        // Heads that pass the first checks reach the deeper fields.
        // What parses is written again and reads back the same.
        let info = payload_with_head(&[0, 0, 0, n], &bytes);
        if f::key_data_info(&info).is_ok() {
            prop_assert_eq!(f::key_data_round_trip(&info).ok(), Some(true));
        }
        for mtp in [
            payload_with_head(&[0, 0, 0, 0x4b, 0, 0, 1, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], &bytes),
            payload_with_head(&[0, 0, 0, 0x4b, 0, 0, 0, 16, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, n], &bytes),
        ] {
            if f::mtp_plain(&mtp).is_ok() {
                prop_assert_eq!(f::mtp_round_trip(&mtp).ok(), Some(true));
            }
        }
    }

    #[test]
    fn session_files_and_folders_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096), sqlite_head in any::<bool>()) {
        let dir = tempfile::tempdir().unwrap();
        let data = if sqlite_head { payload_with_head(b"SQLite format 3\0", &bytes) } else { bytes.clone() };
        let file = dir.path().join("x.session");
        std::fs::write(&file, &data).unwrap();
        let _ = mtrs_session_convert::telethon_file(&file);
        let _ = mtrs_session_convert::pyrogram_file(&file);
        let _ = mtrs_session_convert::detect_path(&file);
        let td = dir.path().join("tdata");
        std::fs::create_dir(&td).unwrap();
        std::fs::write(td.join("key_datas"), &data).unwrap();
        let _ = mtrs_session_convert::Tdata::open(&td, "");
        let _ = mtrs_session_convert::detect_path(&td);
    }
}
