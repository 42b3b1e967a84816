#!/usr/bin/env bash
# Capture benchmark: puts the same webhook load on headless Hookbench and on an
# nginx that answers 204 without storing anything, at several concurrency
# levels, and prints throughput, latency and whether every acknowledged request
# really reached the store. See bench/README.md.
#
# Usage: bench/capture-bench.sh
# Environment (all optional):
#   BENCH_DURATION     seconds per run (default 10)
#   BENCH_CONCURRENCY  connection counts to run, space separated (default "1 16 64")
#   BENCH_TMPDIR       where the temp dir with the stores goes (default $TMPDIR or /tmp)
#   BENCH_KEEP=1       keep the temp dir (stores, wrk and server logs) afterwards
#   HOOKBENCH_BIN      hookbench binary (default build/bin/hookbench in the repo)
#   HOOKBENCH_ARGS     extra hookbench arguments, e.g. "--capture-threads 2"
#
# Exits non-zero only when the benchmark could not be carried out (missing tool,
# a server that does not start, wrk failing); never because of the numbers.

set -uo pipefail

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")

duration=${BENCH_DURATION:-10}
concurrency_list=${BENCH_CONCURRENCY:-"1 16 64"}
hookbench_bin=${HOOKBENCH_BIN:-$repo_dir/build/bin/hookbench}
hookbench_args=${HOOKBENCH_ARGS:-}
lua_script=$bench_dir/webhook.lua
nginx_template=$bench_dir/nginx.conf.in
nginx_bin=${NGINX_BIN:-/usr/sbin/nginx}

# wrk only records latencies below its --timeout in the histogram (slower
# responses are counted as "timeout" errors and dropped from the percentiles),
# so use a generous one to keep slow acknowledgements in p99.
wrk_timeout=10s
# Upper bounds for waiting on processes, so a hung server cannot hang the script.
start_timeout_s=15
stop_timeout_s=30

log() { printf '%s\n' "$*" >&2; }
die() {
    log "capture-bench: $*"
    exit 1
}

# --- Checks ------------------------------------------------------------------

[[ $duration =~ ^[1-9][0-9]*$ ]] || die "BENCH_DURATION must be a whole number of seconds, got '$duration'"
read -r -a levels <<<"$concurrency_list"
((${#levels[@]} > 0)) || die "BENCH_CONCURRENCY is empty"
for c in "${levels[@]}"; do
    [[ $c =~ ^[1-9][0-9]*$ ]] || die "BENCH_CONCURRENCY must list positive integers, got '$c'"
done
# Word splitting is wanted here: HOOKBENCH_ARGS is a list of arguments.
read -r -a extra_args <<<"$hookbench_args"

for tool in wrk sqlite3 python3 timeout; do
    command -v "$tool" >/dev/null || die "'$tool' is not installed (apt-get install wrk sqlite3 python3 coreutils)"
done
[[ -x $nginx_bin ]] || nginx_bin=$(command -v nginx) \
    || die "nginx is not installed (apt-get install nginx-light), or set NGINX_BIN"
[[ -x $hookbench_bin ]] || die "no hookbench binary at $hookbench_bin; build it or set HOOKBENCH_BIN"
[[ -r $lua_script && -r $nginx_template ]] || die "bench/webhook.lua or bench/nginx.conf.in is missing"

# --- Temp dir and cleanup ----------------------------------------------------

work_dir=$(mktemp -d "${BENCH_TMPDIR:-${TMPDIR:-/tmp}}/hookbench-bench.XXXXXX") \
    || die "cannot create a temp dir"
nginx_pid=""
hookbench_pid=""

# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
    # Only the processes this script started, by pid.
    [[ -n $hookbench_pid ]] && kill -KILL "$hookbench_pid" 2>/dev/null
    if [[ -n $nginx_pid ]]; then
        kill -TERM "$nginx_pid" 2>/dev/null
        wait "$nginx_pid" 2>/dev/null
    fi
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then
        log "Kept stores and logs in $work_dir"
    else
        rm -rf "$work_dir"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A store on tmpfs never really waits for fsync, which flatters Hookbench.
if [[ $(stat -f -c %T "$work_dir") == tmpfs ]]; then
    log "Warning: $work_dir is on tmpfs; set BENCH_TMPDIR to a disk-backed dir for realistic numbers."
fi

# --- Helpers -----------------------------------------------------------------

free_port() {
    # The kernel hands out a free port for port 0; there is a small window
    # before nginx binds it, which is fine on a quiet loopback.
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

port_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Runs wrk against $1 (url) with $2 connections, output to $3. wrk's own
# human-readable report stays in the file for BENCH_KEEP=1 inspection; the
# figures come from the "BENCH key=value" lines printed by webhook.lua's done().
run_wrk() {
    local url=$1 connections=$2 out=$3
    local threads=$((connections < 2 ? connections : 2))
    timeout $((duration + 60)) wrk --latency --timeout "$wrk_timeout" \
        -t "$threads" -c "$connections" -d "${duration}s" -s "$lua_script" "$url" >"$out" 2>&1 \
        || die "wrk failed against $url (see below)"$'\n'"$(cat "$out")"
    grep -q '^BENCH requests=' "$out" || die "wrk printed no summary for $url"$'\n'"$(cat "$out")"
}

# Prints the value of "BENCH key=value" from a wrk output file.
wrk_value() {
    awk -v key="$2" -F'[ =]' '$1 == "BENCH" && $2 == key { print $3 }' "$1"
}

# Acknowledged = completed responses that were not 4xx/5xx. wrk counts a request
# as completed only once the whole response arrived, and counts socket errors
# (connect/read/write) separately from completed requests, so they need no
# subtracting. "timeout" responses did arrive (just slower than --timeout), so
# they are acknowledged too.
acknowledged() {
    echo $(($(wrk_value "$1" requests) - $(wrk_value "$1" errors_status)))
}

# --- Baseline: nginx ---------------------------------------------------------

nginx_dir=$work_dir/nginx
mkdir -p "$nginx_dir"
nginx_port=$(free_port) || die "cannot find a free port"
sed -e "s#@DIR@#$nginx_dir#g" -e "s#@PORT@#$nginx_port#g" "$nginx_template" >"$nginx_dir/nginx.conf"
# -e: the error log before the config is read must not go to /var/log/nginx.
"$nginx_bin" -p "$nginx_dir/" -e "$nginx_dir/error.log" -c "$nginx_dir/nginx.conf" \
    >"$nginx_dir/stdout.log" 2>&1 &
nginx_pid=$!
for ((i = 0; i < start_timeout_s * 10; i++)); do
    port_open "$nginx_port" && break
    kill -0 "$nginx_pid" 2>/dev/null || break
    sleep 0.1
done
port_open "$nginx_port" || die "nginx did not start:"$'\n'"$(cat "$nginx_dir/error.log" "$nginx_dir/stdout.log" 2>/dev/null)"

# --- Header ------------------------------------------------------------------

build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$(dirname "$(dirname "$hookbench_bin")")/CMakeCache.txt" 2>/dev/null)
echo "Hookbench capture benchmark - $(date '+%Y-%m-%d %H:%M:%S')"
echo "  hookbench: $hookbench_bin (${build_type:-unknown build type})${hookbench_args:+ $hookbench_args}"
echo "  baseline:  $("$nginx_bin" -v 2>&1 | sed 's/^nginx version: //'), return 204, nothing stored"
echo "  load:      $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2), bench/webhook.lua (~1.2 KB signed JSON, unique ids), ${duration} s per run"
echo "  machine:   $(nproc) cores; load generator and server share them"
echo "  stores:    $work_dir ($(stat -f -c %T "$work_dir"))"
if [[ $build_type == Debug ]]; then
    echo "  Warning: a Debug build; numbers are not representative."
fi
echo

# --- Runs --------------------------------------------------------------------

# Results per concurrency level, filled by the loop and printed as one table.
declare -A rps p50 p99 ack stored inspected lost errs notes

# Formats microseconds as milliseconds.
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }
# Requests per second from a wrk output file.
rate() {
    awk -v n="$(wrk_value "$1" requests)" -v us="$(wrk_value "$1" duration_us)" \
        'BEGIN { printf "%.0f", (us > 0 ? n / (us / 1e6) : 0) }'
}
# Socket errors plus 4xx/5xx, for a column that should read 0.
error_count() {
    local f=$1
    echo $(($(wrk_value "$f" errors_status) + $(wrk_value "$f" errors_connect) + $(wrk_value "$f" errors_read) \
        + $(wrk_value "$f" errors_write) + $(wrk_value "$f" errors_timeout)))
}
record() {
    local key=$1 file=$2
    rps[$key]=$(rate "$file")
    p50[$key]=$(ms "$(wrk_value "$file" latency_p50_us)")
    p99[$key]=$(ms "$(wrk_value "$file" latency_p99_us)")
    ack[$key]=$(acknowledged "$file")
    errs[$key]=$(error_count "$file")
}

# Runs Hookbench (KEY: hookbench or no-inspect, then its extra arguments) on a fresh store at
# concurrency C, and records its figures under "KEY,C". Port 0 lets it pick a free port, read
# back from its banner.
run_hookbench() {
    local key=$1 c=$2
    shift 2
    local run_dir=$work_dir/$key-c$c
    mkdir -p "$run_dir"
    local db=$run_dir/store.sqlite
    "$hookbench_bin" --headless --quiet --listen 127.0.0.1:0 --db "$db" "${extra_args[@]}" "$@" \
        >"$run_dir/stdout.log" 2>"$run_dir/stderr.log" &
    hookbench_pid=$!
    local port="" i
    for ((i = 0; i < start_timeout_s * 10; i++)); do
        port=$(sed -n 's#^Listening on http://127\.0\.0\.1:\([0-9]*\)/.*#\1#p' "$run_dir/stdout.log" | head -n 1)
        [[ -n $port ]] && break
        kill -0 "$hookbench_pid" 2>/dev/null || break
        sleep 0.1
    done
    [[ -n $port ]] || die "hookbench did not start:"$'\n'"$(cat "$run_dir/stdout.log" "$run_dir/stderr.log")"

    log "c=$c $key: ${duration} s ..."
    local out=$work_dir/wrk-$key-c$c.txt
    run_wrk "http://127.0.0.1:$port/webhooks/payments" "$c" "$out"
    record "$key,$c" "$out"

    # SIGTERM makes Hookbench drain requests in flight and close the store
    # cleanly; only then is the row count final.
    kill -TERM "$hookbench_pid" 2>/dev/null
    for ((i = 0; i < stop_timeout_s * 10; i++)); do
        kill -0 "$hookbench_pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$hookbench_pid" 2>/dev/null; then
        # A result, not a setup failure: report it and count what was committed.
        notes[$key,$c]+="$key did not exit within ${stop_timeout_s} s of SIGTERM and was killed; "
        kill -KILL "$hookbench_pid" 2>/dev/null
    fi
    wait "$hookbench_pid" 2>/dev/null
    local exit_code=$?
    hookbench_pid=""
    ((exit_code == 0)) || notes[$key,$c]+="$key exited with status $exit_code; "

    stored[$key,$c]=$(sqlite3 "$db" 'select count(*) from requests') \
        || die "cannot count the rows in $db"
    # Events and the search index follow the acknowledgements; this is how far they had
    # come when SIGTERM arrived (the rest is derived the next time the store is opened).
    inspected[$key,$c]=$(sqlite3 "$db" 'select count(*) from events') || inspected[$key,$c]=-
    # Requests answered 200 are committed before the answer, so every
    # acknowledged one must be a row. More rows than acknowledgements is normal:
    # requests in flight when wrk stops are stored but never counted by wrk.
    lost[$key,$c]=$((ack["$key,$c"] > stored[$key,$c] ? ack["$key,$c"] - stored[$key,$c] : 0))
    # Rows recording a failed capture (error_kind set) would pad the count.
    local failed_rows clean
    failed_rows=$(sqlite3 "$db" 'select count(*) from requests where error_kind is not null') \
        || die "cannot query $db"
    if ((failed_rows > 0)); then
        clean=$((stored[$key,$c] - failed_rows))
        notes[$key,$c]+="$failed_rows stored rows are failed captures; lost against clean rows only: $((ack["$key,$c"] > clean ? ack["$key,$c"] - clean : 0)); "
    fi
    log "c=$c $key: ${rps["$key,$c"]} req/s, acknowledged ${ack["$key,$c"]}, stored ${stored[$key,$c]}"
}

for c in "${levels[@]}"; do
    # nginx first: it is stateless, one instance serves every level.
    log "c=$c nginx: ${duration} s ..."
    out=$work_dir/wrk-nginx-c$c.txt
    run_wrk "http://127.0.0.1:$nginx_port/webhooks/payments" "$c" "$out"
    record "nginx,$c" "$out"
    # Hookbench as shipped, then with inspection off: the cost of events and the index.
    run_hookbench hookbench "$c"
    run_hookbench no-inspect "$c" --no-inspect
done

# --- Report ------------------------------------------------------------------

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

echo "Results (${duration} s per run; latency in ms; errors = socket errors + 4xx/5xx seen by wrk)"
row() { printf '%5s  %-9s  %9s  %8s  %8s  %12s  %12s  %6s  %6s  %6s\n' "$@"; }
row conc target "req/s" "p50 ms" "p99 ms" acknowledged stored lost errors ratio
row ----- ---------- --------- -------- -------- ------------ ------------ ------ ------ ------
for c in "${levels[@]}"; do
    n="nginx,$c"
    row "$c" nginx "${rps[$n]}" "${p50[$n]}" "${p99[$n]}" "${ack[$n]}" - - "${errs[$n]}" 1.00
    for key in hookbench no-inspect; do
        h="$key,$c"
        row "$c" "$key" "${rps[$h]}" "${p50[$h]}" "${p99[$h]}" "${ack[$h]}" "${stored[$h]}" \
            "${lost[$h]}" "${errs[$h]}" "$(ratio "${rps[$h]}" "${rps[$n]}")"
    done
done
for key in hookbench no-inspect; do
    for c in "${levels[@]}"; do
        [[ -n ${notes[$key,$c]:-} ]] && echo "  Note c=$c $key: ${notes[$key,$c]%; }"
    done
done
for c in "${levels[@]}"; do
    echo "  c=$c: inspection on/off = $(ratio "${rps["hookbench,$c"]}" "${rps["no-inspect,$c"]}"); events derived by SIGTERM: ${inspected["hookbench,$c"]} of ${stored["hookbench,$c"]}"
done
echo "  ratio = hookbench req/s / nginx req/s at the same concurrency."
echo

# The issue's targets, with this run's figure next to each. Informational only.
verdict() { if [[ $1 == 1 ]]; then echo met; else echo "NOT met"; fi; }
total_lost=0
for c in "${levels[@]}"; do total_lost=$((total_lost + lost["hookbench,$c"] + lost["no-inspect,$c"])); done
echo "Targets (from the issue; informational, never affect the exit status):"
printf "  %-38s %s\n" "lost = 0 at every concurrency:" \
    "$total_lost lost in total - $(verdict $((total_lost == 0)))"
if [[ -n ${rps["hookbench,64"]:-} ]]; then
    r=$(ratio "${rps["hookbench,64"]}" "${rps["nginx,64"]}")
    printf "  %-38s %s\n" "c=64: hookbench/nginx ratio >= 0.5:" \
        "$r - $(verdict "$(awk -v r="$r" 'BEGIN { print ((r >= 0.5) ? 1 : 0) }')")"
else
    printf "  %-38s %s\n" "c=64: hookbench/nginx ratio >= 0.5:" "not measured (64 not in BENCH_CONCURRENCY)"
fi
if [[ -n ${rps["hookbench,64"]:-} && -n ${rps["no-inspect,64"]:-} ]]; then
    r=$(ratio "${rps["hookbench,64"]}" "${rps["no-inspect,64"]}")
    printf "  %-38s %s\n" "c=64: inspection costs <= 20%:" \
        "on/off $r - $(verdict "$(awk -v r="$r" 'BEGIN { print ((r >= 0.8) ? 1 : 0) }')")"
fi
if [[ -n ${p99["hookbench,16"]:-} ]]; then
    printf "  %-38s %s\n" "c=16: hookbench p99 < 20 ms:" \
        "${p99["hookbench,16"]} ms - $(verdict "$(awk -v p="${p99["hookbench,16"]}" 'BEGIN { print ((p < 20) ? 1 : 0) }')")"
else
    printf "  %-38s %s\n" "c=16: hookbench p99 < 20 ms:" "not measured (16 not in BENCH_CONCURRENCY)"
fi
exit 0
