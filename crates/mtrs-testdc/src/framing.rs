//! Per-connection framing on the server side: detects a plain transport (abridged,
//! intermediate, padded intermediate, full) or an obfuscated2 header, removes and adds the
//! obfuscation, and frames payloads with `mtrs_proto`'s codecs.

use mtrs_crypto::obfuscated::{self, Streams};
use mtrs_proto::transport::{
    Incoming, QuickAckToken, Transport, TransportError, TransportErrorCode, TransportKind,
};

/// Bytes of an obfuscated2 header.
const OBFUSCATED_HEADER: usize = 64;

/// A framing failure; the connection must be closed.
#[derive(Debug, thiserror::Error)]
pub(crate) enum FramingError {
    #[error("transport: {0}")]
    Transport(TransportError),
    #[error("an MTProxy serves obfuscated connections only")]
    NotObfuscated,
    #[error("obfuscation: {0}")]
    Obfuscation(mtrs_crypto::Error),
}

/// What a connection received.
pub(crate) enum Received {
    /// An MTProto payload.
    Payload { bytes: Vec<u8>, quick_ack: bool },
    /// The client sent a transport error code or another item a server ignores.
    Ignored,
}

/// The framing state of one connection.
pub(crate) struct Framing {
    /// Bytes kept while the transport is not known yet.
    head: Vec<u8>,
    detected: bool,
    obfuscation: Option<Streams>,
    transport: Transport,
    /// MTProxy mode: the secret obfuscated2 keys are mixed with; plain streams refused.
    proxy_secret: Option<[u8; 16]>,
}

impl Framing {
    pub(crate) fn new(proxy_secret: Option<[u8; 16]>) -> Self {
        Self {
            head: Vec::new(),
            detected: false,
            obfuscation: None,
            transport: Transport::server(),
            proxy_secret,
        }
    }

    /// Received bytes not yet returned as items: a partial frame, or the stream's start
    /// while the transport is being detected.
    pub(crate) fn buffered(&self) -> usize {
        self.head.len() + self.transport.buffered_len()
    }

    /// Gives back buffer memory beyond what unconsumed bytes need (when idle).
    pub(crate) fn shrink(&mut self) {
        self.head.shrink_to_fit();
        self.transport.shrink_buffers();
    }

    /// The detected transport, and whether it is obfuscated.
    pub(crate) fn kind(&self) -> Option<(TransportKind, bool)> {
        self.transport
            .kind()
            .map(|k| (k, self.obfuscation.is_some()))
    }

    /// Takes received bytes (modified in place when obfuscated).
    pub(crate) fn push(&mut self, bytes: &mut [u8]) -> Result<(), FramingError> {
        if self.detected {
            if let Some(streams) = &mut self.obfuscation {
                streams.decrypt.apply(bytes);
            }
            return self
                .transport
                .push_received(bytes)
                .map_err(FramingError::Transport);
        }
        self.head.extend_from_slice(bytes);
        match classify(&self.head) {
            Head::NeedMore => Ok(()),
            Head::Plain if self.proxy_secret.is_some() => Err(FramingError::NotObfuscated),
            Head::Plain => {
                self.detected = true;
                let head = std::mem::take(&mut self.head);
                self.transport
                    .push_received(&head)
                    .map_err(FramingError::Transport)
            }
            Head::Obfuscated => {
                let mut header = [0u8; OBFUSCATED_HEADER];
                header.copy_from_slice(self.head.get(..OBFUSCATED_HEADER).unwrap_or(&[0; 64]));
                let accepted = obfuscated::server_accept(&header, self.proxy_secret.as_ref())
                    .map_err(FramingError::Obfuscation)?;
                let plain_tag: &[u8] = match accepted.tag {
                    [0xef, ..] => &[0xef],
                    [0xee, ..] => &[0xee; 4],
                    _ => &[0xdd; 4],
                };
                let mut streams = accepted.streams;
                let mut rest = self.head.split_off(OBFUSCATED_HEADER);
                self.head.clear();
                streams.decrypt.apply(&mut rest);
                self.obfuscation = Some(streams);
                self.detected = true;
                self.transport
                    .push_received(plain_tag)
                    .and_then(|()| self.transport.push_received(&rest))
                    .map_err(FramingError::Transport)
            }
        }
    }

    /// The next complete received item, if any.
    pub(crate) fn next(&mut self) -> Result<Option<Received>, FramingError> {
        match self.transport.next_incoming() {
            Ok(None) => Ok(None),
            Ok(Some(Incoming::Frame {
                payload,
                quick_ack_requested,
            })) => Ok(Some(Received::Payload {
                bytes: payload.to_vec(),
                quick_ack: quick_ack_requested,
            })),
            Ok(Some(_)) => Ok(Some(Received::Ignored)),
            Err(e) => Err(FramingError::Transport(e)),
        }
    }

    /// Appends a frame carrying `payload` (obfuscated if the connection is).
    pub(crate) fn encode(&mut self, payload: &[u8], out: &mut Vec<u8>) -> Result<(), FramingError> {
        let start = out.len();
        let mut padding = [0u8; 15];
        let pad_len = if self.transport.kind() == Some(TransportKind::PaddedIntermediate) {
            rand::fill(&mut padding[..]);
            usize::from(padding[0] % 16)
        } else {
            0
        };
        self.transport
            .encode(
                payload,
                false,
                padding.get(..pad_len).unwrap_or_default(),
                out,
            )
            .map_err(FramingError::Transport)?;
        self.obfuscate(start, out);
        Ok(())
    }

    /// Appends a transport error frame.
    pub(crate) fn encode_error(
        &mut self,
        code: TransportErrorCode,
        out: &mut Vec<u8>,
    ) -> Result<(), FramingError> {
        let start = out.len();
        self.transport
            .encode_error(code, out)
            .map_err(FramingError::Transport)?;
        self.obfuscate(start, out);
        Ok(())
    }

    /// Appends a quick acknowledgement.
    pub(crate) fn encode_quick_ack(
        &mut self,
        token: QuickAckToken,
        out: &mut Vec<u8>,
    ) -> Result<(), FramingError> {
        let start = out.len();
        let mut padding = [0u8; 8];
        rand::fill(&mut padding[..]);
        self.transport
            .encode_quick_ack(token, &padding[..usize::from(padding[0] % 9)], out)
            .map_err(FramingError::Transport)?;
        self.obfuscate(start, out);
        Ok(())
    }

    fn obfuscate(&mut self, start: usize, out: &mut [u8]) {
        if let (Some(streams), Some(tail)) = (&mut self.obfuscation, out.get_mut(start..)) {
            streams.encrypt.apply(tail);
        }
    }
}

enum Head {
    NeedMore,
    Plain,
    Obfuscated,
}

/// Decides from the first bytes whether a connection is plain or obfuscated2. Clients
/// never start an obfuscated2 header with bytes a plain transport could start with.
fn classify(head: &[u8]) -> Head {
    match head {
        [] => Head::NeedMore,
        [0xef, ..] => Head::Plain,
        [a, b, c, d, ..] if [a, b, c, d] == [&0xee; 4] || [a, b, c, d] == [&0xdd; 4] => Head::Plain,
        [_, _, _, _, 0, 0, 0, 0, ..] => Head::Plain,
        _ if head.len() >= OBFUSCATED_HEADER => Head::Obfuscated,
        _ => Head::NeedMore,
    }
}

#[cfg(test)]
mod tests;
