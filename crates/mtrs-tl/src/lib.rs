//! `mtrs-tl`: the TL (Type Language) runtime of mtrs, and the generated `mtproto.tl` types.
//!
//! - [`Serialize`] / [`Deserialize`] write and read the boxed wire form into a `Vec<u8>` and
//!   from a [`Reader`] (concrete buffer types: no generic bloat in the generated code);
//!   [`SerializeBare`] / [`DeserializeBare`] are the bare form (`%T`, no constructor id).
//! - Primitives: `int` = `i32`, `long` = `i64`, `double` = `f64`, `int128` = `[u8; 16]`,
//!   `int256` = `[u8; 32]` (wire bytes), `bytes` = `Vec<u8>`, `string` = [`TlString`] (lossless,
//!   see its docs for the invalid-UTF-8 decision), `Bool` = `bool`, `flags.N?true` = `bool`,
//!   `Vector<T>` = `Vec<T>`; a bare `vector<T>` is also `Vec<T>` (generated code writes it
//!   without the id).
//! - [`Identifiable`] gives a constructor's id and TL name, [`RemoteCall`] a function's return
//!   type, [`name_for_id`] the TL name of an id.
//! - Flags: `#` fields (`flags`, `flags2`) are not stored; writing computes them from the
//!   `Option` / `bool` fields, reading sets those fields from the bits. Bits that no field
//!   uses are dropped on reading. Fields that share one bit (`user.bot` with
//!   `bot_info_version`) must be set together, as the schema intends.
//! - Reading never panics: every failure is a typed [`DeserializeError`]; nesting is capped at
//!   [`MAX_DEPTH`]; vector counts are checked against the remaining input before allocating.
//! - [`mtproto`] holds the generated `mtproto.tl` layer (`types`, `enums`, `functions`), plus the
//!   hand-written `rpc_result`, `msg_container`/`message` and `gzip_packed` whose inner objects
//!   stay raw bytes (see [`mtproto::types::RpcResult`]).
//!
//! Feature `json`: `json::ToJson` renders any value as JSON with TL names (tests, logs).

mod error;
#[cfg(feature = "json")]
pub mod json;
mod primitives;
mod raw;
mod reader;
mod service;
mod string;
mod traits;

/// The generated `mtproto.tl` layer: `types` (constructor structs), `enums` (boxed types),
/// `functions` (with their return types), and `name_for_id`.
#[rustfmt::skip]
#[path = "generated/mtproto/mod.rs"]
pub mod mtproto;

pub use error::DeserializeError;
pub use primitives::{BOOL_FALSE_ID, BOOL_TRUE_ID, TRUE_ID, VECTOR_ID, write_len, write_tl_bytes};
pub use raw::{RawTl, constructor_of};
pub use reader::{MAX_DEPTH, Reader};
pub use string::TlString;
pub use traits::{
    Deserialize, DeserializeBare, Identifiable, RemoteCall, Serialize, SerializeBare,
};

/// The TL name of a constructor or function id known to this crate: the mtproto.tl layer, the
/// hand-written service constructors and the built-ins (`vector`, `boolTrue`, `boolFalse`,
/// `true`). The API layer has its own `mtrs_tl_api::name_for_id`.
pub fn name_for_id(id: u32) -> Option<&'static str> {
    match id {
        VECTOR_ID => Some("vector"),
        BOOL_TRUE_ID => Some("boolTrue"),
        BOOL_FALSE_ID => Some("boolFalse"),
        TRUE_ID => Some("true"),
        _ => mtproto::name_for_id(id),
    }
}
