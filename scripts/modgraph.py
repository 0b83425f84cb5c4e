#!/usr/bin/env python3
"""Module graph of a Rust crate's `src/` directory, and its cycles.

    scripts/modgraph.py crates/mtrs-testdc/src crates/mtrs-cli/src [--edges]

Every `.rs` file is a module (`lib.rs`/`main.rs` the root, `a.rs` and `a/mod.rs` → `a`,
`a/b.rs` → `a::b`). References are `use crate::…`, `use super::…`, `use self::…` (with
nested `{…}` groups) and inline `crate::x::…` / `super::x::…` paths in code; comments and
string literals are skipped, so intra-doc links do not count. A path resolves to the
longest module prefix it names; an item the root re-exports (`pub use cluster::Cluster`)
resolves to the module it comes from.

A reference between a module and one of its ancestors is the parent/child relation Rust is
built on and is not an edge. Any other reference A → B becomes an edge between the two
siblings under the modules' lowest common ancestor that contain A and B, so cycles are
reported at every level (`cluster → conn → cluster`, `demo::steps → demo::restart →
demo::steps`). Exit status 1 if any directory has a cycle.
"""

import os
import re
import sys


def module_of(src, path):
    rel = os.path.relpath(path, src)[: -len(".rs")].split(os.sep)
    if rel[-1] == "mod":
        rel = rel[:-1]
    if rel in (["lib"], ["main"]):
        rel = []
    return tuple(rel)


def strip(text):
    """Removes comments, string and char literals (keeps the line structure)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
        elif c == "r" and re.match(r'r#*"', text[i:]) and not (i and (text[i - 1].isalnum() or text[i - 1] == "_")):
            hashes = re.match(r"r(#*)\"", text[i:]).group(1)
            end = text.find('"' + hashes, i + 2 + len(hashes))
            i = n if end < 0 else end + 1 + len(hashes)
            out.append('""')
        elif c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            i += 1
            out.append('""')
        elif c == "'" and re.match(r"'(\\.[^']*|[^\\'])'", text[i:]):
            i += re.match(r"'(\\.[^']*|[^\\'])'", text[i:]).end()
            out.append("' '")
        else:
            out.append(c)
            i += 1
    return "".join(out)


def expand_use(tree):
    """`a::{b, c::{d, e}}` → [a::b, a::c::d, a::c::e]."""
    tree = re.sub(r"\s+", "", tree)

    def split_top(s):
        parts, depth, cur = [], 0, ""
        for ch in s:
            if ch == "," and depth == 0:
                parts.append(cur)
                cur = ""
                continue
            depth += ch == "{"
            depth -= ch == "}"
            cur += ch
        if cur:
            parts.append(cur)
        return parts

    def walk(prefix, s):
        brace = s.find("{")
        if brace < 0:
            path = prefix + s
            return [re.sub(r"\bas\w+$", "", path.split(" as ")[0])]
        head, body = s[:brace], s[brace + 1 : s.rfind("}")]
        return [p for part in split_top(body) for p in walk(prefix + head, part)]

    return walk("", tree)


def references(code, here):
    """Absolute module paths (tuples of names) that `code` of module `here` refers to."""
    paths = []
    for m in re.finditer(r"\buse\s+([^;]+);", code):
        paths += expand_use(m.group(1))
    body = re.sub(r"\buse\s+[^;]+;", "", code)
    paths += re.findall(r"\b(?:crate|super|self)(?:::\w+)+", body)
    out = []
    for p in paths:
        segs = [s for s in p.split("::") if s and s != "*"]
        if not segs or segs[0] not in ("crate", "super", "self"):
            continue
        base = list(here)
        while segs and segs[0] in ("crate", "super", "self"):
            head = segs.pop(0)
            if head == "crate":
                base = []
            elif head == "super":
                base = base[:-1]
        out.append(tuple(base) + tuple(segs))
    return out


def graph(src):
    files = {}
    for root, _, names in os.walk(src):
        for name in names:
            if name.endswith(".rs"):
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as f:
                    files[module_of(src, path)] = strip(f.read())
    modules = set(files)
    reexports = {}
    for m in re.finditer(r"\bpub\s+use\s+([^;]+);", files.get((), "")):
        for p in expand_use(m.group(1)):
            segs = p.split("::")
            if segs and segs[0] in ("crate", "self"):
                segs = segs[1:]
            if len(segs) >= 2:
                reexports[segs[-1]] = tuple(segs[:-1])

    def resolve(path):
        if path and path[0] in reexports and path[:1] not in modules:
            return reexports[path[0]]
        best = ()
        for i in range(1, len(path) + 1):
            if path[:i] in modules:
                best = path[:i]
        return best

    edges = {}
    for here, code in files.items():
        for path in references(code, here):
            there = resolve(path)
            k = 0
            while k < min(len(here), len(there)) and here[k] == there[k]:
                k += 1
            if k == len(here) or k == len(there):
                continue  # an ancestor, a descendant or itself
            a, b = here[: k + 1], there[: k + 1]
            edges.setdefault(a, set()).add(b)
    return modules, edges


def cycles(edges):
    """The strongly connected components with more than one module, each with one cycle."""
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append((sorted(comp), path_in(sorted(comp), edges)))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def path_in(comp, edges):
    """A concrete cycle through the component's first module."""
    start, members = comp[0], set(comp)
    prev, queue = {start: None}, [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(edges.get(v, ())):
            if w == start:
                cyc = [v]
                while prev[cyc[-1]] is not None:
                    cyc.append(prev[cyc[-1]])
                return list(reversed(cyc)) + [start]
            if w in members and w not in prev:
                prev[w] = v
                queue.append(w)
    return comp


def name(m):
    return "::".join(m) or "crate"


def main(argv):
    show_edges = "--edges" in argv
    dirs = [a for a in argv if a != "--edges"] or ["."]
    bad = False
    for src in dirs:
        modules, edges = graph(src)
        print(f"{src}: {len(modules)} modules")
        if show_edges:
            for a in sorted(edges):
                print(f"  {name(a)} -> {', '.join(name(b) for b in sorted(edges[a]))}")
        found = cycles(edges)
        for comp, cyc in found:
            print(f"  cycle among {{{', '.join(name(m) for m in comp)}}}")
            print("    e.g. " + " -> ".join(name(m) for m in cyc))
        if found:
            bad = True
        else:
            print("  no cycles")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
