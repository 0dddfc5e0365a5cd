#!/usr/bin/env bash
# The morning rush (issues "Seating" and "Seating at the 08:30 rush"): 3,000 staff book a desk through the REST API
# from loopback, each sending their favourite desk as prefer.deskId, against a Payara Micro of its own on a database
# of its own (shokuba_bench, dropped and made anew). One run measures the closed loop (64 clients), the ceiling
# (GET /api/v1/me, same authentication), an open loop at a fixed rate (200/s for 15 s, latency from the scheduled
# send time), double bookings by SQL and the availability of a 300-desk floor with 1 and 8 viewers, and ends with
#   RESULT bookings_per_s=… ceiling_per_s=… ratio=… requests_per_booking=… open_p50_ms=… open_p99_ms=… double_bookings=…
# The server runs without demo background work: SHOKUBA_DEMO_BACKGROUND=false (and -Dshokuba.demo.background=false)
# is set for every context's demo jobs to honour (first-start OCR, simulated printers and the like).
#   bench/seating-rush.sh [--staff 3000 --clients 64 --open-rate 200 --open-seconds 15]
#   BENCH_JFR=1 bench/seating-rush.sh   also records the server with JFR into bench/target/seating-rush.jfr
set -euo pipefail
cd "$(dirname "$0")/.."

db=${BENCH_DB:-shokuba_bench}
port=${BENCH_PORT:-8191}
pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_port=${BENCH_PG_PORT:-5432}
. bench/lib.sh

echo "building the web archive and the load driver…"
./mvnw -B -q -DskipTests -pl web,bench -am package

echo "database $db (made anew)…"
bench_database "$db" anew

jfr=()
if [ -n "${BENCH_JFR:-}" ]; then
  # stack depth 256: a request's stack on Payara is deeper than JFR's default 64 frames, and the frames cut off are
  # the ones that say which request a sample belongs to
  jfr=(-XX:FlightRecorderOptions:stackdepth=256
       -XX:StartFlightRecording=filename=bench/target/seating-rush.jfr,settings=profile,dumponexit=true)
fi
# The bench accounts' hashes have 1,024 PBKDF2 iterations (the fewest Jakarta Security accepts). At the production
# 600,000 the server would rehash them at sign-in and derive 600,000 again whenever its two-minute memory of a
# credential runs out (≈ 0.2 s of a core each, 10 requests/s on two cores): the rush would measure password hashing.
bench_server "$port" "$db" bench/target/bench-payara.log SHOKUBA_PASSWORD_ITERATIONS=1024 -- "${jfr[@]}"

cpu_sampler "$payara" bench/target/seating-rush-cpu.log

java -cp "bench/target/shokuba-bench.jar:bench/target/lib/*" jp.shokuba.bench.SeatingRush \
  --url "http://127.0.0.1:$port" --db "jdbc:postgresql://$pg_host:$pg_port/$db" --pg-host "$pg_host" --pg-port "$pg_port" \
  --db-name "$db" "$@" | tee bench/target/seating-rush.out | grep -v '^RESULT '

# who used the cores during the closed loop (the driver prints its window)
window=$(sed -n 's/^phase closed-loop epoch-ms \([0-9]*\)\.\.\([0-9]*\).*/\1 \2/p' bench/target/seating-rush.out)
[ -n "$window" ] && bench/cpu-share.py bench/target/seating-rush-cpu.log $window || true
# the RESULT line stays the last line
grep '^RESULT ' bench/target/seating-rush.out | tail -n 1
