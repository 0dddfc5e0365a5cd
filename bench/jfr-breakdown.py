#!/usr/bin/env python3
"""Where a booking request's server CPU goes, from a JFR recording of bench/seating-rush.sh (BENCH_JFR=1).

  TZ=UTC jfr print --events jdk.ExecutionSample --stack-depth 256 bench/target/seating-rush.jfr > samples.txt
  bench/jfr-breakdown.py samples.txt FROM_EPOCH_MS TO_EPOCH_MS

Only samples of the HTTP worker threads inside the closed loop's window (the driver prints it) count. Each is put
in one bucket by what it was doing: the framework floor (Grizzly, servlet filters, sign-in, JAX-RS dispatch, JSON,
EJB and CDI machinery outside seating's own code), the booking's own Java (rules, ranking, answer), its JDBC round
trips, the audit trail, or the JPA left on the path (the cached rules read)."""
import re
import sys
from datetime import datetime, timezone

path = sys.argv[1]


def bound(text):
    """Epoch milliseconds, or a time of day HH:MM:SS as jfr prints it (the recording JVM's time zone)."""
    if ":" in text:
        h, m, sec = text.split(":")
        return (int(h) * 3600 + int(m) * 60 + float(sec)) * 1000
    return int(text)


lo, hi = bound(sys.argv[2]), bound(sys.argv[3])
buckets = {}
total = 0


def bucket(frames):
    text = "\n".join(frames)
    if "BookingsResource.book" not in text:
        return "framework: request outside the resource method (Grizzly, filters, security, JAX-RS, writing the answer)"
    top = frames[0] if frames else ""
    if "jp.shokuba.audit" in text:
        return "audit trail (chain lock, previous hash, insert)"
    inService = "DeskBookingService" in text
    if inService and ("org.postgresql" in top or "java.net" in top or "sun.nio" in top or "SocketInputStream" in top
                      or "org.postgresql" in "\n".join(frames[:12])):
        return "booking: JDBC round trips (gather, insert)"
    if inService and ("eclipse.persistence" in "\n".join(frames[:20])):
        return "booking: JPA (rules from the cache)"
    if inService and ("jp.shokuba.seating" in top or "parsson" in top or "jakarta.json" in top or "java.util" in top
                      or "java.lang" in top or "java.time" in top):
        return "booking: seating Java (rules, ranking, JSON of the gather, answer)"
    if inService:
        return "booking: pool, transaction, enlisting inside the service"
    return "framework: inside the resource method, outside the service (EJB/CDI proxies, interceptors, JSON-B answer)"


def when(line):
    m = re.search(r'startTime = (\S+)', line)
    if not m:
        return None
    tod = re.fullmatch(r'startTime = (\d\d):(\d\d):(\d\d(?:\.\d+)?)', line)
    if tod and ":" in sys.argv[2]:
        return (int(tod.group(1)) * 3600 + int(tod.group(2)) * 60 + float(tod.group(3))) * 1000
    d = re.search(r'startTime = (\d\d:\d\d:\d\d(?:\.\d+)?) \((\d{4}-\d\d-\d\d)\)', line)
    if not d:
        return None
    # jfr prints local time of the tool's own JVM: run it with TZ=UTC.
    stamp = datetime.fromisoformat(d.group(2) + "T" + d.group(1)).replace(tzinfo=timezone.utc)
    return int(stamp.timestamp() * 1000)


event = None
with open(path, encoding="utf-8", errors="replace") as f:
    for line in f:
        if line.startswith("jdk.ExecutionSample"):
            event = {"time": None, "thread": "", "frames": []}
            continue
        if event is None:
            continue
        s = line.strip()
        if s.startswith("startTime"):
            event["time"] = when(s)
        elif s.startswith("sampledThread"):
            event["thread"] = s
        elif s.startswith("line:") or "line:" in s and "(" in s:
            event["frames"].append(s)
        elif s == "}" and event["frames"]:
            t = event["time"]
            if t is not None and lo <= t <= hi and "http-thread-pool" in event["thread"]:
                b = bucket(event["frames"])
                buckets[b] = buckets.get(b, 0) + 1
                total += 1
            event = None
for b, n in sorted(buckets.items(), key=lambda kv: -kv[1]):
    print(f"{100.0 * n / total:5.1f} %  {n:6d}  {b}")
print(f"{total} samples of HTTP worker threads in the closed loop")
