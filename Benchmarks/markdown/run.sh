#!/bin/sh
# Markdown throughput: our engine (release build) against Debian's cmark on the same generated document.
#   Benchmarks/markdown/run.sh [megabytes] [repetitions]      (defaults: 8 MB, 5 repetitions)
# Prints MB/s from CPU time (user + system), the best of the repetitions: whole parse + render with the file
# already in memory for ours; cmark is timed as a process reading the file, so its figure also includes
# start-up and reading, which are small at this size. CPU time keeps the figures comparable on a busy machine.
set -eu
cd "$(dirname "$0")/../.."
megabytes="${1:-8}"
repetitions="${2:-5}"
work="Benchmarks/.work"
mkdir -p "$work"
swiftc -O -wmo -module-name MarkdownBenchmark Sources/Markdown/*.swift Benchmarks/markdown/main.swift \
    -o "$work/markdown-benchmark"
document="$work/document-${megabytes}mb.md"
"$work/markdown-benchmark" generate "$document" "$megabytes"
bytes=$(wc -c < "$document")
echo "document: $document ($bytes bytes)"

ours=$("$work/markdown-benchmark" run "$document" "$repetitions")
echo "ours (GFM, safe defaults):        $ours"
ours_cm=$("$work/markdown-benchmark" run "$document" "$repetitions" commonmark)
echo "ours (CommonMark only, safe):     $ours_cm"

if command -v cmark > /dev/null 2>&1; then
    best=""
    i=0
    while [ "$i" -lt "$repetitions" ]; do
        cpu=$( { /usr/bin/time -f "%U %S" cmark "$document" > /dev/null; } 2>&1 | awk '{ printf "%d", ($1 + $2) * 1e9 }')
        if [ -z "$best" ] || [ "$cpu" -lt "$best" ]; then best=$cpu; fi
        i=$((i + 1))
    done
    cmark_rate=$(awk -v b="$bytes" -v ns="$best" 'BEGIN { printf "%.1f", b / 1e6 / (ns / 1e9) }')
    echo "cmark $(cmark --version | head -n 1 | awk '{print $2}') (CommonMark, safe):  $cmark_rate MB/s (best $((best / 1000000)) ms)"
    ours_rate=$(echo "$ours_cm" | awk '{print $1}')
    awk -v o="$ours_rate" -v c="$cmark_rate" 'BEGIN { printf "ratio ours/cmark (CommonMark only): %.2f\n", o / c }'
    ours_gfm=$(echo "$ours" | awk '{print $1}')
    awk -v o="$ours_gfm" -v c="$cmark_rate" 'BEGIN { printf "ratio ours/cmark (ours with GFM):   %.2f\n", o / c }'
else
    echo "cmark not installed (apt-get install cmark) — no comparison"
fi
