//! The Rust emitter.
//!
//! Output layout (paths relative to the generated module's directory):
//! `mod.rs` (LAYER, `name_for_id`), and `types/`, `enums/`, `functions/`, each with `mod.rs`
//! for the root TL namespace and one file per other namespace (`auth.rs`, `messages.rs`, …).
//!
//! Naming: constructor and function structs are the TL name in PascalCase with runs of capitals
//! folded (`resPQ` → `ResPq`, `req_DH_params` → `ReqDhParams`); boxed types keep their case with
//! underscores removed (`ResPQ`, `Server_DH_Params` → `ServerDHParams`); enum variants are the
//! constructor struct names (`enums::ResPQ::ResPq(types::ResPq)`), unit variants for constructors
//! without fields; a variant holds `Box<_>` only where the type is recursive. Fields keep TL
//! names; `self` becomes `is_self`, other Rust keywords are raw identifiers (`r#type`).

mod definition;
mod peers;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use crate::parser::{Category, Definition, ParamKind, Schema, TypeRef, join_ns};
use definition::emit_struct;
use peers::Carriers;
pub use peers::PeersConfig;

/// How to emit one schema.
#[derive(Debug, Clone)]
pub struct Config {
    /// Path of the runtime crate from the generated code (`crate` inside mtrs-tl, else `mtrs_tl`).
    pub runtime: String,
    /// Path of the generated module itself (`crate::mtproto`, or `crate`).
    pub root: String,
    /// The schema file name, for the header.
    pub source_name: String,
    /// `cfg` predicate that gates `Deserialize` for functions (`None`: always emitted).
    pub function_deserialize_cfg: Option<String>,
    /// `cfg` predicate that gates the `ToJson` impls.
    pub json_cfg: String,
    /// Extra items for `types/mod.rs` (re-exports of hand-written constructors).
    pub extra_types: Vec<String>,
    /// Extra `(id, name)` rows for `name_for_id`.
    pub extra_names: Vec<(u32, String)>,
    /// The peer-collecting trait to implement for every constructor and boxed type
    /// (`None`: no such impls).
    pub peers: Option<PeersConfig>,
}

/// One output file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the generated module's directory, with `/`.
    pub path: String,
    /// The contents.
    pub contents: String,
}

const HEADER: &str = "// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen)";

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while",
    "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override",
    "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// `resPQ` → `ResPq`, `req_DH_params` → `ReqDhParams`, `getCDNConfig` → `GetCdnConfig`.
pub(crate) fn struct_name(tl: &str) -> String {
    let mut out = String::new();
    for part in tl.split('_').filter(|p| !p.is_empty()) {
        let cs: Vec<char> = part.chars().collect();
        for (i, &c) in cs.iter().enumerate() {
            if i == 0 {
                out.push(c.to_ascii_uppercase());
            } else if c.is_ascii_uppercase() {
                let prev_upper = cs[i - 1].is_ascii_uppercase();
                let next_lower = cs.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
                if prev_upper && !next_lower {
                    out.push(c.to_ascii_lowercase());
                } else {
                    out.push(c);
                }
            } else {
                out.push(c);
            }
        }
    }
    out
}

/// `ResPQ` → `ResPQ`, `Server_DH_Params` → `ServerDHParams`.
pub(crate) fn enum_name(tl: &str) -> String {
    let mut out = String::new();
    for part in tl.split('_').filter(|p| !p.is_empty()) {
        let mut cs = part.chars();
        if let Some(c) = cs.next() {
            out.push(c.to_ascii_uppercase());
            out.extend(cs);
        }
    }
    out
}

pub(crate) fn field_name(tl: &str) -> String {
    let tl = tl.to_ascii_lowercase();
    let tl = tl.as_str();
    if tl == "self" {
        "is_self".into()
    } else if KEYWORDS.contains(&tl) {
        format!("r#{tl}")
    } else {
        tl.to_owned()
    }
}

fn ns_path(ns: &[String]) -> String {
    ns.iter().map(|n| format!("{n}::")).collect()
}

fn is_scalar(t: &TypeRef) -> bool {
    t.namespace.is_empty()
        && matches!(
            t.name.as_str(),
            "int" | "long" | "double" | "int128" | "int256" | "string" | "bytes" | "Bool" | "true"
        )
}

fn is_vector(t: &TypeRef) -> bool {
    t.namespace.is_empty() && (t.name == "Vector" || t.name == "vector") && t.arg.is_some()
}

struct Ctx<'a> {
    cfg: &'a Config,
    /// Boxed type full name → its constructors.
    types: BTreeMap<String, Vec<&'a Definition>>,
    /// Constructor full name → definition.
    ctors: HashMap<String, &'a Definition>,
    /// Constructor full names whose enum variant is boxed.
    boxed_variants: BTreeSet<String>,
    /// The types and constructors that hold a peer root (see [`PeersConfig`]).
    carriers: Carriers,
}

impl<'a> Ctx<'a> {
    /// The constructor a bare reference names (`future_salt`, `%Message`).
    fn bare_ctor(&self, t: &TypeRef) -> Result<&'a Definition, String> {
        let full = join_ns(&t.namespace, &t.name);
        if let Some(d) = self.ctors.get(&full) {
            return Ok(d);
        }
        match self.types.get(&full).map(Vec::as_slice) {
            Some([d]) => Ok(d),
            Some(_) => Err(format!("bare %{full} has several constructors")),
            None => Err(format!("unknown bare type {full}")),
        }
    }

    fn rust_type(&self, t: &TypeRef) -> Result<String, String> {
        if t.generic_ref {
            return Ok(t.name.clone());
        }
        if is_vector(t) {
            let a = t.arg.as_deref().ok_or("vector without argument")?;
            return Ok(format!("Vec<{}>", self.rust_type(a)?));
        }
        if t.namespace.is_empty() {
            let s = match t.name.as_str() {
                "int" => "i32",
                "long" => "i64",
                "double" => "f64",
                "int128" => "[u8; 16]",
                "int256" => "[u8; 32]",
                "string" => return Ok(format!("{}::TlString", self.cfg.runtime)),
                "bytes" => "Vec<u8>",
                "Bool" | "true" => "bool",
                _ => "",
            };
            if !s.is_empty() {
                return Ok(s.to_owned());
            }
        }
        if t.bare {
            let d = self.bare_ctor(t)?;
            return Ok(format!(
                "{}::types::{}{}",
                self.cfg.root,
                ns_path(&d.namespace),
                struct_name(&d.name)
            ));
        }
        let full = join_ns(&t.namespace, &t.name);
        if !self.types.contains_key(&full) {
            return Err(format!("unknown type {full}"));
        }
        Ok(format!(
            "{}::enums::{}{}",
            self.cfg.root,
            ns_path(&t.namespace),
            enum_name(&t.name)
        ))
    }

    /// Whether the type needs hand-rolled code (a bare vector or a bare constructor inside).
    fn custom(&self, t: &TypeRef) -> bool {
        if is_vector(t) {
            t.name == "vector" || t.arg.as_deref().is_some_and(|a| self.custom(a))
        } else {
            t.bare && !is_scalar(t) && !t.generic_ref
        }
    }

    fn min_size(&self, t: &TypeRef) -> usize {
        if t.generic_ref {
            return 4;
        }
        if is_vector(t) {
            return if t.name == "Vector" { 8 } else { 4 };
        }
        if is_scalar(t) {
            return match t.name.as_str() {
                "long" | "double" => 8,
                "int128" => 16,
                "int256" => 32,
                _ => 4,
            };
        }
        if t.bare {
            return self
                .bare_ctor(t)
                .map(|d| self.ctor_min_size(d))
                .unwrap_or(0);
        }
        4
    }

    fn ctor_min_size(&self, d: &Definition) -> usize {
        d.params
            .iter()
            .map(|p| match &p.kind {
                ParamKind::Flags => 4,
                ParamKind::Normal { flag: Some(_), .. } => 0,
                ParamKind::Normal { ty, flag: None } => self.min_size(ty),
            })
            .sum()
    }

    /// Statements writing the value at place `expr` (of the Rust type of `t`).
    fn ser(&self, t: &TypeRef, expr: &str, depth: usize, out: &mut String, ind: &str) {
        let rt = &self.cfg.runtime;
        if !self.custom(t) {
            let _ = writeln!(out, "{ind}{expr}.serialize(buf);");
        } else if is_vector(t) {
            let a = t.arg.as_deref().expect("vector argument");
            if t.name == "Vector" {
                let _ = writeln!(
                    out,
                    "{ind}buf.extend_from_slice(&{rt}::VECTOR_ID.to_le_bytes());"
                );
            }
            let _ = writeln!(out, "{ind}{rt}::write_len(buf, {expr}.len());");
            let x = format!("x{depth}");
            let _ = writeln!(out, "{ind}for {x} in &{expr} {{");
            self.ser(a, &format!("(*{x})"), depth + 1, out, &format!("{ind}    "));
            let _ = writeln!(out, "{ind}}}");
        } else {
            let _ = writeln!(out, "{ind}{expr}.serialize_bare(buf);");
        }
    }

    /// An expression reading a value of `t` from `r`.
    fn de(&self, t: &TypeRef) -> Result<String, String> {
        let rt = &self.cfg.runtime;
        if !self.custom(t) {
            return Ok(format!("<{}>::deserialize(r)?", self.rust_type(t)?));
        }
        if is_vector(t) {
            let a = t.arg.as_deref().ok_or("vector argument")?;
            let head = if t.name == "Vector" {
                "r.expect_vector()?; "
            } else {
                ""
            };
            return Ok(format!(
                "{{ {head}let n = r.read_len({min})?; let mut v = Vec::with_capacity(n.min(r.remaining())); for _ in 0..n {{ v.push({e}); }} v }}",
                min = self.min_size(a),
                e = self.de(a)?,
            ));
        }
        let _ = rt;
        Ok(format!("<{}>::deserialize_bare(r)?", self.rust_type(t)?))
    }
}

/// Emits the generated module for `schema`.
pub fn emit(schema: &Schema, cfg: &Config) -> Result<Vec<GeneratedFile>, String> {
    let skip = |d: &Definition| {
        d.category == Category::Type
            && d.ty.namespace.is_empty()
            && matches!(d.ty.name.as_str(), "Bool" | "True")
    };
    let defs: Vec<&Definition> = schema.definitions.iter().filter(|d| !skip(d)).collect();
    let mut ctx = Ctx {
        cfg,
        types: BTreeMap::new(),
        ctors: HashMap::new(),
        boxed_variants: BTreeSet::new(),
        carriers: Carriers::default(),
    };
    for d in defs.iter().filter(|d| d.category == Category::Type) {
        if !d.generics.is_empty() {
            return Err(format!(
                "line {}: generic constructors are not supported",
                d.line
            ));
        }
        ctx.types
            .entry(join_ns(&d.ty.namespace, &d.ty.name))
            .or_default()
            .push(d);
        if ctx.ctors.insert(d.full_name(), d).is_some() {
            return Err(format!(
                "line {}: duplicate constructor {}",
                d.line,
                d.full_name()
            ));
        }
    }
    compute_boxing(&mut ctx);
    ctx.carriers = Carriers::compute(&ctx);

    // Group per (kind, namespace).
    let mut files: BTreeMap<(&str, Vec<String>), String> = BTreeMap::new();
    let mut names: BTreeMap<(&str, Vec<String>), BTreeSet<String>> = BTreeMap::new();
    for d in &defs {
        let kind = if d.category == Category::Type {
            "types"
        } else {
            "functions"
        };
        let name = struct_name(&d.name);
        if !names
            .entry((kind, d.namespace.clone()))
            .or_default()
            .insert(name.clone())
        {
            return Err(format!("line {}: Rust name {name} is used twice", d.line));
        }
        let s = files.entry((kind, d.namespace.clone())).or_default();
        emit_struct(&ctx, d, s)?;
    }
    for (full, ctors) in &ctx.types {
        let t = &ctors[0].ty;
        let s = files.entry(("enums", t.namespace.clone())).or_default();
        emit_enum(&ctx, full, ctors, s)?;
    }

    // Namespaces per kind, so every kind has a root file that declares the others.
    let mut out = Vec::new();
    for kind in ["types", "enums", "functions"] {
        let nss: BTreeSet<Vec<String>> = files
            .keys()
            .filter(|(k, _)| *k == kind)
            .map(|(_, ns)| ns.clone())
            .collect();
        let mut root = file_header(cfg, kind, &[]);
        for ns in nss.iter().filter(|ns| !ns.is_empty()) {
            let _ = writeln!(root, "#[rustfmt::skip]\npub mod {};", ns.join("::"));
        }
        if kind == "types" {
            for e in &cfg.extra_types {
                let _ = writeln!(root, "{e}");
            }
        }
        if let Some(body) = files.get(&(kind, Vec::new())) {
            root.push('\n');
            root.push_str(body);
        }
        out.push(GeneratedFile {
            path: format!("{kind}/mod.rs"),
            contents: root,
        });
        for ns in nss.iter().filter(|ns| !ns.is_empty()) {
            if ns.len() > 1 {
                return Err(format!(
                    "nested namespace {} is not supported",
                    ns.join(".")
                ));
            }
            let mut s = file_header(cfg, kind, ns);
            s.push_str(&files[&(kind, ns.clone())]);
            out.push(GeneratedFile {
                path: format!("{kind}/{}.rs", ns[0]),
                contents: s,
            });
        }
    }
    out.push(GeneratedFile {
        path: "mod.rs".into(),
        contents: emit_mod(schema, cfg),
    });
    for f in &mut out {
        while f.contents.ends_with("\n\n") {
            f.contents.pop();
        }
    }
    Ok(out)
}

fn file_header(cfg: &Config, kind: &str, ns: &[String]) -> String {
    let what = match kind {
        "types" => "Constructors (one struct per TL constructor)",
        "enums" => "Boxed types (one enum per TL type, one variant per constructor)",
        _ => "Functions (one struct per TL function; `RemoteCall::Return` is its result type)",
    };
    let ns_doc = if ns.is_empty() {
        "the root namespace".to_owned()
    } else {
        format!("the `{}` namespace", ns.join("."))
    };
    let rt = &cfg.runtime;
    format!(
        "{HEADER} from {src}.\n//! {what} of {ns_doc}.\n\n#![allow(unused_imports, unused_qualifications, clippy::all)]\n\nuse {rt}::{{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare}};\n#[cfg({json})]\nuse {rt}::json::{{JsonWriter, ToJson}};\n\n",
        src = cfg.source_name,
        json = cfg.json_cfg,
    )
}

fn emit_enum(
    ctx: &Ctx<'_>,
    full: &str,
    ctors: &[&Definition],
    out: &mut String,
) -> Result<(), String> {
    let cfg = ctx.cfg;
    let root = &cfg.root;
    let name = enum_name(&ctors[0].ty.name);
    // Variant names, prefixed with the namespace on a clash.
    let mut variants: Vec<(String, String, &Definition, bool, bool)> = Vec::new();
    let mut seen = BTreeSet::new();
    for d in ctors {
        let mut v = struct_name(&d.name);
        if !seen.insert(v.clone()) {
            v = format!("{}{v}", enum_name(&d.namespace.join("_")));
            if !seen.insert(v.clone()) {
                return Err(format!("variant {v} of {full} is used twice"));
            }
        }
        let path = format!(
            "{root}::types::{}{}",
            ns_path(&d.namespace),
            struct_name(&d.name)
        );
        let unit = !d
            .params
            .iter()
            .any(|p| matches!(p.kind, ParamKind::Normal { .. } | ParamKind::Flags));
        let boxed = ctx.boxed_variants.contains(&d.full_name());
        variants.push((v, path, d, unit, boxed));
    }
    let list: Vec<String> = ctors
        .iter()
        .map(|d| format!("`{}`", d.full_name()))
        .collect();
    let _ = writeln!(out, "/// The boxed type `{full}`: {}.", list.join(", "));
    out.push_str("#[derive(Debug, Clone, PartialEq)]\n");
    let _ = writeln!(out, "pub enum {name} {{");
    for (v, path, d, unit, boxed) in &variants {
        let _ = writeln!(out, "    /// `{}#{:08x}`", d.full_name(), d.id);
        if *unit {
            let _ = writeln!(out, "    {v},");
        } else if *boxed {
            let _ = writeln!(out, "    {v}(Box<{path}>),");
        } else {
            let _ = writeln!(out, "    {v}({path}),");
        }
    }
    out.push_str("}\n\n");

    let mut id_arms = String::new();
    let mut name_arms = String::new();
    let mut ser_arms = String::new();
    let mut de_arms = String::new();
    let mut json_arms = String::new();
    for (v, path, d, unit, boxed) in &variants {
        let pat = if *unit {
            format!("Self::{v}")
        } else {
            format!("Self::{v}(_)")
        };
        let _ = writeln!(id_arms, "            {pat} => {:#010x},", d.id);
        let _ = writeln!(name_arms, "            {pat} => \"{}\",", d.full_name());
        if *unit {
            let _ = writeln!(
                ser_arms,
                "            Self::{v} => buf.extend_from_slice(&{:#010x}u32.to_le_bytes()),",
                d.id
            );
            let _ = writeln!(de_arms, "            {:#010x} => Self::{v},", d.id);
            let _ = writeln!(
                json_arms,
                "            Self::{v} => {{\n                w.begin_object(\"{}\");\n                w.end_object();\n            }}",
                d.full_name()
            );
        } else {
            let _ = writeln!(ser_arms, "            Self::{v}(x) => x.serialize(buf),");
            let e = format!("<{path}>::deserialize_bare(r)?");
            let e = if *boxed { format!("Box::new({e})") } else { e };
            let _ = writeln!(de_arms, "            {:#010x} => Self::{v}({e}),", d.id);
            let _ = writeln!(json_arms, "            Self::{v}(x) => x.write_json(w),");
        }
    }
    let _ = writeln!(
        out,
        "impl {name} {{\n    /// The constructor id of this value.\n    pub fn constructor_id(&self) -> u32 {{\n        match self {{\n{id_arms}        }}\n    }}\n\n    /// The TL name of this value's constructor.\n    pub fn constructor_name(&self) -> &'static str {{\n        match self {{\n{name_arms}        }}\n    }}\n\n    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {{\n        let id = r.read_u32()?;\n        Ok(match id {{\n{de_arms}            _ => return Err(DeserializeError::UnknownConstructor {{ id, expected: \"{full}\" }}),\n        }})\n    }}\n}}\n"
    );
    let _ = writeln!(
        out,
        "impl Serialize for {name} {{\n    fn serialize(&self, buf: &mut Vec<u8>) {{\n        match self {{\n{ser_arms}        }}\n    }}\n}}\n"
    );
    let _ = writeln!(
        out,
        "impl Deserialize for {name} {{\n    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {{\n        r.enter()?;\n        let v = Self::deserialize_inner(r);\n        r.leave();\n        v\n    }}\n}}\n"
    );
    let _ = writeln!(
        out,
        "#[cfg({})]\nimpl ToJson for {name} {{\n    fn write_json(&self, w: &mut JsonWriter) {{\n        match self {{\n{json_arms}        }}\n    }}\n}}\n",
        cfg.json_cfg
    );
    for (v, path, _, unit, boxed) in &variants {
        let e = if *unit {
            format!("Self::{v}")
        } else if *boxed {
            format!("Self::{v}(Box::new(x))")
        } else {
            format!("Self::{v}(x)")
        };
        let arg = if *unit { "_x" } else { "x" };
        let _ = writeln!(
            out,
            "impl From<{path}> for {name} {{\n    fn from({arg}: {path}) -> Self {{\n        {e}\n    }}\n}}\n"
        );
    }
    let variants: Vec<peers::Variant<'_>> = variants
        .iter()
        .map(|(v, _, d, unit, boxed)| peers::Variant {
            name: v,
            ctor: d,
            unit: *unit,
            boxed: *boxed,
        })
        .collect();
    peers::enum_impl(ctx, full, &name, &variants, out);
    Ok(())
}

/// Marks the enum variants that must be boxed: those whose constructor contains (inline, not
/// through a `Vec`) its own type, directly or through other enums or bare constructors.
fn compute_boxing(ctx: &mut Ctx<'_>) {
    // Inline enum types a constructor contains.
    fn inline_enums(
        ctx: &Ctx<'_>,
        d: &Definition,
        out: &mut BTreeSet<String>,
        seen: &mut BTreeSet<String>,
    ) {
        if !seen.insert(d.full_name()) {
            return;
        }
        for p in &d.params {
            if let ParamKind::Normal { ty, .. } = &p.kind {
                if is_vector(ty) || is_scalar(ty) || ty.generic_ref {
                    continue;
                }
                if ty.bare {
                    if let Ok(b) = ctx.bare_ctor(ty) {
                        inline_enums(ctx, b, out, seen);
                    }
                } else {
                    out.insert(join_ns(&ty.namespace, &ty.name));
                }
            }
        }
    }
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut ctor_edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (t, ctors) in &ctx.types {
        for d in ctors {
            let mut s = BTreeSet::new();
            inline_enums(ctx, d, &mut s, &mut BTreeSet::new());
            edges
                .entry(t.clone())
                .or_default()
                .extend(s.iter().cloned());
            ctor_edges.insert(d.full_name(), s);
        }
    }
    let reaches = |from: &BTreeSet<String>, target: &str| {
        let mut stack: Vec<&String> = from.iter().collect();
        let mut seen = BTreeSet::new();
        while let Some(n) = stack.pop() {
            if n == target {
                return true;
            }
            if seen.insert(n)
                && let Some(e) = edges.get(n)
            {
                stack.extend(e.iter());
            }
        }
        false
    };
    let mut boxed = BTreeSet::new();
    for (t, ctors) in &ctx.types {
        for d in ctors {
            if reaches(&ctor_edges[&d.full_name()], t) {
                boxed.insert(d.full_name());
            }
        }
    }
    ctx.boxed_variants = boxed;
}

fn emit_mod(schema: &Schema, cfg: &Config) -> String {
    let mut s = format!("{HEADER} from {}.\n\n", cfg.source_name);
    s.push_str("#[rustfmt::skip]\npub mod enums;\n#[rustfmt::skip]\npub mod functions;\n#[rustfmt::skip]\npub mod types;\n\n");
    if let Some(l) = schema.layer {
        let _ = writeln!(
            s,
            "/// The schema layer (`// LAYER {l}` in {}).\npub const LAYER: i32 = {l};\n",
            cfg.source_name
        );
    }
    let mut rows: Vec<(u32, String)> = schema
        .definitions
        .iter()
        .map(|d| (d.id, d.full_name()))
        .collect();
    rows.extend(cfg.extra_names.iter().cloned());
    rows.sort();
    rows.dedup_by_key(|r| r.0);
    let _ = writeln!(s, "static NAMES: [(u32, &str); {}] = [", rows.len());
    for (id, n) in &rows {
        let _ = writeln!(s, "    ({id:#010x}, \"{n}\"),");
    }
    s.push_str("];\n\n");
    let _ = writeln!(
        s,
        "/// The TL name of a constructor or function id of {} (`None` if unknown).\npub fn name_for_id(id: u32) -> Option<&'static str> {{\n    NAMES.binary_search_by_key(&id, |(i, _)| *i).ok().map(|i| NAMES[i].1)\n}}",
        cfg.source_name
    );
    s
}

/// A table of every boxed type for tests: a macro `boxed_types!($m)` that invokes `$m!` with
/// `("TL type name", rust::enum::Path)` pairs. `crate_path` replaces `crate` (the generated
/// module's crate seen from outside, e.g. `mtrs_tl_api`).
pub fn emit_type_table(schema: &Schema, cfg: &Config, crate_path: &str) -> String {
    let mut types: BTreeSet<(String, String)> = BTreeSet::new();
    for d in &schema.definitions {
        if d.category != Category::Type
            || (d.ty.namespace.is_empty() && matches!(d.ty.name.as_str(), "Bool" | "True"))
        {
            continue;
        }
        let root = cfg.root.replacen("crate", crate_path, 1);
        let path = format!(
            "{root}::enums::{}{}",
            ns_path(&d.ty.namespace),
            enum_name(&d.ty.name)
        );
        types.insert((join_ns(&d.ty.namespace, &d.ty.name), path));
    }
    let mut s = format!(
        "{HEADER} from {}.\n// Every boxed type, for property tests.\n\nmacro_rules! boxed_types {{\n    ($m:ident) => {{\n        $m! {{\n",
        cfg.source_name
    );
    for (tl, path) in &types {
        let _ = writeln!(s, "            (\"{tl}\", {path}),");
    }
    s.push_str("        }\n    };\n}\n");
    s
}
