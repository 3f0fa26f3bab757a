#!/usr/bin/env bash
# The runtime class path a service gets from depending on one fenlei artifact (default fenlei-classic): every
# jar, its size, and the total, at a git revision (default: the working tree). Compare two revisions:
#   bench/scripts/core/footprint.sh b43b78b; bench/scripts/core/footprint.sh HEAD
# Usage: footprint.sh [REV] [MODULE]   (builds REV in a temporary worktree, tests skipped)
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
rev="${1:-}"
module="${2:-classic}"
dir="$root"
if [ -n "$rev" ]; then
  dir="$(mktemp -d)/tree"
  git -C "$root" worktree add -q --detach "$dir" "$rev"
  trap 'git -C "$root" worktree remove --force "$dir"' EXIT
fi
cp_file="$(mktemp)"
(cd "$dir" && mvn -B -q package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$cp_file" -pl "$module" -am) >/dev/null
own="$dir/$module/target/fenlei-$module-0.1.0-SNAPSHOT.jar"
rows="$(mktemp)"
for jar in $(tr ':' '\n' < "$cp_file") "$own"; do
  [ -e "$jar" ] || continue
  if [ -d "$jar" ]; then size=$(du -sb "$jar" | cut -f1); else size=$(stat -c %s "$jar"); fi
  printf '%s\t%d\n' "$(basename "$jar")" "$size" >> "$rows"
done
printf 'jar\tbytes\n'
sort "$rows"
printf 'jars\t%d\n' "$(wc -l < "$rows")"
awk -F'\t' '{ t += $2 } END { printf "total_MB\t%.1f\n", t / 1e6 }' "$rows"
rm -f "$cp_file" "$rows"
