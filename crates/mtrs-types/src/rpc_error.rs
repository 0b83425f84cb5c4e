//! `rpc_error`, parsed once into code, name and numeric value.
//!
//! See <https://core.telegram.org/api/errors>.

use std::fmt;

/// An RPC error: the numeric code plus the message split into a name and an optional
/// value (`FLOOD_WAIT_30` → name `FLOOD_WAIT`, value 30).
///
/// ```
/// use mtrs_types::RpcError;
/// let e = RpcError::new(420, "FLOOD_WAIT_30");
/// assert_eq!((e.code, e.name.as_str(), e.value), (420, "FLOOD_WAIT", Some(30)));
/// assert!(e.is("FLOOD_WAIT"));
/// let e = RpcError::new(303, "USER_MIGRATE_4");
/// assert_eq!((e.name.as_str(), e.value), ("USER_MIGRATE", Some(4)));
/// let e = RpcError::new(400, "PEER_ID_INVALID");
/// assert_eq!((e.name.as_str(), e.value), ("PEER_ID_INVALID", None));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RpcError {
    /// The numeric code (303, 400, 401, 420, 500, …).
    pub code: i32,
    /// The message without its numeric part (`FLOOD_WAIT`, `PHONE_MIGRATE`, …).
    pub name: String,
    /// The number embedded in the message, if any (seconds to wait, a DC id, …).
    pub value: Option<u32>,
}

impl RpcError {
    /// The constructor id of `rpc_error`.
    pub const CONSTRUCTOR_ID: u32 = 0x2144_ca19;

    /// Splits `message` into name and value: the value is the last `_`-separated part if
    /// it is all digits (`FLOOD_WAIT_30`, `FLOOD_PREMIUM_WAIT_5`, `FILE_MIGRATE_2`);
    /// otherwise the whole message is the name.
    pub fn new(code: i32, message: &str) -> Self {
        if let Some((name, tail)) = message.rsplit_once('_')
            && !tail.is_empty()
            && tail.bytes().all(|b| b.is_ascii_digit())
            && let Ok(value) = tail.parse()
        {
            return Self {
                code,
                name: name.to_owned(),
                value: Some(value),
            };
        }
        Self {
            code,
            name: message.to_owned(),
            value: None,
        }
    }

    /// Whether the error's name is `name`.
    pub fn is(&self, name: &str) -> bool {
        self.name == name
    }
}

impl fmt::Display for RpcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.value {
            Some(v) => write!(f, "rpc error {}: {}_{}", self.code, self.name, v),
            None => write!(f, "rpc error {}: {}", self.code, self.name),
        }
    }
}

impl std::error::Error for RpcError {}
