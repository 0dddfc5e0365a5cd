#!/usr/bin/env bash
# The counter polling benchmark (issue 12): 300 simulated printers on loopback (127.0.10.x upwards), each answering
# after 50–500 ms, 5% silent, polled by the application's SNMP poller. Nothing outside 127.0.0.0/8 is contacted.
#   bench/paper-poll.sh [devices] [rounds] [timeout ms] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -DskipTests -pl bench -am package
mkdir -p bench/target
java -Xmx256m -Dfile.encoding=UTF-8 -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  jp.shokuba.bench.paper.PaperPoll "${1:-300}" "${2:-5}" "${3:-700}" "${4:-12}" 2>&1 | tee bench/target/paper-poll.txt
