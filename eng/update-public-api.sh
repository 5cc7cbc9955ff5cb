#!/usr/bin/env bash
# Regenerates PublicAPI.Unshipped.txt of the packable projects from the Public API analyzer's own diagnostics.
#
#   eng/update-public-api.sh                      every packable project under src/
#   eng/update-public-api.sh src/MedCoding.Grouping [src/...]   only those projects
#
# For each project it
#   1. creates PublicAPI.Shipped.txt and PublicAPI.Unshipped.txt ("#nullable enable") if they are missing,
#   2. empties PublicAPI.Unshipped.txt (which also makes the compiler run again: the file is an input),
#   3. builds with warnings not treated as errors and collects the analyzer's diagnostics:
#        RS0016  a public symbol in neither file      -> its line, exactly as the analyzer spells it
#        RS0017  a line of Shipped whose symbol is gone -> "*REMOVED*" + that line
#   4. writes them, sorted (ordinal), to PublicAPI.Unshipped.txt.
# Review the diff: every line is a change to the public API. Shipped.txt is never changed; at a release, move the
# lines of Unshipped.txt into it by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 LC_ALL=C

configuration="${CONFIGURATION:-Release}"
header='#nullable enable'

projects=()
if [ "$#" -gt 0 ]; then
  for arg in "$@"; do
    if [ -d "$arg" ]; then projects+=("$(ls "$arg"/*.csproj)"); else projects+=("$arg"); fi
  done
else
  for csproj in src/*/*.csproj; do
    packable="$(dotnet msbuild "$csproj" -getProperty:IsPackable -p:Configuration="$configuration")"
    if [ "$packable" = "true" ]; then projects+=("$csproj"); fi
  done
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

for csproj in "${projects[@]}"; do
  dir="$(dirname "$csproj")"
  [ -f "$dir/PublicAPI.Shipped.txt" ] || printf '%s\n' "$header" > "$dir/PublicAPI.Shipped.txt"
  printf '%s\n' "$header" > "$dir/PublicAPI.Unshipped.txt"
done

echo "update-public-api: building ${#projects[@]} project(s) ($configuration)" >&2
status=0
for csproj in "${projects[@]}"; do
  dotnet build "$csproj" -c "$configuration" -p:TreatWarningsAsErrors=false -tl:off -clp:NoSummary -v:q -nologo >> "$log" 2>&1 || status=$?
done
if [ "$status" -ne 0 ]; then
  grep -E ': error ' "$log" | sort -u >&2 || true
  echo "update-public-api: the build failed (above); PublicAPI.Unshipped.txt files are left with their header only." >&2
  exit "$status"
fi

for csproj in "${projects[@]}"; do
  dir="$(dirname "$csproj")"
  project="$(cd "$dir" && pwd)/$(basename "$csproj")"
  unshipped="$dir/PublicAPI.Unshipped.txt"
  {
    printf '%s\n' "$header"
    # file.cs(1,2): warning RS0016: Symbol 'NAME' is not part of the declared public API [/abs/Project.csproj]
    { grep -F "[$project]" "$log" || true; } | sed -n -E "s/.*(warning|error) RS0016: Symbol '(.*)' is not part of the declared (public )?API.*/\2/p"
    { grep -F "[$project]" "$log" || true; } | sed -n -E "s/.*(warning|error) RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found.*/*REMOVED*\2/p"
  } | { read -r first; printf '%s\n' "$first"; sort -u; } > "$unshipped.tmp"
  mv "$unshipped.tmp" "$unshipped"
  echo "update-public-api: $unshipped: $(($(wc -l < "$unshipped") - 1)) line(s)" >&2
done
