//! mtrs's own session string, `mtrs:1:…` (specified in `docs/session-string.md`).
//!
//! Self-describing (a text tag and a version), complete (every DC's key and address, the
//! identity, test mode, `api_id`, takeout id and DC options) and checksummed: a truncated or
//! edited string gives [`ConvertError::Corrupt`], never wrong data.

use mtrs_session::{DcId, DcOption, DcState, Identity, SessionData, TimeOffset, UserId};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::b64::{self, Padding};
use crate::reader::Reader;
use crate::{ConvertError, Format};

const F: Format = Format::Mtrs;
/// Text tag every mtrs string starts with.
pub const TAG: &str = "mtrs:";
const PREFIX: &str = "mtrs:1:";
const CHECK_LEN: usize = 8;
const MAX_DCS: usize = 64;
const MAX_OPTIONS: usize = 1024;

mod flag {
    pub const TEST: u8 = 1;
    pub const IDENTITY: u8 = 2;
    pub const BOT_KNOWN: u8 = 4;
    pub const BOT: u8 = 8;
    pub const API_ID: u8 = 16;
    pub const TAKEOUT: u8 = 32;
    pub const ALL: u8 = 63;
    pub const DC_ADDRESS: u8 = 1;
    pub const DC_PORT: u8 = 2;
    pub const DC_KEY: u8 = 4;
    pub const DC_IMPORTED: u8 = 8;
    pub const DC_ALL: u8 = 15;
    pub const OPT_SECRET: u8 = 64;
    pub const OPT_ALL: u8 = 127;
}

fn checksum(body: &[u8]) -> [u8; CHECK_LEN] {
    let digest = Sha256::new()
        .chain_update(PREFIX)
        .chain_update(body)
        .finalize();
    let mut out = [0u8; CHECK_LEN];
    out.copy_from_slice(&digest[..CHECK_LEN]);
    out
}

fn corrupt(reason: &'static str) -> ConvertError {
    ConvertError::Corrupt { format: F, reason }
}

fn invalid(field: &'static str, reason: &'static str) -> ConvertError {
    ConvertError::InvalidField {
        format: F,
        field,
        reason,
    }
}

/// Renders `session` as an mtrs string.
///
/// Carries the home DC, every DC entry (address, port, permanent key, time offset, whether
/// the authorization was imported), the identity's user id and bot flag, test mode,
/// `api_id`, takeout id and DC options. Not carried: temporary keys, salts, update state,
/// and the identity's names.
///
/// # Errors
/// [`ConvertError::Missing`] when the home DC has no auth key; [`ConvertError::InvalidField`]
/// when a list or text is too long for the format (more than 64 DCs, an address over 255
/// bytes, a user id ≤ 0).
pub fn render(session: &SessionData) -> Result<String, ConvertError> {
    if session.home_auth_key().is_none() {
        return Err(ConvertError::Missing {
            format: F,
            field: "auth_key",
            why: "the home DC needs a key",
        });
    }
    if session.dcs.len() > MAX_DCS {
        return Err(invalid("dcs", "more than 64 DC entries"));
    }
    if session.dc_options.len() > MAX_OPTIONS {
        return Err(invalid("dc_options", "more than 1024 entries"));
    }
    let mut b = Zeroizing::new(Vec::with_capacity(64 + 300 * session.dcs.len()));
    let mut flags = 0u8;
    if session.test_mode {
        flags |= flag::TEST;
    }
    if let Some(id) = &session.identity {
        flags |= flag::IDENTITY;
        if let Some(bot) = id.bot {
            flags |= flag::BOT_KNOWN | if bot { flag::BOT } else { 0 };
        }
    }
    if session.api_id.is_some() {
        flags |= flag::API_ID;
    }
    if session.takeout_id.is_some() {
        flags |= flag::TAKEOUT;
    }
    b.push(flags);
    b.extend_from_slice(&session.home_dc.0.to_le_bytes());
    if let Some(api_id) = session.api_id {
        b.extend_from_slice(&api_id.to_le_bytes());
    }
    if let Some(id) = &session.identity {
        if id.user_id.0 <= 0 {
            return Err(invalid("user_id", "must be positive"));
        }
        b.extend_from_slice(&id.user_id.0.to_le_bytes());
    }
    if let Some(t) = session.takeout_id {
        b.extend_from_slice(&t.to_le_bytes());
    }
    // Bounded by MAX_DCS above.
    b.push(session.dcs.len() as u8);
    for (id, dc) in &session.dcs {
        let mut f = 0u8;
        f |= if dc.address.is_some() {
            flag::DC_ADDRESS
        } else {
            0
        };
        f |= if dc.port.is_some() { flag::DC_PORT } else { 0 };
        f |= if dc.auth_key.is_some() {
            flag::DC_KEY
        } else {
            0
        };
        f |= if dc.authorization_imported {
            flag::DC_IMPORTED
        } else {
            0
        };
        b.extend_from_slice(&id.0.to_le_bytes());
        b.push(f);
        b.extend_from_slice(&dc.time_offset.0.to_le_bytes());
        if let Some(a) = &dc.address {
            put_text(&mut b, "address", a.as_bytes())?;
        }
        if let Some(p) = dc.port {
            b.extend_from_slice(&p.to_le_bytes());
        }
        if let Some(k) = &dc.auth_key {
            crate::pivot::check_key(F, k)?;
            b.extend_from_slice(k.as_bytes());
        }
    }
    // Bounded by MAX_OPTIONS above.
    b.extend_from_slice(&(session.dc_options.len() as u16).to_le_bytes());
    for o in &session.dc_options {
        let bits = [
            o.ipv6,
            o.media_only,
            o.tcpo_only,
            o.cdn,
            o.is_static,
            o.this_port_only,
            o.secret.is_some(),
        ];
        let f = bits
            .iter()
            .enumerate()
            .fold(0u8, |acc, (i, &on)| acc | (u8::from(on) << i));
        b.extend_from_slice(&o.dc_id.0.to_le_bytes());
        b.push(f);
        put_text(&mut b, "dc_option.address", o.address.as_bytes())?;
        b.extend_from_slice(&o.port.to_le_bytes());
        if let Some(s) = &o.secret {
            put_text(&mut b, "dc_option.secret", s)?;
        }
    }
    let check = checksum(&b);
    b.extend_from_slice(&check);
    Ok(format!("{PREFIX}{}", b64::url_nopad(&b)))
}

fn put_text(b: &mut Vec<u8>, field: &'static str, text: &[u8]) -> Result<(), ConvertError> {
    let len = u8::try_from(text.len()).map_err(|_| invalid(field, "longer than 255 bytes"))?;
    b.push(len);
    b.extend_from_slice(text);
    Ok(())
}

/// Whether `s` carries the mtrs tag (or is a non-empty truncation of it).
pub(crate) fn looks_like(s: &str) -> bool {
    let s = s.trim();
    s.starts_with(TAG) || (!s.is_empty() && PREFIX.starts_with(s))
}

/// Parses an mtrs string.
///
/// # Errors
/// [`ConvertError::Corrupt`] for anything truncated, edited or mangled after the tag
/// (including a checksum mismatch); [`ConvertError::Version`] for a version this crate does
/// not know; [`ConvertError::InvalidField`] when the input does not start with `mtrs:`.
pub fn parse(s: &str) -> Result<SessionData, ConvertError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(ConvertError::Empty);
    }
    let Some(rest) = s.strip_prefix(TAG) else {
        if PREFIX.starts_with(s) {
            return Err(corrupt("truncated inside the tag"));
        }
        return Err(invalid("tag", "does not start with `mtrs:`"));
    };
    let Some((version, data)) = rest.split_once(':') else {
        return Err(corrupt("no `:` after the version"));
    };
    if version.is_empty() || !version.bytes().all(|c| c.is_ascii_digit()) || version.len() > 9 {
        return Err(corrupt("the version is not a number"));
    }
    if version != "1" {
        return Err(ConvertError::Version {
            format: F,
            found: version.to_owned(),
        });
    }
    let raw = b64::decode(F, data, Padding::Optional)
        .map_err(|_| corrupt("not valid base64 (truncated or edited)"))?;
    let Some(split) = raw.len().checked_sub(CHECK_LEN) else {
        return Err(corrupt("too short"));
    };
    let (body, check) = raw.split_at(split);
    if checksum(body) != check {
        return Err(corrupt("checksum mismatch (truncated or edited)"));
    }
    parse_body(body)
}

fn parse_body(body: &[u8]) -> Result<SessionData, ConvertError> {
    let mut r = Reader::new(F, body);
    let flags = r.u8("flags")?;
    if flags & !flag::ALL != 0 {
        return Err(invalid("flags", "unknown bits set"));
    }
    let mut s = SessionData::new(DcId(r.i32_le("home_dc")?));
    s.test_mode = flags & flag::TEST != 0;
    if flags & flag::API_ID != 0 {
        s.api_id = Some(r.i32_le("api_id")?);
    }
    if flags & flag::IDENTITY != 0 {
        let user_id = r.i64_le("user_id")?;
        if user_id <= 0 {
            return Err(invalid("user_id", "must be positive"));
        }
        let mut id = Identity::new(UserId(user_id));
        if flags & flag::BOT_KNOWN != 0 {
            id.bot = Some(flags & flag::BOT != 0);
        }
        s.identity = Some(id);
    } else if flags & (flag::BOT_KNOWN | flag::BOT) != 0 {
        return Err(invalid("flags", "bot flag without an identity"));
    }
    if flags & flag::TAKEOUT != 0 {
        s.takeout_id = Some(r.i64_le("takeout_id")?);
    }
    let count = usize::from(r.u8("dc_count")?);
    if count == 0 || count > MAX_DCS {
        return Err(invalid("dc_count", "must be 1 to 64"));
    }
    for _ in 0..count {
        let id = DcId(r.i32_le("dc_id")?);
        let f = r.u8("dc_flags")?;
        if f & !flag::DC_ALL != 0 {
            return Err(invalid("dc_flags", "unknown bits set"));
        }
        let mut dc = DcState::new();
        dc.time_offset = TimeOffset(r.i32_le("time_offset")?);
        dc.authorization_imported = f & flag::DC_IMPORTED != 0;
        if f & flag::DC_ADDRESS != 0 {
            dc.address = Some(address(&mut r, "address")?);
        }
        if f & flag::DC_PORT != 0 {
            let port = u16::from_le_bytes(r.array("port")?);
            dc.port = Some(crate::validate::port(F, "port", i64::from(port))?);
        }
        if f & flag::DC_KEY != 0 {
            dc.auth_key = Some(r.auth_key()?);
        }
        if s.dcs.last_key_value().is_some_and(|(last, _)| *last >= id) {
            return Err(invalid(
                "dc_id",
                "DC entries must be in increasing id order",
            ));
        }
        s.dcs.insert(id, dc);
    }
    let options = usize::from(u16::from_le_bytes(r.array("option_count")?));
    if options > MAX_OPTIONS {
        return Err(invalid("option_count", "more than 1024"));
    }
    for _ in 0..options {
        let dc_id = DcId(r.i32_le("dc_option.dc_id")?);
        let f = r.u8("dc_option.flags")?;
        if f & !flag::OPT_ALL != 0 {
            return Err(invalid("dc_option.flags", "unknown bits set"));
        }
        let address = address(&mut r, "dc_option.address")?;
        let port = u16::from_le_bytes(r.array("dc_option.port")?);
        let port = crate::validate::port(F, "dc_option.port", i64::from(port))?;
        let mut o = DcOption::new(dc_id, address, port);
        [
            o.ipv6,
            o.media_only,
            o.tcpo_only,
            o.cdn,
            o.is_static,
            o.this_port_only,
        ] = std::array::from_fn(|i| f & (1 << i) != 0);
        if f & flag::OPT_SECRET != 0 {
            let len = usize::from(r.u8("dc_option.secret")?);
            o.secret = Some(r.take(len, "dc_option.secret")?.to_vec());
        }
        s.dc_options.push(o);
    }
    r.finish()?;
    if s.home_auth_key().is_none() {
        return Err(invalid("home_dc", "has no DC entry with an auth key"));
    }
    Ok(s)
}

/// A length-prefixed address: an IP literal or an RFC 1123 host name.
fn address(r: &mut Reader<'_>, field: &'static str) -> Result<String, ConvertError> {
    let len = usize::from(r.u8(field)?);
    let bytes = r.take(len, field)?;
    crate::validate::address_bytes(F, field, bytes)
}
