//! Already-serialized TL carried through typed code unchanged.

use crate::{Deserialize, DeserializeError, Reader, Serialize};

/// TL bytes taken or written as they are: the inner query of an `invokeWith…` wrapper, an
/// object a layer does not know, a body forwarded without decoding.
///
/// Writing appends the bytes unchanged; reading takes every byte left in the reader (so it
/// belongs last, as the `!X` query of a wrapper).
///
/// ```
/// use mtrs_tl::{Deserialize, RawTl, Serialize};
/// let raw = RawTl(vec![0x15, 0xc4, 0xb5, 0x1c]);
/// assert_eq!(raw.to_bytes(), raw.0);
/// assert_eq!(RawTl::from_bytes(&raw.0).unwrap(), raw);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawTl(pub Vec<u8>);

impl Serialize for RawTl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&self.0);
    }
}

impl Deserialize for RawTl {
    const MIN_SIZE: usize = 0;

    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self(r.read_rest().to_vec()))
    }
}

/// The constructor id at the start of a boxed TL body, or `None` when it is shorter than
/// four bytes.
///
/// ```
/// assert_eq!(mtrs_tl::constructor_of(&[0x15, 0xc4, 0xb5, 0x1c, 0]), Some(0x1cb5_c415));
/// assert_eq!(mtrs_tl::constructor_of(&[1, 2]), None);
/// ```
pub fn constructor_of(body: &[u8]) -> Option<u32> {
    let id: [u8; 4] = body.get(..4)?.try_into().ok()?;
    Some(u32::from_le_bytes(id))
}
