#!/usr/bin/env python3
"""Fails when two modules of a crate import each other, directly or through others.

A module is a file (`a/b.rs` and `a/b/mod.rs` are `a::b`). An edge is any `crate::` or `super::`
path outside comments and outside the `#[cfg(test)]` module at the end of a file; a child's
paths to its own ancestors are not edges, since a submodule is part of its parent. Paths through
a crate root's `pub use group::{module, ...}` re-exports are followed to the module they name.
In `core/` each folder is a layer, so the check also fails when a folder imports one that
imports it back, and when a module imports one of a higher layer (LAYERS, bottom up; the loose
modules at the root, and folders that are not layers, are the vocabulary, below every layer).

Usage: check-import-cycles.py CRATE_SRC [CRATE_SRC...]
"""

import os
import re
import sys
from collections import defaultdict

PATH = re.compile(r"\b(crate|super)((?:::\w+)+)")
GROUP = re.compile(r"\b(crate|super)((?:::\w+)*)::\{([^}]*)\}")
REEXPORT = re.compile(r"pub use (\w+)::\{([^}]*)\};")


# The core's layers, bottom up: "" stands for the loose modules at the crate root.
LAYERS = ["", "log", "rules", "record", "registry", "read", "fixtures"]


def modules(root):
    found = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if not name.endswith(".rs"):
                continue
            path = os.path.join(folder, name)
            parts = os.path.relpath(path, root)[:-3].split(os.sep)
            if parts[-1] == "tests":
                # A test module in a file of its own is as exempt as one at a file's end.
                continue
            if parts[-1] == "mod":
                parts = parts[:-1]
            if parts in (["lib"], ["main"]):
                parts = []
            found["::".join(parts)] = path
    return found


def code_of(path):
    text = open(path, encoding="utf-8").read()
    cut = text.find("#[cfg(test)]\nmod ")
    if cut >= 0:
        text = text[:cut]
    return "\n".join(line.split("//")[0] for line in text.split("\n"))


def edges_of(root):
    mods = modules(root)
    aliases = {}
    lib = os.path.join(root, "lib.rs")
    if os.path.exists(lib):
        for m in REEXPORT.finditer(code_of(lib)):
            for item in m.group(2).split(","):
                item = item.strip()
                if f"{m.group(1)}::{item}" in mods:
                    aliases[item] = f"{m.group(1)}::{item}"
    edges = defaultdict(set)

    def add(module, path):
        if path and path[0] in aliases:
            path = aliases[path[0]].split("::") + path[1:]
        for k in range(len(path), 0, -1):
            target = "::".join(path[:k])
            if target in mods:
                if target != module and not module.startswith(target + "::"):
                    edges[module].add(target)
                return

    for module, path in mods.items():
        parent = module.split("::")[:-1] if module else []
        code = code_of(path)
        for m in PATH.finditer(code):
            base = [] if m.group(1) == "crate" else parent
            add(module, base + [s for s in m.group(2).split("::") if s])
        for m in GROUP.finditer(code):
            base = [] if m.group(1) == "crate" else parent
            prefix = [s for s in m.group(2).split("::") if s]
            for item in m.group(3).split(","):
                add(module, base + prefix + [s.strip() for s in item.split("::") if s.strip()])
    return mods, edges


def cycles(nodes, edges):
    """Strongly connected components with more than one node (Tarjan, iterative)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter[0]
        counter[0] += 1
        stack.append(start)
        on.add(start)
        while work:
            node, successors = work[-1]
            advanced = False
            for nxt in successors:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter[0]
                    counter[0] += 1
                    stack.append(nxt)
                    on.add(nxt)
                    work.append((nxt, iter(sorted(edges[nxt]))))
                    advanced = True
                    break
                if nxt in on:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    out.append(sorted(component))
    return out


def report(what, found, edges):
    for component in found:
        print(f"import cycle among {what}: {', '.join(component)}")
        members = set(component)
        for a in component:
            for b in sorted(edges[a] & members):
                print(f"  {a} -> {b}")
    return bool(found)


def upward(root, folder, edges):
    """Reports every import from a layer up into a higher one, in a crate that has the layers."""
    layer = {m: (f if f in LAYERS else "") for m, f in folder.items()}
    if not set(LAYERS[1:]) <= set(layer.values()):
        return False
    rank = {name: i for i, name in enumerate(LAYERS)}
    found = False
    for a in sorted(edges):
        for b in sorted(edges[a]):
            la, lb = layer[a], layer[b]
            if la in rank and lb in rank and rank[lb] > rank[la]:
                print(f"upward import in {root}: {a or 'crate root'} ({la or 'vocabulary'}) -> {b} ({lb})")
                found = True
    return found


def main(roots):
    failed = False
    for root in roots:
        mods, edges = edges_of(root)
        failed |= report(f"modules of {root}", cycles(list(mods), edges), edges)
        folder = {m: os.path.relpath(p, root).split(os.sep)[0] for m, p in mods.items()}
        folders = defaultdict(set)
        for a, targets in edges.items():
            for b in targets:
                fa, fb = folder[a], folder[b]
                if fa != fb and not fa.endswith(".rs") and not fb.endswith(".rs"):
                    folders[fa].add(fb)
        failed |= report(f"folders of {root}", cycles(sorted(folders), folders), folders)
        failed |= upward(root, folder, edges)
    if failed:
        sys.exit(1)
    print(f"no import cycle in {', '.join(roots)}")


if __name__ == "__main__":
    main(sys.argv[1:])
