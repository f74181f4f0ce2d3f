#!/bin/sh
# Builds the libFuzzer target for the Markdown module and runs it.
#   Fuzz/run.sh [seconds] [extra libFuzzer flags...]      (default: 1800 seconds)
# Artifacts (crashes, timeouts) go to Fuzz/.corpus-run/artifacts/, the growing corpus to Fuzz/.corpus-run/corpus/
# (both ignored); the committed seeds in Fuzz/seeds/ are read but never modified.
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-1800}"
[ $# -gt 0 ] && shift
build=".build-fuzz"
mkdir -p "$build" Fuzz/.corpus-run/artifacts Fuzz/.corpus-run/corpus
swiftc -O -g -sanitize=fuzzer,address -parse-as-library -module-name MarkdownFuzz \
    Sources/Markdown/*.swift Fuzz/FuzzMarkdown.swift -o "$build/fuzz-markdown"
exec "$build/fuzz-markdown" Fuzz/.corpus-run/corpus Fuzz/seeds \
    -max_len=4096 -timeout=2 -rss_limit_mb=2048 -max_total_time="$seconds" \
    -artifact_prefix=Fuzz/.corpus-run/artifacts/ -print_final_stats=1 "$@"
