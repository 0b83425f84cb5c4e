//! Every session-string parser of mtrs-session-convert, and `detect`, on arbitrary input:
//! raw text, and the input's bytes base64-encoded behind each format's prefix (so the
//! fuzzer reaches the binary layouts quickly). No input may panic; whatever `detect` accepts
//! must export and re-import to the same session in its own format.
#![no_main]

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use libfuzzer_sys::fuzz_target;
use mtrs_session_convert as convert;

fn all(s: &str) {
    let _ = convert::TelethonString::parse(s);
    let _ = convert::PyrogramString::parse(s);
    let _ = convert::GramjsString::parse(s);
    let _ = convert::MtcuteString::parse(s);
    let _ = convert::mtrs(s);
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
