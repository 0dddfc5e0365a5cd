#!/usr/bin/env python3
"""Who used the machine's cores during one phase of a benchmark, from a bench/lib.sh cpu_sampler log.

  bench/cpu-share.py bench/target/seating-rush-cpu.log FROM_EPOCH_MS TO_EPOCH_MS

Prints the cores used by the server JVM, by PostgreSQL (every process named postgres) and by the rest of the machine
(the load driver, mostly), as averages over the window, and a "CPU x=y" line for the RESULT-reading scripts.
A backend that ended inside the window takes its ticks with it, so PostgreSQL's share is a lower bound."""
import os
import sys

path, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = []
with open(path) as f:
    for line in f:
        parts = line.split()
        if len(parts) == 5:
            rows.append([int(float(p)) for p in parts])
inside = [r for r in rows if lo <= r[0] <= hi]
if len(inside) < 2:
    sys.exit("fewer than two samples inside the window")
first, last = inside[0], inside[-1]
seconds = (last[0] - first[0]) / 1000
hz = os.sysconf("SC_CLK_TCK")
server = (last[1] - first[1]) / hz / seconds
postgres = max(0, (last[2] - first[2]) / hz / seconds)
busy = (last[3] - first[3]) / hz / seconds
cores = (last[4] - first[4]) / hz / seconds
rest = max(0.0, busy - server - postgres)
print(f"cores busy {busy:.2f} of {cores:.2f}: server {server:.2f}, PostgreSQL {postgres:.2f}, the rest (driver) {rest:.2f}"
      f" over {seconds:.0f} s")
print(f"CPU server_cores={server:.2f} postgres_cores={postgres:.2f} rest_cores={rest:.2f} machine_cores={cores:.2f}")
