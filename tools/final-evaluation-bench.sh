#!/bin/sh
# Times the final evaluation's workbooks from the command line, cold (a new JVM each run), as BENCHMARKS.md reports:
#   1. template: the form of every item for every lead department, one workbook;
#   2. template: one workbook per department that leads anything (as an office sends them);
#   3. evaluate --returns: 29 returns read back at once, each the whole form (every item), with the
#      illustrative answers of examples/returns/省工业和信息化厅.xlsx among them.
# Build first: ./mvnw -B package -DskipTests -pl examples -am
# Usage: tools/final-evaluation-bench.sh [RUNS]   (default 5; prints each run's seconds and the median)
set -eu
RUNS=${1:-5}
JAR=examples/target/newinfra.jar
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() {
  i=0
  while [ "$i" -lt "$RUNS" ]; do
    s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
    echo "$e - $s" | bc
    i=$((i + 1))
  done
}
echo "template, every item (one workbook):"
timed java -jar "$JAR" template --out "$DIR/all.xlsx" | tee "$DIR/t1" | tr '\n' ' '; echo "median $(median < "$DIR/t1") s"
echo "template, one workbook per lead department:"
DEPTS="省工业和信息化厅 省发展改革委 省财政厅 省广电局 省政务办 省交通运输厅 省公安厅 省卫生健康委 省民政厅 省教育厅 省税务局 省文化和旅游厅 省生态环境厅 省农业农村厅 省人才办"
per_department() { for d in $DEPTS; do java -jar "$JAR" template --department "$d" --out "$DIR/$d.xlsx"; done; }
timed per_department | tee "$DIR/t2" | tr '\n' ' '; echo "median $(median < "$DIR/t2") s ($(echo $DEPTS | wc -w) departments)"
n=1
while [ "$n" -le 28 ]; do cp "$DIR/all.xlsx" "$DIR/return-$n.xlsx"; n=$((n + 1)); done
cp examples/returns/省工业和信息化厅.xlsx "$DIR/return-29.xlsx"
ROWS=$(java -jar "$JAR" evaluate --returns "$DIR"/return-*.xlsx --as-of 2021-06-30 --format json 2>/dev/null \
  | grep -m1 '"total"' | tr -dc 0-9)
echo "evaluate --returns, 29 returns ($ROWS rows):"
timed java -jar "$JAR" evaluate --returns "$DIR"/return-*.xlsx --as-of 2021-06-30 --format text \
  | tee "$DIR/t3" | tr '\n' ' '; echo "median $(median < "$DIR/t3") s"
echo "for comparison, evaluate without arguments (the final evaluation on the shipped statistics, no returns):"
timed java -jar "$JAR" evaluate | tee "$DIR/t4" | tr '\n' ' '; echo "median $(median < "$DIR/t4") s"
