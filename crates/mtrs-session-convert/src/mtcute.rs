//! mtcute string sessions: `b64url-nopad(version ‖ i32le flags ‖ DCs ‖ [self] ‖ key)`.
//! Layout: `docs/formats/mtcute.md#string-layout`.
//!
//! Reads version 3 with DC options of version 1 (mtcute 0.12–0.17) and 2 (≥ 0.19), and the
//! legacy versions 1 and 2 (boxed TL `dcOption`, mtcute ≤ 0.11). Writes version 3 with DC
//! option version 2, as current mtcute does.

use mtrs_crypto::AuthKey;
use zeroize::Zeroizing;

use crate::b64::{self, Padding};
use crate::pivot;
use crate::reader::{self, Reader, put_tl_bytes};
use crate::{ConvertError, DcId, DcOption, Format, Identity, SessionData, UserId};

const F: Format = Format::Mtcute;

const FLAG_SELF: i32 = 1;
const FLAG_TEST: i32 = 2;
const FLAG_MEDIA: i32 = 4;
const DC_OPTION_CTOR: u32 = 0x18b7_a10d;
const BOOL_TRUE: u32 = 0x9972_75b5;
const BOOL_FALSE: u32 = 0xbc79_9737;

/// The shape an mtcute string was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum MtcuteLayout {
    /// Session version 1, boxed TL `dcOption` (mtcute ≤ 0.11).
    V1,
    /// Session version 2, boxed TL `dcOption`, optional media DC (mtcute ≤ 0.11).
    V2,
    /// Session version 3 with DC option version 1 (mtcute 0.12–0.17).
    V3DcV1,
    /// Session version 3 with DC option version 2 (mtcute ≥ 0.19; what [`MtcuteString::render`] writes).
    V3DcV2,
}

/// One DC as mtcute stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MtcuteDc {
    /// DC id (test DCs use 1…3 with `test_mode`).
    pub id: u8,
    /// IP address as text.
    pub ip: String,
    /// Port.
    pub port: u16,
    /// The address is IPv6.
    pub ipv6: bool,
    /// A media-only DC.
    pub media_only: bool,
    /// A test-server DC.
    pub test_mode: bool,
}

/// The logged-in account of an mtcute session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MtcuteSelf {
    /// User id (> 0).
    pub user_id: i64,
    /// Whether the account is a bot.
    pub is_bot: bool,
}

/// What an mtcute string stores.
///
/// ```
/// use mtrs_session_convert::{AuthKey, MtcuteDc, MtcuteLayout, MtcuteSelf, MtcuteString};
/// let dc = MtcuteDc {
///     id: 2,
///     ip: "149.154.167.50".to_owned(),
///     port: 443,
///     ipv6: false,
///     media_only: false,
///     test_mode: false,
/// };
/// let m = MtcuteString {
///     layout: MtcuteLayout::V3DcV2,
///     primary: dc,
///     media: None,
///     this: Some(MtcuteSelf { user_id: 42, is_bot: false }),
///     auth_key: AuthKey::from_bytes([1; 256]),
/// };
/// assert_eq!(MtcuteString::parse(&m.render()?)?, m);
/// # Ok::<(), mtrs_session_convert::ConvertError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MtcuteString {
    /// The layout it was read from ([`MtcuteLayout::V3DcV2`] for one built to be written).
    pub layout: MtcuteLayout,
    /// The primary (home) DC. Its `test_mode` is the session's test mode.
    pub primary: MtcuteDc,
    /// The media DC, when the string names one distinct from the primary.
    pub media: Option<MtcuteDc>,
    /// The logged-in account, when stored.
    pub this: Option<MtcuteSelf>,
    /// The primary DC's auth key.
    pub auth_key: AuthKey,
}

impl MtcuteString {
    /// Parses every known mtcute layout strictly (`docs/formats/mtcute.md#validation`),
    /// rejecting trailing bytes.
    pub fn parse(s: &str) -> Result<Self, ConvertError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(ConvertError::Empty);
        }
        let payload = b64::decode(F, s, Padding::Optional)?;
        let mut r = Reader::new(F, &payload);
        let version = r.u8("version")?;
        if !(1..=3).contains(&version) {
            return Err(ConvertError::Version {
                format: F,
                found: version.to_string(),
            });
        }
        let flags = r.i32_le("flags")?;
        if flags & !(FLAG_SELF | FLAG_TEST | FLAG_MEDIA) != 0 {
            return Err(ConvertError::InvalidField {
                format: F,
                field: "flags",
                reason: "unknown bits set",
            });
        }
        let outer_test = flags & FLAG_TEST != 0;
        let (layout, mut primary, mut media) = if version == 3 {
            let (dc_version, primary) = basic_dc(&mut r, "primary_dc")?;
            let media = if flags & FLAG_MEDIA != 0 {
                Some(basic_dc(&mut r, "media_dc")?.1)
            } else {
                None
            };
            let layout = if dc_version == 1 {
                MtcuteLayout::V3DcV1
            } else {
                MtcuteLayout::V3DcV2
            };
            (layout, primary, media)
        } else {
            if version == 1 && flags & FLAG_MEDIA != 0 {
                return Err(ConvertError::InvalidField {
                    format: F,
                    field: "flags",
                    reason: "version 1 has no media DC",
                });
            }
            let primary = boxed_dc(&mut r, "primary_dc")?;
            let media = if flags & FLAG_MEDIA != 0 {
                Some(boxed_dc(&mut r, "media_dc")?)
            } else {
                None
            };
            let layout = if version == 1 {
                MtcuteLayout::V1
            } else {
                MtcuteLayout::V2
            };
            (layout, primary, media)
        };
        if outer_test {
            primary.test_mode = true;
            if let Some(m) = media.as_mut() {
                m.test_mode = true;
            }
        } else if media
            .as_ref()
            .is_some_and(|m| m.test_mode != primary.test_mode)
        {
            return Err(ConvertError::InvalidField {
                format: F,
                field: "media_dc",
                reason: "test mode differs from the primary DC",
            });
        }
        let this = if flags & FLAG_SELF != 0 {
            let user_id = r.i64_le("user_id")?;
            if user_id <= 0 {
                return Err(ConvertError::InvalidField {
                    format: F,
                    field: "user_id",
                    reason: "must be positive",
                });
            }
            let is_bot = match r.u32_le("is_bot")? {
                BOOL_TRUE => true,
                BOOL_FALSE => false,
                _ => {
                    return Err(ConvertError::InvalidField {
                        format: F,
                        field: "is_bot",
                        reason: "not a TL boolTrue/boolFalse",
                    });
                }
            };
            Some(MtcuteSelf { user_id, is_bot })
        } else {
            None
        };
        let key = r.tl_bytes("auth_key")?;
        let auth_key = reader::auth_key(F, key)?;
        r.finish()?;
        Ok(MtcuteString {
            layout,
            primary,
            media,
            this,
            auth_key,
        })
    }

    /// Renders version 3 with DC options of version 2, as mtcute ≥ 0.19 does. The media DC is
    /// written only when it differs from the primary.
    pub fn render(&self) -> Result<String, ConvertError> {
        let media = self.media.as_ref().filter(|m| **m != self.primary);
        let mut flags = 0i32;
        if self.this.is_some() {
            flags |= FLAG_SELF;
        }
        if media.is_some() {
            flags |= FLAG_MEDIA;
        }
        let mut p = Zeroizing::new(Vec::with_capacity(400));
        p.push(3);
        p.extend_from_slice(&flags.to_le_bytes());
        put_tl_bytes(&mut p, &render_dc(&self.primary)?);
        if let Some(m) = media {
            put_tl_bytes(&mut p, &render_dc(m)?);
        }
        if let Some(me) = self.this {
            if me.user_id <= 0 {
                return Err(ConvertError::InvalidField {
                    format: F,
                    field: "user_id",
                    reason: "must be positive",
                });
            }
            p.extend_from_slice(&me.user_id.to_le_bytes());
            p.extend_from_slice(&if me.is_bot { BOOL_TRUE } else { BOOL_FALSE }.to_le_bytes());
        }
        put_tl_bytes(&mut p, self.auth_key.as_bytes());
        Ok(b64::url_nopad(&p))
    }
}

fn check_ip(field: &'static str, ip: &[u8]) -> Result<String, ConvertError> {
    crate::validate::address_bytes(F, field, ip)
}

fn check_port(field: &'static str, port: i32) -> Result<u16, ConvertError> {
    crate::validate::port(F, field, i64::from(port))
}

/// A basic DC option wrapped in TL bytes; returns the option version too.
fn basic_dc(r: &mut Reader<'_>, field: &'static str) -> Result<(u8, MtcuteDc), ConvertError> {
    let inner = r.tl_bytes(field)?;
    let mut d = Reader::new(F, inner);
    let version = d.u8(field)?;
    if !(1..=2).contains(&version) {
        return Err(ConvertError::InvalidField {
            format: F,
            field,
            reason: "DC option version must be 1 or 2",
        });
    }
    let id = d.u8(field)?;
    let flags = d.u8(field)?;
    let ip = check_ip(field, d.tl_bytes(field)?)?;
    let port = check_port(field, d.i32_le(field)?)?;
    d.finish()?;
    if id == 0 {
        return Err(ConvertError::InvalidField {
            format: F,
            field,
            reason: "DC id is zero",
        });
    }
    let dc = MtcuteDc {
        id,
        ip,
        port,
        ipv6: flags & 1 != 0,
        media_only: flags & 2 != 0,
        test_mode: version == 2 && flags & 4 != 0,
    };
    Ok((version, dc))
}

/// A boxed TL `dcOption` (session versions 1 and 2).
fn boxed_dc(r: &mut Reader<'_>, field: &'static str) -> Result<MtcuteDc, ConvertError> {
    if r.u32_le(field)? != DC_OPTION_CTOR {
        return Err(ConvertError::InvalidField {
            format: F,
            field,
            reason: "not a TL dcOption",
        });
    }
    let flags = r.u32_le(field)?;
    let id = r.i32_le(field)?;
    let ip = check_ip(field, r.tl_bytes(field)?)?;
    let port = check_port(field, r.i32_le(field)?)?;
    if flags & (1 << 10) != 0 {
        r.tl_bytes(field)?;
    }
    let id = u8::try_from(id)
        .ok()
        .filter(|&i| i != 0)
        .ok_or(ConvertError::InvalidField {
            format: F,
            field,
            reason: "DC id out of range",
        })?;
    Ok(MtcuteDc {
        id,
        ip,
        port,
        ipv6: flags & 1 != 0,
        media_only: flags & 2 != 0,
        test_mode: false,
    })
}

fn render_dc(dc: &MtcuteDc) -> Result<Vec<u8>, ConvertError> {
    crate::validate::address(F, "server_address", &dc.ip)?;
    crate::validate::port(F, "port", i64::from(dc.port))?;
    let mut out = vec![
        2,
        dc.id,
        u8::from(dc.ipv6) | u8::from(dc.media_only) << 1 | u8::from(dc.test_mode) << 2,
    ];
    put_tl_bytes(&mut out, dc.ip.as_bytes());
    out.extend_from_slice(&i32::from(dc.port).to_le_bytes());
    Ok(out)
}

impl MtcuteString {
    /// The session this string describes. A distinct media DC becomes a [`DcOption`] of the
    /// session (with its flags), so that exporting back to mtcute restores it.
    pub fn to_session(&self) -> SessionData {
        let p = &self.primary;
        let mut s = pivot::single(p.id, p.ip.clone(), p.port, self.auth_key.clone());
        s.test_mode = p.test_mode;
        s.identity = self
            .this
            .map(|me| Identity::new(UserId(me.user_id)).with_bot(me.is_bot));
        if let Some(m) = self.media.as_ref().filter(|m| **m != self.primary) {
            let mut o = DcOption::new(DcId(i32::from(m.id)), m.ip.clone(), m.port);
            o.ipv6 = m.ipv6;
            o.media_only = m.media_only;
            s.dc_options.push(o);
        }
        s
    }

    /// The mtcute view of `session`. The primary DC's `ipv6` flag follows the address text;
    /// the media DC is the session's first media-only DC option for the home DC, if any; the
    /// identity is kept when present (an unknown bot flag is written as "not a bot").
    pub fn from_session(session: &SessionData) -> Result<Self, ConvertError> {
        let id = pivot::home_dc_u8(F, session)?;
        let auth_key = pivot::home_key(F, session)?;
        let (ip, port) = pivot::home_address(F, session, false)?;
        let primary = MtcuteDc {
            id,
            ipv6: ip.contains(':'),
            ip,
            port,
            media_only: false,
            test_mode: session.test_mode,
        };
        let media = session
            .dc_options
            .iter()
            .find(|o| o.dc_id == session.home_dc && o.media_only)
            .map(|o| MtcuteDc {
                id,
                ip: o.address.clone(),
                port: o.port,
                ipv6: o.ipv6,
                media_only: true,
                test_mode: session.test_mode,
            });
        let this = session.identity.as_ref().map(|me| MtcuteSelf {
            user_id: me.user_id.0,
            is_bot: me.bot.unwrap_or(false),
        });
        Ok(MtcuteString {
            layout: MtcuteLayout::V3DcV2,
            primary,
            media,
            this,
            auth_key,
        })
    }
}
