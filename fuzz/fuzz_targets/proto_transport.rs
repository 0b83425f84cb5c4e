//! Fuzz the transport decoders: any bytes, in any chunking, for every transport and role
//! (and the server's detection, obfuscated2 included) must decode or fail with an error,
//! never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mtrs_proto::transport::{Role, Transport, TransportKind};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let kind = match selector & 3 {
        0 => TransportKind::Abridged,
        1 => TransportKind::Intermediate,
        2 => TransportKind::PaddedIntermediate,
        _ => TransportKind::Full,
    };
    let role = if selector & 4 == 0 {
        Role::Client
    } else {
        Role::Server
    };
    let _ = kind.decode(rest, role, 0, 1 << 16);

    let mut transport = if selector & 8 == 0 {
        Transport::client(kind)
    } else {
        Transport::server()
    };
    transport.set_max_frame_len(1 << 16);
    let chunk = usize::from(selector >> 4) + 1;
    for piece in rest.chunks(chunk) {
        if transport.push_received(piece).is_err() {
            return;
        }
        loop {
            match transport.next_incoming() {
                Ok(Some(_)) => {}
                Ok(None) | Err(_) => break,
            }
        }
    }
});
