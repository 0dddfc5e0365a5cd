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
. bench/lib.sh

if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  echo "building the web archive and the load driver…"
  mvn -B -q -DskipTests -pl web,bench -am package
fi

echo "database $db (made anew)…"
bench_database "$db" anew
bench_server "$port" "$db" bench/target/bench-meetings-payara.log SHOKUBA_BENCH_BROADCAST=true

java -cp "bench/target/shokuba-bench.jar:bench/target/lib/*" jp.shokuba.bench.MeetingsBench \
  --url "http://127.0.0.1:$port" --db "jdbc:postgresql://$pg_host:$pg_port/$db" --server-pid "$payara" "$@"
