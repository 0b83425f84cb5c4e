//! The 2FA SRP check on hostile input: a server's `srp_B` and salts (client side), a
//! client's `A` and `M1` (server side). Typed errors, never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mtrs_crypto::dh::{DhGroup, TELEGRAM_DH_PRIME};
use mtrs_crypto::srp::{self, PasswordHash, SrpServer};

fuzz_target!(|data: &[u8]| {
    let Ok(group) = DhGroup::new(3, &TELEGRAM_DH_PRIME) else {
        return;
    };
    let split = data.first().map_or(0, |&b| usize::from(b)).min(data.len());
    let (salts, value) = data.split_at(split);
    let (salt1, salt2) = salts.split_at(salts.len() / 2);
    // A fixed x: the PBKDF2 of a real password would only slow the fuzzer down.
    let x = PasswordHash::from_bytes([0x11; 32]);
    let _ = srp::client_proof(&group, &x, salt1, salt2, value, &[0x42; 256]);
    let v = srp::verifier(&group, &x);
    if let Ok(server) = SrpServer::new(&group, &v, &[0x5b; 256]) {
        let (a, m1) = value.split_at(value.len().saturating_sub(32));
        let _ = server.verify(&group, salt1, salt2, a, m1);
    }
});
