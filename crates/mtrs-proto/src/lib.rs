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

mod dc_id;
pub mod error;
pub mod msg_id;
pub mod packet;
mod rpc_error;
pub mod salt;
pub mod seq_no;
mod session_id;
pub mod transport;

pub use dc_id::DcId;
pub use error::{Error, PacketError, ProtocolError, TransportError};
pub use msg_id::MsgId;
pub use rpc_error::RpcError;
pub use salt::Salt;
pub use seq_no::SeqNo;
pub use session_id::SessionId;
