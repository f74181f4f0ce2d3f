#!/bin/sh
# cmark's two "empty lines in deeply nested lists" shapes at size n and 10n: CPU time of ours (release build,
# parse + render in memory) and of cmark as a process on the same files, when cmark is installed.
#   Benchmarks/markdown/pathological.sh [n]      (default: 30000, the size cmark's own test uses)
set -eu
cd "$(dirname "$0")/../.."
n="${1:-30000}"
work="Benchmarks/.work"
mkdir -p "$work"
swiftc -O -wmo -module-name MarkdownBenchmark Sources/Markdown/*.swift Benchmarks/markdown/main.swift \
    -o "$work/markdown-benchmark"
for size in "$n" $((n * 10)); do
    "$work/markdown-benchmark" pathological "$work" "$size" | while read -r path rest; do
        echo "ours  $path $rest"
        if command -v cmark > /dev/null 2>&1 && [ "$size" = "$n" ]; then
            cpu=$( { /usr/bin/time -f "%U %S" cmark "$path" > /dev/null; } 2>&1 | awk '{ printf "%d", ($1 + $2) * 1000 }')
            echo "cmark $path $cpu ms"
        fi
    done
done
