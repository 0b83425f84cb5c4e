//! GramJS `StringSession`: `"1" ‖ b64std+pad(dc ‖ i16be n ‖ address ‖ i16be port ‖ key)`.
//! Layout: `docs/formats/gramjs.md#string-layout`.

use mtrs_crypto::AuthKey;
use zeroize::Zeroizing;

use crate::b64::{self, Padding};
use crate::dc_table::is_test_address;
use crate::pivot;
use crate::reader::Reader;
use crate::{ConvertError, Format, SessionData};

const F: Format = Format::Gramjs;

/// The longest address a GramJS string may carry here (`docs/formats/gramjs.md#reading-rules`).
const MAX_ADDRESS: usize = 253;

/// What a GramJS string stores.
///
/// ```
/// use mtrs_session_convert::{AuthKey, GramjsString};
/// let g = GramjsString {
///     dc_id: 4,
///     address: "149.154.167.91".to_owned(),
///     port: 80,
///     auth_key: AuthKey::from_bytes([1; 256]),
/// };
/// let s = g.render()?;
/// assert_eq!(GramjsString::parse(&s)?, g);
/// # Ok::<(), mtrs_session_convert::ConvertError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GramjsString {
    /// Home DC id.
    pub dc_id: u8,
    /// Server address: dotted IPv4, IPv6 text or a host name.
    pub address: String,
    /// Server port (read as unsigned, unlike GramJS).
    pub port: u16,
    /// The home DC's auth key.
    pub auth_key: AuthKey,
}

impl GramjsString {
    /// Parses a GramJS string strictly: version `1`, `len == 5 + n + 256`, an address of
    /// 1…253 characters that is an IP literal or an RFC 1123 host name, a non-zero DC id,
    /// port and key. Both alphabets and optional
    /// padding are accepted.
    pub fn parse(s: &str) -> Result<Self, ConvertError> {
        let s = s.trim();
        let rest = b64::strip_version(F, s, '1')?;
        let payload = b64::decode(F, rest, Padding::Optional)?;
        let mut r = Reader::new(F, &payload);
        let dc_id = r.u8("dc_id")?;
        let n = usize::from(r.u16_be("address_length")?);
        if n == 0 || n > MAX_ADDRESS || payload.len() != 5 + n + 256 {
            return Err(ConvertError::InvalidField {
                format: F,
                field: "address_length",
                reason: "does not match the payload length",
            });
        }
        let addr = r.take(n, "server_address")?;
        let address = crate::validate::address_bytes(F, "server_address", addr)?;
        let port = crate::validate::port(F, "port", i64::from(r.u16_be("port")?))?;
        let auth_key = r.auth_key()?;
        r.finish()?;
        if dc_id == 0 {
            return Err(ConvertError::InvalidField {
                format: F,
                field: "dc_id",
                reason: "is zero",
            });
        }
        Ok(GramjsString {
            dc_id,
            address,
            port,
            auth_key,
        })
    }

    /// Renders the string as GramJS' `StringSession.save()` does.
    ///
    /// Fails when the address is not an IP literal or host name of 1…253 bytes, or the port
    /// is 0.
    pub fn render(&self) -> Result<String, ConvertError> {
        let addr = self.address.as_bytes();
        crate::validate::address(F, "server_address", &self.address)?;
        crate::validate::port(F, "port", i64::from(self.port))?;
        let mut p = Zeroizing::new(Vec::with_capacity(5 + addr.len() + 256));
        p.push(self.dc_id);
        // Bounded to 253 bytes by the address check above, so it fits in 16 bits.
        p.extend_from_slice(&(addr.len() as u16).to_be_bytes());
        p.extend_from_slice(addr);
        p.extend_from_slice(&self.port.to_be_bytes());
        p.extend_from_slice(self.auth_key.as_bytes());
        Ok(format!("1{}", b64::std_pad(&p)))
    }
}

impl GramjsString {
    /// The session this string describes; test mode is inferred from the address when it is
    /// an IP (host names are production).
    pub fn to_session(&self) -> SessionData {
        let mut s = pivot::single(
            self.dc_id,
            self.address.clone(),
            self.port,
            self.auth_key.clone(),
        );
        s.test_mode = self.address.parse().is_ok_and(is_test_address);
        s
    }

    /// The GramJS view of `session`; a missing address comes from the built-in table.
    pub fn from_session(session: &SessionData) -> Result<Self, ConvertError> {
        let dc_id = pivot::home_dc_u8(F, session)?;
        let auth_key = pivot::home_key(F, session)?;
        let (address, port) = pivot::home_address(F, session, false)?;
        Ok(GramjsString {
            dc_id,
            address,
            port,
            auth_key,
        })
    }
}
