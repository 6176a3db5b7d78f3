#!/usr/bin/env bash
# Memory on the way out, measured: the CLI evaluating files a wrong export makes — every row rejected — to a JSON
# report in a small heap, and reading a mapping of a million lines. Prints, per run, the exit code, wall time and
# peak resident memory. Not a test: the figures go to BENCHMARKS.md ("Hostile inputs in a small heap").
#
#   ./mvnw -B -q -DskipTests -Dappcds.skip -pl examples -am package
#   benchmarks/hostile-memory.sh [DIR]
#
# The cases (each file is written once under DIR, default benchmarks/target/hostile):
#   rejected-200000.csv   2x10^5 rows, each with another unknown INDICATOR (5.5 MB), -Xmx256m, --format json
#   rejected-1000000.csv  10^6 such rows, -Xmx1g, --format json
#   mapping-1000000.csv   a mapping of 10^6 indicator lines, -Xmx256m, with a one-row observations file
set -euo pipefail
DIR=${1:-benchmarks/target/hostile}
JAR=${JAR:-examples/target/newinfra.jar}
mkdir -p "$DIR"

rejected() {
  local rows=$1 file="$DIR/rejected-$1.csv"
  if [ ! -s "$file" ]; then
    awk -v n="$rows" 'BEGIN { print "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE";
      for (i = 0; i < n; i++) printf "bad_%07d,320000,2023,1\n", i }' > "$file"
  fi
  echo "$file"
}

mapping() {
  local lines=$1 file="$DIR/mapping-$1.csv"
  if [ ! -s "$file" ]; then
    awk -v n="$lines" 'BEGIN { print "KIND,FROM,TO";
      for (i = 0; i < n; i++) printf "indicator,CODE_%07d,rsu_road_length\n", i }' > "$file"
  fi
  echo "$file"
}

# Runs the CLI under /usr/bin/time; prints "EXIT SECONDS MiB".
measure() {
  local heap=$1
  shift
  set +e
  /usr/bin/time -f "%e %M" -o "$DIR/time.txt" java "$heap" -jar "$JAR" "$@" > "$DIR/out.txt" 2> "$DIR/err.txt"
  local code=$?
  set -e
  read -r s kb < <(tail -1 "$DIR/time.txt")
  awk -v c="$code" -v s="$s" -v kb="$kb" 'BEGIN { printf "%d %s %d\n", c, s, kb / 1024 }'
}

printf '%-42s %-9s %5s %8s %10s  %s\n' case heap exit seconds "peak MiB" "report"
run() {
  local name=$1 heap=$2
  shift 2
  read -r code s mib < <(measure "$heap" "$@")
  local size="-"
  if [ -s "$DIR/report.json" ]; then size=$(du -h "$DIR/report.json" | cut -f1); fi
  printf '%-42s %-9s %5s %8s %10s  %s\n' "$name" "${heap#-Xmx}" "$code" "$s" "$mib" "$size"
  if [ "$code" != 0 ]; then tail -2 "$DIR/err.txt"; fi
  rm -f "$DIR/report.json"
}

run "2x10^5 rejected rows, --format json" -Xmx256m evaluate --observations "$(rejected 200000)" \
  --as-of 2023-12-31 --format json --out "$DIR/report.json"
run "2x10^5 rejected rows, text" -Xmx256m evaluate --observations "$(rejected 200000)" \
  --as-of 2023-12-31 --out "$DIR/report.json"
run "10^6 rejected rows, --format json" -Xmx1g evaluate --observations "$(rejected 1000000)" \
  --as-of 2023-12-31 --format json --out "$DIR/report.json"
run "10^6 rejected rows, --format json" -Xmx256m evaluate --observations "$(rejected 1000000)" \
  --as-of 2023-12-31 --format json --out "$DIR/report.json"
printf 'INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\nCODE_0999999,320000,2023,1500\n' > "$DIR/one-row.csv"
run "10^6-line mapping, one row" -Xmx256m evaluate --observations "$DIR/one-row.csv" \
  --map "$(mapping 1000000)" --as-of 2023-12-31 --format json --out "$DIR/report.json"
echo "(warnings on standard error are not kept; load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime))"
