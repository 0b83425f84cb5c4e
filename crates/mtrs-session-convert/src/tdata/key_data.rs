//! `key_datas` (`docs/formats/tdata.md#key_datas`): the salt, the local key wrapped by the
//! passcode key, and the encrypted list of accounts.

use mtrs_crypto::tdesktop::{self, LocalKey};
use zeroize::Zeroizing;

use super::tdf::{put_qbytes, qbytes};
use crate::reader::Reader;
use crate::{ConvertError, Format};

const F: Format = Format::Tdata;
/// Desktop's account limit with Premium (`kPremiumMaxAccounts`).
pub(crate) const MAX_ACCOUNTS: usize = 6;

/// The decrypted content of `key_datas`.
pub(crate) struct KeyData {
    pub(crate) local_key: LocalKey,
    /// Account indices in the stored order, duplicates removed.
    pub(crate) order: Vec<u8>,
    pub(crate) active: Option<u8>,
}

fn corrupt(reason: &'static str) -> ConvertError {
    ConvertError::Corrupt { format: F, reason }
}

/// Decrypts a key_data body with `passcode` (empty for none).
pub(crate) fn read(body: &[u8], passcode: &[u8]) -> Result<KeyData, ConvertError> {
    let mut r = Reader::new(F, body);
    let salt = qbytes(&mut r, "salt")?.unwrap_or_default();
    let key_encrypted = qbytes(&mut r, "key_encrypted")?.unwrap_or_default();
    let info_encrypted = qbytes(&mut r, "info_encrypted")?.unwrap_or_default();
    let trailer = if r.remaining() > 0 {
        qbytes(&mut r, "trailer")?
    } else {
        None
    };
    r.finish()?;
    if key_encrypted.is_empty() && trailer.is_some() {
        return Err(ConvertError::Unsupported {
            format: F,
            what: "key_data format 2 with an app-lock passcode (Argon2id/scrypt key wraps)",
        });
    }
    if salt.len() != tdesktop::SALT_LEN {
        return Err(ConvertError::InvalidField {
            format: F,
            field: "salt",
            reason: "must be 32 bytes",
        });
    }
    // 16-byte check ‖ AES-IGE of (4-byte length ‖ 256-byte key), padded to 16: 288 bytes.
    if key_encrypted.len() != 288 {
        return Err(corrupt(
            "the encrypted local key is not 288 bytes (damaged key_datas)",
        ));
    }
    // The salt length was just checked, the only error create_local_key reports.
    let passcode_key =
        tdesktop::create_local_key(passcode, salt).map_err(|_| corrupt("bad salt"))?;
    let raw = Zeroizing::new(
        tdesktop::decrypt_local(&passcode_key, key_encrypted)
            .map_err(|_| ConvertError::WrongPasscode)?,
    );
    let local_key =
        LocalKey::from_slice(&raw).map_err(|_| corrupt("the local key is not 256 bytes"))?;
    let info = Zeroizing::new(
        tdesktop::decrypt_local(&local_key, info_encrypted)
            .map_err(|_| corrupt("the account list does not decrypt"))?,
    );
    let (order, active) = parse_info(&info)?;
    Ok(KeyData {
        local_key,
        order,
        active,
    })
}

/// Decodes the decrypted account list: count, indices, optional active index.
pub(crate) fn parse_info(info: &[u8]) -> Result<(Vec<u8>, Option<u8>), ConvertError> {
    let mut r = Reader::new(F, info);
    let count = r.i32_be("account_count")?;
    let count = usize::try_from(count)
        .ok()
        .filter(|c| (1..=MAX_ACCOUNTS).contains(c))
        .ok_or(ConvertError::InvalidField {
            format: F,
            field: "account_count",
            reason: "must be 1 to 6",
        })?;
    let mut order = Vec::with_capacity(count);
    for _ in 0..count {
        let index = account_index(r.i32_be("account_index")?)?;
        if !order.contains(&index) {
            order.push(index);
        }
    }
    // Optional; writers put -1 (opentele) or an unlisted index for "none", which Desktop
    // treats as "the first account".
    let active = if r.remaining() > 0 {
        account_index(r.i32_be("active_index")?).ok()
    } else {
        None
    };
    r.finish()?;
    Ok((order, active))
}

fn account_index(i: i32) -> Result<u8, ConvertError> {
    u8::try_from(i)
        .ok()
        .filter(|&i| usize::from(i) < MAX_ACCOUNTS)
        .ok_or(ConvertError::InvalidField {
            format: F,
            field: "account_index",
            reason: "must be 0 to 5",
        })
}

/// Builds a key_data body. `padding` supplies the encrypted blocks' padding bytes.
pub(crate) fn build(
    salt: &[u8; 32],
    passcode: &[u8],
    local_key: &LocalKey,
    order: &[u8],
    active: u8,
    padding: &[u8; 16],
) -> Result<Vec<u8>, ConvertError> {
    let crypto = |_| corrupt("encryption failed");
    let passcode_key = tdesktop::create_local_key(passcode, salt).map_err(crypto)?;
    let key_encrypted =
        tdesktop::encrypt_local(&passcode_key, local_key.as_bytes(), padding).map_err(crypto)?;
    let mut info = Vec::with_capacity(8 + 4 * order.len());
    // At most MAX_ACCOUNTS entries.
    info.extend_from_slice(&(order.len() as i32).to_be_bytes());
    for &i in order {
        info.extend_from_slice(&i32::from(i).to_be_bytes());
    }
    info.extend_from_slice(&i32::from(active).to_be_bytes());
    let info_encrypted = tdesktop::encrypt_local(local_key, &info, padding).map_err(crypto)?;
    let mut body = Vec::with_capacity(32 + key_encrypted.len() + info_encrypted.len() + 12);
    put_qbytes(&mut body, Some(salt));
    put_qbytes(&mut body, Some(&key_encrypted));
    put_qbytes(&mut body, Some(&info_encrypted));
    Ok(body)
}
