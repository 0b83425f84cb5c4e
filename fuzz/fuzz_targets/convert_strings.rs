//! Every session-string parser of mtrs-session-convert, and `detect`, on arbitrary input:
//! raw text, and the input's bytes base64-encoded behind each format's prefix (so the
//! fuzzer reaches the binary layouts quickly). No input may panic; whatever a reader or
//! `detect` accepts must export and re-import with the same home DC and key, in every
//! string format that can hold it.
#![no_main]

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use libfuzzer_sys::fuzz_target;
use mtrs_session_convert as convert;

/// Write what we read, read it back: a session one reader accepted, written in every
/// string format that can hold it, must import again with the same home DC and key.
fn round_trip(session: &convert::SessionData) {
    for format in [
        convert::Format::Mtrs,
        convert::Format::Telethon,
        convert::Format::Pyrogram,
        convert::Format::Gramjs,
        convert::Format::Mtcute,
    ] {
        let Ok(text) = convert::export_str(format, session) else {
            continue;
        };
        let back = convert::import_str(format, &text).expect("our own output re-imports");
        assert_eq!(back.home_dc, session.home_dc, "{format}: home DC");
        assert_eq!(
            back.home_auth_key(),
            session.home_auth_key(),
            "{format}: key"
        );
    }
}

fn all(s: &str) {
    if let Ok(t) = convert::TelethonString::parse(s) {
        round_trip(&t.to_session());
    }
    if let Ok(p) = convert::PyrogramString::parse(s) {
        round_trip(&p.to_session());
    }
    if let Ok(g) = convert::GramjsString::parse(s) {
        round_trip(&g.to_session());
    }
    if let Ok(m) = convert::MtcuteString::parse(s) {
        round_trip(&m.to_session());
    }
    if let Ok(session) = convert::mtrs(s) {
        round_trip(&session);
    }
    if let Ok(found) = convert::detect(s) {
        let text = convert::export_str(found.format, &found.session);
        if let Ok(text) = text {
            let back = convert::import_str(found.format, &text).expect("our own output re-imports");
            assert_eq!(back.home_auth_key(), found.session.home_auth_key());
        }
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        all(s);
    }
    let (first, rest) = match data.split_first() {
        Some((f, r)) => (*f, r),
        None => return,
    };
    let text = match first % 4 {
        0 => URL_SAFE_NO_PAD.encode(rest),
        1 => format!("1{}", URL_SAFE_NO_PAD.encode(rest)),
        2 => format!("1{}", STANDARD.encode(rest)),
        _ => format!("mtrs:1:{}", URL_SAFE_NO_PAD.encode(rest)),
    };
    all(&text);
});
