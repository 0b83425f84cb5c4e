use mtrs_crypto::Error;
use mtrs_crypto::obfuscated::{self, TAG_ABRIDGED};

use crate::data::{arr, hex, json};

/// Telethon's obfuscated2 and MTProxy connections: rejected draws, header, keys, the
/// client's running encrypt stream over two frames, and the server's frame; then the server
/// side of the same connection.
#[test]
fn telethon_obfuscated_connections() {
    let all = json("transport.json");
    let mut checked = 0;
    for v in all["vectors"].as_array().unwrap() {
        if v.get("header_sent").is_none() {
            continue;
        }
        let id = &v["id"];
        let draws = v["random_draws"].as_array().unwrap();
        let (accepted, rejected) = draws.split_last().unwrap();
        for draw in rejected {
            let draw = arr::<64>(&crate::data::unhex(draw.as_str().unwrap()));
            assert!(!obfuscated::is_acceptable_init(&draw), "{id}");
            assert_eq!(
                obfuscated::client_header(&draw, TAG_ABRIDGED, None, None).unwrap_err(),
                Error::ObfuscatedInitRejected
            );
        }
        let random = arr::<64>(&hex(v, "accepted_random"));
        assert_eq!(
            random[..],
            crate::data::unhex(accepted.as_str().unwrap())[..]
        );
        let plain = arr::<64>(&hex(v, "header_plain"));
        let tag = arr::<4>(&plain[56..60]);
        let proxy = v.get("mtproxy");
        let secret = proxy.map(|p| arr::<16>(&hex(p, "secret_used")));
        let dc = proxy.map(|p| i16::try_from(p["dc_id"].as_i64().unwrap()).unwrap());

        let keys = obfuscated::derive_keys(&plain, secret.as_ref());
        assert_eq!(keys.encrypt_key[..], hex(v, "encrypt_key")[..], "{id}");
        assert_eq!(keys.encrypt_iv[..], hex(v, "encrypt_iv")[..], "{id}");
        assert_eq!(keys.decrypt_key[..], hex(v, "decrypt_key")[..], "{id}");
        assert_eq!(keys.decrypt_iv[..], hex(v, "decrypt_iv")[..], "{id}");

        let (header, mut client) =
            obfuscated::client_header(&random, tag, dc, secret.as_ref()).unwrap();
        assert_eq!(header[..], hex(v, "header_sent")[..], "{id}");
        let accepted = obfuscated::server_accept(&header, secret.as_ref()).unwrap();
        assert_eq!(accepted.tag, tag, "{id}");
        if let Some(dc) = dc {
            assert_eq!(accepted.dc_id, dc, "{id}");
        }
        let mut server = accepted.streams;

        for frame in v["client_frames"].as_array().unwrap() {
            let mut buf = hex(frame, "frame");
            client.encrypt.apply(&mut buf);
            assert_eq!(buf, hex(frame, "encrypted"), "{id}");
            server.decrypt.apply(&mut buf);
            assert_eq!(buf, hex(frame, "frame"), "{id}");
        }
        let frame = &v["server_frame"];
        let mut buf = hex(frame, "frame");
        server.encrypt.apply(&mut buf);
        assert_eq!(buf, hex(frame, "encrypted"), "{id}");
        client.decrypt.apply(&mut buf);
        assert_eq!(buf, hex(frame, "frame"), "{id}");
        checked += 1;
    }
    assert_eq!(checked, 6);
}

#[test]
fn spec_rejections_and_bad_tags() {
    let mut random: [u8; 64] = std::array::from_fn(|i| i as u8 + 1);
    assert!(obfuscated::is_acceptable_init(&random));
    for first in [
        *b"HEAD",
        *b"POST",
        *b"GET ",
        *b"OPTI",
        *b"PVrG",
        [0x16, 0x03, 0x01, 0x02],
        [0xdd; 4],
    ] {
        random[..4].copy_from_slice(&first);
        assert!(!obfuscated::is_acceptable_init(&random), "{first:?}");
    }
    random[..4].copy_from_slice(&[1, 2, 3, 4]);
    random[4..8].fill(0);
    assert!(!obfuscated::is_acceptable_init(&random));

    // A header under a different MTProxy secret decrypts to a garbage tag.
    let random: [u8; 64] = std::array::from_fn(|i| (i as u8).wrapping_mul(7).wrapping_add(3));
    let (header, _) =
        obfuscated::client_header(&random, TAG_ABRIDGED, Some(2), Some(&[1; 16])).unwrap();
    assert!(obfuscated::server_accept(&header, Some(&[1; 16])).is_ok());
    assert!(matches!(
        obfuscated::server_accept(&header, Some(&[2; 16])),
        Err(Error::ObfuscatedBadTag { .. })
    ));
}
