"""The DuckDB side of benchmarks/e2e.sh, as a user would run it: DuckDB's Python client, cold, running the SQL
script that `EndToEnd sql FILE OUT` wrote (read_csv of the observations file, then the evaluation in SQL).

    python3 benchmarks/duckdb-e2e.py SCRIPT.sql
"""
import sys
import time

import duckdb

start = time.perf_counter()
con = duckdb.connect()
with open(sys.argv[1], encoding="utf-8") as f:
    statements = [s for s in f.read().split(";\n") if s.strip()]
for s in statements[:-1]:
    con.execute(s)
rows = con.execute(statements[-1]).fetchall()
ms = (time.perf_counter() - start) * 1000
achieved = sum(1 for r in rows if r[2] == "ACHIEVED")
print(f"duckdb (python {duckdb.__version__}): {len(rows)} targets, {achieved} achieved, "
      f"{ms:.0f} ms from connecting to the last result")
