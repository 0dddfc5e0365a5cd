#!/usr/bin/env bash
# Records OCR (issue "Records"): generated Japanese A4 scans at 300 dpi, both cores busy, Shokuba's page intake
# (form rules removed, Tesseract jpn/jpn_vert choice, masking, redaction, index terms, searchable PDF page) against the
# bare `tesseract -l jpn` CLI on the same images in the same run.   bench/records-ocr.sh [PAGES, default 6]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -pl bench -am package
java -Xmx1g -cp "bench/target/shokuba-bench.jar:bench/target/lib/*" jp.shokuba.bench.records.RecordsBench ocr "${1:-6}"
