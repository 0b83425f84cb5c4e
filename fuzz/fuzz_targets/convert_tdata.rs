//! The Telegram Desktop tdata parsers of mtrs-session-convert on arbitrary bytes: a whole
//! `key_datas` TDF file, and the decrypted account list and MTP authorization blocks (which
//! random bytes could never reach through the encryption). No input may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mtrs_session_convert::tdata_fuzzing as tdata;

fuzz_target!(|data: &[u8]| {
    let _ = tdata::key_data_file(data);
    let _ = tdata::key_data_info(data);
    let _ = tdata::mtp_plain(data);
});
