#!/bin/sh
# Prints a report to A4 PDF with headless Chromium and renders its first two pages to PNG, as docs/images/ holds them.
#
#   tools/print-report.sh NAME [evaluate options…]
#   tools/print-report.sh report-published-a4 --observations examples/data/jiangsu-published.csv --as-of 2026-03-31
#   tools/print-report.sh report-final-a4 --as-of 2026-12-07
#
# Needs the built jar (./mvnw -B -q -DskipTests -pl examples -am package), chromium, fonts-noto-cjk and pdftoppm
# (poppler-utils). Writes target/print/NAME.html and NAME.pdf, and docs/images/NAME-1.png and NAME-2.png.
set -eu
name=$1
shift
mkdir -p target/print docs/images
java -jar examples/target/newinfra.jar evaluate "$@" --format html --out "target/print/$name.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="target/print/$name.pdf" "file://$(pwd)/target/print/$name.html" >/dev/null 2>&1
pdftoppm -r 90 -f 1 -l 2 -png "target/print/$name.pdf" "target/print/$name"
for page in 1 2; do
  # pdftoppm pads the page number to the width of the page count
  mv "$(ls target/print/"$name"-*"$page".png | head -1)" "docs/images/$name-$page.png"
done
