//! One TL definition (a constructor or a function) as a Rust struct with its trait impls.
//!
//! [`emit_struct`] writes, in order: the struct, `Identifiable`, the (de)serialization impls
//! (`Serialize`, `RemoteCall` and `Deserialize` for a function; `Serialize`, `SerializeBare`,
//! `Deserialize` and `DeserializeBare` for a constructor) and `ToJson`.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::{Ctx, field_name, is_vector, struct_name};
use crate::parser::{Category, Definition, ParamKind, TypeRef};

/// The id check that opens a boxed `deserialize`.
const CHECK_ID: &str = "        let id = r.read_u32()?;\n        if id != Self::CONSTRUCTOR_ID {\n            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });\n        }\n";

/// Appends the struct of `d` and its impls to `out`.
pub(super) fn emit_struct(ctx: &Ctx<'_>, d: &Definition, out: &mut String) -> Result<(), String> {
    let def = Struct::new(ctx, d)?;
    def.write_definition(out)?;
    def.write_identifiable(out);
    let ser = def.serialize_fields();
    let de = def.deserialize_fields()?;
    if d.category == Category::Function {
        def.write_function_impls(&ser, &de, out)?;
    } else {
        def.write_constructor_impls(&ser, &de, out);
    }
    def.write_json(out);
    if d.category != Category::Function {
        let fields: Vec<(&str, &TypeRef)> = def
            .fields
            .iter()
            .filter(|f| !f.is_true)
            .map(|f| (f.rust.as_str(), f.ty))
            .collect();
        super::peers::struct_impl(ctx, &def.name, &fields, out);
    }
    Ok(())
}

/// A field of the struct: one non-`#` parameter.
struct Field<'b> {
    /// The TL parameter name.
    tl: &'b str,
    /// The Rust field name.
    rust: String,
    ty: &'b TypeRef,
    /// The flags parameter and bit, for a conditional field.
    flag: Option<(&'b str, u32)>,
    /// A `flags.N?true` field: a `bool` that lives only in the flags.
    is_true: bool,
}

/// What the emitted pieces of one definition share.
struct Struct<'a> {
    ctx: &'a Ctx<'a>,
    d: &'a Definition,
    /// The Rust struct name.
    name: String,
    /// `<X>` for a generic function, else empty.
    generics: String,
    /// The full TL name.
    full: String,
    fields: Vec<Field<'a>>,
}

impl<'a> Struct<'a> {
    /// Collects the fields of `d`; rejects a `true` field without a flag and Rust name clashes.
    fn new(ctx: &'a Ctx<'a>, d: &'a Definition) -> Result<Self, String> {
        let generics = if d.generics.is_empty() {
            String::new()
        } else {
            format!("<{}>", d.generics.join(", "))
        };
        let mut def = Self {
            ctx,
            d,
            name: struct_name(&d.name),
            generics,
            full: d.full_name(),
            fields: Vec::new(),
        };
        for p in &d.params {
            if let ParamKind::Normal { ty, flag } = &p.kind {
                let is_true = ty.namespace.is_empty() && ty.name == "true";
                if is_true && flag.is_none() {
                    return Err(def.err(format!("`{}:true` without a flag", p.name)));
                }
                def.fields.push(Field {
                    tl: &p.name,
                    rust: field_name(&p.name),
                    ty,
                    flag: flag.as_ref().map(|f| (f.field.as_str(), f.bit)),
                    is_true,
                });
            }
        }
        let mut rust_names = BTreeSet::new();
        if let Some(f) = def
            .fields
            .iter()
            .find(|f| !rust_names.insert(f.rust.clone()))
        {
            return Err(def.err(format!("field name {} is used twice", f.rust)));
        }
        Ok(def)
    }

    /// `m` located at the definition.
    fn err(&self, m: String) -> String {
        format!("line {} ({}): {m}", self.d.line, self.full)
    }

    /// `<X: Trait>` for a generic function, else empty.
    fn bound(&self, tr: &str) -> String {
        if self.d.generics.is_empty() {
            String::new()
        } else {
            format!(
                "<{}>",
                self.d
                    .generics
                    .iter()
                    .map(|g| format!("{g}: {tr}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    }

    fn field(&self, tl: &str) -> &Field<'a> {
        self.fields.iter().find(|f| f.tl == tl).expect("field")
    }

    /// The struct itself, each field documented with its TL parameter.
    fn write_definition(&self, out: &mut String) -> Result<(), String> {
        let (name, generics) = (&self.name, &self.generics);
        let _ = writeln!(out, "/// `{}`", self.d);
        out.push_str("#[derive(Debug, Clone, PartialEq)]\n");
        if self.fields.is_empty() {
            let _ = writeln!(out, "pub struct {name}{generics};\n");
            return Ok(());
        }
        let _ = writeln!(out, "pub struct {name}{generics} {{");
        for f in &self.fields {
            let base = self.ctx.rust_type(f.ty).map_err(|m| self.err(m))?;
            let ty = match (f.flag, f.is_true) {
                (Some(_), false) => format!("Option<{base}>"),
                _ => base,
            };
            let bang = if f.ty.generic_ref { "!" } else { "" };
            let tl_ty = match f.flag {
                Some((fl, bit)) => format!("{fl}.{bit}?{bang}{}", f.ty),
                None => format!("{bang}{}", f.ty),
            };
            let _ = writeln!(out, "    /// `{}:{tl_ty}`", f.tl);
            let _ = writeln!(out, "    pub {}: {ty},", f.rust);
        }
        out.push_str("}\n\n");
        Ok(())
    }

    fn write_identifiable(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "impl{g} Identifiable for {name}{g} {{\n    const CONSTRUCTOR_ID: u32 = {id:#010x};\n    const NAME: &'static str = \"{full}\";\n}}\n",
            g = self.generics,
            name = self.name,
            id = self.d.id,
            full = self.full,
        );
    }

    /// The statements writing the fields (after the constructor id).
    ///
    /// A flag bit shared by several fields (`views:flags.10?int forwards:flags.10?int`,
    /// `restricted:flags.9?true restriction_reason:flags.9?Vector<…>`) means all of them
    /// are on the wire when it is set. So a set bit writes a zero value (0, empty,
    /// `boolFalse`) for a member left `None`, and a bit whose members include a boxed
    /// object left `None` (no zero value exists) is not set at all: the output always
    /// parses.
    fn serialize_fields(&self) -> String {
        let mut ser = String::new();
        for p in &self.d.params {
            match &p.kind {
                ParamKind::Flags => {
                    let expr = self.flags_expr(&p.name);
                    let _ = writeln!(ser, "        let fl_{} = 0u32{expr};", p.name);
                    let _ = writeln!(ser, "        fl_{}.serialize(buf);", p.name);
                }
                ParamKind::Normal { ty, flag } => {
                    let f = self.field(&p.name);
                    if f.is_true {
                        continue;
                    }
                    match flag {
                        Some(fl) if self.shared(&fl.field, fl.bit) => {
                            let _ = writeln!(
                                ser,
                                "        if fl_{} & (1 << {}) != 0 {{",
                                fl.field, fl.bit
                            );
                            let _ = writeln!(ser, "            match &self.{} {{", f.rust);
                            ser.push_str(
                                "                Some(v) => {
",
                            );
                            self.ctx
                                .ser(ty, "(*v)", 0, &mut ser, "                    ");
                            ser.push_str(
                                "                }
",
                            );
                            if let Some(zero) = self.zero_of(ty) {
                                ser.push_str(
                                    "                None => {
",
                                );
                                let _ = writeln!(ser, "                    let z = {zero};");
                                self.ctx.ser(ty, "z", 0, &mut ser, "                    ");
                                ser.push_str(
                                    "                }
",
                                );
                            } else {
                                ser.push_str(
                                    "                None => {}
",
                                );
                            }
                            ser.push_str(
                                "            }
        }
",
                            );
                        }
                        Some(_) => {
                            let _ = writeln!(ser, "        if let Some(v) = &self.{} {{", f.rust);
                            self.ctx.ser(ty, "(*v)", 0, &mut ser, "            ");
                            ser.push_str(
                                "        }
",
                            );
                        }
                        None => {
                            let place = format!("self.{}", f.rust);
                            self.ctx.ser(ty, &place, 0, &mut ser, "        ");
                        }
                    }
                }
            }
        }
        ser
    }

    /// The fields on flag bit `bit` of `flags`.
    fn on_bit(&self, flags: &str, bit: u32) -> impl Iterator<Item = &Field<'a>> {
        self.fields
            .iter()
            .filter(move |f| f.flag == Some((flags, bit)))
    }

    /// Whether more than one field lives on the bit and at least one carries a value.
    fn shared(&self, flags: &str, bit: u32) -> bool {
        let members = self.on_bit(flags, bit).count();
        let values = self.on_bit(flags, bit).filter(|f| !f.is_true).count();
        members > 1 && values > 0
    }

    /// A zero value of a primitive or vector type (written for a `None` member of a set
    /// shared bit), or `None` for a boxed object.
    fn zero_of(&self, ty: &TypeRef) -> Option<String> {
        if ty.generic_ref {
            return None;
        }
        let primitive = is_vector(ty)
            || (ty.namespace.is_empty()
                && matches!(
                    ty.name.as_str(),
                    "int" | "long" | "double" | "int128" | "int256" | "string" | "bytes" | "Bool"
                ));
        if !primitive {
            return None;
        }
        let rust = self.ctx.rust_type(ty).ok()?;
        Some(format!("<{rust} as ::core::default::Default>::default()"))
    }

    /// The `| if … { 1 << bit } else { 0 }` terms of the flags parameter `flags`: one per
    /// bit. A shared bit is set when any member is, unless a member without a zero value
    /// is `None`.
    fn flags_expr(&self, flags: &str) -> String {
        let mut expr = String::new();
        let mut bits: Vec<u32> = self
            .fields
            .iter()
            .filter_map(|f| f.flag.filter(|(fl, _)| *fl == flags).map(|(_, b)| b))
            .collect();
        bits.dedup();
        bits.sort_unstable();
        bits.dedup();
        for bit in bits {
            let set = |f: &Field<'_>| {
                if f.is_true {
                    format!("self.{}", f.rust)
                } else {
                    format!("self.{}.is_some()", f.rust)
                }
            };
            let any: Vec<String> = self.on_bit(flags, bit).map(set).collect();
            let mut cond = any.join(" || ");
            if self.shared(flags, bit) {
                let required: Vec<String> = self
                    .on_bit(flags, bit)
                    .filter(|f| !f.is_true && self.zero_of(f.ty).is_none())
                    .map(set)
                    .collect();
                if !required.is_empty() {
                    cond = format!("({cond}) && {}", required.join(" && "));
                }
            }
            let _ = write!(
                expr,
                "\n            | if {cond} {{ 1 << {bit} }} else {{ 0 }}"
            );
        }
        expr
    }

    /// The statements reading the fields into `f_<name>` locals (flags into `fl_<name>`).
    fn deserialize_fields(&self) -> Result<String, String> {
        let mut de = String::new();
        for p in &self.d.params {
            match &p.kind {
                ParamKind::Flags => {
                    if self
                        .fields
                        .iter()
                        .any(|f| f.flag.is_some_and(|(fl, _)| fl == p.name))
                    {
                        let _ = writeln!(de, "        let fl_{} = r.read_u32()?;", p.name);
                    } else {
                        de.push_str("        r.read_u32()?;\n");
                    }
                }
                ParamKind::Normal { ty, flag } => {
                    let f = self.field(&p.name);
                    let e = self.ctx.de(ty).map_err(|m| self.err(m))?;
                    let v = match flag {
                        None => e,
                        Some(fl) if f.is_true => {
                            format!("fl_{} & (1 << {}) != 0", fl.field, fl.bit)
                        }
                        Some(fl) => {
                            format!(
                                "if fl_{} & (1 << {}) != 0 {{ Some({e}) }} else {{ None }}",
                                fl.field, fl.bit
                            )
                        }
                    };
                    let _ = writeln!(de, "        let f_{} = {v};", p.name.to_ascii_lowercase());
                }
            }
        }
        Ok(de)
    }

    /// The body of a bare `deserialize`: the field reads `de`, then `Ok(Self { … })`.
    fn deserialize_body(&self, de: &str) -> String {
        let build = if self.fields.is_empty() {
            "Self".to_owned()
        } else {
            let inits: Vec<String> = self
                .fields
                .iter()
                .map(|f| format!("{}: f_{}", f.rust, f.tl.to_ascii_lowercase()))
                .collect();
            format!("Self {{ {} }}", inits.join(", "))
        };
        format!("{de}        Ok({build})\n")
    }

    /// A function: `Serialize`, `RemoteCall` (its return type) and a possibly gated
    /// `Deserialize`.
    fn write_function_impls(&self, ser: &str, de: &str, out: &mut String) -> Result<(), String> {
        let (ctx, d) = (self.ctx, self.d);
        let (name, generics) = (&self.name, &self.generics);
        let _ = writeln!(
            out,
            "impl{b} Serialize for {name}{generics} {{\n    fn serialize(&self, buf: &mut Vec<u8>) {{\n        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());\n{ser}    }}\n}}\n",
            b = self.bound("Serialize")
        );
        let ret = if d.ty.generic_ref {
            format!("{}::Return", d.ty.name)
        } else {
            if ctx.custom(&d.ty) {
                return Err(self.err("bare return type".into()));
            }
            ctx.rust_type(&d.ty).map_err(|m| self.err(m))?
        };
        let _ = writeln!(
            out,
            "impl{b} RemoteCall for {name}{generics} {{\n    type Return = {ret};\n}}\n",
            b = self.bound("RemoteCall")
        );
        if let Some(c) = &ctx.cfg.function_deserialize_cfg {
            let _ = writeln!(out, "#[cfg({c})]");
        }
        let _ = writeln!(
            out,
            "impl{b} Deserialize for {name}{generics} {{\n    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {{\n{CHECK_ID}{de_body}    }}\n}}\n",
            b = self.bound("Deserialize"),
            de_body = self.deserialize_body(de),
        );
        Ok(())
    }

    /// A constructor: boxed `Serialize`/`Deserialize` around the bare impls.
    fn write_constructor_impls(&self, ser: &str, de: &str, out: &mut String) {
        let name = &self.name;
        let _ = writeln!(
            out,
            "impl Serialize for {name} {{\n    fn serialize(&self, buf: &mut Vec<u8>) {{\n        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());\n        self.serialize_bare(buf);\n    }}\n}}\n"
        );
        let bufarg = if ser.is_empty() { "_buf" } else { "buf" };
        let _ = writeln!(
            out,
            "impl SerializeBare for {name} {{\n    fn serialize_bare(&self, {bufarg}: &mut Vec<u8>) {{\n{ser}    }}\n}}\n"
        );
        let _ = writeln!(
            out,
            "impl Deserialize for {name} {{\n    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {{\n{CHECK_ID}        Self::deserialize_bare(r)\n    }}\n}}\n"
        );
        let rarg = if de.is_empty() { "_r" } else { "r" };
        let _ = writeln!(
            out,
            "impl DeserializeBare for {name} {{\n    fn deserialize_bare({rarg}: &mut Reader<'_>) -> Result<Self, DeserializeError> {{\n{de_body}    }}\n}}\n",
            de_body = self.deserialize_body(de),
        );
    }

    /// The gated `ToJson` impl: an object named after the TL name, one key per field.
    fn write_json(&self, out: &mut String) {
        let mut js = String::new();
        for f in &self.fields {
            let _ = writeln!(
                js,
                "        w.key(\"{}\");\n        self.{}.write_json(w);",
                f.tl, f.rust
            );
        }
        let _ = writeln!(
            out,
            "#[cfg({c})]\nimpl{b} ToJson for {name}{generics} {{\n    fn write_json(&self, w: &mut JsonWriter) {{\n        w.begin_object(Self::NAME);\n{js}        w.end_object();\n    }}\n}}\n",
            c = self.ctx.cfg.json_cfg,
            b = self.bound("ToJson"),
            name = self.name,
            generics = self.generics,
        );
    }
}
