//! Arbitrary client bytes into a test-DC connection driven in memory: transport detection,
//! obfuscated2, the key-exchange parser, key lookup, decryption and RPC dispatch must never
//! panic, whatever arrives.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use mtrs_testdc::Cluster;

struct Harness {
    _runtime: tokio::runtime::Runtime,
    cluster: Cluster,
}

static HARNESS: LazyLock<Harness> = LazyLock::new(|| {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let cluster = runtime
        .block_on(Cluster::builder().dcs(2).media_listeners(true).start())
        .expect("cluster");
    cluster
        .install_key(1, mtrs_crypto::AuthKey::from_bytes([8; 256]))
        .expect("install key");
    Harness {
        _runtime: runtime,
        cluster,
    }
});

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let dc = mtrs_testdc::DcId::new(1 + i32::from(selector & 1));
    let dc = if selector & 2 != 0 { dc.media() } else { dc };
    let chunk = usize::from(selector >> 2).max(1);
    let Ok(mut conn) = HARNESS.cluster.memory_connection(dc) else {
        return;
    };
    for part in rest.chunks(chunk) {
        let _ = conn.feed(part);
        if conn.closed().is_some() {
            break;
        }
    }
    let _ = conn.tick();
});
