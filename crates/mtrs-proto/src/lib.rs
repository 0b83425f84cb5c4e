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

pub mod transport;
