//! The crate's module graph has no cycles (here `cluster → listener → conn → {exchange,
//! rpc, service, framing} → state → leaves`), checked on the `src/` of the crate whose
//! tests include this file (`mtrs-cli`'s tests include it too) the way
//! `scripts/modgraph.py` checks any crate.
//!
//! Every `.rs` file is a module (`lib.rs` the root, `a.rs` → `a`, `a/b.rs` → `a::b`). A
//! reference is a `use crate::…`/`super::…`/`self::…` path (with nested `{…}` groups) or an
//! inline `crate::x::…`/`super::x::…` path; comments and string literals are skipped, so
//! intra-doc links do not count. A path resolves to the longest module prefix it names; an
//! item the root re-exports resolves to the module it comes from. References between a
//! module and its ancestors are the parent/child relation and not edges; any other
//! reference becomes an edge between the two siblings under the lowest common ancestor.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module path below the crate root (`[]` is the root).
type Module = Vec<String>;

/// Sibling edges: module → the siblings it refers to.
type Edges = BTreeMap<Module, BTreeSet<Module>>;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).expect("read src dir");
    for entry in entries {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn module_of(src: &Path, file: &Path) -> Module {
    let rel = file
        .strip_prefix(src)
        .expect("file under src")
        .with_extension("");
    let mut segs: Module = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if segs.last().is_some_and(|s| s == "mod") {
        segs.pop();
    }
    if segs == ["lib"] || segs == ["main"] {
        segs.clear();
    }
    segs
}

/// The code without comments, string literals and char literals.
fn strip(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        let rest = &text[i..];
        let ident_before = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
        } else if rest.starts_with("/*") {
            let mut depth = 0;
            while i < b.len() {
                if text[i..].starts_with("/*") {
                    depth += 1;
                    i += 2;
                } else if text[i..].starts_with("*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if b[i] == b'r' && !ident_before && raw_string_hashes(rest).is_some() {
            let hashes = raw_string_hashes(rest).unwrap_or(0);
            let close = format!("\"{}", "#".repeat(hashes));
            let body = i + 2 + hashes;
            i = text[body..]
                .find(&close)
                .map_or(b.len(), |end| body + end + close.len());
        } else if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
        } else if b[i] == b'\'' && b.get(i + 1) == Some(&b'\\') {
            i += 2;
            while i < b.len() && b[i] != b'\'' {
                i += 1;
            }
            i += 1;
        } else if b[i] == b'\'' && rest.chars().nth(2) == Some('\'') {
            i += rest.chars().take(3).map(char::len_utf8).sum::<usize>();
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        out.push(' ');
    }
    out
}

/// `Some(n)` if `text` opens a raw string `r#…#"` with `n` hashes.
fn raw_string_hashes(text: &str) -> Option<usize> {
    let after = text.strip_prefix('r')?;
    let hashes = after.len() - after.trim_start_matches('#').len();
    after[hashes..].starts_with('"').then_some(hashes)
}

/// `a::{b, c::{d, e as f}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand_use(tree: &str) -> Vec<String> {
    let tree: String = tree.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = Vec::new();
    expand_into("", tree.trim(), &mut out);
    out
}

fn expand_into(prefix: &str, tree: &str, out: &mut Vec<String>) {
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or(tree).trim();
        out.push(format!("{prefix}{path}"));
        return;
    };
    let head = format!("{prefix}{}", tree[..open].trim());
    let body = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut depth, mut start) = (0, 0);
    for (i, c) in body.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                expand_into(&head, body[start..i].trim(), out);
                start = i + 1;
            }
            _ => {}
        }
    }
    if !body[start..].trim().is_empty() {
        expand_into(&head, body[start..].trim(), out);
    }
}

/// The `use` trees of `code` and the code without them.
fn split_uses(code: &str) -> (Vec<String>, String) {
    let mut trees = Vec::new();
    let mut rest = String::new();
    let mut tail = code;
    while let Some(at) = find_keyword(tail, "use") {
        rest.push_str(&tail[..at]);
        let after = &tail[at + 3..];
        let end = after.find(';').unwrap_or(after.len());
        trees.push(after[..end].to_owned());
        tail = after.get(end + 1..).unwrap_or("");
    }
    rest.push_str(tail);
    (trees, rest)
}

/// The byte offset of `word` as a whole word followed by whitespace.
fn find_keyword(code: &str, word: &str) -> Option<usize> {
    let b = code.as_bytes();
    let mut from = 0;
    while let Some(off) = code[from..].find(word) {
        let at = from + off;
        let before = at == 0 || !(b[at - 1].is_ascii_alphanumeric() || b[at - 1] == b'_');
        let after = b.get(at + word.len()).is_some_and(u8::is_ascii_whitespace);
        if before && after {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

/// Inline `crate::a::b` / `super::a` / `self::a` paths in `code`.
fn inline_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for start in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(off) = code[from..].find(start) {
            let at = from + off;
            let b = code.as_bytes();
            let word_start = at == 0 || !(b[at - 1].is_ascii_alphanumeric() || b[at - 1] == b'_');
            let len = code[at..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(code.len() - at);
            if word_start {
                out.push(code[at..at + len].to_owned());
            }
            from = at + len.max(1);
        }
    }
    out
}

/// The absolute module paths `code` (of module `here`) refers to, unresolved.
fn references(code: &str, here: &Module) -> Vec<Module> {
    let (trees, rest) = split_uses(code);
    let mut paths: Vec<String> = trees.iter().flat_map(|t| expand_use(t)).collect();
    paths.extend(inline_paths(&rest));
    let mut out = Vec::new();
    for path in paths {
        let mut segs = path
            .split("::")
            .filter(|s| !s.is_empty() && *s != "*")
            .peekable();
        if !segs
            .peek()
            .is_some_and(|s| matches!(*s, "crate" | "super" | "self"))
        {
            continue;
        }
        let mut base = here.clone();
        while let Some(&head) = segs.peek() {
            match head {
                "crate" => base.clear(),
                "super" => {
                    base.pop();
                }
                "self" => {}
                _ => break,
            }
            segs.next();
        }
        base.extend(segs.map(str::to_owned));
        out.push(base);
    }
    out
}

/// The sibling edges of a crate given as module → stripped code.
fn graph(files: &BTreeMap<Module, String>) -> Edges {
    let modules: BTreeSet<&Module> = files.keys().collect();
    let mut reexports: BTreeMap<String, Module> = BTreeMap::new();
    let root = files.get(&Vec::new()).map_or("", String::as_str);
    for tree in &split_uses(root).0 {
        for path in expand_use(tree) {
            let mut segs: Vec<String> = path.split("::").map(str::to_owned).collect();
            if segs.first().is_some_and(|s| s == "crate" || s == "self") {
                segs.remove(0);
            }
            if let Some((item, module)) = segs.split_last()
                && !module.is_empty()
            {
                reexports.insert(item.clone(), module.to_vec());
            }
        }
    }
    let resolve = |path: &Module| -> Module {
        if let Some(first) = path.first()
            && !modules.contains(&vec![first.clone()])
            && let Some(module) = reexports.get(first)
        {
            return module.clone();
        }
        (1..=path.len())
            .rev()
            .map(|n| path[..n].to_vec())
            .find(|prefix| modules.contains(prefix))
            .unwrap_or_default()
    };
    let mut edges = Edges::new();
    for (here, code) in files {
        for path in references(code, here) {
            let there = resolve(&path);
            let common = here.iter().zip(&there).take_while(|(a, b)| a == b).count();
            if common == here.len() || common == there.len() {
                continue; // itself, an ancestor or a descendant
            }
            edges
                .entry(here[..=common].to_vec())
                .or_default()
                .insert(there[..=common].to_vec());
        }
    }
    edges
}

/// A cycle of the graph, if it has one.
fn find_cycle(edges: &Edges) -> Option<Vec<Module>> {
    fn visit(
        v: &Module,
        edges: &Edges,
        done: &mut BTreeSet<Module>,
        path: &mut Vec<Module>,
    ) -> Option<Vec<Module>> {
        if let Some(at) = path.iter().position(|m| m == v) {
            let mut cycle = path[at..].to_vec();
            cycle.push(v.clone());
            return Some(cycle);
        }
        if done.contains(v) {
            return None;
        }
        path.push(v.clone());
        for w in edges.get(v).into_iter().flatten() {
            if let Some(cycle) = visit(w, edges, done, path) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(v.clone());
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|v| visit(v, edges, &mut done, &mut Vec::new()))
}

fn show(cycle: &[Module]) -> String {
    let names: Vec<String> = cycle.iter().map(|m| m.join("::")).collect();
    names.join(" -> ")
}

fn in_memory(files: &[(&str, &str)]) -> BTreeMap<Module, String> {
    files
        .iter()
        .map(|(module, code)| {
            let module = module
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            (module, strip(code))
        })
        .collect()
}

#[test]
fn the_crate_has_no_module_cycles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    let files: BTreeMap<Module, String> = paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("read source");
            (module_of(&src, p), strip(&text))
        })
        .collect();
    let edges = graph(&files);
    assert!(
        files.len() > 1 && !edges.is_empty(),
        "the scan found no modules or no edges in {}",
        src.display()
    );
    assert_eq!(find_cycle(&edges).map(|c| show(&c)), None);
}

#[test]
fn the_checker_sees_cycles_and_ignores_comments_and_parents() {
    let cyclic = in_memory(&[
        ("", "mod a; mod b; pub use a::Thing;"),
        ("a", "use crate::{b::{self, Other as O}};"),
        ("b", "fn f() { let _ = crate::Thing::new(); }"),
    ]);
    assert_eq!(
        find_cycle(&graph(&cyclic)).map(|c| show(&c)),
        Some("a -> b -> a".to_owned())
    );
    let siblings = in_memory(&[
        ("", "mod a; mod b;"),
        ("a", "mod x; mod y; use self::x::X;"),
        ("a::x", "use super::y::Y; use super::Parent; use crate::b;"),
        ("a::y", "fn f() { super::x::g() }"),
    ]);
    assert_eq!(
        find_cycle(&graph(&siblings)).map(|c| show(&c)),
        Some("a::x -> a::y -> a::x".to_owned())
    );
    let clean = in_memory(&[
        ("", "mod a; mod b; fn lock() {}"),
        ("a", "use crate::b::B; use crate::lock; use super::*;"),
        (
            "b",
            "/// [`crate::a::A`]\n// crate::a\nconst S: &str = \"crate::a::A\"; fn l<'a>() {}",
        ),
    ]);
    assert_eq!(find_cycle(&graph(&clean)).map(|c| show(&c)), None);
}
