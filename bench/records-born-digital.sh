#!/usr/bin/env bash
# Records born-digital intake (issue "Records"): generated PDFs with an embedded CID font, ten pages each; Shokuba's
# inspection, Tika text per page, masking and index terms against Tika's AutoDetectParser alone, one worker per core.
#   bench/records-born-digital.sh [PAGES, default 400]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -pl bench -am package
java -Xmx1g -cp "bench/target/shokuba-bench.jar:bench/target/lib/*" jp.shokuba.bench.records.RecordsBench born-digital "${1:-400}"
