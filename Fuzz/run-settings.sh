#!/bin/sh
# Builds the libFuzzer target for the settings and UI-string loaders (Fuzz/FuzzSettings.swift) and runs it.
#   Fuzz/run-settings.sh [seconds] [extra libFuzzer flags...]      (default: 1800 seconds)
# Use -jobs=1 to run in one worker process on one core (its log: Fuzz/.corpus-run/fuzz-0.log).
# Diagnostics and Markdown are compiled as modules of their own, Dashboard together with the fuzz target (so the
# internal loaders are reachable), all with coverage and AddressSanitizer. Artifacts go to
# Fuzz/.corpus-run/settings-artifacts/, the growing corpus to Fuzz/.corpus-run/settings/ (both ignored); the
# committed seeds in Fuzz/seeds-settings/ are read but never modified.
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-1800}"
[ $# -gt 0 ] && shift
build=".build-fuzz/settings"
mkdir -p "$build" Fuzz/.corpus-run/settings Fuzz/.corpus-run/settings-artifacts
flags="-O -g -sanitize=fuzzer,address -parse-as-library"
for module in Diagnostics Markdown; do
    swiftc $flags -module-name "$module" -emit-module -emit-module-path "$build/$module.swiftmodule" \
        -emit-library -static -o "$build/lib$module.a" $(find "Sources/$module" -name '*.swift' | sort)
done
swiftc $flags -module-name Dashboard -I "$build" -L "$build" -lDiagnostics -lMarkdown \
    $(find Sources/Dashboard -name '*.swift' | sort) Fuzz/FuzzSettings.swift -o "$build/fuzz-settings"
# From Fuzz/.corpus-run, so that the log libFuzzer writes with -jobs (fuzz-0.log) stays out of the checkout.
cd Fuzz/.corpus-run
exec "../../$build/fuzz-settings" settings ../seeds-settings \
    -max_len=16384 -timeout=2 -rss_limit_mb=2048 -max_total_time="$seconds" \
    -artifact_prefix=settings-artifacts/ -print_final_stats=1 "$@"
