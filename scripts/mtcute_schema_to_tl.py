#!/usr/bin/env python3
"""Writes the API schema that an mtcute package ships as JSON (`tl/api-schema.json` of
`@mtcute/core`) as TL text, for the test DC's older layers (crates/mtrs-testdc/tl/).

Usage: mtcute_schema_to_tl.py path/to/api-schema.json > api-NNN.tl

Data only: every line is the JSON entry's name, id, generics, arguments (with their
`flags.N?` predicates and vector modifiers) and result type, in the package's order.
mtcute writes `int53` for the `long` fields it reads as JavaScript numbers; on the wire
they are `long`, and are written so here.
"""

import json
import sys


def type_of(name, modifiers):
    t = "long" if name == "int53" else name
    if (modifiers or {}).get("isVector"):
        t = f"Vector<{t}>"
    if (modifiers or {}).get("predicate"):
        t = f"{modifiers['predicate']}?{t}"
    return t


def line(entry):
    parts = [f"{entry['name']}#{entry['id']:08x}"]
    for g in entry.get("generics") or []:
        parts.append("{%s:%s}" % (g["name"], g["type"]))
    for a in entry.get("arguments", []):
        parts.append(f"{a['name']}:{type_of(a['type'], a.get('typeModifiers'))}")
    parts += ["=", type_of(entry["type"], entry.get("typeModifiers")) + ";"]
    return " ".join(parts)


def main():
    schema = json.load(open(sys.argv[1]))
    out = [f"// LAYER {schema['l']}"]
    out += [line(e) for e in schema["e"] if e["kind"] == "class"]
    out.append("---functions---")
    out += [line(e) for e in schema["e"] if e["kind"] == "method"]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
