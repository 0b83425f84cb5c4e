//! `mtrs-crypto`: the cryptography of MTProto 2.0 and Telegram Desktop.
//!
//! This crate is pure computation: it never touches sockets, files, clocks or a random
//! number generator of its own; callers pass randomness in. Secrets it holds (see
//! [`AuthKey`]) are zeroized on drop and never printed.

mod auth_key;


pub use auth_key::{AuthKey, AuthKeyId};
