//! Pyrogram session strings: `b64url-nopad(payload)`, the layout chosen by the decoded length
//! (271 current, 263 and 267 legacy). Layout: `docs/formats/pyrogram.md#string-layout`.

use mtrs_crypto::AuthKey;
use zeroize::Zeroizing;

use crate::b64::{self, Padding};
use crate::dc_table::DcSource;
use crate::pivot;
use crate::reader::Reader;
use crate::{ConvertError, Format, Identity, SessionData, UserId};

const F: Format = Format::Pyrogram;

/// The three layouts of a Pyrogram string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PyrogramLayout {
    /// Pyrogram ≥ 2.0, Kurigram, PyroFork, MTGo: 271 bytes with `api_id` and a 64-bit user id.
    Current,
    /// Pyrogram 1.x for user ids below 2³¹: 263 bytes, 32-bit user id, no `api_id`.
    Legacy263,
    /// Pyrogram 1.3–1.4 for larger ids (and @mtcute/convert without `api_id`): 267 bytes,
    /// 64-bit user id, no `api_id`.
    Legacy267,
}

impl PyrogramLayout {
    /// Decoded payload length of the layout.
    pub fn payload_len(self) -> usize {
        match self {
            PyrogramLayout::Current => 271,
            PyrogramLayout::Legacy263 => 263,
            PyrogramLayout::Legacy267 => 267,
        }
    }
}

/// What a Pyrogram string stores.
///
/// ```
/// use mtrs_session_convert::{AuthKey, PyrogramLayout, PyrogramString};
/// let p = PyrogramString {
///     layout: PyrogramLayout::Legacy263,
///     dc_id: 2,
///     api_id: None,
///     test_mode: false,
///     auth_key: AuthKey::from_bytes([1; 256]),
///     user_id: 987_654_321,
///     is_bot: false,
/// };
/// let s = p.render()?;
/// assert_eq!(s.len(), 351);
/// assert_eq!(PyrogramString::parse(&s)?, p);
/// # Ok::<(), mtrs_session_convert::ConvertError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyrogramString {
    /// The layout it was read from, or is to be written in.
    pub layout: PyrogramLayout,
    /// Home DC id.
    pub dc_id: u8,
    /// `api_id` (current layout only; `None` in the legacy ones and when the string holds 0).
    pub api_id: Option<i32>,
    /// Test-server session.
    pub test_mode: bool,
    /// The home DC's auth key.
    pub auth_key: AuthKey,
    /// The logged-in user (always > 0).
    pub user_id: i64,
    /// Whether the account is a bot.
    pub is_bot: bool,
}

impl PyrogramString {
    /// Parses any of the three layouts, dispatching on the decoded length. Strict: bool bytes
    /// must be 0/1, `dc_id` and `user_id` non-zero, the key not all zeros.
    pub fn parse(s: &str) -> Result<Self, ConvertError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(ConvertError::Empty);
        }
        let payload = b64::decode(F, s, Padding::Optional)?;
        let layout = match payload.len() {
            271 => PyrogramLayout::Current,
            263 => PyrogramLayout::Legacy263,
            267 => PyrogramLayout::Legacy267,
            got => {
                return Err(ConvertError::Length {
                    format: F,
                    got,
                    expected: "271, 263 or 267",
                });
            }
        };
        let mut r = Reader::new(F, &payload);
        let dc_id = r.u8("dc_id")?;
        let api_id = match layout {
            PyrogramLayout::Current => match r.u32_be("api_id")? {
                0 => None,
                v => Some(i32::try_from(v).map_err(|_| ConvertError::InvalidField {
                    format: F,
                    field: "api_id",
                    reason: "exceeds 2^31-1",
                })?),
            },
            _ => None,
        };
        let test_mode = r.bool_byte("test_mode")?;
        let auth_key = r.auth_key()?;
        let user_id = match layout {
            PyrogramLayout::Legacy263 => u64::from(r.u32_be("user_id")?),
            _ => r.u64_be("user_id")?,
        };
        let is_bot = r.bool_byte("is_bot")?;
        r.finish()?;
        if dc_id == 0 {
            return Err(ConvertError::InvalidField {
                format: F,
                field: "dc_id",
                reason: "is zero",
            });
        }
        let user_id = match i64::try_from(user_id) {
            Ok(id) if id > 0 => id,
            _ => {
                return Err(ConvertError::InvalidField {
                    format: F,
                    field: "user_id",
                    reason: "must be a positive 63-bit id (0 means logged out)",
                });
            }
        };
        Ok(PyrogramString {
            layout,
            dc_id,
            api_id,
            test_mode,
            auth_key,
            user_id,
            is_bot,
        })
    }

    /// Renders the string in `self.layout`, exactly as Pyrogram does.
    ///
    /// Fails when the layout cannot hold the data: the current layout needs an `api_id`
    /// ([`ConvertError::Missing`]), legacy-263 a user id below 2³², and the user id must be
    /// positive.
    pub fn render(&self) -> Result<String, ConvertError> {
        if self.user_id <= 0 {
            return Err(ConvertError::Missing {
                format: F,
                field: "user_id",
                why: "Pyrogram treats user id 0 as logged out",
            });
        }
        let mut p = Zeroizing::new(Vec::with_capacity(self.layout.payload_len()));
        p.push(self.dc_id);
        if self.layout == PyrogramLayout::Current {
            let api_id = self
                .api_id
                .filter(|&a| a > 0)
                .ok_or(ConvertError::Missing {
                    format: F,
                    field: "api_id",
                    why: "the current layout stores it and Pyrogram prompts for one when it is 0",
                })?;
            p.extend_from_slice(&api_id.to_be_bytes());
        }
        p.push(u8::from(self.test_mode));
        p.extend_from_slice(self.auth_key.as_bytes());
        if self.layout == PyrogramLayout::Legacy263 {
            let uid = u32::try_from(self.user_id).map_err(|_| ConvertError::InvalidField {
                format: F,
                field: "user_id",
                reason: "does not fit the 32-bit legacy layout",
            })?;
            p.extend_from_slice(&uid.to_be_bytes());
        } else {
            p.extend_from_slice(&self.user_id.to_be_bytes());
        }
        p.push(u8::from(self.is_bot));
        Ok(b64::url_nopad(&p))
    }
}

impl PyrogramString {
    /// The session this string describes. The address is filled in from Pyrogram's own DC
    /// table (`docs/formats/dc-table.md`), port 443, as Pyrogram itself connects.
    pub fn to_session(&self) -> SessionData {
        let dc = pivot::table_dc(
            u32::from(self.dc_id),
            self.test_mode,
            DcSource::Pyrogram,
            self.auth_key.clone(),
        );
        let mut s = SessionData::new(crate::DcId(i32::from(self.dc_id)));
        s.dcs.insert(s.home_dc, dc);
        s.identity = Some(Identity::new(UserId(self.user_id)).with_bot(self.is_bot));
        s.test_mode = self.test_mode;
        s.api_id = self.api_id;
        s
    }

    /// The Pyrogram view of `session` in `layout`. Needs the identity (never invented: 0 means
    /// logged out to Pyrogram); an unknown bot flag is written as "not a bot". The current
    /// layout also needs `api_id` (checked by [`render`](Self::render)).
    pub fn from_session(
        session: &SessionData,
        layout: PyrogramLayout,
    ) -> Result<Self, ConvertError> {
        let dc_id = pivot::home_dc_u8(F, session)?;
        let auth_key = pivot::home_key(F, session)?;
        let id = session.identity.as_ref().ok_or(ConvertError::Missing {
            format: F,
            field: "user_id",
            why: "Pyrogram treats a session without a user id as logged out",
        })?;
        Ok(PyrogramString {
            layout,
            dc_id,
            api_id: session.api_id,
            test_mode: session.test_mode,
            auth_key,
            user_id: id.user_id.0,
            is_bot: id.bot.unwrap_or(false),
        })
    }
}
