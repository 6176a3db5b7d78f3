#!/usr/bin/env bash
# End to end, cold: the newinfra CLI evaluating an SDMX-CSV file to a JSON report, run both ways users run it
# (java -jar with the JVM's defaults, and the launcher examples/newinfra with the build's AppCDS archive and its JVM
# options), against DuckDB as its users run it: its Python client, cold, reading the same file with read_csv and
# running the same evaluation in SQL (the script EndToEnd writes). Prints wall time, peak resident memory and each
# CLI run's ratio to DuckDB. The Python package is installed with pip into DIR/venv when python3 has no duckdb;
# where neither works, the DuckDB run is skipped with a note.
#
#   ./mvnw -B -q -DskipTests -pl examples,benchmarks -am package
#   benchmarks/e2e.sh 1000000 [DIR]        # 10^6 rows; the file is written once under DIR
#
# JAVA_OPTS is passed to both CLI runs (the launcher reads it too); LAUNCHER names another launcher script.
set -euo pipefail
ROWS=${1:-1000000}
DIR=${2:-benchmarks/target/e2e}
JAR=${JAR:-examples/target/newinfra.jar}
BENCH=${BENCH:-benchmarks/target/benchmarks.jar}
LAUNCHER=${LAUNCHER:-examples/newinfra}
JAVA_OPTS=${JAVA_OPTS:-}
mkdir -p "$DIR"
FILE="$DIR/observations-$ROWS.csv"
if [ ! -s "$FILE" ]; then
  java -Xmx4g -cp "$BENCH" io.github.newinfra.benchmarks.EndToEnd write "$ROWS" "$FILE"
fi
echo "file: $FILE ($(du -h "$FILE" | cut -f1), $ROWS rows)"

# Runs a command under /usr/bin/time; prints "SECONDS KB" (wall time, peak resident set).
measure() {
  /usr/bin/time -f "%e %M" -o "$DIR/time.txt" "$@" > "$DIR/out.txt" 2> "$DIR/err.txt" || {
    echo "failed: $*" >&2; tail -5 "$DIR/err.txt" >&2; exit 1; }
  cat "$DIR/time.txt"
}

ARGS=(evaluate --observations "$FILE" --as-of 2025-06-30 --format json --out "$DIR/report.json")
read -r NI_S NI_KB < <(measure java $JAVA_OPTS -jar "$JAR" "${ARGS[@]}")
read -r NL_S NL_KB < <(NEWINFRA_JAR="$JAR" JAVA_OPTS="$JAVA_OPTS" measure "$LAUNCHER" "${ARGS[@]}")
PY=python3
if ! "$PY" -c 'import duckdb' 2> /dev/null; then
  if [ ! -x "$DIR/venv/bin/python3" ]; then
    python3 -m venv "$DIR/venv" > /dev/null 2>&1 && "$DIR/venv/bin/python3" -m pip install -q duckdb > /dev/null 2>&1 || true
  fi
  PY="$DIR/venv/bin/python3"
fi
if [ -x "$(command -v "$PY")" ] && "$PY" -c 'import duckdb' 2> /dev/null; then
  java -cp "$BENCH" io.github.newinfra.benchmarks.EndToEnd sql "$FILE" "$DIR/evaluation.sql"
  read -r DK_S DK_KB < <(measure "$PY" "$(dirname "$0")/duckdb-e2e.py" "$DIR/evaluation.sql")
  cat "$DIR/out.txt"
else
  echo "note: DuckDB's Python package is not available (pip install duckdb); the DuckDB run is skipped"
  DK_S=0; DK_KB=0
fi
if [ ! -f "${JAR%.jar}.jsa" ]; then
  echo "note: no ${JAR%.jar}.jsa (AppCDS archive): the launcher ran without one"
fi
printf '%-20s %10s %14s %16s\n' "" "seconds" "peak RSS MiB" "time / duckdb"
row() { awk -v n="$1" -v s="$2" -v kb="$3" -v d="$DK_S" 'BEGIN { printf "%-20s %10s %14d %16s\n", n, s, kb / 1024, (d > 0 ? sprintf("%.2f", s / d) : "—") }'; }
row "newinfra (java -jar)" "$NI_S" "$NI_KB"
row "newinfra (launcher)" "$NL_S" "$NL_KB"
[ "$DK_S" = 0 ] || row "duckdb (python)" "$DK_S" "$DK_KB"
echo "(a ratio below 1 means newinfra is faster; load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime))"
