//! The TL schema parser.
//!
//! Handles what Telegram's `api.tl` / `mtproto.tl` use: `name#id`, optional ids (inferred by
//! CRC32), namespaces (`auth.sentCode`), `flags:#` / `flags2:#`, `flags.N?T`, `flags.N?true`,
//! `Vector<T>` and bare `vector<T>`, bare types `%T` and lowercase constructor names, generics
//! `{X:Type}` with `!X`, the `---functions---` / `---types---` separators, `//` comments, the
//! `// LAYER N` line, and the built-in declarations (`int ? = Int;`, `int128 4*[ int ] = Int128;`,
//! `vector {t:Type} # [ t ] = Vector t;`), which are recorded as built-ins and not generated.

use std::fmt;

/// Whether a definition declares a constructor or a function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// Under `---types---` (the default).
    Type,
    /// Under `---functions---`.
    Function,
}

/// A reference to a type: `int`, `Vector<long>`, `%Message`, `auth.SentCode`, `!X`, `#`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeRef {
    /// Namespace parts (`["auth"]` for `auth.SentCode`).
    pub namespace: Vec<String>,
    /// The name (`SentCode`, `int`, `Vector`).
    pub name: String,
    /// Written `%T`, or starts with a lowercase letter: no constructor id on the wire.
    pub bare: bool,
    /// Refers to a generic parameter (`X` or `!X`).
    pub generic_ref: bool,
    /// The argument of `Vector<T>` / `vector<T>`.
    pub arg: Option<Box<TypeRef>>,
}

/// A `flags.N?` condition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    /// The `#` field holding the bit (`flags`, `flags2`).
    pub field: String,
    /// The bit index.
    pub bit: u32,
}

/// The kind of one parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamKind {
    /// `name:#`, a bit field (nat) for later `name.N?T` parameters.
    Flags,
    /// A value, optionally conditional on a flag bit.
    Normal {
        /// The type.
        ty: TypeRef,
        /// `Some` for `flags.N?T`.
        flag: Option<Flag>,
    },
}

/// One `name:type` parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    /// The TL name.
    pub name: String,
    /// What it holds.
    pub kind: ParamKind,
}

/// One constructor or function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    /// Namespace parts of the name.
    pub namespace: Vec<String>,
    /// The name without namespace.
    pub name: String,
    /// The constructor id (explicit, or inferred by CRC32).
    pub id: u32,
    /// Whether the schema wrote the id.
    pub explicit_id: bool,
    /// Generic parameters (`{X:Type}`).
    pub generics: Vec<String>,
    /// The parameters, in wire order.
    pub params: Vec<Param>,
    /// The result type (after `=`).
    pub ty: TypeRef,
    /// Constructor or function.
    pub category: Category,
    /// 1-based line of the definition in the source.
    pub line: usize,
}

impl Definition {
    /// The full TL name (`auth.sentCode`).
    pub fn full_name(&self) -> String {
        join_ns(&self.namespace, &self.name)
    }
}

/// A parsed schema file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Schema {
    /// The `// LAYER N` value, if present.
    pub layer: Option<u32>,
    /// Definitions in source order (built-ins excluded).
    pub definitions: Vec<Definition>,
    /// Names of built-in declarations that were skipped (`int`, `vector`, …).
    pub builtins: Vec<String>,
}

/// A parse failure, with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

pub(crate) fn join_ns(ns: &[String], name: &str) -> String {
    let mut s = String::new();
    for n in ns {
        s.push_str(n);
        s.push('.');
    }
    s.push_str(name);
    s
}

fn split_ns(s: &str) -> (Vec<String>, String) {
    let mut parts: Vec<String> = s.split('.').map(str::to_owned).collect();
    let name = parts.pop().unwrap_or_default();
    (parts, name)
}

fn is_ident(s: &str) -> bool {
    !s.is_empty()
        && s.split('.').all(|p| {
            !p.is_empty()
                && p.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
}

/// Parses a whole schema file.
pub fn parse(source: &str) -> Result<Schema, ParseError> {
    let mut schema = Schema::default();
    let mut category = Category::Type;
    let mut pending = String::new();
    let mut pending_line = 0;
    for (i, raw_line) in source.lines().enumerate() {
        let line_no = i + 1;
        let (code, comment) = match raw_line.find("//") {
            Some(p) => (&raw_line[..p], Some(&raw_line[p + 2..])),
            None => (raw_line, None),
        };
        if let Some(c) = comment
            && let Some(rest) = c.trim().strip_prefix("LAYER")
        {
            {
                let n = rest.trim().parse().map_err(|_| ParseError {
                    line: line_no,
                    message: format!("bad LAYER comment: {raw_line:?}"),
                })?;
                schema.layer = Some(n);
            }
        }
        let code = code.trim();
        if code.is_empty() {
            continue;
        }
        if code.starts_with("---") {
            if !pending.trim().is_empty() {
                return Err(ParseError {
                    line: line_no,
                    message: "separator inside a definition".into(),
                });
            }
            category = match code {
                "---functions---" => Category::Function,
                "---types---" => Category::Type,
                _ => {
                    return Err(ParseError {
                        line: line_no,
                        message: format!("unknown separator {code:?}"),
                    });
                }
            };
            continue;
        }
        let mut rest = code;
        while let Some(p) = rest.find(';') {
            if pending.trim().is_empty() {
                pending_line = line_no;
            }
            pending.push(' ');
            pending.push_str(&rest[..p]);
            let stmt = std::mem::take(&mut pending);
            parse_statement(stmt.trim(), category, pending_line, &mut schema)?;
            rest = &rest[p + 1..];
        }
        if !rest.trim().is_empty() {
            if pending.trim().is_empty() {
                pending_line = line_no;
            }
            pending.push(' ');
            pending.push_str(rest);
        }
    }
    if !pending.trim().is_empty() {
        return Err(ParseError {
            line: pending_line,
            message: "missing ';' at end of file".into(),
        });
    }
    Ok(schema)
}

fn parse_statement(
    stmt: &str,
    category: Category,
    line: usize,
    schema: &mut Schema,
) -> Result<(), ParseError> {
    let err = |m: String| ParseError { line, message: m };
    let (lhs, rhs) = stmt
        .split_once('=')
        .ok_or_else(|| err(format!("no '=' in {stmt:?}")))?;
    let mut tokens = lhs.split_whitespace();
    let head = tokens
        .next()
        .ok_or_else(|| err("empty definition".into()))?;
    let params_src: Vec<&str> = tokens.collect();
    // Built-in declarations: `int ? = Int`, `int128 4*[ int ] = Int128`,
    // `vector {t:Type} # [ t ] = Vector t`.
    if params_src.iter().any(|t| *t == "?" || t.contains('[')) {
        let name = head.split('#').next().unwrap_or(head);
        schema.builtins.push(name.to_owned());
        return Ok(());
    }
    let (name, id) = match head.split_once('#') {
        Some((n, id)) => {
            let id = u32::from_str_radix(id, 16)
                .map_err(|_| err(format!("bad constructor id {id:?}")))?;
            (n, Some(id))
        }
        None => (head, None),
    };
    if !is_ident(name) {
        return Err(err(format!("bad name {name:?}")));
    }
    let (namespace, name) = split_ns(name);
    let mut generics = Vec::new();
    let mut params = Vec::new();
    let mut flag_fields: Vec<String> = Vec::new();
    for tok in params_src {
        if let Some(g) = tok.strip_prefix('{') {
            let g = g
                .strip_suffix('}')
                .ok_or_else(|| err(format!("bad generic {tok:?}")))?;
            let (gname, gty) = g
                .split_once(':')
                .ok_or_else(|| err(format!("bad generic {tok:?}")))?;
            if gty != "Type" || !is_ident(gname) {
                return Err(err(format!("unsupported generic {tok:?}")));
            }
            generics.push(gname.to_owned());
            continue;
        }
        let (pname, pty) = tok
            .split_once(':')
            .ok_or_else(|| err(format!("bad parameter {tok:?}")))?;
        if !is_ident(pname) {
            return Err(err(format!("bad parameter name {pname:?}")));
        }
        if pty == "#" {
            flag_fields.push(pname.to_owned());
            params.push(Param {
                name: pname.to_owned(),
                kind: ParamKind::Flags,
            });
            continue;
        }
        let (flag, ty_src) = match pty.split_once('?') {
            Some((cond, t)) => {
                let (field, bit) = cond
                    .split_once('.')
                    .ok_or_else(|| err(format!("bad flag condition {cond:?}")))?;
                if !flag_fields.iter().any(|f| f == field) {
                    return Err(err(format!(
                        "flag field {field:?} not declared before {pname}"
                    )));
                }
                let bit: u32 = bit
                    .parse()
                    .map_err(|_| err(format!("bad flag bit {bit:?}")))?;
                if bit >= 32 {
                    return Err(err(format!("flag bit {bit} out of range")));
                }
                (
                    Some(Flag {
                        field: field.to_owned(),
                        bit,
                    }),
                    t,
                )
            }
            None => (None, pty),
        };
        let ty = parse_type(ty_src, &generics).map_err(err)?;
        params.push(Param {
            name: pname.to_owned(),
            kind: ParamKind::Normal { ty, flag },
        });
    }
    let ty = parse_type(rhs.trim(), &generics).map_err(err)?;
    let mut def = Definition {
        namespace,
        name,
        id: 0,
        explicit_id: id.is_some(),
        generics,
        params,
        ty,
        category,
        line,
    };
    let inferred = crate::infer_id(&def);
    def.id = id.unwrap_or(inferred);
    schema.definitions.push(def);
    Ok(())
}

/// Parses a type expression (`Vector<long>`, `%Message`, `!X`, `auth.SentCode`, `X`).
pub fn parse_type(src: &str, generics: &[String]) -> Result<TypeRef, String> {
    let mut s = src.trim();
    let mut bare = false;
    let mut bang = false;
    if let Some(r) = s.strip_prefix('!') {
        bang = true;
        s = r;
    }
    if let Some(r) = s.strip_prefix('%') {
        bare = true;
        s = r;
    }
    let (head, arg) = match s.split_once('<') {
        Some((h, a)) => {
            let a = a
                .strip_suffix('>')
                .ok_or_else(|| format!("bad type {src:?}"))?;
            (h, Some(Box::new(parse_type(a, generics)?)))
        }
        None => match s.split_once(' ') {
            // `Vector t` (result of the built-in vector declaration)
            Some((h, a)) => (h, Some(Box::new(parse_type(a, generics)?))),
            None => (s, None),
        },
    };
    if !is_ident(head) {
        return Err(format!("bad type {src:?}"));
    }
    let (namespace, name) = split_ns(head);
    let generic_ref = namespace.is_empty() && generics.contains(&name);
    if bang && !generic_ref {
        return Err(format!("'!' on a non-generic type {src:?}"));
    }
    if !bare && !generic_ref {
        bare = name.starts_with(|c: char| c.is_ascii_lowercase());
    }
    Ok(TypeRef {
        namespace,
        name,
        bare,
        generic_ref,
        arg,
    })
}

impl fmt::Display for TypeRef {
    /// The type as written in a schema (`Vector<long>`, `%Message`, `!X` is written `!X` only
    /// in parameters; here generic references print as `X`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let explicit_bare = self.bare && !self.name.starts_with(|c: char| c.is_ascii_lowercase());
        if explicit_bare {
            f.write_str("%")?;
        }
        f.write_str(&join_ns(&self.namespace, &self.name))?;
        if let Some(a) = &self.arg {
            write!(f, "<{a}>")?;
        }
        Ok(())
    }
}

impl fmt::Display for Definition {
    /// The definition as a schema line, with its id (`name#id params = Type`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{:08x}", self.full_name(), self.id)?;
        for g in &self.generics {
            write!(f, " {{{g}:Type}}")?;
        }
        for p in &self.params {
            match &p.kind {
                ParamKind::Flags => write!(f, " {}:#", p.name)?,
                ParamKind::Normal { ty, flag } => {
                    write!(f, " {}:", p.name)?;
                    if let Some(fl) = flag {
                        write!(f, "{}.{}?", fl.field, fl.bit)?;
                    }
                    if ty.generic_ref {
                        f.write_str("!")?;
                    }
                    write!(f, "{ty}")?;
                }
            }
        }
        write!(f, " = {}", self.ty)
    }
}
