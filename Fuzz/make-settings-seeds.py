#!/usr/bin/env python3
"""Writes Fuzz/seeds-settings/: the example site's settings and UI strings and the fixture's, each with the three
selector bytes of FuzzSettings.swift (settings, default-language strings, other-language strings), plus
hand-made broken variants of the kinds editors make (decimal comma, no-break space, smart quotes, a missing
comma, an unknown language code, a path segment of '..', a javascript: URL).

Run from the package root: python3 Fuzz/make-settings-seeds.py
"""
import hashlib, os

out = "Fuzz/seeds-settings"
os.makedirs(out, exist_ok=True)
files = ["Content/site.json", "Content/i18n/fi.json", "Content/i18n/sv.json", "Content/i18n/en.json",
         "Tests/Fixtures/minimal-site/Content/site.json"]
read = lambda f: open(f, encoding="utf-8").read()
site, fixture, fi, sv = (read(f) for f in files[0:1] + files[4:5] + files[1:3])
settings = [
    site, fixture,
    site.replace('"https://creativecommons.org/licenses/by/4.0/"', '"JaVa&#x53;cript:alert(1)"'),
    site.replace('"sv": "Riksomfattande', '"se": "Riksomfattande'),
    site.replace('"exampleData": true,', '"exampleData": true'),
    site.replace('"fi", "sv", "en"', '"fi", "sv", "sv", "de"'),
    site.replace('"2027-12"', '"2024-12"'),
]
catalogs = [
    fi, sv,
    fi.replace('"tavoitteet"', '".."').replace('"alueet"', '"a/b"'),
    fi.replace('"path.process": "seurantaprosessi"', '"path.process": "kunnat"'),
    fi.replace('"Etusivu",', '"Etusivu"'),
    fi.replace(': "', ':\u00a0"', 3),
    fi.replace('"nav.home"', '\u201cnav.home\u201d'),
]
snippets = ['{"value": 12,4}', '{"a": 1 234}', "", "\ufeff{}", "{\n\n", "[" * 300]
seeds = [(0, t) for t in settings] + [(s, t) for t in catalogs for s in (1, 2)]
seeds += [(s, t) for t in snippets for s in (0, 1, 2)]
for selector, text in seeds:
    data = bytes([selector]) + text.encode("utf-8")
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
print(len(os.listdir(out)), "seeds")
