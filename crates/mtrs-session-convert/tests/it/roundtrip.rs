//! Export → import round trips for every string format and our own.

use mtrs_session_convert::{
    AuthKey, ConvertError, DcId, DcOption, DcState, Format, Identity, SessionData, UserId, detect,
    export_str, import_str, mtrs, to_mtrs,
};

/// A session with everything the formats can carry.
pub fn full_session() -> SessionData {
    let mut s = SessionData::new(DcId(2));
    s.dcs.insert(
        DcId(2),
        DcState::new()
            .with_address("149.154.167.51", 443)
            .with_auth_key(AuthKey::from_bytes([0x42; 256])),
    );
    let mut other = DcState::new().with_auth_key(AuthKey::from_bytes([0x17; 256]));
    other.authorization_imported = true;
    other.time_offset = mtrs_session::TimeOffset(-3);
    s.dcs.insert(DcId(4), other);
    s.dcs.insert(
        DcId(5),
        DcState::new().with_address("2001:b28:f23f:f005::a", 443),
    );
    s.identity = Some(Identity::new(UserId(6_100_200_300)).with_bot(false));
    s.api_id = Some(611_335);
    s.takeout_id = Some(-77);
    let mut media = DcOption::new(DcId(2), "149.154.167.222", 443);
    media.media_only = true;
    s.dc_options.push(media);
    s
}

#[test]
fn mtrs_round_trip_is_lossless() {
    let s = full_session();
    let text = to_mtrs(&s).unwrap();
    assert_eq!(mtrs(&text).unwrap(), s);
    assert_eq!(detect(&text).unwrap().format, Format::Mtrs);
    // Test mode and an unknown bot flag survive too.
    let mut t = s.clone();
    t.test_mode = true;
    t.identity = Some(Identity::new(UserId(1)));
    t.dc_options[0].secret = Some(vec![1, 2, 3]);
    t.dc_options[0].cdn = true;
    assert_eq!(mtrs(&to_mtrs(&t).unwrap()).unwrap(), t);
}

#[test]
fn every_string_format_round_trips_what_it_stores() {
    let s = full_session();
    for format in [
        Format::Telethon,
        Format::Pyrogram,
        Format::Gramjs,
        Format::Mtcute,
    ] {
        let text = export_str(format, &s).unwrap();
        let back = import_str(format, &text).unwrap();
        assert_eq!(
            detect(&text).unwrap(),
            mtrs_session_convert::Detected {
                format,
                session: back.clone()
            },
            "{format}"
        );
        // What every format keeps: home DC and its key.
        assert_eq!(back.home_dc, s.home_dc, "{format}");
        assert_eq!(back.home_auth_key(), s.home_auth_key(), "{format}");
        // Exporting what we imported gives the same text (a fixed point).
        assert_eq!(export_str(format, &back).unwrap(), text, "{format}");
        match format {
            Format::Pyrogram => {
                assert_eq!(back.identity, s.identity);
                assert_eq!(back.api_id, s.api_id);
            }
            Format::Mtcute => {
                assert_eq!(back.identity, s.identity);
                assert_eq!(back.dc_options, s.dc_options);
                assert_eq!(
                    back.home(),
                    Some(
                        &DcState::new()
                            .with_address("149.154.167.51", 443)
                            .with_auth_key(AuthKey::from_bytes([0x42; 256]))
                    )
                );
            }
            _ => assert_eq!(back.home(), s.home(), "{format}"),
        }
    }
}

#[test]
fn test_mode_survives_formats_that_infer_it() {
    let mut s = SessionData::new(DcId(2));
    s.test_mode = true;
    s.dcs.insert(
        DcId(2),
        DcState::new().with_auth_key(AuthKey::from_bytes([9; 256])),
    );
    s.identity = Some(Identity::new(UserId(5)).with_bot(true));
    s.api_id = Some(1);
    for format in [
        Format::Telethon,
        Format::Pyrogram,
        Format::Gramjs,
        Format::Mtcute,
        Format::Mtrs,
    ] {
        let back = import_str(format, &export_str(format, &s).unwrap()).unwrap();
        assert!(back.test_mode, "{format}");
        if format != Format::Mtrs {
            assert_eq!(
                back.home().and_then(|d| d.address.as_deref()),
                Some("149.154.167.40"),
                "{format}"
            );
        }
    }
}

#[test]
fn exports_refuse_what_they_cannot_represent() {
    let mut s = SessionData::new(DcId(2));
    assert!(matches!(
        to_mtrs(&s),
        Err(ConvertError::Missing {
            field: "auth_key",
            ..
        })
    ));
    s.dcs.insert(
        DcId(2),
        DcState::new().with_auth_key(AuthKey::from_bytes([9; 256])),
    );
    let e = export_str(Format::Pyrogram, &s).unwrap_err();
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
    let mut far = SessionData::new(DcId(300));
    far.dcs.insert(
        DcId(300),
        DcState::new().with_auth_key(AuthKey::from_bytes([9; 256])),
    );
    assert!(matches!(
        export_str(Format::Telethon, &far),
        Err(ConvertError::InvalidField { field: "dc_id", .. })
    ));
    let mut unknown = SessionData::new(DcId(9));
    unknown.dcs.insert(
        DcId(9),
        DcState::new().with_auth_key(AuthKey::from_bytes([9; 256])),
    );
    assert!(matches!(
        export_str(Format::Gramjs, &unknown),
        Err(ConvertError::Missing {
            field: "server_address",
            ..
        })
    ));
    assert!(matches!(
        export_str(Format::Tdata, &unknown),
        Err(ConvertError::Unsupported { .. })
    ));
}

#[test]
fn errors_never_contain_secrets() {
    let s = full_session();
    let text = to_mtrs(&s).unwrap();
    let mut edited = text.clone().into_bytes();
    let last = edited.len() - 1;
    edited[last] = if edited[last] == b'A' { b'B' } else { b'A' };
    let edited = String::from_utf8(edited).unwrap();
    let e = mtrs(&edited).unwrap_err();
    assert!(matches!(e, ConvertError::Corrupt { .. }));
    for msg in [e.to_string(), format!("{e:?}"), format!("{s:?}")] {
        assert!(!msg.contains(&text[7..20]), "{msg}");
        assert!(
            !msg.contains("42, 42, 42") && !msg.contains("424242"),
            "{msg}"
        );
    }
}

#[test]
fn gramjs_host_names_and_high_ports() {
    let mut s = SessionData::new(DcId(4));
    s.dcs.insert(
        DcId(4),
        DcState::new()
            .with_address("vesta-1.web.telegram.org", 65535)
            .with_auth_key(AuthKey::from_bytes([8; 256])),
    );
    let text = export_str(Format::Gramjs, &s).unwrap();
    assert_eq!(
        import_str(Format::Gramjs, &text).unwrap(),
        s,
        "port read as u16, name kept"
    );
    // Telethon stores packed IPs: the host name becomes the DC table's address.
    let t = import_str(Format::Telethon, &export_str(Format::Telethon, &s).unwrap()).unwrap();
    assert_eq!(t.home().unwrap().address.as_deref(), Some("149.154.167.91"));
    assert_eq!(t.home_auth_key(), s.home_auth_key());
}

#[test]
fn all_zero_keys_are_no_keys() {
    let mut s = SessionData::new(DcId(2));
    s.dcs.insert(
        DcId(2),
        DcState::new()
            .with_address("149.154.167.51", 443)
            .with_auth_key(AuthKey::from_bytes([0; 256])),
    );
    for f in [
        Format::Telethon,
        Format::Gramjs,
        Format::Mtcute,
        Format::Mtrs,
    ] {
        let e = export_str(f, &s).unwrap_err();
        assert!(
            matches!(
                e,
                ConvertError::InvalidField {
                    field: "auth_key",
                    ..
                }
            ),
            "{f}: {e}"
        );
    }
    s.identity = Some(Identity::new(UserId(1)));
    s.api_id = Some(1);
    assert!(export_str(Format::Pyrogram, &s).is_err());
    let dir = tempfile::tempdir().unwrap();
    for f in [Format::TelethonFile, Format::PyrogramFile, Format::Tdata] {
        let e = mtrs_session_convert::export_path(f, dir.path().join(f.name()), &s).unwrap_err();
        assert!(
            matches!(
                e,
                ConvertError::InvalidField {
                    field: "auth_key",
                    ..
                }
            ),
            "{f}: {e}"
        );
    }
}
