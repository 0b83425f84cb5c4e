//! A bounds-checked cursor over a decoded payload; every read names the field it reads so a
//! short input becomes [`ConvertError::Truncated`] instead of a panic.

use mtrs_crypto::AuthKey;

use crate::{ConvertError, Format};

pub(crate) struct Reader<'a> {
    format: Format,
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(format: Format, buf: &'a [u8]) -> Self {
        Reader {
            format,
            buf,
            pos: 0,
        }
    }

    pub(crate) fn remaining(&self) -> usize {
        self.buf.len() - self.pos
    }

    pub(crate) fn take(&mut self, n: usize, field: &'static str) -> Result<&'a [u8], ConvertError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.buf.len())
            .ok_or(ConvertError::Truncated {
                format: self.format,
                field,
            })?;
        let out = &self.buf[self.pos..end];
        self.pos = end;
        Ok(out)
    }

    pub(crate) fn array<const N: usize>(
        &mut self,
        field: &'static str,
    ) -> Result<[u8; N], ConvertError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N, field)?);
        Ok(out)
    }

    pub(crate) fn u8(&mut self, field: &'static str) -> Result<u8, ConvertError> {
        Ok(self.array::<1>(field)?[0])
    }

    pub(crate) fn u16_be(&mut self, field: &'static str) -> Result<u16, ConvertError> {
        Ok(u16::from_be_bytes(self.array(field)?))
    }

    pub(crate) fn u32_be(&mut self, field: &'static str) -> Result<u32, ConvertError> {
        Ok(u32::from_be_bytes(self.array(field)?))
    }

    pub(crate) fn u32_le(&mut self, field: &'static str) -> Result<u32, ConvertError> {
        Ok(u32::from_le_bytes(self.array(field)?))
    }

    pub(crate) fn i32_be(&mut self, field: &'static str) -> Result<i32, ConvertError> {
        Ok(i32::from_be_bytes(self.array(field)?))
    }

    pub(crate) fn i32_le(&mut self, field: &'static str) -> Result<i32, ConvertError> {
        Ok(i32::from_le_bytes(self.array(field)?))
    }

    pub(crate) fn u64_be(&mut self, field: &'static str) -> Result<u64, ConvertError> {
        Ok(u64::from_be_bytes(self.array(field)?))
    }

    pub(crate) fn i64_le(&mut self, field: &'static str) -> Result<i64, ConvertError> {
        Ok(i64::from_le_bytes(self.array(field)?))
    }

    /// A 0/1 byte (strict: any other value is an error).
    pub(crate) fn bool_byte(&mut self, field: &'static str) -> Result<bool, ConvertError> {
        match self.u8(field)? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(ConvertError::InvalidField {
                format: self.format,
                field,
                reason: "must be 0 or 1",
            }),
        }
    }

    /// MTProto TL `bytes`: the data without its length prefix and padding (padding relative to
    /// the start of the field).
    pub(crate) fn tl_bytes(&mut self, field: &'static str) -> Result<&'a [u8], ConvertError> {
        let first = self.u8(field)?;
        let (len, header) = if first == 0xFE {
            let l = self.array::<3>(field)?;
            (
                usize::from(l[0]) | usize::from(l[1]) << 8 | usize::from(l[2]) << 16,
                4,
            )
        } else if first == 0xFF {
            return Err(ConvertError::InvalidField {
                format: self.format,
                field,
                reason: "TL length byte 0xFF",
            });
        } else {
            (usize::from(first), 1)
        };
        let data = self.take(len, field)?;
        let pad = (4 - (header + len) % 4) % 4;
        let padding = self.take(pad, field)?;
        if padding.iter().any(|&b| b != 0) {
            return Err(ConvertError::InvalidField {
                format: self.format,
                field,
                reason: "non-zero TL padding",
            });
        }
        Ok(data)
    }

    /// A raw 256-byte auth key; the all-zero key ("no key" to Telethon) is rejected.
    pub(crate) fn auth_key(&mut self) -> Result<AuthKey, ConvertError> {
        let format = self.format;
        let bytes = self.take(256, "auth_key")?;
        auth_key(format, bytes)
    }

    /// Fails unless every byte was consumed.
    pub(crate) fn finish(&self) -> Result<(), ConvertError> {
        match self.remaining() {
            0 => Ok(()),
            extra => Err(ConvertError::TrailingBytes {
                format: self.format,
                extra,
            }),
        }
    }
}

/// Appends MTProto TL `bytes` (length prefix, data, zero padding relative to the field start).
pub(crate) fn put_tl_bytes(out: &mut Vec<u8>, data: &[u8]) {
    let header = if data.len() <= 253 {
        // The length fits in one byte here.
        out.push(data.len() as u8);
        1
    } else {
        out.push(0xFE);
        // Callers write keys and short texts, far below the 2^24 limit of the long form.
        let l = (data.len() as u32).to_le_bytes();
        out.extend_from_slice(&l[..3]);
        4
    };
    out.extend_from_slice(data);
    let pad = (4 - (header + data.len()) % 4) % 4;
    out.extend(std::iter::repeat_n(0u8, pad));
}

/// Validates a raw auth key: exactly 256 bytes and not all zeros.
pub(crate) fn auth_key(format: Format, bytes: &[u8]) -> Result<AuthKey, ConvertError> {
    if bytes.iter().all(|&b| b == 0) {
        return Err(ConvertError::InvalidField {
            format,
            field: "auth_key",
            reason: "is all zeros",
        });
    }
    AuthKey::from_slice(bytes).ok_or(ConvertError::InvalidField {
        format,
        field: "auth_key",
        reason: "must be exactly 256 bytes",
    })
}
