use mtrs_crypto::tdesktop::{self, LocalKey};
use mtrs_crypto::{Direction, Error, LocalDecryptFailure};

use crate::data::{arr, json, path, s, unhex};

/// Splits a TDF$ file body into its QByteArrays (u32be length, data; 0xFFFFFFFF = null).
fn tdf_arrays(file: &[u8]) -> Vec<Vec<u8>> {
    assert_eq!(&file[..4], b"TDF$");
    let body = &file[8..file.len() - 16];
    let mut out = Vec::new();
    let mut at = 0;
    while at < body.len() {
        let len = u32::from_be_bytes(arr::<4>(&body[at..at + 4]));
        at += 4;
        if len == u32::MAX {
            out.push(Vec::new());
            continue;
        }
        out.push(body[at..at + len as usize].to_vec());
        at += len as usize;
    }
    out
}

/// For each real tdata folder: derive the passcode key from the salt, decrypt keyEncrypted
/// to the expected local key, decrypt the account list with it, and re-encrypt.
#[test]
fn key_data_of_real_writers() {
    let index = json("vectors.json");
    let mut checked = 0;
    for v in index["vectors"].as_array().unwrap() {
        if v["format"] != "tdata" {
            continue;
        }
        let dir = s(v, "dir");
        let file = path(&format!("{dir}/key_datas"));
        if !file.exists() {
            continue; // only the three real writers' folders are copied
        }
        let arrays = tdf_arrays(&std::fs::read(&file).unwrap());
        let (salt, key_encrypted, info_encrypted) = (&arrays[0], &arrays[1], &arrays[2]);
        let passcode = s(v, "passcode").as_bytes();
        let passcode_key = tdesktop::create_local_key(passcode, salt).unwrap();
        let local = tdesktop::decrypt_local(&passcode_key, key_encrypted).unwrap();
        assert_eq!(local, unhex(s(&v["key_data"], "local_key_hex")), "{dir}");
        let local = LocalKey::from_slice(&local).unwrap();
        let info = tdesktop::decrypt_local(&local, info_encrypted).unwrap();
        let count = v["key_data"]["count"].as_u64().unwrap();
        assert_eq!(u32::from_be_bytes(arr(&info[..4])) as u64, count, "{dir}");

        // Desktop's own blocks carry random padding; ours must decrypt to the same payload.
        let again = tdesktop::encrypt_local(&passcode_key, local.as_bytes(), &[7; 16]).unwrap();
        assert_eq!(again.len(), key_encrypted.len());
        assert_eq!(
            tdesktop::decrypt_local(&passcode_key, &again).unwrap(),
            local.as_bytes()
        );

        if !passcode.is_empty() {
            // The wrong passcode must be refused with the checksum error.
            let wrong = tdesktop::create_local_key(b"not it", salt).unwrap();
            assert_eq!(
                tdesktop::decrypt_local(&wrong, key_encrypted).unwrap_err(),
                Error::LocalDecrypt {
                    reason: LocalDecryptFailure::ChecksumMismatch
                }
            );
        }
        checked += 1;
    }
    assert_eq!(checked, 3);
}

/// The v1 KDF with x = 0 must differ from x = 8 and take only key[x .. x+128].
#[test]
fn v1_kdf_uses_the_documented_key_window() {
    let mut key = [0u8; 256];
    for (i, b) in key.iter_mut().enumerate() {
        *b = i as u8;
    }
    let mk = [0x11; 16];
    let x0 = tdesktop::aes_key_iv_v1(&key, &mk, Direction::ClientToServer);
    let x8 = tdesktop::aes_key_iv_v1(&key, &mk, Direction::ServerToClient);
    assert_ne!(x0, x8);
    let mut changed = key;
    changed[136..].fill(0xFF); // outside [8, 136)
    assert_eq!(
        tdesktop::aes_key_iv_v1(&changed, &mk, Direction::ServerToClient),
        x8
    );
    changed[135] ^= 1;
    assert_ne!(
        tdesktop::aes_key_iv_v1(&changed, &mk, Direction::ServerToClient),
        x8
    );
}
