//! Server-side detection of the client's transport from the first bytes of a connection.

use super::{TransportKind, abridged, intermediate, padded};

/// The outcome of looking at the first bytes.
pub(crate) enum Detected {
    /// Not enough bytes to decide.
    NeedMore,
    /// A plain (not obfuscated) transport whose tag occupies `consumed` bytes.
    Plain {
        kind: TransportKind,
        consumed: usize,
    },
    /// An obfuscated2 header (anything else, once 64 bytes are there).
    Obfuscated([u8; 64]),
}

/// Length of an obfuscated2 header.
pub(crate) const OBFUSCATED_HEADER_LEN: usize = 64;

/// Looks at the start of a connection's byte stream.
pub(crate) fn detect(buf: &[u8]) -> Detected {
    let Some(&first) = buf.first() else {
        return Detected::NeedMore;
    };
    if first == abridged::TAG[0] {
        return Detected::Plain {
            kind: TransportKind::Abridged,
            consumed: 1,
        };
    }
    let Some(head) = buf.get(..4) else {
        return Detected::NeedMore;
    };
    if head == intermediate::TAG {
        return Detected::Plain {
            kind: TransportKind::Intermediate,
            consumed: 4,
        };
    }
    if head == padded::TAG {
        return Detected::Plain {
            kind: TransportKind::PaddedIntermediate,
            consumed: 4,
        };
    }
    let Some(seq) = buf.get(4..8) else {
        return Detected::NeedMore;
    };
    if seq == [0; 4] {
        return Detected::Plain {
            kind: TransportKind::Full,
            consumed: 0,
        };
    }
    match buf
        .get(..OBFUSCATED_HEADER_LEN)
        .and_then(|h| <[u8; 64]>::try_from(h).ok())
    {
        Some(header) => Detected::Obfuscated(header),
        None => Detected::NeedMore,
    }
}
