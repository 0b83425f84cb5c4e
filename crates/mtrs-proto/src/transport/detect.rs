//! Server-side detection of the client's transport from the first bytes of a connection.

use super::{TransportError, TransportKind, abridged, intermediate, padded};

/// The outcome of looking at the first bytes.
pub(crate) enum Detected {
    /// Not enough bytes to decide.
    NeedMore,
    /// A plain (not obfuscated) transport whose tag occupies `consumed` bytes.
    Plain {
        kind: TransportKind,
        consumed: usize,
    },
}

/// Looks at the start of a connection's byte stream.
pub(crate) fn detect(buf: &[u8]) -> Result<Detected, TransportError> {
    let Some(&first) = buf.first() else {
        return Ok(Detected::NeedMore);
    };
    if first == abridged::TAG[0] {
        return Ok(Detected::Plain {
            kind: TransportKind::Abridged,
            consumed: 1,
        });
    }
    let Some(head) = buf.get(..4) else {
        return Ok(Detected::NeedMore);
    };
    if head == intermediate::TAG {
        return Ok(Detected::Plain {
            kind: TransportKind::Intermediate,
            consumed: 4,
        });
    }
    if head == padded::TAG {
        return Ok(Detected::Plain {
            kind: TransportKind::PaddedIntermediate,
            consumed: 4,
        });
    }
    let Some(seq) = buf.get(4..8) else {
        return Ok(Detected::NeedMore);
    };
    if seq == [0; 4] {
        return Ok(Detected::Plain {
            kind: TransportKind::Full,
            consumed: 0,
        });
    }
    Err(TransportError::UnknownTransport {
        head: [buf[0], buf[1], buf[2], buf[3]],
    })
}
