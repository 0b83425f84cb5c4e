//! Telethon `StringSession`: `"1" ‖ b64url+pad(dc ‖ IPv4|IPv6 ‖ u16be port ‖ key)`.
//! Layout: `docs/formats/telethon.md#string-layout`.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use mtrs_crypto::AuthKey;

use crate::b64::{self, Padding};
use crate::dc_table::is_test_address;
use crate::pivot;
use crate::reader::Reader;
use crate::{ConvertError, Format, SessionData};

const F: Format = Format::Telethon;

/// What a Telethon string stores.
///
/// ```
/// use mtrs_session_convert::{AuthKey, TelethonString};
/// let t = TelethonString {
///     dc_id: 2,
///     ip: "149.154.167.51".parse().unwrap(),
///     port: 443,
///     auth_key: AuthKey::from_bytes([1; 256]),
/// };
/// let s = t.render();
/// assert_eq!(s.len(), 353);
/// assert_eq!(TelethonString::parse(&s)?, t);
/// assert_eq!(t.to_session().home_dc.0, 2);
/// # Ok::<(), mtrs_session_convert::ConvertError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TelethonString {
    /// Home DC id.
    pub dc_id: u8,
    /// Server address (packed IPv4 or IPv6 in the string).
    pub ip: IpAddr,
    /// Server port.
    pub port: u16,
    /// The permanent auth key of the home DC.
    pub auth_key: AuthKey,
}

impl TelethonString {
    /// Parses a Telethon string strictly: version `1`, correct padding, 263 or 275 bytes,
    /// a non-zero DC id, port and key, and an address a Telethon session can hold (not in
    /// `0.0.0.0/8`; IPv6 in 2000::/3 or `::1`). Both base64 alphabets are accepted.
    pub fn parse(s: &str) -> Result<Self, ConvertError> {
        let s = s.trim();
        let rest = b64::strip_version(F, s, '1')?;
        let payload = b64::decode(F, rest, Padding::Required)?;
        let ip_len = match payload.len() {
            263 => 4,
            275 => 16,
            got => {
                return Err(ConvertError::Length {
                    format: F,
                    got,
                    expected: "263 (IPv4) or 275 (IPv6)",
                });
            }
        };
        let mut r = Reader::new(F, &payload);
        let dc_id = r.u8("dc_id")?;
        let ip = if ip_len == 4 {
            IpAddr::V4(Ipv4Addr::from(r.array::<4>("server_address")?))
        } else {
            IpAddr::V6(Ipv6Addr::from(r.array::<16>("server_address")?))
        };
        let port = crate::validate::port(F, "port", i64::from(r.u16_be("port")?))?;
        let auth_key = r.auth_key()?;
        r.finish()?;
        check_ip(ip)?;
        if dc_id == 0 {
            return Err(ConvertError::InvalidField {
                format: F,
                field: "dc_id",
                reason: "is zero",
            });
        }
        Ok(TelethonString {
            dc_id,
            ip,
            port,
            auth_key,
        })
    }

    /// Renders the string exactly as Telethon's `StringSession.save()` does.
    pub fn render(&self) -> String {
        let mut payload = zeroize::Zeroizing::new(Vec::with_capacity(275));
        payload.push(self.dc_id);
        match self.ip {
            IpAddr::V4(v4) => payload.extend_from_slice(&v4.octets()),
            IpAddr::V6(v6) => payload.extend_from_slice(&v6.octets()),
        }
        payload.extend_from_slice(&self.port.to_be_bytes());
        payload.extend_from_slice(self.auth_key.as_bytes());
        format!("1{}", b64::url_pad(&payload))
    }
}

/// Refuses addresses no Telethon session holds: `0.0.0.0/8` (the first bytes of a GramJS
/// payload read as an IPv4 address: its address length), and IPv6 outside 2000::/3 and
/// `::1` (GramJS address text read as an IPv6 address).
fn check_ip(ip: IpAddr) -> Result<(), ConvertError> {
    let reason = match ip {
        IpAddr::V4(v4) if v4.octets()[0] == 0 => {
            "in 0.0.0.0/8 (looks like a GramJS string: its address length where the IP should be)"
        }
        IpAddr::V6(v6) if v6.segments()[0] & 0xe000 != 0x2000 && !v6.is_loopback() => {
            "IPv6 address outside 2000::/3 (looks like a GramJS string: address text where the IP should be)"
        }
        _ => return Ok(()),
    };
    Err(ConvertError::InvalidValue {
        format: F,
        field: "server_address",
        value: ip.to_string(),
        reason,
    })
}

impl TelethonString {
    /// The session this string describes. Test mode is inferred from the address
    /// (`docs/formats/dc-table.md#test-servers`); there is no identity (Telethon strings store
    /// no user id).
    pub fn to_session(&self) -> SessionData {
        let mut s = pivot::single(
            self.dc_id,
            self.ip.to_string(),
            self.port,
            self.auth_key.clone(),
        );
        s.test_mode = is_test_address(self.ip);
        s
    }

    /// The Telethon view of `session`: its home DC, key and address. A missing address or a
    /// host name is replaced by the built-in table's IPv4 address (Telethon stores packed IPs).
    pub fn from_session(session: &SessionData) -> Result<Self, ConvertError> {
        let dc_id = pivot::home_dc_u8(F, session)?;
        let auth_key = pivot::home_key(F, session)?;
        let (address, port) = pivot::home_address(F, session, true)?;
        let ip = address.parse().map_err(|_| ConvertError::InvalidField {
            format: F,
            field: "server_address",
            reason: "not an IP address",
        })?;
        Ok(TelethonString {
            dc_id,
            ip,
            port,
            auth_key,
        })
    }
}
