//! The id of a Telegram data centre.

use std::fmt;

/// A data-centre id, the same value in every layer: the DC number, plus 10000 for test DCs,
/// negated for media (non-CDN) DCs: exactly the `dc` field of `p_q_inner_data_dc`.
///
/// A session stores plain ids ([`DcId::new`]); whether it talks to the test servers is a
/// property of the whole session. Pools and key exchanges use the full form.
///
/// ```
/// use mtrs_types::DcId;
/// let media_test = DcId::new(2).test().media();
/// assert_eq!(media_test.wire(), -10002);
/// assert_eq!(media_test.number(), 2);
/// assert!(media_test.is_test() && media_test.is_media());
/// assert_eq!(media_test.regular(), DcId::new(2).test());
/// assert_eq!(DcId::new(3).media().to_string(), "DC 3 (media)");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct DcId(pub i32);

impl DcId {
    /// Offset added to the ids of test DCs.
    pub const TEST_OFFSET: i32 = 10_000;

    /// A production, non-media DC with this number.
    pub const fn new(number: i32) -> Self {
        Self(number)
    }

    /// The same DC on the test servers.
    pub const fn test(self) -> Self {
        if self.is_test() {
            self
        } else if self.0 < 0 {
            Self(self.0 - Self::TEST_OFFSET)
        } else {
            Self(self.0 + Self::TEST_OFFSET)
        }
    }

    /// The media variant of this DC.
    pub const fn media(self) -> Self {
        Self(-self.0.abs())
    }

    /// The regular (non-media) variant of this DC.
    pub const fn regular(self) -> Self {
        Self(self.0.abs())
    }

    /// The plain DC number (1..=5 in production), without the test and media marks.
    pub const fn number(self) -> i32 {
        self.0.abs() % Self::TEST_OFFSET
    }

    /// The plain id ([`DcId::new`] of [`DcId::number`]): what a session stores.
    pub const fn plain(self) -> Self {
        Self(self.number())
    }

    /// Whether this is a test DC.
    pub const fn is_test(self) -> bool {
        self.0.abs() > Self::TEST_OFFSET
    }

    /// Whether this is a media DC.
    pub const fn is_media(self) -> bool {
        self.0 < 0
    }

    /// The value sent on the wire (`p_q_inner_data_dc.dc`).
    pub const fn wire(self) -> i32 {
        self.0
    }
}

impl fmt::Debug for DcId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DcId({})", self.0)
    }
}

/// `DC 2`, `DC 2 (media)`, `DC 2 (test)`, `DC 2 (test, media)`.
impl fmt::Display for DcId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DC {}", self.number())?;
        match (self.is_test(), self.is_media()) {
            (false, false) => Ok(()),
            (false, true) => f.write_str(" (media)"),
            (true, false) => f.write_str(" (test)"),
            (true, true) => f.write_str(" (test, media)"),
        }
    }
}

impl From<i32> for DcId {
    fn from(number: i32) -> Self {
        Self(number)
    }
}

#[cfg(test)]
mod tests {
    use super::DcId;

    #[test]
    fn marks_compose_and_strip() {
        let id = DcId::new(4);
        assert_eq!(id.test().test(), id.test());
        assert_eq!(id.media().media(), id.media());
        assert_eq!(id.media().test(), id.test().media());
        assert_eq!(id.test().media().plain(), id);
        assert_eq!(id.test().media().regular(), id.test());
        assert!(!id.is_test() && !id.is_media());
        assert_eq!(id.test().to_string(), "DC 4 (test)");
        assert_eq!(id.test().media().to_string(), "DC 4 (test, media)");
        assert_eq!(id.to_string(), "DC 4");
    }
}
