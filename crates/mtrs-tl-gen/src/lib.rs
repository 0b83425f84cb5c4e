//! `mtrs-tl-gen`: the TL schema parser and Rust code emitter of mtrs.
//!
//! A tool, run by `cargo xtask codegen`; never a dependency of the client's libraries (the
//! test DC uses [`parse`] to read the older layers' schemas it answers in). [`parse`] reads a
//! `.tl` file into a [`Schema`], [`check_ids`] verifies every explicit constructor id against
//! the CRC32 of its normalized definition, and [`emit`] turns a schema into the Rust files of a
//! generated module (split per TL namespace).

mod emit;
mod parser;

pub use emit::{Config, GeneratedFile, PeersConfig, emit, emit_type_table};
pub use parser::{
    Category, Definition, Flag, Param, ParamKind, ParseError, Schema, TypeRef, parse, parse_type,
};

fn type_for_id(t: &TypeRef, out: &mut String, top_level: bool) {
    if t.generic_ref && top_level {
        // `!X` only appears on parameters; the caller adds the '!'.
    }
    let mut name = parser::join_ns(&t.namespace, &t.name);
    if top_level && name == "bytes" {
        name = "string".into();
    }
    if t.bare && !t.name.starts_with(|c: char| c.is_ascii_lowercase()) {
        out.push('%');
    }
    out.push_str(&name);
    if let Some(a) = &t.arg {
        out.push(' ');
        type_for_id(a, out, false);
    }
}

/// The normalized form of a definition whose CRC32 is its constructor id: no id, `{X:Type}`
/// without braces, `flags.N?true` parameters dropped, `bytes` written `string` (where it is a
/// parameter's own type), `Vector<T>` written `Vector T`.
pub fn normalized(def: &Definition) -> String {
    let mut s = def.full_name();
    for g in &def.generics {
        s.push_str(&format!(" {g}:Type"));
    }
    for p in &def.params {
        match &p.kind {
            ParamKind::Flags => s.push_str(&format!(" {}:#", p.name)),
            ParamKind::Normal { ty, flag } => {
                if flag.is_some() && ty.name == "true" && ty.namespace.is_empty() {
                    continue;
                }
                s.push_str(&format!(" {}:", p.name));
                if let Some(f) = flag {
                    s.push_str(&format!("{}.{}?", f.field, f.bit));
                }
                if ty.generic_ref {
                    s.push('!');
                }
                type_for_id(ty, &mut s, true);
            }
        }
    }
    s.push_str(" = ");
    type_for_id(&def.ty, &mut s, false);
    s
}

/// The CRC32 (IEEE) of [`normalized`]: the id a definition without `#id` gets.
pub fn infer_id(def: &Definition) -> u32 {
    crc32fast::hash(normalized(def).as_bytes())
}

/// Definitions whose explicit id differs from [`infer_id`], as `(definition, inferred id)`.
pub fn check_ids(schema: &Schema) -> Vec<(&Definition, u32)> {
    schema
        .definitions
        .iter()
        .filter(|d| d.explicit_id)
        .filter_map(|d| {
            let inferred = infer_id(d);
            (inferred != d.id).then_some((d, inferred))
        })
        .collect()
}
