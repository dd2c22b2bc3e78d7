#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Crash safety: kills `costboard-cli import` and crash_edit_loop with SIGKILL at random moments,
# ITERATIONS times (default 50), each on a fresh copy of a small demo database, and checks after
# each kill that the database is intact and holds all of each write or none of it:
#   - PRAGMA integrity_check is ok and PRAGMA foreign_key_check finds nothing;
#   - the roll-ups equal the lines (totals, line and unconverted counts per basis; per day, project,
#     category and vendor on the cash basis; per project, category and vendor on the accrual basis);
#   - `costboard-cli check` passes, when the CLI has that command;
#   - an import left either nothing or everything a full import of the same file leaves (lines,
#     their amounts, imported rows, the batch row and its figures), measured once up front;
#   - the edit loop's database holds one whole round (see crash_edit_loop.cpp), and no fewer rounds
#     than the loop reported committed before it was killed.
# An import keeps its rows in SQLite's page cache until it commits (it raises cache_size), so the
# file only changes during the commit: half of the import kills wait for the commit to start writing
# the write-ahead log and land soon after, the others at any moment of the run.
# A kill is "mid-run" when the process was still running when it was killed; at least half must be.
# The seed is printed: --seed N replays the same kinds and delays (timings still vary a little).
#
# Usage: kill-test.sh [--seed N] [--rows N] COSTBOARD_CLI CRASH_EDIT_LOOP [ITERATIONS]
# Needs bash, awk, sqlite3 (packaging/install-deps.sh installs it).
set -euo pipefail

seed=$((($(date +%s%N) / 1000) % 32768))
rows=50000 # an import of about 1 s on an idle two-core machine (Debug build)
while [ $# -gt 0 ]; do
    case "$1" in
    --seed) seed=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    *) break ;;
    esac
done
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: kill-test.sh [--seed N] [--rows N] COSTBOARD_CLI CRASH_EDIT_LOOP [ITERATIONS]" >&2
    exit 2
fi
absolute() { case "$1" in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
cli=$(absolute "$1")
edit_loop=$(absolute "$2")
iterations=${3:-50}
for tool in "$cli" "$edit_loop"; do
    [ -x "$tool" ] || { echo "kill-test: $tool is not an executable" >&2; exit 2; }
done
command -v sqlite3 >/dev/null || { echo "kill-test: sqlite3 is missing (packaging/install-deps.sh)" >&2; exit 2; }

RANDOM=$seed
echo "kill-test: seed $seed, $iterations kills, import of $rows rows (replay: --seed $seed --rows $rows)"

work=$(mktemp -d "${TMPDIR:-/tmp}/costboard-kill-test.XXXXXX")
keep_work=0
cleanup() { [ "$keep_work" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT
fail() {
    keep_work=1
    echo "kill-test: FAILED: $*" >&2
    echo "kill-test: the database and the logs are kept in $work (seed $seed)" >&2
    exit 1
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }
sql() { sqlite3 -batch -bail "$@"; }
copy_database() { # from to: a database closed cleanly is its main file alone
    rm -f "$2" "$2-wal" "$2-shm"
    cp "$1" "$2"
}

# `costboard-cli check` (the self-check) runs after each kill when the CLI has it.
has_check=0
if grep -q '^ *costboard-cli check' <<<"$("$cli" --help 2>&1 || true)"; then
    has_check=1
fi

# --- checks after a kill --------------------------------------------------------------------------
check_intact() {
    local db=$1 result
    # One sqlite3 run: integrity, foreign keys, the roll-ups against the lines (totals, line and
    # unconverted counts per basis; each cash roll-up against the lines of its day, project,
    # category and vendor; the accrual roll-ups of each project, category and vendor against
    # their lines), and the import batches against their lines and rows.
    result=$(sql "$db" "
        WITH lines AS (SELECT incurred_on AS day, project_id, category_id, TRIM(vendor) AS vendor,
                              COALESCE(SUM(reporting_minor), 0) AS minor, COUNT(*) AS n
                       FROM cost_lines GROUP BY 1, 2, 3, 4),
             cash AS (SELECT day, project_id, category_id, vendor, reporting_minor AS minor, line_count AS n
                      FROM daily_rollups WHERE basis = 'cash'),
             lines_spread AS (SELECT project_id, category_id, vendor, SUM(minor) AS minor, SUM(n) AS n
                              FROM lines GROUP BY 1, 2, 3),
             accrual AS (SELECT project_id, category_id, vendor, SUM(reporting_minor) AS minor,
                                SUM(line_count) AS n
                         FROM daily_rollups WHERE basis = 'accrual' GROUP BY 1, 2, 3)
        SELECT 'integrity ' || (SELECT group_concat(integrity_check, '; ') FROM pragma_integrity_check()),
               'foreign-keys ' || (SELECT COUNT(*) FROM pragma_foreign_key_check()),
               'basis-totals ' || (SELECT COUNT(*) FROM (SELECT 'accrual' AS basis UNION ALL SELECT 'cash') b
                   WHERE (SELECT COALESCE(SUM(reporting_minor), 0) FROM daily_rollups r WHERE r.basis = b.basis)
                             <> (SELECT COALESCE(SUM(reporting_minor), 0) FROM cost_lines)
                      OR (SELECT COALESCE(SUM(line_count), 0) FROM daily_rollups r WHERE r.basis = b.basis)
                             <> (SELECT COUNT(*) FROM cost_lines)
                      OR (SELECT COALESCE(SUM(unconverted_count), 0) FROM daily_rollups r WHERE r.basis = b.basis)
                             <> (SELECT COUNT(*) FROM cost_lines WHERE reporting_minor IS NULL)
                      OR EXISTS (SELECT 1 FROM daily_rollups r WHERE r.basis = b.basis AND r.line_count < 0)),
               'cash ' || ((SELECT COUNT(*) FROM (SELECT * FROM lines EXCEPT SELECT * FROM cash))
                           + (SELECT COUNT(*) FROM (SELECT * FROM cash EXCEPT SELECT * FROM lines))),
               'accrual ' || ((SELECT COUNT(*) FROM (SELECT * FROM lines_spread EXCEPT SELECT * FROM accrual))
                              + (SELECT COUNT(*) FROM (SELECT * FROM accrual EXCEPT SELECT * FROM lines_spread))),
               'batches ' || (SELECT COUNT(*) FROM import_batches b
                   WHERE b.row_count <> (SELECT COUNT(*) FROM import_rows r WHERE r.batch_id = b.id)
                      OR b.reporting_total_minor <> (SELECT COALESCE(SUM(reporting_minor), 0) FROM cost_lines c
                                                     WHERE c.import_batch_id = b.id));") \
        || fail "$db: sqlite3 cannot read it"
    [ "$result" = "integrity ok|foreign-keys 0|basis-totals 0|cash 0|accrual 0|batches 0" ] \
        || fail "$db is not intact: $result"
    if [ "$has_check" = 1 ]; then
        "$cli" check --db "$db" --lang en >"$db.check.log" 2>&1 || fail "$db: costboard-cli check: $(cat "$db.check.log")"
    fi
}

check_import() {
    local db=$1 figures
    figures=$(import_figures "$db")
    if [ "$figures" = "$nothing" ]; then
        import_left=nothing
    elif [ "$figures" = "$everything" ]; then
        import_left=everything
    else
        fail "$db: the killed import left part of itself: $figures (nothing: $nothing, everything: $everything)"
    fi
}

check_rounds() {
    local db=$1 printed=$2 found round rate lines expected expected_rate
    found=$(sql "$db" "
        SELECT COALESCE((SELECT amount_minor / 100 FROM budgets
                         WHERE project_id IS NULL AND category_id = 7 AND period_kind = 'month'
                           AND period_start = '2031-01-01'), 0),
               COALESCE((SELECT rate_nanos FROM fx_rates
                         WHERE currency = 'USD' AND quote_currency = 'EUR' AND valid_from = '2031-01-01'), 0),
               COALESCE((SELECT group_concat(external_ref || ':' || amount_minor || ':' || reporting_minor, ' ')
                         FROM (SELECT * FROM cost_lines WHERE external_ref LIKE 'crash-edit-%' ORDER BY id)), '');")
    IFS='|' read -r round rate lines <<<"$found"
    if [ "$round" = 0 ]; then
        expected_rate=0
        expected=""
    else
        expected_rate=$((900000000 + round))
        expected="crash-edit-$round:1000000000:$expected_rate"
        if [ "$round" -gt 1 ]; then
            expected="crash-edit-$((round - 1)):2000000000:$((2 * expected_rate)) $expected"
        fi
    fi
    [ "$rate" = "$expected_rate" ] || fail "$db: round $round but the rate of round $((rate - 900000000))"
    [ "$lines" = "$expected" ] || fail "$db: round $round but its lines are '$lines' (expected '$expected')"
    if [ "$round" -lt "$printed" ] || [ "$round" -gt $((printed + 1)) ]; then
        fail "$db: holds round $round but the loop had reported round $printed committed"
    fi
    rounds_left=$round
}

# --- the base database, the import file and what a whole import leaves -------------------------
"$cli" demo --db "$work/base.sqlite" --weeks 4 --lines 100 --seed 1 --lang en >"$work/demo.log" 2>&1 \
    || fail "costboard-cli demo: $(cat "$work/demo.log")"
sql "$work/base.sqlite" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
rm -f "$work/base.sqlite-wal" "$work/base.sqlite-shm"

# The demo's days, from the Monday of its first week to today: its exchange rates cover them
# whatever the day the test runs (the demo ends in the current week).
first_week=$(sed -n 's/^ *weeks: *\([0-9]\{4\}\)-W\([0-9]\{2\}\) to .*/\1 \2/p' "$work/demo.log")
[ -n "$first_week" ] || fail "costboard-cli demo did not say its weeks: $(cat "$work/demo.log")"
read -r week_year week_number <<<"$first_week"
jan4="$week_year-01-04" # ISO 8601: week 1 holds 4 January
first_monday=$(date -d "$jan4 -$(($(date -d "$jan4" +%u) - 1)) days +$(((10#$week_number - 1) * 7)) days" +%F)
days=""
for ((d = 0; d < 28; d++)); do
    day=$(date -d "$first_monday +$d days" +%F)
    [[ "$day" > "$(date +%F)" ]] && break
    days="$days $day"
done

# An Azure cost-details export (recognised by its columns; only those the reader needs), in euros
# and dollars, over those days and six resource groups: the import books it as a few hundred lines.
awk -v rows="$rows" -v days="$days" 'BEGIN {
    split("SUP LEG CLM MKT RAG DEV", groups, " ")
    split("gpt-4o-mini-Inp Tokens|gpt-4o-mini-Outp Tokens|gpt-4o-Inp Tokens|text-embedding-3 Tokens", meters, "|")
    day_count = split(days, day, " ")
    print "Date,MeterCategory,MeterName,Quantity,CostInBillingCurrency,BillingCurrency,ResourceGroup"
    for (i = 1; i <= rows; i++)
        printf "%s,Cognitive Services,%s,%d.%03d,%d.%05d,%s,RG-%s\n", day[1 + i % day_count],
               meters[1 + int(i / 5) % 4], 100 + i % 9000, i % 1000, i % 50, (i * 37) % 100000,
               (i % 4 == 0 ? "USD" : "EUR"), groups[1 + i % 6]
}' >"$work/import.csv"

# What the import adds: batches, its lines (count, amounts), its rows, the batch's own figures.
import_figures() {
    sql "$1" "SELECT (SELECT COUNT(*) FROM import_batches),
                     (SELECT COUNT(*) FROM cost_lines WHERE import_batch_id IS NOT NULL),
                     (SELECT COALESCE(SUM(amount_minor), 0) FROM cost_lines WHERE import_batch_id IS NOT NULL),
                     (SELECT COALESCE(SUM(reporting_minor), 0) FROM cost_lines WHERE import_batch_id IS NOT NULL),
                     (SELECT COUNT(*) FROM import_rows),
                     (SELECT COALESCE(SUM(row_count), 0) FROM import_batches WHERE status = 'active'),
                     (SELECT COALESCE(SUM(reporting_total_minor), 0) FROM import_batches WHERE status = 'active')"
}
wal_bytes() { stat -c %s "$1-wal" 2>/dev/null || echo 0; }
# Returns once the write-ahead log of database $1 holds something, or process $2 has ended.
wait_for_wal() {
    while kill -0 "$2" 2>/dev/null && [ ! -s "$1-wal" ]; do
        sleep 0.005
    done
}
nothing=$(import_figures "$work/base.sqlite")
copy_database "$work/base.sqlite" "$work/full.sqlite"
started=$(now_ms)
"$cli" import "$work/import.csv" --db "$work/full.sqlite" --lang en >"$work/full-import.log" 2>&1 &
pid=$!
wait_for_wal "$work/full.sqlite" "$pid"
commit_started=$(now_ms)
wait "$pid" || fail "the full import: $(cat "$work/full-import.log")"
import_ms=$(($(now_ms) - started))
commit_ms=$(($(now_ms) - commit_started))
everything=$(import_figures "$work/full.sqlite")
[ "$everything" != "$nothing" ] || fail "the full import added nothing"
check_intact "$work/full.sqlite"
echo "kill-test: a whole import takes $import_ms ms, its commit $commit_ms ms; before: $nothing; after: $everything"

# How long a few rounds of the edit loop take, start-up included: kills land within that.
copy_database "$work/base.sqlite" "$work/rounds.sqlite"
started=$(now_ms)
"$edit_loop" "$work/rounds.sqlite" 10 >"$work/rounds.log" 2>&1 || fail "the edit loop: $(cat "$work/rounds.log")"
edit_ms=$(($(now_ms) - started))
echo "kill-test: 10 rounds of the edit loop take $edit_ms ms"

# --- the kills ------------------------------------------------------------------------------------
mid_run=0
after_end=0
imports_nothing=0
imports_everything=0
imports_mid_write=0
import_kills=0
edit_kills=0
edit_rounds=0
started_all=$(now_ms)
for ((i = 1; i <= iterations; i++)); do
    db="$work/kill-$i.sqlite"
    copy_database "$work/base.sqlite" "$db"
    case $((RANDOM % 4)) in
    0)
        kind=import
        # At any moment of a whole import's time: mostly while it reads the file inside its
        # transaction, some after its commit (as later runs are faster than the measured one).
        delay_ms=$((RANDOM * import_ms / 32768))
        "$cli" import "$work/import.csv" --db "$db" --lang en >"$db.log" 2>&1 &
        ;;
    1)
        kind=commit
        # Once the commit has begun writing the write-ahead log, within the first quarter of the
        # time from there to the end: mostly while it appends the transaction (a few ms), else
        # while it checkpoints.
        delay_ms=$((RANDOM * commit_ms / 4 / 32768))
        "$cli" import "$work/import.csv" --db "$db" --lang en >"$db.log" 2>&1 &
        wait_for_wal "$db" "$!"
        ;;
    *)
        kind=edit
        delay_ms=$((RANDOM * edit_ms / 32768))
        "$edit_loop" "$db" >"$db.log" 2>&1 &
        ;;
    esac
    pid=$!
    sleep "$((delay_ms / 1000)).$(printf '%03d' $((delay_ms % 1000)))"
    kill -KILL "$pid" 2>/dev/null || true
    status=0
    wait "$pid" 2>/dev/null || status=$? # without bash's "Killed" line
    # 128 + SIGKILL: the kill found it running. (Had it ended, even unreaped, it keeps its own status.)
    if [ "$status" = 137 ]; then
        state=mid-run
        mid_run=$((mid_run + 1))
    elif [ "$status" = 0 ]; then
        state=after-end
        after_end=$((after_end + 1))
    else
        fail "$kind $i ended by itself with exit $status: $(cat "$db.log")"
    fi

    # What the killed process had written to the write-ahead log (read before anything opens
    # the file again).
    wal_left=$(wal_bytes "$db")
    check_intact "$db"
    if [ "$kind" != edit ]; then
        import_kills=$((import_kills + 1))
        check_import "$db"
        [ "$import_left" = nothing ] && imports_nothing=$((imports_nothing + 1))
        [ "$import_left" = everything ] && imports_everything=$((imports_everything + 1))
        [ "$state" = after-end ] && [ "$import_left" != everything ] && fail "$db: a finished import left nothing"
        if [ "$state" = mid-run ] && [ "$wal_left" -gt 0 ]; then
            imports_mid_write=$((imports_mid_write + 1))
        fi
        outcome="left $import_left, WAL $((wal_left / 1024)) KB"
    else
        edit_kills=$((edit_kills + 1))
        printed=$(grep -c '^committed ' "$db.log" || true)
        check_rounds "$db" "$printed"
        edit_rounds=$((edit_rounds + rounds_left))
        outcome="holds round $rounds_left ($printed reported)"
    fi
    printf 'kill-test: %2d %-6s killed after %5d ms, %-9s %s\n' "$i" "$kind" "$delay_ms" "$state" "$outcome"
    rm -f "$db" "$db-wal" "$db-shm" "$db.log" "$db.check.log"
done

echo "kill-test: $iterations kills in $(($(now_ms) - started_all)) ms: $mid_run mid-run, $after_end after the end"
echo "kill-test: imports: $import_kills killed ($imports_mid_write while writing the write-ahead log)," \
     "$imports_nothing left nothing, $imports_everything left everything"
echo "kill-test: edit loops: $edit_kills killed, $edit_rounds whole rounds found in all"
[ "$has_check" = 1 ] && echo "kill-test: costboard-cli check passed after every kill" \
    || echo "kill-test: costboard-cli has no check command: not run"
if ((mid_run * 2 < iterations)); then
    fail "only $mid_run of $iterations kills landed while the process was running: the test proved little"
fi
echo "kill-test: passed"
