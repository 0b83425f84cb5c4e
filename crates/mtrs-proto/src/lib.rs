//! `mtrs-proto`: sans-IO MTProto 2.0 for both the client and the server role.
//!
//! This crate is the protocol core of mtrs. Bytes, the current time and randomness go in;
//! bytes to send, events and the next deadline come out. It never opens a socket, never
//! reads a clock and never draws randomness of its own, so every behaviour is testable
//! with a virtual clock and a seeded generator. It never compiles the API schema
//! (`mtrs-tl-api`): API calls travel as already-serialized bytes.
//!
//! - [`transport`]: abridged, intermediate, padded intermediate and full framing, the
//!   server's transport detection.
//! - [`packet`]: plain and encrypted messages with the receive-side security checks.
//! - [`msg_id`], [`seq_no`], [`salt`]: the counters and salts of a session.
//! - [`auth`]: the auth key exchange as typed states, client and server role.
//! - [`Connection`]: the state machine of one session (client or server role): the
//!   request table, acknowledgements, containers, `gzip_packed`, `rpc_result` /
//!   [`RpcError`] and every service message.
//!
//! A driver (`mtrs-net`) owns one [`transport::Transport`] and one [`Connection`] per
//! socket: received bytes go through `Transport::push_received` / `next_incoming` into
//! [`Connection::handle_packet`]; [`Connection::poll_transmit`] output goes through
//! `Transport::encode` to the socket; [`Connection::poll_timeout`] says when to call
//! [`Connection::handle_timeout`].

mod ack;
pub mod auth;
mod config;
mod connection;
pub mod container;
pub mod error;
mod event;
pub mod gzip;
pub mod msg_id;
pub mod packet;
mod pending;
pub mod salt;
pub mod seq_no;
mod session_id;
pub mod transport;

/// The shared, cheaply cloned byte buffer a query body is held in ([`Connection::enqueue`]).
pub use bytes::Bytes;
pub use config::ProtoConfig;
pub use connection::{Connection, Random, TempKeyBinding, Transmit};
pub use error::{AuthError, Error, PacketError, ProtocolError, TransportError};
pub use event::{Event, Notice, RequestId};
pub use msg_id::MsgId;
/// The shared vocabulary (`mtrs-types`), re-exported where the protocol uses it.
pub use mtrs_types::{DcId, RpcError, Salt};
pub use seq_no::SeqNo;
pub use session_id::SessionId;
