#!/usr/bin/env bash
# Times papergraph commands as whole processes, as users run them: best of 3 by wall clock,
# with the CPU time (user + sys) of that run and the peak RSS of the three (GNU time -v).
# Prints key=value pairs for report.py. Usage: commands.sh PAPERGRAPH GRAPH.txt GRAPH.pgraph
# COMMANDS_CONVERT=0 / COMMANDS_CLUSTERS=0 leave out the two slowest commands.
set -euo pipefail
PG=$1 TEXT=$2 BINARY=$3
TIME=/usr/bin/time
if [ ! -x "$TIME" ]; then echo "note=commands-skipped-(no-/usr/bin/time)"; exit 0; fi
# A paper with many citers for `related`: the most cited one (its key from `rank`).
PAPER=$("$PG" rank "$BINARY" --top 1 --format csv | sed -n 2p | cut -d, -f4)
measure() { # name, then the command
  local name=$1; shift
  local best="" cpu="" rss=0
  for _ in 1 2 3; do
    "$TIME" -f "%e %U %S %M" -o "$WORK_TIME" "$@" > /dev/null 2>&1 || { echo -n " cmd_${name}_s=failed"; return; }
    read -r wall user sys kb < <(tail -1 "$WORK_TIME")
    if [ -z "$best" ] || [ "$(echo "$wall < $best" | bc)" = 1 ]; then best=$wall; cpu=$(echo "$user + $sys" | bc); fi
    if [ "$kb" -gt "$rss" ]; then rss=$kb; fi
  done
  echo -n " cmd_${name}_s=$best cmd_${name}_cpu_s=$cpu cmd_${name}_rss_mb=$((rss / 1024))"
}
WORK_TIME=$(mktemp)
trap 'rm -f "$WORK_TIME"' EXIT
measure rank_txt "$PG" rank "$TEXT"
measure rank_pgraph "$PG" rank "$BINARY" --top 20
measure order_pgraph "$PG" order "$BINARY"
measure stats_pgraph "$PG" stats "$BINARY"
measure related_pgraph "$PG" related "$BINARY" "$PAPER"
if [ "${COMMANDS_CONVERT:-1}" = 1 ]; then
  measure convert_txt "$PG" convert "$TEXT" -o "$BINARY.converted.pgraph"
  rm -f "$BINARY.converted.pgraph"
fi
if [ "${COMMANDS_CLUSTERS:-1}" = 1 ]; then measure clusters_pgraph "$PG" clusters "$BINARY" --citations-only; fi
echo " load_average=$(cut -d' ' -f1 /proc/loadavg)"
