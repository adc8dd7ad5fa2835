#!/usr/bin/env bash
# Public pages at the machine's ceiling. Starts Accord with the demo data, saves the bytes
# of each public page, serves those same bytes from nginx (one worker), and loads both with
# wrk in one run, page by page, printing a Markdown table. Also counts the sessions the
# anonymous load created (must be 0) and answers with errors.
#
#   bash bench/public-pages.sh              # PostgreSQL (a throw-away database), then nothing else
#   DB=h2 bash bench/public-pages.sh        # the embedded database
#   ENCODING=gzip bash bench/public-pages.sh  # as browsers ask: Accept-Encoding: gzip, and
#                                           # nginx serves Accord's own gzip bytes (gzip_static)
#   CONNECTIONS=64 DURATION=10s WARMUP=3s   # the defaults
#   ALONE=40                                # requests per page for the one-at-a-time, uncached figures
#
# Needs wrk and nginx (Debian: apt-get install -y wrk nginx-light) and target/accord.jar
# (./mvnw -DskipTests package).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DB=${DB:-postgresql}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
ENCODING=${ENCODING:-identity}
PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
PG=(psql -h 127.0.0.1 -U postgres -qtAX)

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install -y wrk nginx-light curl)" >&2; exit 1; }
done
[[ -f target/accord.jar ]] || ./mvnw -q -DskipTests package

work=$(mktemp -d)
app_pid=
nginx_started=
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [[ -n "$nginx_started" ]] && nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

args=(--spring.profiles.active=demo --server.port="$PORT" --accord.data-dir="$work/data")
if [[ "$DB" == "postgresql" ]]; then
  "${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS accord_bench" -c "CREATE DATABASE accord_bench" >/dev/null
  args+=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/accord_bench --spring.datasource.username=postgres)
fi
started=$SECONDS
java -Xmx512m -XX:+UseParallelGC -jar target/accord.jar "${args[@]}" >"$work/app.log" 2>&1 &
app_pid=$!
until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
  kill -0 "$app_pid" 2>/dev/null || { tail -50 "$work/app.log"; exit 1; }
  sleep 1
done
# The demo data is written in stages after start: wait for its last one (the library),
# then until the data stops changing (the home page's ETag holds the data version).
until curl -s "http://127.0.0.1:$PORT/library?q=trust" | grep -q 'href="/library/resources/'; do sleep 1; done
etag() { curl -s -D - -o /dev/null "http://127.0.0.1:$PORT/" | awk 'tolower($1) == "etag:" { print $2 }'; }
previous=$(etag)
while sleep 5 && current=$(etag) && [[ "$current" != "$previous" ]]; do previous=$current; done
echo "Accord up with demo data after $((SECONDS - started)) s ($DB); $(grep -oE 'Started AccordApplication in [0-9.]+ seconds' "$work/app.log")"

base="http://127.0.0.1:$PORT"
event=$( (curl -s "$base/events"; curl -s "$base/events?when=past") | grep -oE 'href="/events/[0-9]+"' | head -1 | grep -oE '[0-9]+')
lea=$(curl -s "$base/directory?county=Monterey" | grep -oE 'href="/directory/[0-9]{7,14}"' | head -1 | grep -oE '[0-9]+')
case_study=$(curl -s "$base/library/case-studies" | grep -oE 'href="/library/case-studies/[0-9]+"' | head -1 | grep -oE '[0-9]+')
pages=("/" "/events" "/events/$event" "/directory?county=Monterey" "/directory/$lea" "/map" "/library?q=trust"
  "/library/case-studies/$case_study")

mkdir -p "$work/www"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  gzip_static on;
  server { listen 127.0.0.1:$NGINX_PORT; root $work/www; }
}
CONF
accept=(-H "Accept-Encoding: $ENCODING")
for i in "${!pages[@]}"; do
  code=$(curl -s -o "$work/www/page$i.html" -w '%{http_code}' "$base${pages[$i]}")
  [[ "$code" == 200 ]] || { echo "${pages[$i]} answered $code" >&2; exit 1; }
  if [[ "$ENCODING" == gzip ]]; then
    # The compressed bytes exactly as Accord sends them, for nginx to send the same.
    encoding=$(curl -s "${accept[@]}" -o "$work/www/page$i.html.gz" -D - "$base${pages[$i]}" |
      awk 'tolower($1) == "content-encoding:" { print $2 }' | tr -d '\r')
    [[ "$encoding" == gzip ]] || { echo "${pages[$i]} was not sent compressed" >&2; exit 1; }
  fi
done
nginx -c "$work/nginx.conf"
nginx_started=1

sessions() {
  if [[ "$DB" == "postgresql" ]]; then "${PG[@]}" -d accord_bench -c "SELECT count(*) FROM spring_session"; else echo "-"; fi
}
# wrk's figures: requests per second, p99 latency, answers that were not 2xx/3xx or failed.
measure() {
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "${accept[@]}" "$1" >/dev/null
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" "${accept[@]}" --latency "$1")
  local rps p99 errors
  rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses:/ { n += $5 } /Socket errors:/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$out")
  echo "$rps $p99 $errors"
}

# Warm the JIT on every page first, so the first page measured is not the one that pays.
for page in "${pages[@]}"; do wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "${accept[@]}" "$base$page" >/dev/null; done

sessions_before=$(sessions)
set_cookies=0
printf '\n%s, %s, wrk -t2 -c%s -d%s, Accept-Encoding: %s, Accord -Xmx512m, load average before: %s\n\n' \
  "$(date -u +%Y-%m-%d)" "$DB" "$CONNECTIONS" "$DURATION" "$ENCODING" "$(cut -d' ' -f1-3 /proc/loadavg)"
echo "| page | bytes | Accord req/s | p99 | errors | nginx req/s (same bytes) | p99 | Accord / nginx |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for i in "${!pages[@]}"; do
  set_cookies=$((set_cookies + $(curl -s -D - -o /dev/null "$base${pages[$i]}" | grep -ci '^set-cookie' || true)))
  read -r a_rps a_p99 a_err < <(measure "$base${pages[$i]}")
  read -r n_rps n_p99 _ < <(measure "http://127.0.0.1:$NGINX_PORT/page$i.html")
  file="$work/www/page$i.html"
  [[ "$ENCODING" == gzip ]] && file+=.gz
  size=$(stat -c %s "$file")
  ratio=$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN { printf "%.0f %%", n ? 100 * a / n : 0 }')
  echo "| \`${pages[$i]}\` | $size | $a_rps | $a_p99 | $a_err | $n_rps | $n_p99 | $ratio |"
done
echo
echo "Set-Cookie headers on anonymous page views: $set_cookies; sessions before the load: $sessions_before, after: $(sessions)"

# Each page rendered afresh, one request at a time: a query parameter no page reads makes
# every address new to the page cache. Median and 90th percentile of ALONE requests each,
# after as many to warm the code that renders.
ALONE=${ALONE:-40}
echo
echo "One request at a time, rendered afresh (not from the page cache), $ALONE requests each:"
echo
echo "| page | median | p90 |"
echo "| --- | ---: | ---: |"
for page in "${pages[@]}"; do
  separator='?'
  [[ "$page" == *\?* ]] && separator='&'
  for n in $(seq 1 "$ALONE"); do curl -s -o /dev/null "${accept[@]}" "$base$page${separator}warm=$RANDOM$n"; done
  for n in $(seq 1 "$ALONE"); do
    curl -s -o /dev/null -w '%{time_total}\n' "${accept[@]}" "$base$page${separator}bench=$RANDOM$n"
  done | sort -n | awk -v page="$page" '{ t[NR] = $1 * 1000 } END {
    printf "| `%s` | %.1f ms | %.1f ms |\n", page, t[int((NR + 1) / 2)], t[int(NR * 0.9 + 0.5)] }'
done

