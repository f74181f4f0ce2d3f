#!/usr/bin/env python3
"""Writes Fuzz/seeds/: the CommonMark spec examples plus our own adversarial and GFM snippets.

Each seed starts with a selector byte (see FuzzMarkdown.swift) picking the options.
Run from the package root: python3 Fuzz/make-seeds.py [path/to/commonmark-spec.json]
"""
import hashlib, json, os, sys

spec = sys.argv[1] if len(sys.argv) > 1 else "../shared/conformance/commonmark-spec.json"
out = "Fuzz/seeds"
os.makedirs(out, exist_ok=True)
inputs = [e["markdown"] for e in json.load(open(spec))]
inputs += [
    "| a | b |\n| :- | -: |\n| `x\\|y` | ~~z~~ |\n",
    "www.example.com/path(x) and https://a.b/c?d. mail me@example.fi!\n",
    "*a **a " * 40, "[" * 200, "](" * 200, ">" * 300 + " x\n", "- " * 200 + "x\n",
    "`" * 5 + " a " + "``" * 50, "<!-- " * 50, "[a]: /u\n" * 20 + "[a] " * 20,
    "a\r\nb\rc\n\t- x\n\u0000\n", "# Työllisyys ja ÅÄÖ\n\n[t](goal:3)\n",
]
for text in inputs:
    for selector in (0x00, 0x3F):
        data = bytes([selector]) + text.encode("utf-8")
        name = hashlib.sha1(data).hexdigest()
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
print(len(os.listdir(out)), "seeds")
