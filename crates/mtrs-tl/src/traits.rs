//! The serialization traits.

use crate::{DeserializeError, Reader};

/// Writes a value in its TL wire form (the boxed form, with its constructor id, for objects
/// and functions; the plain form for primitives).
pub trait Serialize {
    /// Appends the encoding to `buf`.
    fn serialize(&self, buf: &mut Vec<u8>);

    /// The encoding as a new buffer.
    fn to_bytes(&self) -> Vec<u8> {
        let mut buf = Vec::new();
        self.serialize(&mut buf);
        buf
    }
}

/// Reads a value from its TL wire form (the boxed form for objects).
pub trait Deserialize: Sized {
    /// The fewest bytes one encoded value can take; bounds vector counts before allocating.
    const MIN_SIZE: usize = 4;

    /// Reads one value from `r`, advancing it.
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError>;

    /// Reads one value that must span all of `bytes` (leftover bytes are an error).
    fn from_bytes(bytes: &[u8]) -> Result<Self, DeserializeError> {
        let mut r = Reader::new(bytes);
        let v = Self::deserialize(&mut r)?;
        match r.remaining() {
            0 => Ok(v),
            count => Err(DeserializeError::TrailingBytes { count }),
        }
    }
}

/// Writes a constructor's fields without its constructor id (TL's bare `%T` form).
pub trait SerializeBare {
    /// Appends the bare encoding to `buf`.
    fn serialize_bare(&self, buf: &mut Vec<u8>);
}

/// Reads a constructor's fields when its constructor id is known or absent (bare form).
pub trait DeserializeBare: Sized {
    /// Reads the fields from `r`.
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError>;
}

/// A TL constructor or function with a fixed constructor id.
pub trait Identifiable {
    /// The constructor id (CRC32 of the normalized definition unless the schema says otherwise).
    const CONSTRUCTOR_ID: u32;
    /// The TL name, with its namespace (for example `"req_pq_multi"`, `"help.getConfig"`).
    const NAME: &'static str;
}

/// A TL function: sending it gets an answer of type [`RemoteCall::Return`].
pub trait RemoteCall: Serialize {
    /// The type of the answer (the function's result type).
    type Return: Deserialize;
}
