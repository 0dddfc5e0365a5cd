#!/usr/bin/env bash
# Records recall and precision per query class (issue "Records"): DOCS generated scans (200 and 300 dpi, skewed,
# speckled, vertical letters) through Shokuba's OCR into a database of their own (shokuba_bench_recall, emptied
# first), every name, amount (three forms), title, counterparty, katakana word and short word asked through search;
# plain `tesseract -l jpn` text with substring search as the baseline.   bench/records-recall.sh [DOCS=30]
set -euo pipefail
cd "$(dirname "$0")/.."
db=${BENCH_DB:-shokuba_bench_recall}
. bench/lib.sh
bench_database "$db" keep
mvn -B -q -DskipTests -pl bench -am package
java -Xmx1g -Dbench.db="jdbc:postgresql://127.0.0.1:5432/$db" -cp "bench/target/shokuba-bench.jar:bench/target/lib/*" \
  jp.shokuba.bench.records.RecordsBench recall "${1:-30}"
