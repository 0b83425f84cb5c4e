//! Shared helpers for converting format records to and from [`SessionData`], the pivot.

use std::net::IpAddr;

use mtrs_session::{AuthKey, DcId, DcState, SessionData};

use crate::dc_table::{self, DcSource};
use crate::{ConvertError, Format};

/// The home DC's auth key, or [`ConvertError::Missing`].
/// An all-zero key ("no key" to Telethon) is refused as well.
pub(crate) fn home_key(format: Format, s: &SessionData) -> Result<AuthKey, ConvertError> {
    let key = s.home_auth_key().ok_or(ConvertError::Missing {
        format,
        field: "auth_key",
        why: "every format stores the home DC's key",
    })?;
    check_key(format, key)?;
    Ok(key.clone())
}

/// Refuses to write an all-zero key, which every reader takes for "no key".
pub(crate) fn check_key(format: Format, key: &AuthKey) -> Result<(), ConvertError> {
    if key.as_bytes().iter().all(|&b| b == 0) {
        return Err(ConvertError::InvalidField {
            format,
            field: "auth_key",
            reason: "is all zeros",
        });
    }
    Ok(())
}

/// The home DC id as the single byte most formats store.
pub(crate) fn home_dc_u8(format: Format, s: &SessionData) -> Result<u8, ConvertError> {
    u8::try_from(s.home_dc.0)
        .ok()
        .filter(|&d| d != 0)
        .ok_or(ConvertError::InvalidField {
            format,
            field: "dc_id",
            reason: "must be 1 to 255 for this format",
        })
}

/// The home DC's address and port; where the session lacks them (or, with `need_ip`, holds
/// a host name) they come from the built-in table, port 443
/// (`docs/session-string.md#other-formats-what-the-converter-fills-in`).
pub(crate) fn home_address(
    format: Format,
    s: &SessionData,
    need_ip: bool,
) -> Result<(String, u16), ConvertError> {
    let home = s.home();
    let port = home.and_then(|d| d.port).unwrap_or(dc_table::DEFAULT_PORT);
    let stored = home.and_then(|d| d.address.clone());
    if let Some(a) = &stored {
        crate::validate::address(format, "server_address", a)?;
    }
    crate::validate::port(format, "port", i64::from(port))?;
    match stored {
        Some(a) if !need_ip || a.parse::<IpAddr>().is_ok() => Ok((a, port)),
        other => {
            let dc = u32::try_from(s.home_dc.0).unwrap_or(0);
            let ip = dc_table::ipv4(dc, s.test_mode, DcSource::Pyrogram).ok_or(
                ConvertError::Missing {
                    format,
                    field: "server_address",
                    why: "the session has none and the DC id is not in the built-in table",
                },
            )?;
            // A host name is replaced by the table address; keep the stored port only when
            // there was a usable stored address.
            let port = if other.is_some() {
                port
            } else {
                dc_table::DEFAULT_PORT
            };
            Ok((ip.to_string(), port))
        }
    }
}

/// A DC entry with its address filled from the table of `source` (if the DC is known).
pub(crate) fn table_dc(dc_id: u32, test_mode: bool, source: DcSource, key: AuthKey) -> DcState {
    let mut dc = DcState::new().with_auth_key(key);
    if let Some(ip) = dc_table::ipv4(dc_id, test_mode, source) {
        dc.address = Some(ip.to_string());
        dc.port = Some(dc_table::DEFAULT_PORT);
    }
    dc
}

/// A session with one DC, its address known.
pub(crate) fn single(dc_id: u8, address: String, port: u16, key: AuthKey) -> SessionData {
    let mut s = SessionData::new(DcId(i32::from(dc_id)));
    s.dcs.insert(
        s.home_dc,
        DcState::new()
            .with_address(address, port)
            .with_auth_key(key),
    );
    s
}
