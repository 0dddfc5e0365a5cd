# Shared steps of the bench scripts (sourced, not run). PostgreSQL is $pg_host:$pg_port (127.0.0.1:5432 unless the
# script set them), reached as postgres; the benches' databases belong to the role shokuba_owner (the migrations,
# the audit schema), and the application connects as shokuba.
pg_host=${pg_host:-127.0.0.1}
pg_port=${pg_port:-5432}

# bench_database NAME anew|keep: the roles shokuba and shokuba_owner and database NAME, dropped and made again
# ("anew") or kept.
bench_database() {
  local db=$1 mode=$2
  psql -h "$pg_host" -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -q <<SQL
DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shokuba') THEN CREATE ROLE shokuba LOGIN NOSUPERUSER; END IF; END \$\$;
DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shokuba_owner') THEN CREATE ROLE shokuba_owner LOGIN NOSUPERUSER; END IF; END \$\$;
GRANT shokuba TO shokuba_owner;
SQL
  if [ "$mode" = anew ]; then
    psql -h "$pg_host" -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -q \
      -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$db'" \
      -c "DROP DATABASE IF EXISTS $db" >/dev/null
  fi
  psql -h "$pg_host" -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
    || psql -h "$pg_host" -p "$pg_port" -U postgres -q -c "CREATE DATABASE $db OWNER shokuba_owner ENCODING 'UTF8' TEMPLATE template0"
}

# bench_server PORT DB LOG [VAR=value …] [-- JVM options …]: the built web archive on Payara Micro in demo mode,
# without demo background work, on 127.0.0.1:PORT; waits for /health, stops it when the script exits. Sets $payara.
bench_server() {
  local port=$1 db=$2 log=$3
  shift 3
  local env_vars=() jvm=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do env_vars+=("$1"); shift; done
  [ "${1:-}" = "--" ] && shift && jvm=("$@")
  mkdir -p "$(dirname "$log")"
  echo "starting Payara Micro on 127.0.0.1:$port (log: $log)…"
  env SHOKUBA_DB_URL="jdbc:postgresql://$pg_host:$pg_port/$db" SHOKUBA_DB_USER=shokuba SHOKUBA_DB_OWNER_USER=shokuba_owner \
    SHOKUBA_DEMO_ENABLED=true SHOKUBA_DEMO_BACKGROUND=false "${env_vars[@]}" \
    java -Xmx1g "${jvm[@]}" ${BENCH_JAVA_OPTS:-} -Dshokuba.demo.background=false -Duser.timezone=Asia/Tokyo \
    -Dfile.encoding=UTF-8 -jar bench/target/runtime/payara-micro.jar \
    --nohazelcast --disablephonehome --port "$port" --deploy web/target/shokuba.war --contextroot / >"$log" 2>&1 &
  payara=$!
  trap 'kill $payara 2>/dev/null || true; wait $payara 2>/dev/null || true' EXIT
  for _ in $(seq 1 240); do
    if curl -sf "http://127.0.0.1:$port/health" >/dev/null; then return 0; fi
    kill -0 $payara 2>/dev/null || { echo "Payara Micro exited; see $log" >&2; exit 1; }
    sleep 1
  done
  echo "Payara Micro not healthy; see $log" >&2
  exit 1
}

# cpu_sampler PID FILE: every second, "epoch-ms server-ticks postgres-ticks machine-busy-ticks machine-all-ticks"
# (ticks of /proc: the server JVM PID, every process named postgres, and the whole machine) until PID ends; read
# with bench/cpu-share.py for who used the cores during a phase.
cpu_sampler() {
  local pid=$1 file=$2
  (
    while kill -0 "$pid" 2>/dev/null; do
      local now server pg machine
      now=$(date +%s%3N)
      server=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
      pg=$(for p in $(pgrep -x postgres); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done | awk '{s += $1} END {print s + 0}')
      machine=$(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8}' /proc/stat)
      echo "$now $server $pg $machine"
      sleep 1
    done
  ) >"$file" &
}
