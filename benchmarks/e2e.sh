#!/usr/bin/env bash
# End to end, cold: the newinfra CLI evaluating an SDMX-CSV file to a JSON report, against DuckDB (JDBC, read_csv
# plus the evaluation in SQL) on the same file. Prints wall time, peak resident memory and the ratio.
#
#   ./mvnw -B -q -DskipTests -pl examples,benchmarks -am package
#   benchmarks/e2e.sh 1000000 [DIR]        # 10^6 rows; the file is written once under DIR
set -euo pipefail
ROWS=${1:-1000000}
DIR=${2:-benchmarks/target/e2e}
JAR=${JAR:-examples/target/newinfra.jar}
BENCH=${BENCH:-benchmarks/target/benchmarks.jar}
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

read -r NI_S NI_KB < <(measure java $JAVA_OPTS -jar "$JAR" evaluate --observations "$FILE" --as-of 2025-06-30 \
  --format json --out "$DIR/report.json")
read -r DK_S DK_KB < <(measure java -cp "$BENCH" io.github.newinfra.benchmarks.EndToEnd duckdb "$FILE")
cat "$DIR/out.txt"
printf '%-10s %10s %14s\n' "" "seconds" "peak RSS MiB"
printf '%-10s %10s %14d\n' newinfra "$NI_S" $((NI_KB / 1024))
printf '%-10s %10s %14d\n' duckdb "$DK_S" $((DK_KB / 1024))
awk -v a="$NI_S" -v b="$DK_S" 'BEGIN { printf "newinfra / duckdb time: %.2f (below 1 means newinfra is faster)\n", a / b }'
