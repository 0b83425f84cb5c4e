//! The peer-collecting impls ([`PeersConfig`]): every constructor and boxed type implements
//! the configured trait; those that hold a root type (`User`, `Chat`), directly or through
//! other types, vectors and flags, hand each one found to the collector.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::{Ctx, is_scalar, is_vector};
use crate::parser::{Definition, ParamKind, TypeRef, join_ns};

/// How to emit the peer-collecting impls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeersConfig {
    /// Path of the trait, e.g. `crate::peers::Peers`. It has one method,
    /// `fn collect_peers<'a>(&'a self, found: &mut Found<'a>)`, with an empty default body.
    pub trait_path: String,
    /// Path of the collector type passed to it, e.g. `crate::peers::Found`.
    pub found_path: String,
    /// Boxed TL types that are peers themselves, each with the collector method that takes
    /// a reference to one (`("User", "user")`).
    pub roots: Vec<(String, String)>,
}

/// Which boxed types (full TL names) and constructors hold a root, at any depth.
#[derive(Debug, Default)]
pub(super) struct Carriers {
    types: BTreeSet<String>,
    ctors: BTreeSet<String>,
}

impl Carriers {
    /// Computes the fixpoint: a constructor carries if a field does; a boxed type if a
    /// constructor does or it is a root.
    pub(super) fn compute(ctx: &Ctx<'_>) -> Self {
        let mut c = Self::default();
        let Some(cfg) = &ctx.cfg.peers else {
            return c;
        };
        c.types.extend(cfg.roots.iter().map(|(t, _)| t.clone()));
        loop {
            let mut changed = false;
            for (t, ctors) in &ctx.types {
                for d in ctors {
                    if !c.ctors.contains(&d.full_name()) && c.fields_carry(ctx, d) {
                        c.ctors.insert(d.full_name());
                        changed = true;
                    }
                }
                if !c.types.contains(t) && ctors.iter().any(|d| c.ctors.contains(&d.full_name())) {
                    c.types.insert(t.clone());
                    changed = true;
                }
            }
            if !changed {
                return c;
            }
        }
    }

    fn fields_carry(&self, ctx: &Ctx<'_>, d: &Definition) -> bool {
        d.params.iter().any(|p| match &p.kind {
            ParamKind::Normal { ty, .. } => self.carries(ctx, ty),
            ParamKind::Flags => false,
        })
    }

    /// Whether a value of `t` can hold a root.
    pub(super) fn carries(&self, ctx: &Ctx<'_>, t: &TypeRef) -> bool {
        if t.generic_ref || is_scalar(t) {
            return false;
        }
        if is_vector(t) {
            return t.arg.as_deref().is_some_and(|a| self.carries(ctx, a));
        }
        if t.bare {
            return ctx
                .bare_ctor(t)
                .is_ok_and(|d| self.ctors.contains(&d.full_name()));
        }
        self.types.contains(&join_ns(&t.namespace, &t.name))
    }
}

/// The impl for constructor struct `name` with `fields` (Rust name, TL type).
pub(super) fn struct_impl(
    ctx: &Ctx<'_>,
    name: &str,
    fields: &[(&str, &TypeRef)],
    out: &mut String,
) {
    let Some(cfg) = &ctx.cfg.peers else {
        return;
    };
    let tr = &cfg.trait_path;
    let mut body = String::new();
    for (rust, ty) in fields {
        if ctx.carriers.carries(ctx, ty) {
            let _ = writeln!(body, "        {tr}::collect_peers(&self.{rust}, found);");
        }
    }
    write_impl(cfg, name, &body, out);
}

/// One variant of an enum: its Rust name, whether it has no fields, whether it is boxed.
pub(super) struct Variant<'v> {
    pub name: &'v str,
    pub ctor: &'v Definition,
    pub unit: bool,
    pub boxed: bool,
}

/// The impl for the enum `name` of boxed type `full`: a root hands itself to the
/// collector; another type descends into the variants that carry.
pub(super) fn enum_impl(
    ctx: &Ctx<'_>,
    full: &str,
    name: &str,
    variants: &[Variant<'_>],
    out: &mut String,
) {
    let Some(cfg) = &ctx.cfg.peers else {
        return;
    };
    let tr = &cfg.trait_path;
    if let Some((_, method)) = cfg.roots.iter().find(|(t, _)| t == full) {
        write_impl(cfg, name, &format!("        found.{method}(self);\n"), out);
        return;
    }
    let mut arms = String::new();
    let mut all = true;
    for v in variants {
        if v.unit || !ctx.carriers.ctors.contains(&v.ctor.full_name()) {
            all = false;
            continue;
        }
        let x = if v.boxed { "&**x" } else { "x" };
        let _ = writeln!(
            arms,
            "            Self::{}(x) => {tr}::collect_peers({x}, found),",
            v.name
        );
    }
    let body = if arms.is_empty() {
        String::new()
    } else {
        let rest = if all { "" } else { "            _ => {}\n" };
        format!("        match self {{\n{arms}{rest}        }}\n")
    };
    write_impl(cfg, name, &body, out);
}

fn write_impl(cfg: &PeersConfig, name: &str, body: &str, out: &mut String) {
    let tr = &cfg.trait_path;
    if body.is_empty() {
        let _ = writeln!(out, "impl {tr} for {name} {{}}\n");
    } else {
        let _ = writeln!(
            out,
            "impl {tr} for {name} {{\n    fn collect_peers<'a>(&'a self, found: &mut {f}<'a>) {{\n{body}    }}\n}}\n",
            f = cfg.found_path
        );
    }
}
