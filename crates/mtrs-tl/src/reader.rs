//! The reading cursor over a byte buffer.

use crate::DeserializeError;

/// How deep boxed objects may nest before [`DeserializeError::TooDeep`].
///
/// Real Telegram objects nest a few dozen levels at most; the limit keeps hostile input from
/// exhausting the stack.
pub const MAX_DEPTH: u32 = 64;

/// A cursor over a byte slice that TL values are read from.
///
/// Every read checks the remaining length and fails with a [`DeserializeError`] instead of
/// panicking.
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    depth: u32,
}

impl<'a> Reader<'a> {
    /// A reader positioned at the start of `buf`.
    pub fn new(buf: &'a [u8]) -> Self {
        Self {
            buf,
            pos: 0,
            depth: 0,
        }
    }

    /// Offset of the next byte to read.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// How many bytes are left.
    pub fn remaining(&self) -> usize {
        self.buf.len() - self.pos
    }

    /// Whether every byte has been read.
    pub fn is_empty(&self) -> bool {
        self.remaining() == 0
    }

    /// The bytes not read yet (does not advance).
    pub fn peek_rest(&self) -> &'a [u8] {
        &self.buf[self.pos..]
    }

    /// Takes every byte that is left.
    pub fn read_rest(&mut self) -> &'a [u8] {
        let rest = &self.buf[self.pos..];
        self.pos = self.buf.len();
        rest
    }

    /// Takes exactly `n` bytes.
    pub fn read_slice(&mut self, n: usize) -> Result<&'a [u8], DeserializeError> {
        if self.remaining() < n {
            return Err(DeserializeError::UnexpectedEof {
                offset: self.pos,
                needed: n,
            });
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    /// Takes exactly `N` bytes as an array.
    pub fn read_array<const N: usize>(&mut self) -> Result<[u8; N], DeserializeError> {
        let s = self.read_slice(N)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }

    /// Reads a little-endian `u32` (constructor ids, `#` flags).
    pub fn read_u32(&mut self) -> Result<u32, DeserializeError> {
        self.read_array().map(u32::from_le_bytes)
    }

    /// Reads the constructor id of the next value without consuming it.
    pub fn peek_u32(&self) -> Result<u32, DeserializeError> {
        self.clone().read_u32()
    }

    /// Reads a TL `int`.
    pub fn read_i32(&mut self) -> Result<i32, DeserializeError> {
        self.read_array().map(i32::from_le_bytes)
    }

    /// Reads a TL `long`.
    pub fn read_i64(&mut self) -> Result<i64, DeserializeError> {
        self.read_array().map(i64::from_le_bytes)
    }

    /// Reads a TL `double`.
    pub fn read_f64(&mut self) -> Result<f64, DeserializeError> {
        self.read_array().map(f64::from_le_bytes)
    }

    /// Reads a TL `bytes`/`string` body: the 1-byte or 254 + 3-byte length form, the data and
    /// the padding to a multiple of 4. The padding's content is not checked.
    pub fn read_tl_bytes(&mut self) -> Result<&'a [u8], DeserializeError> {
        let start = self.pos;
        let first = self.read_array::<1>()?[0];
        let (len, header) = if first == 254 {
            let b = self.read_array::<3>()?;
            (
                usize::from(b[0]) | usize::from(b[1]) << 8 | usize::from(b[2]) << 16,
                4,
            )
        } else {
            (usize::from(first), 1)
        };
        let padding = (4 - (header + len) % 4) % 4;
        if self.remaining() < len + padding {
            self.pos = start;
            return Err(DeserializeError::InvalidLength {
                len: len as u64,
                offset: start,
            });
        }
        let data = self.read_slice(len)?;
        self.pos += padding;
        Ok(data)
    }

    /// Reads a vector's element count and checks that `count * min_size` bytes can still follow
    /// (`min_size` is the smallest encoding of one element), so a bogus count is rejected before
    /// anything is allocated. Returns the count.
    pub fn read_len(&mut self, min_size: usize) -> Result<usize, DeserializeError> {
        let offset = self.pos;
        let n = self.read_i32()?;
        let err = DeserializeError::InvalidLength {
            len: n as u32 as u64,
            offset,
        };
        let n = usize::try_from(n).map_err(|_| err.clone())?;
        if n.saturating_mul(min_size) > self.remaining() {
            return Err(err);
        }
        Ok(n)
    }

    /// Reads the `vector` constructor id (`0x1cb5c415`) of a boxed `Vector<T>`.
    pub fn expect_vector(&mut self) -> Result<(), DeserializeError> {
        let id = self.read_u32()?;
        if id == crate::VECTOR_ID {
            Ok(())
        } else {
            Err(DeserializeError::UnknownConstructor {
                id,
                expected: "Vector",
            })
        }
    }

    /// Enters one level of boxed-object nesting; fails past [`MAX_DEPTH`].
    /// Generated code pairs it with [`Reader::leave`].
    pub fn enter(&mut self) -> Result<(), DeserializeError> {
        if self.depth >= MAX_DEPTH {
            return Err(DeserializeError::TooDeep);
        }
        self.depth += 1;
        Ok(())
    }

    /// Leaves one level of nesting entered with [`Reader::enter`].
    pub fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }
}
