//! Property tests over every boxed type of api.tl and mtproto.tl.
//!
//! A schema-driven generator (independent of the generated code: it walks the parsed `.tl`
//! files) writes random **valid** encodings: random constructors, random flag bits (fields that
//! share a bit are present together), nested optionals, `flags2`, bare vectors, strings with
//! invalid UTF-8 and with the 254 long-length form. For each encoding:
//! bytes → value → bytes must be identical, and value → bytes → value must be equal.
//! Arbitrary and mutated bytes must never make deserialization panic.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use mtrs_tl::{Deserialize, Reader, Serialize};
use mtrs_tl_gen::{Category, Definition, ParamKind, Schema, TypeRef};
use proptest::prelude::*;

type Check = fn(&[u8]) -> Result<(), String>;
type Fuzz = fn(&[u8]);

fn check<T: Deserialize + Serialize + PartialEq + std::fmt::Debug>(
    bytes: &[u8],
) -> Result<(), String> {
    let v = T::from_bytes(bytes).map_err(|e| format!("deserialize: {e}"))?;
    let back = v.to_bytes();
    if back != bytes {
        return Err(format!(
            "re-serialized bytes differ\n in:  {}\n out: {}",
            hex::encode(bytes),
            hex::encode(&back)
        ));
    }
    let v2 = T::from_bytes(&back).map_err(|e| format!("second deserialize: {e}"))?;
    if v2 != v {
        return Err(format!("value changed: {v:?} vs {v2:?}"));
    }
    Ok(())
}

fn no_panic<T: Deserialize>(bytes: &[u8]) {
    let _ = T::from_bytes(bytes);
    let mut r = Reader::new(bytes);
    while T::deserialize(&mut r).is_ok() && !r.is_empty() {}
}

macro_rules! table {
    ($(($name:expr, $t:ty)),* $(,)?) => {
        pub const TABLE: &[(&str, super::Check, super::Fuzz)] =
            &[$(($name, super::check::<$t>, super::no_panic::<$t>)),*];
    };
}

mod api {
    include!("generated/api_types.rs");
    boxed_types!(table);
}

mod mtproto {
    include!("generated/mtproto_types.rs");
    boxed_types!(table);
}

fn schema(rel: &str) -> Schema {
    let p = format!("{}/../{rel}", env!("CARGO_MANIFEST_DIR"));
    mtrs_tl_gen::parse(&std::fs::read_to_string(&p).expect("schema")).expect("parses")
}

struct Tables {
    types: HashMap<String, Vec<Definition>>,
    ctors: HashMap<String, Definition>,
}

fn tables(rel: &'static str) -> &'static Tables {
    static CACHE: OnceLock<Mutex<HashMap<&'static str, &'static Tables>>> = OnceLock::new();
    let mut c = CACHE.get_or_init(Default::default).lock().expect("lock");
    c.entry(rel).or_insert_with(|| {
        let s = schema(rel);
        let mut types: HashMap<String, Vec<Definition>> = HashMap::new();
        let mut ctors = HashMap::new();
        for d in s
            .definitions
            .iter()
            .filter(|d| d.category == Category::Type)
        {
            types.entry(full(&d.ty)).or_default().push(d.clone());
            ctors.insert(d.full_name(), d.clone());
        }
        Box::leak(Box::new(Tables { types, ctors }))
    })
}

/// Writes random valid encodings of a schema's types.
struct Gen {
    t: &'static Tables,
    state: u64,
    /// How many `flags2` fields were written (to prove they are exercised).
    flags2_fields: usize,
    /// How many optional fields were written inside an optional (nested optionals).
    nested_optionals: usize,
}

const DEEP: usize = 4;

impl Gen {
    fn new(rel: &'static str) -> Self {
        Self {
            t: tables(rel),
            state: 0,
            flags2_fields: 0,
            nested_optionals: 0,
        }
    }

    fn next(&mut self) -> u64 {
        // splitmix64
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }

    /// Required params that are objects (used to pick shallow constructors when deep).
    fn weight(d: &Definition) -> usize {
        d.params
            .iter()
            .filter(|p| match &p.kind {
                ParamKind::Normal { ty, flag: None } => !is_scalar(ty),
                _ => false,
            })
            .count()
    }

    fn boxed(&mut self, ty: &str, depth: usize, in_optional: bool, out: &mut Vec<u8>) {
        assert!(depth < 40, "generator recursion too deep at {ty}");
        let t = self.t;
        let ctors = t
            .types
            .get(ty)
            .unwrap_or_else(|| panic!("unknown type {ty}"));
        let d = if depth >= DEEP {
            ctors
                .iter()
                .min_by_key(|d| Self::weight(d))
                .expect("a constructor")
        } else {
            &ctors[self.below(ctors.len())]
        };
        out.extend_from_slice(&d.id.to_le_bytes());
        self.bare(d, depth, in_optional, out);
    }

    fn bare(&mut self, d: &Definition, depth: usize, in_optional: bool, out: &mut Vec<u8>) {
        let mut flags: HashMap<&str, u32> = HashMap::new();
        for p in &d.params {
            match &p.kind {
                ParamKind::Flags => {
                    let mut v = 0u32;
                    for q in &d.params {
                        if let ParamKind::Normal { flag: Some(f), .. } = &q.kind
                            && f.field == p.name
                            && depth < DEEP + 2
                            && self.below(2) == 0
                        {
                            v |= 1 << f.bit;
                        }
                    }
                    // Fields sharing a bit were decided together by setting the bit once.
                    flags.insert(&p.name, v);
                    out.extend_from_slice(&v.to_le_bytes());
                }
                ParamKind::Normal { ty, flag } => {
                    if let Some(f) = flag {
                        if flags[f.field.as_str()] & (1 << f.bit) == 0 {
                            continue;
                        }
                        if f.field == "flags2" {
                            self.flags2_fields += 1;
                        }
                        if in_optional {
                            self.nested_optionals += 1;
                        }
                        if ty.name == "true" {
                            continue;
                        }
                    }
                    self.value(ty, depth + 1, in_optional || flag.is_some(), out);
                }
            }
        }
    }

    fn value(&mut self, t: &TypeRef, depth: usize, in_optional: bool, out: &mut Vec<u8>) {
        let name = full(t);
        match name.as_str() {
            "int" => out.extend_from_slice(&(self.next() as i32).to_le_bytes()),
            "long" => out.extend_from_slice(&(self.next() as i64).to_le_bytes()),
            "double" => {
                let mut f = f64::from_bits(self.next());
                if f.is_nan() {
                    f = -0.0;
                }
                out.extend_from_slice(&f.to_le_bytes());
            }
            "int128" => out.extend(self.bytes(16)),
            "int256" => out.extend(self.bytes(32)),
            "string" | "bytes" => {
                let n = match self.below(10) {
                    0 => 250 + self.below(12),
                    1 => self.below(600),
                    _ => self.below(12),
                };
                let data = self.bytes(n);
                mtrs_tl::write_tl_bytes(out, &data);
            }
            "Bool" => {
                let id = if self.below(2) == 0 {
                    mtrs_tl::BOOL_TRUE_ID
                } else {
                    mtrs_tl::BOOL_FALSE_ID
                };
                out.extend_from_slice(&id.to_le_bytes());
            }
            "Vector" | "vector" => {
                if name == "Vector" {
                    out.extend_from_slice(&mtrs_tl::VECTOR_ID.to_le_bytes());
                }
                let n = if depth >= DEEP { 0 } else { self.below(4) };
                out.extend_from_slice(&(n as u32).to_le_bytes());
                let a = t.arg.as_deref().expect("vector argument");
                for _ in 0..n {
                    self.value(a, depth + 1, in_optional, out);
                }
            }
            _ if t.bare => {
                let t = self.t;
                let d = t.ctors.get(&name).unwrap_or_else(|| &t.types[&name][0]);
                self.bare(d, depth, in_optional, out);
            }
            _ => self.boxed(&name, depth, in_optional, out),
        }
    }
}

fn full(t: &TypeRef) -> String {
    let mut s: String = t.namespace.iter().map(|n| format!("{n}.")).collect();
    s.push_str(&t.name);
    s
}

fn is_scalar(t: &TypeRef) -> bool {
    matches!(
        full(t).as_str(),
        "int" | "long" | "double" | "int128" | "int256" | "string" | "bytes" | "Bool" | "true"
    ) || t.name == "Vector"
        || t.name == "vector"
}

struct Universe {
    gen_api: Gen,
    gen_mtproto: Gen,
}

fn universe() -> Universe {
    Universe {
        gen_api: Gen::new("mtrs-tl-api/tl/api.tl"),
        gen_mtproto: Gen::new("mtrs-tl/tl/mtproto.tl"),
    }
}

fn encode(g: &mut Gen, ty: &str, seed: u64) -> Vec<u8> {
    g.state = seed;
    let mut out = Vec::new();
    g.boxed(ty, 0, false, &mut out);
    out
}

/// Every boxed type of both layers, 12 seeds each.
#[test]
fn every_boxed_type_round_trips() {
    let mut u = universe();
    assert!(api::TABLE.len() > 600, "{} API types", api::TABLE.len());
    let mut failures = Vec::new();
    for (tables, g) in [
        (api::TABLE, &mut u.gen_api),
        (mtproto::TABLE, &mut u.gen_mtproto),
    ] {
        for (i, (name, chk, _)) in tables.iter().enumerate() {
            for seed in 0..12u64 {
                let bytes = encode(g, name, seed * 7919 + i as u64);
                if let Err(e) = chk(&bytes) {
                    failures.push(format!("{name} (seed {seed}): {e}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures[..failures.len().min(10)].join("\n")
    );
    assert!(
        u.gen_api.flags2_fields > 100,
        "flags2 exercised {} times",
        u.gen_api.flags2_fields
    );
    assert!(
        u.gen_api.nested_optionals > 1000,
        "nested optionals: {}",
        u.gen_api.nested_optionals
    );
}

fn find(name: &str) -> Check {
    api::TABLE
        .iter()
        .find(|(n, _, _)| *n == name)
        .expect("type in table")
        .1
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Random (type, seed) pairs across the API layer.
    #[test]
    fn random_types_round_trip(idx in 0usize..10_000, seed in any::<u64>()) {
        let mut g = Gen::new("mtrs-tl-api/tl/api.tl");
        let (name, chk, _) = api::TABLE[idx % api::TABLE.len()];
        let bytes = encode(&mut g, name, seed);
        prop_assert!(chk(&bytes).is_ok(), "{}: {:?}", name, chk(&bytes));
    }

    /// Types with `flags2` and deep optional nesting, many seeds.
    #[test]
    fn flags2_and_nested_types_round_trip(seed in any::<u64>()) {
        let mut g = Gen::new("mtrs-tl-api/tl/api.tl");
        for name in ["User", "Chat", "ChatFull", "UserFull", "Message", "Config", "Updates", "MessageMedia", "WebPage", "StarGift"] {
            let bytes = encode(&mut g, name, seed);
            prop_assert!(find(name)(&bytes).is_ok(), "{}: {:?}", name, find(name)(&bytes));
        }
    }

    /// Arbitrary bytes as every boxed type (~700 types, far past 50): never a panic.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256), id_of in 0usize..10_000) {
        // Give the random tail a real constructor id of some type half of the time, so reading
        // gets past the first word.
        let mut input = bytes.clone();
        if id_of % 2 == 0 && input.len() >= 4 {
            let ids = mtrs_tl_api_ids();
            input[..4].copy_from_slice(&ids[id_of % ids.len()].to_le_bytes());
        }
        for (_, _, fuzz) in api::TABLE.iter().chain(mtproto::TABLE) {
            fuzz(&input);
        }
    }

    /// Valid encodings with a few bytes changed, cut short or extended: never a panic.
    #[test]
    fn mutated_encodings_never_panic(idx in 0usize..10_000, seed in any::<u64>(), edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..6), cut in any::<usize>()) {
        let mut g = Gen::new("mtrs-tl-api/tl/api.tl");
        let (name, _, fuzz) = api::TABLE[idx % api::TABLE.len()];
        let mut bytes = encode(&mut g, name, seed);
        for (at, b) in edits {
            let n = bytes.len();
            bytes[at % n] = b;
        }
        let n = bytes.len();
        fuzz(&bytes[..cut % (n + 1)]);
        fuzz(&bytes);
    }
}

fn mtrs_tl_api_ids() -> Vec<u32> {
    tables("mtrs-tl-api/tl/api.tl")
        .ctors
        .values()
        .map(|d| d.id)
        .collect()
}

#[test]
fn deeply_nested_input_is_rejected_not_overflowing() {
    // textBold#6724abc4 text:RichText, nested 100k times: must fail with TooDeep.
    let mut bytes = Vec::new();
    for _ in 0..100_000 {
        bytes.extend_from_slice(&0x6724_abc4u32.to_le_bytes());
    }
    let r = mtrs_tl_api::enums::RichText::from_bytes(&bytes);
    assert_eq!(r, Err(mtrs_tl::DeserializeError::TooDeep));
}
