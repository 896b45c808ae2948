#!/usr/bin/env python3
"""Where a wasm module's bytes go: code bytes per crate and the largest functions.

Reads the module's `name` section, so give it a build that kept names (wasm-opt --debuginfo, or
wasm-bindgen's output before wasm-opt). Rust's legacy mangling is demangled just enough to name
the crate a function belongs to: the impl's type for `<T as Trait>::f`, else the path's first
segment. A generic function is counted where it is defined, not where it was instantiated.

usage: wasm_top.py MODULE.wasm [--top N] [--json]
"""
import json
import re
import sys
from collections import Counter


def leb(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def sections(data):
    if data[:4] != b"\0asm":
        sys.exit("not a wasm module")
    pos = 8
    while pos < len(data):
        sid = data[pos]
        size, pos = leb(data, pos + 1)
        yield sid, data[pos : pos + size]
        pos += size


def imported_functions(body):
    count, pos = leb(body, 0)
    functions = 0
    for _ in range(count):
        for _ in range(2):  # module and field names
            n, pos = leb(body, pos)
            pos += n
        kind = body[pos]
        pos += 1
        if kind == 0:  # function: type index
            _, pos = leb(body, pos)
            functions += 1
        elif kind == 1:  # table: reftype + limits
            pos += 1
            flags, pos = leb(body, pos)
            _, pos = leb(body, pos)
            if flags & 1:
                _, pos = leb(body, pos)
        elif kind == 2:  # memory: limits
            flags, pos = leb(body, pos)
            _, pos = leb(body, pos)
            if flags & 1:
                _, pos = leb(body, pos)
        elif kind == 3:  # global: valtype + mutability
            pos += 2
        else:
            sys.exit(f"unknown import kind {kind}")
    return functions


def function_names(body):
    n, pos = leb(body, 0)
    if body[pos : pos + n] != b"name":
        return None
    pos += n
    names = {}
    while pos < len(body):
        sub = body[pos]
        size, pos = leb(body, pos + 1)
        if sub == 1:
            p = pos
            count, p = leb(body, p)
            for _ in range(count):
                idx, p = leb(body, p)
                length, p = leb(body, p)
                names[idx] = body[p : p + length].decode("utf-8", "replace")
                p += length
        pos += size
    return names


def demangle(symbol):
    """`_ZN4core3fmt5write17h…E` -> `core::fmt::write`, with `$LT$`-style escapes undone."""
    if not symbol.startswith("_ZN"):
        return symbol
    pos, parts = 3, []
    while pos < len(symbol) and symbol[pos].isdigit():
        digits = re.match(r"\d+", symbol[pos:]).group()
        pos += len(digits)
        parts.append(symbol[pos : pos + int(digits)])
        pos += int(digits)
    if parts and re.fullmatch(r"h[0-9a-f]{16}", parts[-1]):
        parts.pop()
    text = "::".join(parts)
    for escape, char in (("$LT$", "<"), ("$GT$", ">"), ("$u20$", " "), ("$RF$", "&"),
                         ("$C$", ","), ("$BP$", "*"), ("$u7b$", "{"), ("$u7d$", "}"),
                         ("$u27$", "'"), ("$u5b$", "["), ("$u5d$", "]"), ("..", "::")):
        text = text.replace(escape, char)
    return text.replace("_<", "<")


def crate_of(name):
    impl = re.match(r"<&?(?:mut )?(?:dyn )?([A-Za-z_][A-Za-z0-9_]*)", name)
    if impl:
        return impl.group(1)
    head = re.match(r"[A-Za-z_][A-Za-z0-9_]*", name)
    return head.group(0) if head else "?"


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    top = int(args[args.index("--top") + 1]) if "--top" in args else 25
    data = open(args[0], "rb").read()
    imports, bodies, names, other = 0, [], None, Counter()
    for sid, body in sections(data):
        if sid == 2:
            imports = imported_functions(body)
        elif sid == 10:
            count, pos = leb(body, 0)
            for _ in range(count):
                size, start = leb(body, pos)
                bodies.append(size + (start - pos))
                pos = start + size
        elif sid == 0:
            names = function_names(body) or names
            other["custom"] += len(body)
        else:
            other[{11: "data"}.get(sid, "other sections")] += len(body)
    if names is None:
        sys.exit("the module has no function names: build it with --debuginfo")
    per_crate, functions = Counter(), []
    for i, size in enumerate(bodies):
        name = demangle(names.get(imports + i, f"func{imports + i}"))
        per_crate[crate_of(name)] += size
        functions.append((size, name))
    code = sum(bodies)
    if "--json" in args:
        print(json.dumps({
            "code_bytes": code,
            "functions": len(bodies),
            "data_bytes": other["data"],
            "by_crate": per_crate.most_common(top),
            "largest": [[size, name[:150]] for size, name in sorted(functions, reverse=True)[:top]],
        }))
        return
    print(f"code {code:,} bytes in {len(bodies):,} functions; data {other['data']:,}; "
          f"custom {other['custom']:,}")
    print(f"\nby crate (top {top}):")
    for crate, size in per_crate.most_common(top):
        print(f"{size:>10,}  {100 * size / code:5.1f}%  {crate}")
    print(f"\nlargest functions (top {top}):")
    for size, name in sorted(functions, reverse=True)[:top]:
        print(f"{size:>10,}  {name[:150]}")

if __name__ == "__main__":
    main()
