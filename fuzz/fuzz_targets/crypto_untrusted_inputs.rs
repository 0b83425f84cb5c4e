//! Everything in mtrs-crypto that parses or checks bytes from a peer or a file must return
//! `Ok` or a typed error for any input, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mtrs_crypto::{AuthKey, Direction, exchange, msg_key, obfuscated, pq, rsa, tdesktop};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    match selector % 7 {
        0 => {
            let _ = pq::factorize_be(rest);
        }
        1 => {
            let key = tdesktop::LocalKey::from_bytes([7; 256]);
            let _ = tdesktop::decrypt_local(&key, rest);
            let _ = tdesktop::create_local_key(b"", rest);
        }
        2 => {
            let key = AuthKey::from_bytes([9; 256]);
            let mut buf = rest.to_vec();
            let _ = msg_key::decrypt(&key, Direction::ServerToClient, &[1; 16], &mut buf);
        }
        3 => {
            let kiv = exchange::tmp_aes_key_iv(&[1; 16], &[2; 32]);
            if let Ok(opened) = exchange::decrypt_inner_data(&kiv, rest) {
                let _ = exchange::verify_inner_data(&opened, usize::from(selector));
            }
        }
        4 => {
            if let Ok(text) = std::str::from_utf8(rest) {
                let _ = rsa::RsaPublicKey::from_pem(text);
            }
        }
        5 => {
            if let Ok(header) = <[u8; 64]>::try_from(rest) {
                let _ = obfuscated::server_accept(&header, None);
            }
        }
        _ => {
            let (n, e) = rest.split_at(rest.len() / 2);
            let _ = rsa::RsaPublicKey::new(n, e);
        }
    }
});
