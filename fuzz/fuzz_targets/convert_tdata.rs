//! The Telegram Desktop tdata parsers of mtrs-session-convert on arbitrary bytes: a whole
//! `key_datas` TDF file, and the decrypted account list and MTP authorization blocks (which
//! random bytes could never reach through the encryption). No input may panic, and what
//! parses is written again and must read back the same ("write what we read").
#![no_main]

use libfuzzer_sys::fuzz_target;
use mtrs_session_convert::tdata_fuzzing as tdata;

fuzz_target!(|data: &[u8]| {
    let _ = tdata::key_data_file(data);
    if tdata::key_data_info(data).is_ok() {
        assert_eq!(
            tdata::key_data_round_trip(data).ok(),
            Some(true),
            "account list round trip"
        );
    }
    if tdata::mtp_plain(data).is_ok() {
        assert_eq!(
            tdata::mtp_round_trip(data).ok(),
            Some(true),
            "MTP block round trip"
        );
    }
});
