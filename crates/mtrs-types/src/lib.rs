//! `mtrs-types`: the vocabulary every mtrs crate shares, with no mtrs dependencies.
//!
//! - [`DcId`]: one data-centre id in every layer (number, test, media, and the wire form
//!   sent in `p_q_inner_data_dc`).
//! - [`DcAddress`] / [`DcTable`]: where the DCs are; [`DcTable::telegram`] is Telegram's
//!   built-in table (production and test), [`builtin`] the per-library address variants
//!   that session formats need.
//! - [`UnixTime`], [`TimeOffset`]: wall-clock seconds and the server-minus-local offset.
//! - [`Salt`], [`ServerSalt`]: server salts and their validity windows.
//! - [`RpcError`]: an `rpc_error` split into code, name and value.
//! - [`rsa_fingerprints`]: the fingerprints of Telegram's RSA keys.

pub mod builtin;
mod dc_id;
mod dc_table;
mod rpc_error;
pub mod rsa_fingerprints;
mod salt;
mod time;

pub use dc_id::DcId;
pub use dc_table::{DcAddress, DcTable};
pub use rpc_error::RpcError;
pub use salt::{Salt, ServerSalt};
pub use time::{TimeOffset, UnixTime};
