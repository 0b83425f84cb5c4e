//! The id of a Telegram data centre.

use std::fmt;

/// A data-centre id as sent in `p_q_inner_data_dc.dc`: the DC number, plus 10000 for
/// test DCs, negated for media (non-CDN) DCs.
///
/// ```
/// use mtrs_proto::DcId;
/// let media_test = DcId::new(2).test().media();
/// assert_eq!(media_test.0, -10002);
/// assert_eq!(media_test.number(), 2);
/// assert!(media_test.is_test() && media_test.is_media());
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

    /// The plain DC number (1..=5 in production).
    pub const fn number(self) -> i32 {
        self.0.abs() % Self::TEST_OFFSET
    }

    /// Whether this is a test DC.
    pub const fn is_test(self) -> bool {
        self.0.abs() > Self::TEST_OFFSET
    }

    /// Whether this is a media DC.
    pub const fn is_media(self) -> bool {
        self.0 < 0
    }
}

impl fmt::Debug for DcId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DcId({})", self.0)
    }
}

impl fmt::Display for DcId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
