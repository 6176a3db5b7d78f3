#!/bin/sh
# Opens the workbooks newinfra writes in LibreOffice Calc (headless), as a department or an office would:
#   - the template for one department and for every department, the illustrative filled return, and the workbook of
#     a final evaluation are each converted to PDF (LibreOffice loads them and prints every sheet);
#   - the filled return is saved again by LibreOffice as xlsx, as a department using LibreOffice would send it back,
#     and read with `evaluate --returns`: the row accounting must be the same as for the original, and the saved
#     file must keep the sheets' protection and the status cells' drop-down lists.
# Run by hand, not in CI (LibreOffice is not part of the build):
#
#   apt-get install libreoffice-calc-nogui poppler-utils
#   ./mvnw -B -q -DskipTests -pl examples -am package && tools/libreoffice-check.sh
#
# Writes into target/libreoffice-check/ and exits non-zero on the first check that fails.
set -eu
cli="java -jar examples/target/newinfra.jar"
dir=target/libreoffice-check
rm -rf "$dir"
mkdir -p "$dir/pdf" "$dir/saved"
soffice --version

$cli template --department 省公安厅 --out "$dir/template-one.xlsx" >/dev/null
$cli template --out "$dir/template-all.xlsx" >/dev/null
cp examples/returns/省工业和信息化厅.xlsx "$dir/returned.xlsx"
$cli evaluate --returns examples/returns/省工业和信息化厅.xlsx examples/returns/省公安厅.csv \
  examples/returns/省教育厅.json --observations examples/data/jiangsu-published.csv --as-of 2026-12-07 \
  --format xlsx --out "$dir/final-report.xlsx" 2>/dev/null

for f in template-one template-all returned final-report; do
  soffice --headless --norestore --convert-to pdf --outdir "$dir/pdf" "$dir/$f.xlsx" >/dev/null 2>&1
  pages=$(pdfinfo "$dir/pdf/$f.pdf" | awk '/^Pages:/ {print $2}')
  [ "$pages" -gt 0 ] || { echo "FAIL: $f.xlsx did not print"; exit 1; }
  echo "ok: $f.xlsx opens and prints, $pages pages"
done

soffice --headless --norestore --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$dir/saved" \
  "$dir/returned.xlsx" >/dev/null 2>&1
rows() {
  $cli evaluate --returns "$1" --as-of 2021-06-30 --format json 2>/dev/null | python3 -c '
import json, sys
f = json.load(sys.stdin)["finalEvaluation"]
print(f["rows"], len(f["goals"]), len(f["tasks"]), len(f["projects"]))'
}
original=$(rows "$dir/returned.xlsx")
saved=$(rows "$dir/saved/returned.xlsx")
echo "original return:             $original"
echo "saved again by LibreOffice:  $saved"
[ "$original" = "$saved" ] || { echo "FAIL: the return saved by LibreOffice reads differently"; exit 1; }

mkdir -p "$dir/saved/unzipped"
(cd "$dir/saved/unzipped" && unzip -o -q ../returned.xlsx)
protected=$(grep -l '<sheetProtection' "$dir"/saved/unzipped/xl/worksheets/sheet*.xml | wc -l)
lists=$(grep -l '<dataValidation ' "$dir"/saved/unzipped/xl/worksheets/sheet*.xml | wc -l)
echo "saved by LibreOffice: $protected sheets protected, $lists sheets with drop-down lists"
[ "$protected" -ge 4 ] && [ "$lists" -ge 3 ] || { echo "FAIL: protection or drop-down lists lost"; exit 1; }
echo "all LibreOffice checks passed"
