//! The per-account MTP authorization file: user id, main DC and the DC keys.
//! Layout: `docs/formats/tdata.md#per-account-mtp-file`.

use mtrs_crypto::AuthKey;
use mtrs_crypto::tdesktop::{self, LocalKey};
use zeroize::Zeroizing;

use super::tdf::{put_qbytes, qbytes};
use crate::reader::{self, Reader};
use crate::{ConvertError, Format};

const F: Format = Format::Tdata;
/// `dbiMtpAuthorization`.
const BLOCK_MTP_AUTHORIZATION: u32 = 0x4B;
/// Desktop's own limit on the number of keys in one list.
const MAX_KEYS: usize = 64;

/// The decoded MTP authorization of one account.
pub(crate) struct MtpAuthorization {
    pub(crate) user_id: u64,
    pub(crate) main_dc: i32,
    pub(crate) keys: Vec<(i32, AuthKey)>,
    pub(crate) keys_to_destroy: Vec<(i32, AuthKey)>,
    pub(crate) wide_ids: bool,
}

fn invalid(field: &'static str, reason: &'static str) -> ConvertError {
    ConvertError::InvalidField {
        format: F,
        field,
        reason,
    }
}

/// Decrypts and decodes the body of a `<filepart>s` file.
pub(crate) fn read(body: &[u8], local_key: &LocalKey) -> Result<MtpAuthorization, ConvertError> {
    let mut r = Reader::new(F, body);
    let encrypted = qbytes(&mut r, "mtp_data")?.unwrap_or_default();
    r.finish()?;
    let plain = Zeroizing::new(tdesktop::decrypt_local(local_key, encrypted).map_err(|_| {
        ConvertError::Corrupt {
            format: F,
            reason: "the MTP file does not decrypt",
        }
    })?);
    parse_plain(&plain)
}

/// Decodes the decrypted settings blocks of an MTP file.
pub(crate) fn parse_plain(plain: &[u8]) -> Result<MtpAuthorization, ConvertError> {
    let mut r = Reader::new(F, plain);
    if r.u32_be("block_id")? != BLOCK_MTP_AUTHORIZATION {
        return Err(invalid(
            "block_id",
            "the first settings block is not dbiMtpAuthorization",
        ));
    }
    // Later settings blocks (none in modern files) are not needed and not read.
    let data = qbytes(&mut r, "mtp_authorization")?.ok_or(invalid("mtp_authorization", "null"))?;
    let mut r = Reader::new(F, data);
    let head = r.array::<8>("user_id")?;
    let wide_ids = head == [0xFF; 8];
    let (user_id, main_dc) = if wide_ids {
        (r.u64_be("user_id")?, r.i32_be("main_dc")?)
    } else {
        let [a, b, c, d, e, f, g, h] = head;
        // The legacy 32-bit layout: i32be user id, i32be main DC.
        let uid = i32::from_be_bytes([a, b, c, d]);
        (
            u64::try_from(uid).map_err(|_| invalid("user_id", "negative"))?,
            i32::from_be_bytes([e, f, g, h]),
        )
    };
    let keys = key_list(&mut r, "keys")?;
    let keys_to_destroy = key_list(&mut r, "keys_to_destroy")?;
    r.finish()?;
    Ok(MtpAuthorization {
        user_id,
        main_dc,
        keys,
        keys_to_destroy,
        wide_ids,
    })
}

fn key_list(r: &mut Reader<'_>, field: &'static str) -> Result<Vec<(i32, AuthKey)>, ConvertError> {
    let count = usize::try_from(r.i32_be(field)?).map_err(|_| invalid(field, "negative count"))?;
    if count > MAX_KEYS || count * 260 > r.remaining() {
        return Err(invalid(field, "more keys than the data holds (or than 64)"));
    }
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let dc = r.i32_be(field)?;
        let key = reader::auth_key(F, r.take(256, field)?)?;
        out.push((dc, key));
    }
    Ok(out)
}

/// Builds the encrypted body of a `<filepart>s` file in the wide layout, with an empty
/// keys-to-destroy list (Desktop destroys whatever is listed there).
pub(crate) fn build(
    user_id: u64,
    main_dc: i32,
    keys: &[(i32, &AuthKey)],
    local_key: &LocalKey,
    padding: &[u8; 16],
) -> Result<Vec<u8>, ConvertError> {
    if keys.len() > MAX_KEYS {
        return Err(invalid("keys", "more than 64"));
    }
    let mut data = Zeroizing::new(Vec::with_capacity(24 + 260 * keys.len()));
    data.extend_from_slice(&[0xFF; 8]);
    data.extend_from_slice(&user_id.to_be_bytes());
    data.extend_from_slice(&main_dc.to_be_bytes());
    // At most MAX_KEYS entries.
    data.extend_from_slice(&(keys.len() as i32).to_be_bytes());
    for (dc, key) in keys {
        data.extend_from_slice(&dc.to_be_bytes());
        data.extend_from_slice(key.as_bytes());
    }
    data.extend_from_slice(&0i32.to_be_bytes());
    let mut plain = Zeroizing::new(Vec::with_capacity(data.len() + 8));
    plain.extend_from_slice(&BLOCK_MTP_AUTHORIZATION.to_be_bytes());
    put_qbytes(&mut plain, Some(&data));
    let encrypted =
        tdesktop::encrypt_local(local_key, &plain, padding).map_err(|_| ConvertError::Corrupt {
            format: F,
            reason: "encryption failed",
        })?;
    let mut body = Vec::with_capacity(encrypted.len() + 4);
    put_qbytes(&mut body, Some(&encrypted));
    Ok(body)
}
