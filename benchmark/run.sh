#!/usr/bin/env bash
# The kpi benchmark: whole-process timings of kpi and of DuckDB on the same generated files,
# median of 5 runs after one warm-up, with peak resident memory and CPU time, in one run.
#   benchmark/run.sh            # 3M-row NEET scorecard (P1), -Xmx256m (P2), XLSX (P3), a full drop of
#                               # every kind at 10 x the sample (P4), datapack against scorecard (P5),
#                               # --version and kpis (P6), kpi diff of two 3M-row drops in -Xmx512m
#   benchmark/run.sh --large    # also the 30M-row file (P2), about 1.6 GB on disk
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${KPI_BENCH_DIR:-benchmark/target/data}
RUNS=5
mkdir -p "$WORK"

./mvnw -B -q -DskipTests package
./mvnw -B -q -f benchmark/pom.xml -DskipTests package
KPI=$(ls app/target/app-*-all.jar | head -n 1)
DUCK=benchmark/target/duckdb-neet.jar

gen() {  # gen DIR ROWS [--xlsx]
  [ -e "$1/neet-tracking.${3:+xlsx}${3:-csv}" ] || java -jar "$KPI" generate -q --rows "$2" --seed 1 --out "$1" ${3:-}
}

# time_runs NAME CMD...: prints "NAME median_seconds peak_rss_mb median_cpu_seconds" (CPU is
# user + system time over all threads: how much of the two cores each tool keeps busy)
time_runs() {
  local name=$1; shift
  "$@" > /dev/null 2>&1 || { echo "$name FAILED"; return; }
  local secs=() rss=() cpu=()
  for i in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M %U %S" -o "$WORK/time.txt" "$@" > /dev/null 2>&1
    read -r s m u k < "$WORK/time.txt"
    secs+=("$s"); rss+=("$m"); cpu+=("$(python3 -c "print('%.2f' % ($u + $k))")")
  done
  local med peak medcpu
  med=$(printf '%s\n' "${secs[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  peak=$(printf '%s\n' "${rss[@]}" | sort -n | tail -n 1)
  medcpu=$(printf '%s\n' "${cpu[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  printf '%-34s %8s s %8d MB %8s s CPU\n' "$name" "$med" $(( peak / 1024 )) "$medcpu"
  echo "$med" > "$WORK/$name.median"
}

gen "$WORK/neet-3m" 3000000
gen "$WORK/neet-1m" 1000000
gen "$WORK/neet-1m-xlsx" 1000000 --xlsx
# A full drop (every kind) at ten times the sample's size, with the sample's reference lists.
if [ ! -e "$WORK/full-10x/apprenticeship-starts.csv" ]; then
  java -jar "$KPI" generate -q --sample --scale 10 --seed 1 --out "$WORK/full-10x"
  cp -rn sample-data/reference sample-data/returns.csv sample-data/comparators "$WORK/full-10x/" 2>/dev/null || true
fi
CSV3=$WORK/neet-3m/neet-tracking.csv
# The next month's drop for kpi diff: every 1,000th row gone, every 500th row's activity code changed.
if [ ! -e "$WORK/neet-3m-next/neet-tracking.csv" ]; then
  mkdir -p "$WORK/neet-3m-next/reference"
  cp "$WORK/neet-3m/reference/districts.csv" "$WORK/neet-3m-next/reference/"
  awk -F, -v OFS=, 'NR > 1 && NR % 1000 == 0 { next }
    NR > 1 && NR % 500 == 0 { $5 = ($5 == 540 ? 610 : 540) } { print }' "$CSV3" \
    > "$WORK/neet-3m-next/neet-tracking.csv"
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -n 1)"
echo "files: 3M rows $(stat -c %s "$CSV3") bytes; 1M-row XLSX $(stat -c %s "$WORK/neet-1m-xlsx/neet-tracking.xlsx") bytes"
echo

# Both must agree before any time counts.
java -jar "$KPI" scorecard -q --data "$WORK/neet-3m" --format json -o "$WORK/kpi-3m.json"
KPI_NEET=$(python3 -c "import json;d=json.load(open('$WORK/kpi-3m.json'));print('%.6f'%[k['value'] for k in d['kpis'] if k['id']=='KPI-07'][0])")
DUCK_NEET=$(java -jar "$DUCK" "$CSV3" | sed -E 's/.*neet=([0-9.]+).*/\1/')
echo "county NEET 16-17 (Dec-Feb mean): kpi $KPI_NEET, DuckDB $DUCK_NEET"
[ "$KPI_NEET" = "$DUCK_NEET" ] || { echo "kpi and DuckDB disagree"; exit 1; }
echo

printf '%-34s %10s %11s\n' "run" "median" "peak RSS"
time_runs duckdb-3m java -jar "$DUCK" "$CSV3"
time_runs kpi-3m java -jar "$KPI" scorecard -q --data "$WORK/neet-3m" --format json -o "$WORK/o.json"
time_runs kpi-3m-xmx256m java -Xmx256m -jar "$KPI" scorecard -q --data "$WORK/neet-3m" --format json -o "$WORK/o.json"
time_runs kpi-1m-csv-xmx512m java -Xmx512m -jar "$KPI" scorecard -q --data "$WORK/neet-1m" --format json -o "$WORK/o.json"
time_runs kpi-1m-xlsx-xmx512m java -Xmx512m -jar "$KPI" scorecard -q --data "$WORK/neet-1m-xlsx" --format json -o "$WORK/o.json"
time_runs kpi-diff-3m-xmx512m java -Xmx512m -jar "$KPI" diff -q "$WORK/neet-3m" "$WORK/neet-3m-next" --format json -o "$WORK/diff.json"
time_runs duckdb-full-10x java -cp "$DUCK" kpi.bench.DuckDbDrop "$WORK/full-10x"
time_runs kpi-full-10x java -jar "$KPI" scorecard -q --data "$WORK/full-10x" --format json -o "$WORK/o.json"
time_runs kpi-sample-scorecard java -jar "$KPI" scorecard -q --format json -o "$WORK/o.json"
time_runs kpi-sample-datapack java -jar "$KPI" datapack -q --format xlsx,html --out "$WORK/pack"
time_runs java-version java -version
time_runs kpi-version java -jar "$KPI" --version
time_runs kpi-kpis java -jar "$KPI" kpis
# What users type: the launcher adds its staleness check and the class-data-sharing archive.
./kpi --version > /dev/null 2>&1  # writes the archive once, outside the timings
time_runs launcher-version ./kpi --version
time_runs launcher-kpis ./kpi kpis
if [ "${1:-}" = "--large" ]; then
  gen "$WORK/neet-30m" 30000000
  time_runs duckdb-30m java -jar "$DUCK" "$WORK/neet-30m/neet-tracking.csv"
  time_runs kpi-30m-xmx256m java -Xmx256m -jar "$KPI" scorecard -q --data "$WORK/neet-30m" --format json -o "$WORK/o.json"
fi
# How much of a run is the JIT compiler's: HotSpot's own count of its compile time (one run each).
jit() { echo "$1: $("${@:2}" 2>/dev/null | sed -n 's/.*Total compilation time *: *\([0-9.]*\) s.*/\1/p') s compiling"; }
echo
jit "JIT kpi-3m" java -XX:+CITime -jar "$KPI" scorecard -q --data "$WORK/neet-3m" --format json -o "$WORK/o.json"
jit "JIT kpi-sample-datapack" java -XX:+CITime -jar "$KPI" datapack -q --format xlsx,html --out "$WORK/pack"
echo
ratio() { python3 -c "print('%.2f' % ($(cat "$WORK/$1.median") / $(cat "$WORK/$2.median")))"; }
echo "P1 kpi / DuckDB, 3M rows:        $(ratio kpi-3m duckdb-3m) (target <= 1.0)"
echo "P3 XLSX / CSV, 1M rows:          $(ratio kpi-1m-xlsx-xmx512m kpi-1m-csv-xmx512m) (target <= 4)"
echo "kpi diff, two 3M-row drops, -Xmx512m: $(cat "$WORK/kpi-diff-3m-xmx512m.median") s; kpi-3m scorecard: $(cat "$WORK/kpi-3m.median") s"
echo "P4 full drop (10 x sample) kpi / DuckDB: $(ratio kpi-full-10x duckdb-full-10x) (target <= 1.5)"
echo "P5 datapack / scorecard, sample: $(ratio kpi-sample-datapack kpi-sample-scorecard) (target <= 2)"
echo "P6 kpi --version / java -version: $(ratio kpi-version java-version) (target <= 3)"
echo "P6 kpi kpis / java -version:      $(ratio kpi-kpis java-version) (target <= 3)"
echo "P6 ./kpi --version / java -version: $(ratio launcher-version java-version); ./kpi kpis: $(ratio launcher-kpis java-version) (launcher, class archive)"
[ "${1:-}" = "--large" ] && echo "P2 30M rows, -Xmx256m, kpi / DuckDB: $(ratio kpi-30m-xmx256m duckdb-30m)"
exit 0
