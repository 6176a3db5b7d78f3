#!/usr/bin/env bash
# End to end, cold: the newinfra CLI evaluating an SDMX-CSV file to a JSON report, run both ways users run it
# (java -jar with the JVM's defaults, and the launcher examples/newinfra with the build's AppCDS archive and its JVM
# options), against DuckDB (JDBC, read_csv plus the evaluation in SQL) on the same file. Prints wall time, peak
# resident memory and each CLI run's ratio to DuckDB.
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
read -r DK_S DK_KB < <(measure java -cp "$BENCH" io.github.newinfra.benchmarks.EndToEnd duckdb "$FILE")
cat "$DIR/out.txt"
if [ ! -f "${JAR%.jar}.jsa" ]; then
  echo "note: no ${JAR%.jar}.jsa (AppCDS archive): the launcher ran without one"
fi
printf '%-20s %10s %14s %16s\n' "" "seconds" "peak RSS MiB" "time / duckdb"
row() { awk -v n="$1" -v s="$2" -v kb="$3" -v d="$DK_S" 'BEGIN { printf "%-20s %10s %14d %16.2f\n", n, s, kb / 1024, s / d }'; }
row "newinfra (java -jar)" "$NI_S" "$NI_KB"
row "newinfra (launcher)" "$NL_S" "$NL_KB"
row duckdb "$DK_S" "$DK_KB"
echo "(a ratio below 1 means newinfra is faster; load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime))"
