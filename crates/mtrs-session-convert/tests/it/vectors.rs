//! Every string vector of `vectors.json`: decoded fields equal `expected`, detection finds
//! the right format, invalid inputs get their verdict.

use serde_json::Value;

use mtrs_session_convert::{
    ConvertError, Format, GramjsString, MtcuteLayout, MtcuteString, PyrogramLayout, PyrogramString,
    TelethonString, detect,
};

use crate::{
    gramjs_record, mtcute_detail, mtcute_record, pyrogram_record, telethon_record, vectors, without,
};

/// Vectors of optional, non-standard layouts this crate does not support
/// (`docs/formats/telethon.md#the-non-standard-2-prefix-not-supported`).
const SKIPPED_OPTIONAL: &[&str] = &["mtgo-legacy-telethon-v2"];

fn string_format(v: &Value) -> Option<Format> {
    Some(match v["format"].as_str()? {
        "telethon-string" => Format::Telethon,
        "pyrogram-string" => Format::Pyrogram,
        "gramjs-string" => Format::Gramjs,
        "mtcute-string" => Format::Mtcute,
        _ => return None,
    })
}

/// Parses `s` as `format` and returns its canonical record.
fn record(format: Format, s: &str) -> Result<Value, ConvertError> {
    Ok(match format {
        Format::Telethon => telethon_record(&TelethonString::parse(s)?),
        Format::Pyrogram => pyrogram_record(&PyrogramString::parse(s)?),
        Format::Gramjs => gramjs_record(&GramjsString::parse(s)?),
        Format::Mtcute => mtcute_record(&MtcuteString::parse(s)?),
        other => panic!("not a string format: {other}"),
    })
}

#[test]
fn valid_string_vectors_decode_to_expected() {
    let mut checked = 0;
    for v in vectors() {
        let Some(format) = string_format(&v) else {
            continue;
        };
        if v.get("expect").is_some() {
            continue;
        }
        let id = v["id"].as_str().unwrap();
        let s = v["string"].as_str().unwrap();
        let got = record(format, s).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(got, without(&v["expected"], &["mtcute"]), "{id}");
        // Detection finds the same format and the same session as the direct import.
        let found = detect(s).unwrap_or_else(|e| panic!("{id}: detect: {e}"));
        assert_eq!(found.format, format, "{id}");
        let direct = mtrs_session_convert::import_str(format, s).unwrap();
        assert_eq!(found.session, direct, "{id}");
        checked += 1;
    }
    assert_eq!(checked, 13);
}

#[test]
fn pyrogram_layouts_are_told_apart() {
    for (id, layout) in [
        ("pyrogram-string-current-bot64", PyrogramLayout::Current),
        ("pyrogram-string-current-user", PyrogramLayout::Current),
        ("pyrogram-string-legacy32", PyrogramLayout::Legacy263),
        ("pyrogram-string-legacy64", PyrogramLayout::Legacy267),
    ] {
        let v = crate::vector(id);
        let p = PyrogramString::parse(v["string"].as_str().unwrap()).unwrap();
        assert_eq!(
            p.layout,
            v["layout"].as_str().map(|_| layout).unwrap(),
            "{id}"
        );
        // Rendering in the same layout gives the vector back byte for byte.
        assert_eq!(p.render().unwrap(), v["string"].as_str().unwrap(), "{id}");
    }
}

#[test]
fn mtcute_vectors_match_their_detail_and_layout() {
    for (id, layout) in [
        ("mtcute-string-bot", MtcuteLayout::V3DcV2),
        ("mtcute-string-testmode", MtcuteLayout::V3DcV2),
        ("mtcute-string-user", MtcuteLayout::V3DcV2),
        ("mtcute-string-v2-tlobject", MtcuteLayout::V2),
        ("mtcute-string-v3-dcopt-v1", MtcuteLayout::V3DcV1),
    ] {
        let v = crate::vector(id);
        let s = v["string"].as_str().unwrap();
        let m = MtcuteString::parse(s).unwrap();
        assert_eq!(m.layout, layout, "{id}");
        let detail = &v["expected"]["mtcute"];
        assert_eq!(
            mtcute_detail(&m),
            without(detail, &["version", "outer_test_mode"]),
            "{id}"
        );
        if layout == MtcuteLayout::V3DcV2 {
            // Current mtcute output: our renderer reproduces it byte for byte.
            assert_eq!(m.render().unwrap(), s, "{id}");
        }
    }
}

#[test]
fn telethon_and_gramjs_render_back_exactly() {
    for id in ["telethon-string-ipv4", "telethon-string-ipv6"] {
        let s = crate::vector(id)["string"].as_str().unwrap().to_owned();
        assert_eq!(TelethonString::parse(&s).unwrap().render(), s, "{id}");
    }
    for id in ["gramjs-string-default-port80", "gramjs-string-ipv4"] {
        let s = crate::vector(id)["string"].as_str().unwrap().to_owned();
        assert_eq!(
            GramjsString::parse(&s).unwrap().render().unwrap(),
            s,
            "{id}"
        );
    }
}

#[test]
fn invalid_vectors_get_their_verdict() {
    let mut checked = 0;
    for v in vectors() {
        let Some(expect) = v["expect"].as_str() else {
            continue;
        };
        let id = v["id"].as_str().unwrap();
        let s = v["string"].as_str().unwrap();
        let format = string_format(&v).unwrap();
        match expect {
            "reject" => {
                let direct = record(format, s);
                assert!(direct.is_err(), "{id}: {format} parser accepted it");
                assert!(detect(s).is_err(), "{id}: detect accepted it");
            }
            "accept" => {
                assert_eq!(record(format, s).unwrap(), v["expected"], "{id}");
                assert_eq!(detect(s).unwrap().format, format, "{id}");
            }
            other => panic!("{id}: unknown verdict {other}"),
        }
        checked += 1;
    }
    assert_eq!(checked, 7);
}

#[test]
fn invalid_vectors_fail_for_the_stated_reason() {
    let err = |id: &str| {
        let v = crate::vector(id);
        let s = v["string"].as_str().unwrap().to_owned();
        (detect(&s).unwrap_err(), s)
    };
    assert!(matches!(err("neg-empty").0, ConvertError::Empty));
    let (e, s) = err("neg-telethon-truncated");
    assert!(
        matches!(
            TelethonString::parse(&s),
            Err(ConvertError::Padding {
                format: Format::Telethon,
                ..
            })
        ),
        "{e}"
    );
    assert!(e.resembled().contains(&Format::Telethon));
    let (_, s) = err("neg-telethon-version-2");
    assert!(matches!(
        TelethonString::parse(&s),
        Err(ConvertError::Version { .. })
    ));
    let (e, s) = err("neg-pyrogram-270-bytes");
    assert!(matches!(
        PyrogramString::parse(&s),
        Err(ConvertError::Length { got: 270, .. })
    ));
    assert!(e.resembled().contains(&Format::Pyrogram), "{e}");
    let (e, s) = err("neg-gramjs-address-length");
    assert!(matches!(
        GramjsString::parse(&s),
        Err(ConvertError::InvalidField {
            field: "address_length",
            ..
        })
    ));
    assert_eq!(e.resembled(), vec![Format::Telethon, Format::Gramjs], "{e}");
    let (e, s) = err("neg-mtcute-version-4");
    assert!(matches!(
        MtcuteString::parse(&s),
        Err(ConvertError::Version { .. })
    ));
    assert!(e.resembled().contains(&Format::Mtcute), "{e}");
}

#[test]
fn optional_layouts_are_rejected_not_misread() {
    for id in SKIPPED_OPTIONAL {
        let v = crate::vector(id);
        assert_eq!(v["optional"], true, "{id} is marked optional");
        // Not supported: a clear error, never a session with wrong data.
        let e = detect(v["string"].as_str().unwrap()).unwrap_err();
        assert!(matches!(e, ConvertError::Unrecognized { .. }), "{id}: {e}");
        eprintln!("skipped optional layout {id}: {e}");
    }
}

fn mtcute_bytes(id: &str) -> Vec<u8> {
    use base64::Engine as _;
    let s = crate::vector(id)["string"].as_str().unwrap().to_owned();
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(s)
        .unwrap()
}

fn mtcute_string(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

#[test]
fn mtcute_legacy_shapes_built_from_real_strings() {
    // Version 1 is version 2 without a media DC: the v2 vector (no media) relabelled.
    let mut v1 = mtcute_bytes("mtcute-string-v2-tlobject");
    v1[0] = 1;
    let m = MtcuteString::parse(&mtcute_string(&v1)).unwrap();
    assert_eq!(m.layout, MtcuteLayout::V1);
    assert_eq!(m.this.map(|s| s.user_id), Some(123_456_789));
    // ...and version 1 cannot carry one.
    v1[1] |= 4;
    assert!(MtcuteString::parse(&mtcute_string(&v1)).is_err());
    // Old writers kept test mode in outer flag bit 1; it applies to both DCs.
    let mut old_test = mtcute_bytes("mtcute-string-v3-dcopt-v1");
    old_test[1] |= 2;
    let m = MtcuteString::parse(&mtcute_string(&old_test)).unwrap();
    assert!(m.primary.test_mode);
    assert!(
        mtrs_session_convert::mtcute(&mtcute_string(&old_test))
            .unwrap()
            .test_mode
    );
    // Trailing bytes and a bad TL bool are rejected (mtcute ignores the former).
    let mut trailing = mtcute_bytes("mtcute-string-bot");
    trailing.push(0);
    let e = MtcuteString::parse(&mtcute_string(&trailing)).unwrap_err();
    assert!(
        matches!(e, ConvertError::TrailingBytes { extra: 1, .. }),
        "{e}"
    );
    let mut bad_bool = mtcute_bytes("mtcute-string-user");
    let at = bad_bool
        .windows(4)
        .position(|w| w == [0x37, 0x97, 0x79, 0xbc])
        .unwrap();
    bad_bool[at] ^= 1;
    let e = MtcuteString::parse(&mtcute_string(&bad_bool)).unwrap_err();
    assert!(
        matches!(
            e,
            ConvertError::InvalidField {
                field: "is_bot",
                ..
            }
        ),
        "{e}"
    );
}

#[test]
fn pyrogram_strictness() {
    use base64::Engine as _;
    let s = crate::vector("pyrogram-string-current-user")["string"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut p = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(&s)
        .unwrap();
    // Correct padding is tolerated (Pyrogram itself would mis-dispatch a padded legacy string).
    let legacy = crate::vector("pyrogram-string-legacy32")["string"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(PyrogramString::parse(&format!("{legacy}=")).is_ok());
    assert!(PyrogramString::parse(&format!("{legacy}==")).is_err());
    // Booleans must be 0 or 1.
    p[270] = 2;
    let e = PyrogramString::parse(&base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&p))
        .unwrap_err();
    assert!(
        matches!(
            e,
            ConvertError::InvalidField {
                field: "is_bot",
                ..
            }
        ),
        "{e}"
    );
    // User id 0 means logged out: not a session.
    p[270] = 0;
    p[262..270].fill(0);
    let e = PyrogramString::parse(&base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&p))
        .unwrap_err();
    assert!(
        matches!(
            e,
            ConvertError::InvalidField {
                field: "user_id",
                ..
            }
        ),
        "{e}"
    );
    // Whitespace inside is rejected, around is trimmed.
    assert!(PyrogramString::parse(&format!(" {s}\n")).is_ok());
    let (a, b) = s.split_at(100);
    assert!(matches!(
        PyrogramString::parse(&format!("{a} {b}")),
        Err(ConvertError::Base64 { offset: 100, .. })
    ));
}
