// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from sample.tl.

#[rustfmt::skip]
pub mod enums;
#[rustfmt::skip]
pub mod functions;
#[rustfmt::skip]
pub mod types;

/// The schema layer (`// LAYER 7` in sample.tl).
pub const LAYER: i32 = 7;

static NAMES: [(u32, &str); 17] = [
    (0x0949d9dc, "future_salt"),
    (0x0df00002, "message"),
    (0x21ea53a7, "help.getConfig"),
    (0x29c1636d, "msg_container"),
    (0x3e95c7c4, "user"),
    (0x3fedd339, "true"),
    (0x59511722, "peerUser"),
    (0x6724abc4, "textBold"),
    (0x7f3b18ea, "inputPeerEmpty"),
    (0x997275b5, "boolTrue"),
    (0x9d38d0e4, "auth.sentCode"),
    (0xae500895, "future_salts"),
    (0xb4073647, "username"),
    (0xbc799737, "boolFalse"),
    (0xda9b0d0d, "invokeWithLayer"),
    (0xdc3d824f, "textEmpty"),
    (0xdde8a54c, "inputPeerUser"),
];

/// The TL name of a constructor or function id of sample.tl (`None` if unknown).
pub fn name_for_id(id: u32) -> Option<&'static str> {
    NAMES.binary_search_by_key(&id, |(i, _)| *i).ok().map(|i| NAMES[i].1)
}
