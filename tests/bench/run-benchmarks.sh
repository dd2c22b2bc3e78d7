#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CostBoard's benchmarks in one table, the same columns every run, so that two runs can be diffed:
# for each database size, the snapshot, the dashboard refresh, the cost-lines first screen and the
# alert evaluation (median and 90th percentile, ms), and the import of a fixed generated file
# (cost lines per second). Timings are printed, never asserted (DESIGN.md §7).
#
#   tests/bench/run-benchmarks.sh [--build DIR] [--sizes 10000,1000000[,10000000]] [--runs R]
#                                 [--cache DIR] [--import-rows N] [--json]
#
# --build     a Release (or RelWithDebInfo) build tree with the bench_* targets built
#             (default build/release)
# --sizes     cost lines of each database (default 10000,1000000; 10,000,000 takes minutes to
#             generate, once)
# --cache     where the generated databases are kept between runs (default $TMPDIR/costboard-bench)
# --json      print the table as JSON lines instead of text
set -euo pipefail

build=build/release
sizes=10000,1000000
runs=9
cache="${TMPDIR:-/tmp}/costboard-bench"
import_rows=100000
json=0
while (($#)); do
    case "$1" in
    --build) build=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --cache) cache=$2; shift 2 ;;
    --import-rows) import_rows=$2; shift 2 ;;
    --json) json=1; shift ;;
    -h | --help) sed -n '3,17p' "$0"; exit 0 ;;
    *) echo "run-benchmarks.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
for tool in jq; do
    command -v "$tool" >/dev/null || { echo "run-benchmarks.sh: $tool is needed" >&2; exit 2; }
done
bench="$build/tests/bench"
for program in "$build/app/costboard" "$bench/bench_dashboard" "$bench/bench_costlines" \
    "$bench/bench_alertpass" "$bench/bench_import"; do
    [[ -x $program ]] || { echo "run-benchmarks.sh: $program is not built" >&2; exit 2; }
done
mkdir -p "$cache"
export QT_QPA_PLATFORM=offscreen

# The figures each column reads, by the label the bench prints (tests/bench/bench_*.cpp).
snapshot_label='snapshot, last-13-weeks'
refresh_label='dashboard page refresh after a filter change'
first_screen_label='model constructed (first fetch)'
alerts_label='alerts: evaluate, nothing new'

# figure FILE LABEL: "median p90 first" of the JSON line whose figure starts with LABEL.
figure() {
    jq -r --arg name "$2" 'select(.figure | startswith($name)) | "\(.median_ms) \(.p90_ms) \(.first_ms)"' "$1" |
        head -n 1
}

# Import does not depend on the database size: one run for the whole table, into fresh databases.
import_json="$cache/import.jsonl"
"$bench/bench_import" --lines "$import_rows" --runs 3 --json --only accounting \
    | grep '^{' >"$import_json"
import_rate=$(jq -r 'select(.figure | startswith("import")) | .costboard_rows_per_s' "$import_json" | head -n 1)

rows=()
IFS=, read -r -a size_list <<<"$sizes"
for lines in "${size_list[@]}"; do
    db="$cache/costboard-demo-$lines.sqlite"
    if [[ ! -s $db ]]; then
        echo "generating $lines cost lines into $db …" >&2
        "$build/app/costboard" demo --db "$db" --lines "$lines" --force >&2
    fi
    results="$cache/results-$lines.jsonl"
    {
        "$bench/bench_dashboard" --db "$db" --runs "$runs" --json \
            --only "$snapshot_label" --only "$refresh_label"
        "$bench/bench_costlines" --db "$db" --runs "$runs" --json --only "$first_screen_label"
        "$bench/bench_alertpass" --db "$db" --runs "$runs" --json --only "$alerts_label"
    } | grep '^{' >"$results"
    # The first snapshot reads the roll-ups from SQLite; the next ones find them in memory until
    # the data changes (core/analytics/ledger.cpp): both are shown.
    read -r snapshot_median snapshot_p90 snapshot_first <<<"$(figure "$results" "$snapshot_label")"
    read -r refresh_median refresh_p90 _ <<<"$(figure "$results" "$refresh_label")"
    read -r first_median first_p90 _ <<<"$(figure "$results" "$first_screen_label")"
    read -r alerts_median alerts_p90 _ <<<"$(figure "$results" "$alerts_label")"
    rows+=("$lines $snapshot_first $snapshot_median $snapshot_p90 $refresh_median $refresh_p90 $first_median $first_p90 $alerts_median $alerts_p90 $import_rate")
done

if ((json)); then
    for row in "${rows[@]}"; do
        read -r lines cold a b c d e f g h rate <<<"$row"
        jq -cn --argjson lines "$lines" --argjson sc "$cold" --argjson sm "$a" --argjson sp "$b" --argjson rm "$c" --argjson rp "$d" \
            --argjson fm "$e" --argjson fp "$f" --argjson am "$g" --argjson ap "$h" --argjson rate "$rate" \
            '{lines: $lines, snapshot_ms: {first: $sc, median: $sm, p90: $sp}, dashboard_refresh_ms: {median: $rm, p90: $rp},
              costlines_first_screen_ms: {median: $fm, p90: $fp}, alert_evaluation_ms: {median: $am, p90: $ap},
              import_lines_per_s: $rate}'
    done
    exit 0
fi
echo "CostBoard benchmarks: median / p90 in ms of $runs runs (first run excluded); $(date -u +%Y-%m-%dT%H:%MZ), load$(uptime | sed 's/.*load average//')"
printf '%-10s %10s %17s %17s %17s %17s %14s\n' "lines" "snapshot" "snapshot" "dashboard" "cost lines" "alerts" "import"
printf '%-10s %10s %17s %17s %17s %17s %14s\n' "" "first read" "(13 weeks)" "refresh" "first screen" "evaluation" "lines/s"
for row in "${rows[@]}"; do
    read -r lines cold a b c d e f g h rate <<<"$row"
    printf '%-10s %10.1f %8.1f /%7.1f %8.1f /%7.1f %8.1f /%7.1f %8.1f /%7.1f %14.0f\n' \
        "$lines" "$cold" "$a" "$b" "$c" "$d" "$e" "$f" "$g" "$h" "$rate"
done
echo "import: $import_rows generated accounting-CSV rows into a fresh database (bench_import), the same for every size"
