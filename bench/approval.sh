#!/usr/bin/env bash
# The e-approval benchmark (issue 4): builds the web archive, starts Payara Micro in demo mode on a fresh
# database of its own, runs jp.shokuba.bench.approval.ApprovalBench against it over loopback, stops it.
#   bench/approval.sh [documents] [sessions per approver] [bare-engine threads]
set -euo pipefail
cd "$(dirname "$0")/.."

documents="${1:-1000}"
sessions="${2:-2}"
engine_threads="${3:-8}"
db=shokuba_bench_approval
port=18080
history=none

mvn -B -q -DskipTests -pl web,bench -am package
micro=$(ls ~/.m2/repository/fish/payara/extras/payara-micro/*/payara-micro-*.jar | sort -V | tail -n 1)

. bench/lib.sh
bench_database "$db" anew
mkdir -p bench/target
SHOKUBA_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" SHOKUBA_DB_USER=shokuba SHOKUBA_DB_OWNER_USER=shokuba_owner \
SHOKUBA_DEMO_ENABLED=true \
SHOKUBA_APPROVAL_HISTORY_LEVEL=$history \
  java -Xmx768m ${BENCH_SERVER_OPTS:-} -Duser.timezone=Asia/Tokyo -Dfile.encoding=UTF-8 -jar "$micro" --nohazelcast --disablephonehome \
       --port $port --deploy web/target/shokuba.war --contextroot / > bench/target/approval-payara.log 2>&1 &
payara=$!
trap 'kill $payara 2>/dev/null; wait $payara 2>/dev/null || true' EXIT

started=$(date +%s.%N)
for _ in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$port/health || true)" = "200" ] && break
  kill -0 $payara 2>/dev/null || { echo "Payara exited; see bench/target/approval-payara.log"; exit 1; }
  sleep 0.5
done
printf 'platform up (first HTTP 200 on /health) after %.1f s\n' "$(echo "$(date +%s.%N) - $started" | bc)"

java -Xmx512m -Dfile.encoding=UTF-8 -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  jp.shokuba.bench.approval.ApprovalBench "http://127.0.0.1:$port/" "jdbc:postgresql://127.0.0.1:5432/$db" \
  "$documents" "$sessions" "$engine_threads" "$history" 2>&1 | tee bench/target/approval-bench.txt
