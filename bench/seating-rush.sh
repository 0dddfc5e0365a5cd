#!/usr/bin/env bash
# The morning rush (issue "Seating"): 3,000 staff book a desk for tomorrow through the REST API from 64 concurrent
# clients on loopback, many aiming at the same popular zone, against a Payara Micro of its own on a database of its
# own (shokuba_bench, dropped and made anew). Prints bookings/s, p50/p99 latency, refused attempts, double bookings
# found afterwards, the availability of a 300-desk floor, and a pgbench baseline of single-row INSERTs.
#   bench/seating-rush.sh            (PostgreSQL on 127.0.0.1:5432, reachable as postgres and shokuba)
set -euo pipefail
cd "$(dirname "$0")/.."

db=${BENCH_DB:-shokuba_bench}
port=${BENCH_PORT:-8191}
pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_port=${BENCH_PG_PORT:-5432}
command -v pgbench >/dev/null || { echo "pgbench is missing (Debian: postgresql-client or postgresql-contrib)" >&2; exit 2; }

echo "building the web archive and the load driver…"
mvn -B -q -DskipTests -pl web,bench -am package

echo "database $db (made anew)…"
psql -h "$pg_host" -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -q <<SQL
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$db';
DROP DATABASE IF EXISTS $db;
DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shokuba') THEN CREATE ROLE shokuba LOGIN NOSUPERUSER; END IF; END \$\$;
CREATE DATABASE $db OWNER shokuba ENCODING 'UTF8' TEMPLATE template0;
SQL

mkdir -p bench/target
log=bench/target/bench-payara.log
echo "starting Payara Micro on 127.0.0.1:$port (log: $log)…"
SHOKUBA_DB_URL="jdbc:postgresql://$pg_host:$pg_port/$db" SHOKUBA_DB_USER=shokuba SHOKUBA_DEMO_ENABLED=true \
  java -Xmx1g ${BENCH_JAVA_OPTS:-} -Duser.timezone=Asia/Tokyo -Dfile.encoding=UTF-8 -jar bench/target/runtime/payara-micro.jar \
  --nocluster --nohazelcast --port "$port" --deploy web/target/shokuba.war --contextroot / >"$log" 2>&1 &
payara=$!
trap 'kill $payara 2>/dev/null || true; wait $payara 2>/dev/null || true' EXIT

for _ in $(seq 1 240); do
  if curl -sf "http://127.0.0.1:$port/health" >/dev/null; then break; fi
  kill -0 $payara 2>/dev/null || { echo "Payara Micro exited; see $log" >&2; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$port/health" >/dev/null || { echo "Payara Micro not healthy; see $log" >&2; exit 1; }

java -cp "bench/target/shokuba-bench.jar:bench/target/lib/*" jp.shokuba.bench.SeatingRush \
  --url "http://127.0.0.1:$port" --db "jdbc:postgresql://$pg_host:$pg_port/$db" --pg-host "$pg_host" --pg-port "$pg_port" \
  --db-name "$db" "$@"
