#!/usr/bin/env bash
# Records search (issue "Records"): RECORDS generated records of PAGES pages each in a database of their own
# (shokuba_bench_records, kept between runs so that a larger run only adds), then p95/p50 of 1-, 2- and 4-character
# queries with and without filters through the repository's own SQL. The issue's full size is 100000 records of 10
# pages; the default here is reduced.   bench/records-search.sh [RECORDS=20000] [PAGES=3] [QUERIES=300]
set -euo pipefail
cd "$(dirname "$0")/.."
db=${BENCH_DB:-shokuba_bench_records}
. bench/lib.sh
bench_database "$db" keep
mvn -B -q -DskipTests -pl bench -am package
java -Xmx1g -Dbench.db="jdbc:postgresql://127.0.0.1:5432/$db" -cp "bench/target/shokuba-bench.jar:bench/target/lib/*" \
  jp.shokuba.bench.records.RecordsBench search "${1:-20000}" "${2:-3}" "${3:-300}"
