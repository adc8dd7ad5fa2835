#!/usr/bin/env bash
# Start-up time, as Spring reports it ("Started AccordApplication in N seconds") and until
# /actuator/health answers UP, for the jar as built and for the same jar extracted and
# started with a class data sharing archive (CDS; README, "Start-up"). Each way is started
# RUNS times, alternating, on a database already migrated, and the table shows each run.
# Where a JDK 25 is installed (AOT_JAVA, by default the first under /usr/lib/jvm), also
# the extracted jar on that JDK with an ahead-of-time cache (JEP 483/514) instead of CDS.
#
#   bash bench/startup.sh                 # the embedded database
#   DB=postgresql bash bench/startup.sh   # a throw-away PostgreSQL database (accord_bench_startup)
#   RUNS=3                                # the default
#   AOT_JAVA=/path/to/jdk-25/bin/java     # the JDK for the ahead-of-time cache; AOT_JAVA= to skip
#
# Needs target/accord.jar (./mvnw -DskipTests package) and curl.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DB=${DB:-h2}
RUNS=${RUNS:-3}
PORT=${PORT:-18083}
PG=(psql -h 127.0.0.1 -U postgres -qtAX)
AOT_JAVA=${AOT_JAVA-$(ls -d /usr/lib/jvm/*-25* 2>/dev/null | head -1 | sed 's|$|/bin/java|')}
[[ -n "$AOT_JAVA" && -x "$AOT_JAVA" ]] || AOT_JAVA=
JAR=$PWD/target/accord.jar
[[ -f "$JAR" ]] || ./mvnw -q -DskipTests package

work=$(mktemp -d)
app_pid=
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

args=(--server.port="$PORT" --accord.data-dir="$work/data")
if [[ "$DB" == "postgresql" ]]; then
  "${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS accord_bench_startup" -c "CREATE DATABASE accord_bench_startup" >/dev/null
  args+=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/accord_bench_startup --spring.datasource.username=postgres)
fi

# The extracted jar and its archive, made by a training run that stops once the
# application context is refreshed (it also migrates the database for the runs below).
java -Djarmode=tools -jar "$JAR" extract --destination "$work/extracted" >/dev/null
java -Xmx512m -XX:ArchiveClassesAtExit="$work/extracted/accord.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -Dspring.context.exit=onRefresh -jar "$work/extracted/accord.jar" "${args[@]}" >"$work/training.log" 2>&1 \
  || { tail -30 "$work/training.log"; exit 1; }
if [[ -n "$AOT_JAVA" ]]; then
  "$AOT_JAVA" -Xmx512m -XX:AOTCacheOutput="$work/extracted/accord.aot" -Dspring.context.exit=onRefresh \
    -jar "$work/extracted/accord.jar" "${args[@]}" >"$work/aot-training.log" 2>&1 \
    || { tail -30 "$work/aot-training.log"; exit 1; }
fi

# Prints "<Spring's seconds> <seconds until healthy>" for one start.
start_once() { # java command, its arguments...
  local log="$work/run.log" begun
  begun=$(date +%s.%N)
  "$1" -Xmx512m -XX:+UseParallelGC "${@:2}" "${args[@]}" >"$log" 2>&1 &
  app_pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
    kill -0 "$app_pid" 2>/dev/null || { tail -30 "$log"; exit 1; }
    sleep 0.1
  done
  local healthy
  healthy=$(awk -v b="$begun" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - b }')
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=
  echo "$(grep -oE 'Started AccordApplication in [0-9.]+' "$log" | awk '{ printf "%.1f", $4 }') $healthy"
}

printf '\n%s, %s, Accord -Xmx512m, %s, load average before: %s\n\n' "$(date -u +%Y-%m-%d)" "$DB" \
  "$(java -version 2>&1 | head -1)" "$(cut -d' ' -f1-3 /proc/loadavg)"
header="| run | jar as built: started in | healthy after | extracted + CDS: started in | healthy after |"
rule="| ---: | ---: | ---: | ---: | ---: |"
if [[ -n "$AOT_JAVA" ]]; then
  header+=" $("$AOT_JAVA" -version 2>&1 | head -1 | cut -d'"' -f2), AOT cache: started in | healthy after |"
  rule+=" ---: | ---: |"
fi
echo "$header"
echo "$rule"
for run in $(seq 1 "$RUNS"); do
  read -r plain_started plain_healthy < <(start_once java -jar "$JAR")
  read -r cds_started cds_healthy < <(start_once java -XX:SharedArchiveFile="$work/extracted/accord.jsa" \
    -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$work/extracted/accord.jar")
  row="| $run | $plain_started s | $plain_healthy s | $cds_started s | $cds_healthy s |"
  if [[ -n "$AOT_JAVA" ]]; then
    read -r aot_started aot_healthy < <(start_once "$AOT_JAVA" -XX:AOTCache="$work/extracted/accord.aot" \
      -jar "$work/extracted/accord.jar")
    row+=" $aot_started s | $aot_healthy s |"
  fi
  echo "$row"
done
