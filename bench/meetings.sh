#!/usr/bin/env bash
# Paperless meetings (issue 11): the presenter of each meeting draws at 20 points/s (one stroke-in-progress message per
# point) and every other attendee measures send → receipt, first for one meeting of 50 attendees, then for ten such
# meetings at once; each time through /ws/meetings/{id} and through a bare Jakarta WebSocket broadcast endpoint on the
# same server (/ws/bench-broadcast, enabled only by SHOKUBA_BENCH_BROADCAST=true). Its own Payara Micro on
# 127.0.0.1:8193 and its own database shokuba_bench_meetings (made anew). Ends with one RESULT line.
#   bench/meetings.sh [--attendees 50] [--meetings 10] [--seconds 20] [--rate 20]
set -euo pipefail
cd "$(dirname "$0")/.."

db=${BENCH_DB:-shokuba_bench_meetings}
port=${BENCH_PORT:-8193}
pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_port=${BENCH_PG_PORT:-5432}

if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  echo "building the web archive and the load driver…"
  mvn -B -q -DskipTests -pl web,bench -am package
fi

echo "database $db (made anew)…"
psql -h "$pg_host" -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -q <<SQL
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$db';
DROP DATABASE IF EXISTS $db;
DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shokuba') THEN CREATE ROLE shokuba LOGIN NOSUPERUSER; END IF; END \$\$;
CREATE DATABASE $db OWNER shokuba ENCODING 'UTF8' TEMPLATE template0;
SQL

mkdir -p bench/target
log=bench/target/bench-meetings-payara.log
echo "starting Payara Micro on 127.0.0.1:$port (log: $log)…"
SHOKUBA_DB_URL="jdbc:postgresql://$pg_host:$pg_port/$db" SHOKUBA_DB_USER=shokuba SHOKUBA_DEMO_ENABLED=true \
  SHOKUBA_BENCH_BROADCAST=true \
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

java -cp "bench/target/shokuba-bench.jar:bench/target/lib/*" jp.shokuba.bench.MeetingsBench \
  --url "http://127.0.0.1:$port" --db "jdbc:postgresql://$pg_host:$pg_port/$db" --server-pid "$payara" "$@"
