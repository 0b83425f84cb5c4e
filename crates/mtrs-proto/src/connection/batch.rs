//! The messages of one outgoing packet: which fit, and the packet body they make.
//!
//! A [`Batch`] takes messages until the container limits are reached (the first message
//! always fits). More than one message, or one re-sent under its old msg_id, go inside a
//! `msg_container`; a single fresh message is the packet body itself.
//!
//! Bodies are shared ([`Bytes`]) with the request table: taking a query into a batch and
//! writing the packet body copies nothing but into the packet being encrypted.

use bytes::Bytes;

use crate::container;
use crate::event::RequestId;
use crate::msg_id::MsgId;
use crate::seq_no::SeqNo;

/// One message of an outgoing packet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Message {
    pub(super) msg_id: MsgId,
    pub(super) seq_no: SeqNo,
    /// Its TL body, shared with the request table (a query) or owned (anything else).
    pub(super) body: Bytes,
}

/// The messages chosen for one packet, in order, and what each one is.
#[derive(Debug)]
pub(super) struct Batch {
    messages: Vec<Message>,
    /// Container bytes the messages take (bodies plus per-message overhead).
    bytes: usize,
    max_messages: usize,
    max_bytes: usize,
    /// A message keeps the msg_id it was first sent with: the packet needs a container.
    kept_id: bool,
    /// Queries, with their index in `messages`.
    queries: Vec<(RequestId, usize)>,
    /// Server: answers, with the query each answers and their index in `messages`.
    answers: Vec<(MsgId, usize)>,
}

impl Batch {
    /// An empty batch taking at most `max_messages` (clamped to 1..=1024) messages and
    /// `max_bytes` container bytes.
    pub(super) fn new(max_messages: usize, max_bytes: usize) -> Self {
        Self {
            messages: Vec::new(),
            bytes: 0,
            max_messages: max_messages.clamp(1, container::MAX_MESSAGES),
            max_bytes,
            kept_id: false,
            queries: Vec::new(),
            answers: Vec::new(),
        }
    }

    /// Whether a message with a body of `len` bytes fits: always into an empty batch, else
    /// within both limits.
    pub(super) fn fits(&self, len: usize) -> bool {
        self.messages.is_empty()
            || (self.messages.len() < self.max_messages
                && self.bytes + len + container::MESSAGE_OVERHEAD <= self.max_bytes)
    }

    /// Whether a query of `len` bytes fits; a query that must not go in a container only
    /// fits into an empty batch.
    pub(super) fn fits_query(&self, len: usize, containable: bool) -> bool {
        self.fits(len) && (containable || self.messages.is_empty())
    }

    /// Adds a message; `kept_id`: it is re-sent under the msg_id it was first sent with.
    pub(super) fn push(&mut self, message: Message, kept_id: bool) {
        self.bytes += message.body.len() + container::MESSAGE_OVERHEAD;
        self.kept_id |= kept_id;
        self.messages.push(message);
    }

    /// Adds the message of query `request`.
    pub(super) fn push_query(&mut self, request: RequestId, message: Message, kept_id: bool) {
        self.queries.push((request, self.messages.len()));
        self.push(message, kept_id);
    }

    /// Adds a message, the answer to `query` if it is one.
    pub(super) fn push_answer(&mut self, query: Option<MsgId>, message: Message, kept_id: bool) {
        if let Some(query) = query {
            self.answers.push((query, self.messages.len()));
        }
        self.push(message, kept_id);
    }

    /// How many messages.
    /// The constructor id of each message, in order (0 for a body too short to have one).
    pub(super) fn constructors(&self) -> impl Iterator<Item = u32> + '_ {
        self.messages
            .iter()
            .map(|m| mtrs_tl::constructor_of(&m.body).unwrap_or(0))
    }

    pub(super) fn len(&self) -> usize {
        self.messages.len()
    }

    /// Whether no message was taken.
    pub(super) fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    /// Whether the messages go inside a container.
    pub(super) fn needs_container(&self) -> bool {
        self.messages.len() > 1 || self.kept_id
    }

    /// The only message, when there is exactly one.
    pub(super) fn single(&self) -> Option<&Message> {
        match self.messages.as_slice() {
            [m] => Some(m),
            _ => None,
        }
    }

    /// Bytes of the packet body: the container of every message if `in_container`, else
    /// the body of the first (and only) message.
    pub(super) fn body_len(&self, in_container: bool) -> usize {
        if in_container {
            // Constructor id and message count, then each message with its header.
            8 + self.bytes
        } else {
            self.messages.first().map_or(0, |m| m.body.len())
        }
    }

    /// Appends the packet body ([`Batch::body_len`] bytes) to `out`: the container of every
    /// message if `in_container`, else the body of the first (and only) message.
    pub(super) fn write_body(&self, in_container: bool, out: &mut Vec<u8>) {
        if in_container {
            container::write(
                self.messages
                    .iter()
                    .map(|m| (m.msg_id, m.seq_no, &m.body[..])),
                out,
            );
        } else if let Some(m) = self.messages.first() {
            out.extend_from_slice(&m.body);
        }
    }

    /// Whether the batch carries a query.
    pub(super) fn has_queries(&self) -> bool {
        !self.queries.is_empty()
    }

    /// The queries and their messages.
    pub(super) fn queries(&self) -> impl Iterator<Item = (RequestId, &Message)> {
        self.queries
            .iter()
            .filter_map(|&(id, i)| self.messages.get(i).map(|m| (id, m)))
    }

    /// The msg_ids of the queries.
    pub(super) fn query_msg_ids(&self) -> impl Iterator<Item = MsgId> {
        self.queries().map(|(_, m)| m.msg_id)
    }

    /// The answers (server), with the query each answers.
    pub(super) fn answers(&self) -> impl Iterator<Item = (MsgId, &Message)> {
        self.answers
            .iter()
            .filter_map(|&(query, i)| self.messages.get(i).map(|m| (query, m)))
    }
}

#[cfg(test)]
mod tests;
