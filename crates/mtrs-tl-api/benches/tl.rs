//! Serialize and deserialize a `config` and a `Vector<User>` of 100 users.
//!
//! The values come from the Telethon known-answer vectors (`tl-config-dc-options`,
//! `tl-user-flags2-self`), so they are realistic: a config with its DC options, users with
//! names, photo, status, usernames, flags2 fields. Run: `cargo bench -p mtrs-tl-api`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use mtrs_tl::{Deserialize, Serialize};
use mtrs_tl_api::enums;

fn vector_bytes(id: &str) -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../mtrs-tl/tests/vectors/tl.json"
    );
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("tl.json")).expect("json");
    let v = data["vectors"]
        .as_array()
        .expect("vectors")
        .iter()
        .find(|v| v["id"] == id)
        .expect("vector");
    hex::decode(v["bytes"].as_str().expect("bytes")).expect("hex")
}

fn bench(c: &mut Criterion) {
    let config_bytes = vector_bytes("tl-config-dc-options");
    let config = enums::Config::from_bytes(&config_bytes).expect("config");

    let user = enums::User::from_bytes(&vector_bytes("tl-user-flags2-self")).expect("user");
    let users: Vec<enums::User> = (0..100)
        .map(|i| {
            let mut u = user.clone();
            let enums::User::User(x) = &mut u else {
                unreachable!("a full user")
            };
            x.id += i;
            u
        })
        .collect();
    let users_bytes = users.to_bytes();

    let mut buf = Vec::with_capacity(64 * 1024);
    c.bench_function("config/serialize", |b| {
        b.iter(|| {
            buf.clear();
            black_box(&config).serialize(&mut buf);
            black_box(buf.len())
        })
    });
    c.bench_function("config/deserialize", |b| {
        b.iter(|| enums::Config::from_bytes(black_box(&config_bytes)).expect("config"))
    });
    c.bench_function("users100/serialize", |b| {
        b.iter(|| {
            buf.clear();
            black_box(&users).serialize(&mut buf);
            black_box(buf.len())
        })
    });
    c.bench_function("users100/deserialize", |b| {
        b.iter(|| Vec::<enums::User>::from_bytes(black_box(&users_bytes)).expect("users"))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
