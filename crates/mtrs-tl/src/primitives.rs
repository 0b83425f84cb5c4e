//! Built-in TL types: `int`, `long`, `double`, `int128`, `int256`, `bytes`, `Bool`, `Vector`.

use crate::{Deserialize, DeserializeError, Reader, Serialize};

/// Constructor id of the boxed `Vector t` (`vector#1cb5c415`).
pub const VECTOR_ID: u32 = 0x1cb5_c415;
/// Constructor id of `boolTrue`.
pub const BOOL_TRUE_ID: u32 = 0x9972_75b5;
/// Constructor id of `boolFalse`.
pub const BOOL_FALSE_ID: u32 = 0xbc79_9737;
/// Constructor id of `true` (the boxed `True`; flags use a bit instead).
pub const TRUE_ID: u32 = 0x3fed_d339;

/// Writes a TL `bytes`/`string` body: length (1 byte, or 254 + 3 bytes little-endian from 254
/// bytes on), data, zero padding to a multiple of 4.
///
/// TL cannot encode 2^24 bytes or more; longer input is cut to 2^24 - 1 bytes (Telegram limits
/// every field far below that).
pub fn write_tl_bytes(buf: &mut Vec<u8>, data: &[u8]) {
    let data = &data[..data.len().min(0xff_ffff)];
    let len = data.len();
    let header = if len < 254 {
        buf.push(len as u8);
        1
    } else {
        buf.extend_from_slice(&[254, len as u8, (len >> 8) as u8, (len >> 16) as u8]);
        4
    };
    buf.extend_from_slice(data);
    let padding = (4 - (header + len) % 4) % 4;
    buf.extend_from_slice(&[0u8; 3][..padding]);
}

/// Writes a vector's element count (the part after the id of a boxed `Vector`).
pub fn write_len(buf: &mut Vec<u8>, len: usize) {
    buf.extend_from_slice(&(len as u32).to_le_bytes());
}

macro_rules! fixed {
    ($t:ty, $read:ident, $min:expr) => {
        impl Serialize for $t {
            #[inline]
            fn serialize(&self, buf: &mut Vec<u8>) {
                buf.extend_from_slice(&self.to_le_bytes());
            }
        }
        impl Deserialize for $t {
            const MIN_SIZE: usize = $min;
            #[inline]
            fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
                r.$read()
            }
        }
    };
}
fixed!(i32, read_i32, 4);
fixed!(u32, read_u32, 4);
fixed!(i64, read_i64, 8);
fixed!(f64, read_f64, 8);

/// `int128` and `int256` are kept as their 16 / 32 wire bytes.
impl<const N: usize> Serialize for [u8; N] {
    #[inline]
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(self);
    }
}

impl<const N: usize> Deserialize for [u8; N] {
    const MIN_SIZE: usize = N;
    #[inline]
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.read_array()
    }
}

/// TL `bytes`.
impl Serialize for Vec<u8> {
    fn serialize(&self, buf: &mut Vec<u8>) {
        write_tl_bytes(buf, self);
    }
}

impl Deserialize for Vec<u8> {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.read_tl_bytes().map(<[u8]>::to_vec)
    }
}

/// TL `Bool` (`boolTrue` / `boolFalse`).
impl Serialize for bool {
    fn serialize(&self, buf: &mut Vec<u8>) {
        let id = if *self { BOOL_TRUE_ID } else { BOOL_FALSE_ID };
        buf.extend_from_slice(&id.to_le_bytes());
    }
}

impl Deserialize for bool {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        match r.read_u32()? {
            BOOL_TRUE_ID => Ok(true),
            BOOL_FALSE_ID => Ok(false),
            id => Err(DeserializeError::UnknownConstructor {
                id,
                expected: "Bool",
            }),
        }
    }
}

/// TL boxed `Vector<T>`: id, count, elements. (A bare `vector<T>` has no id; generated code
/// writes it inline.)
impl<T: Serialize> Serialize for Vec<T> {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&VECTOR_ID.to_le_bytes());
        write_len(buf, self.len());
        for x in self {
            x.serialize(buf);
        }
    }
}

impl<T: Deserialize> Deserialize for Vec<T> {
    const MIN_SIZE: usize = 8;
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.expect_vector()?;
        let n = r.read_len(T::MIN_SIZE)?;
        let mut v = Vec::with_capacity(n.min(r.remaining()));
        for _ in 0..n {
            v.push(T::deserialize(r)?);
        }
        Ok(v)
    }
}
