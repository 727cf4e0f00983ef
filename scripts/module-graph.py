#!/usr/bin/env python3
"""Lists import circles among the shell's modules, file by file and room by room (exit 1 if any).

A module's imports are its `use crate::shell::…` paths (and `super::` for a room file's children).
Rooms are the folders under src/shell/; a single-file room is its own room."""
import os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
SHELL = os.path.join(ROOT, "shell")

def module_of(path):
    rel = os.path.relpath(path, ROOT)[:-3]
    return "::".join(rel.split(os.sep))

modules = {}
for dirpath, _, files in os.walk(SHELL):
    for name in files:
        if name.endswith(".rs"):
            path = os.path.join(dirpath, name)
            modules[module_of(path)] = open(path, encoding="utf-8").read()

def resolve(path):
    """The longest known module that `path` (crate::shell::a::b::Item) names."""
    parts = path.split("::")
    for end in range(len(parts), 0, -1):
        candidate = "::".join(parts[:end])
        if candidate in modules:
            return candidate
    return None

edges = {m: set() for m in modules}
for module, text in modules.items():
    for use in re.findall(r"crate::(shell(?:::\w+)+)", text):
        target = resolve(use)
        if target and target != module and not module.startswith(target + "::") and not target.startswith(module + "::"):
            edges[module].add(target)

def room(module):
    parts = module.split("::")
    return "::".join(parts[:2]) if len(parts) > 1 else module

def cycles(graph):
    found, index, low, stack, on, counter = [], {}, {}, [], set(), [0]
    def visit(v):
        index[v] = low[v] = counter[0]; counter[0] += 1; stack.append(v); on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w); low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop(); on.discard(w); component.append(w)
                if w == v: break
            if len(component) > 1: found.append(sorted(component))
    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index: visit(v)
    return found

rooms = {}
for module, targets in edges.items():
    for target in targets:
        if room(module) != room(target):
            rooms.setdefault(room(module), set()).add(room(target))
bad = 0
for label, graph in (("module", edges), ("room", rooms)):
    for component in cycles(graph):
        bad += 1
        print(f"{label} circle: {' <-> '.join(component)}")
        if label == "room":
            for a in component:
                for m, ts in edges.items():
                    if room(m) == a:
                        for t in ts:
                            if room(t) in component and room(t) != a: print(f"    {m} -> {t}")
print(f"{len(modules)} modules, {sum(map(len, edges.values()))} imports, {bad} circles")
sys.exit(1 if bad else 0)
