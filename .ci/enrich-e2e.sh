#!/usr/bin/env bash
# End to end: the Markdown seed reading list enriched against papergraph-testserver (OpenAlex-shaped
# answers for the landmark papers, Tests/Fixtures/enrich-e2e), then next, path and suggest on the
# result. No network: the server listens on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

seed=$(ls ../shared/seeds/004_*.txt 2>/dev/null | head -n 1 || true)
if [ -z "$seed" ]; then
    seed=$(grep -l '✔️' ../shared/seeds/* | head -n 1)
fi
# PAPERGRAPH_BIN_DIR=.build/debug reuses binaries already built (a quick local check).
bin=${PAPERGRAPH_BIN_DIR:-.build/release}
if [ -z "${PAPERGRAPH_BIN_DIR:-}" ]; then
    swift build -c release --product papergraph 2>&1 | tail -n 1
    swift build -c release --product papergraph-testserver 2>&1 | tail -n 1
fi
work=$(mktemp -d)
"$bin/papergraph-testserver" Tests/Fixtures/enrich-e2e > "$work/port" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(awk '{print $2}' "$work/port")
export no_proxy=127.0.0.1,localhost NO_PROXY=127.0.0.1,localhost
unset http_proxy https_proxy all_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY
base=http://127.0.0.1:$port
enrich() {
    "$bin/papergraph" enrich "$seed" --from markdown --cache "$work/cache" --rate 50 \
        --openalex-url "$base/openalex" --s2-url "$base/s2" --crossref-url "$base/crossref" "$@"
}

echo "enrich $seed against the test server on port $port"
enrich -o "$work/enriched.json" --report "$work/report.txt" 2> "$work/first.err"
tail -n 1 "$work/first.err"
matched=$(tail -n 1 "$work/first.err" | sed -E 's/^matched ([0-9]+) of.*/\1/')
[ "$matched" -ge 15 ] || { echo "expected at least 15 papers matched, found $matched" >&2; exit 1; }

enrich -o "$work/again.json" 2> "$work/second.err"
grep -q '; 0 requests, 0 retries' "$work/second.err" || { echo "second run sent requests:" >&2; cat "$work/second.err" >&2; exit 1; }
cmp -s "$work/enriched.json" "$work/again.json" || { echo "second run wrote a different graph" >&2; exit 1; }
enrich --offline -o "$work/offline.json" 2> /dev/null
cmp -s "$work/enriched.json" "$work/offline.json" || { echo "--offline wrote a different graph" >&2; exit 1; }
echo "second run: 0 requests, same graph; --offline: same graph"

"$bin/papergraph" stats "$work/enriched.json" --format json > "$work/stats.json"
python3 - "$work/stats.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
assert s["citations"] >= 50 and s["external"] >= 20, s
print("stats: %d papers, %d external, %d citations" % (s["papers"], s["external"], s["citations"]))
PY

"$bin/papergraph" next "$work/enriched.json" --format json > "$work/next.json" 2> /dev/null
"$bin/papergraph" path "$work/enriched.json" --to LoRA --format json > "$work/path.json" 2> /dev/null
"$bin/papergraph" path "$work/enriched.json" --to Mamba --include-external --max 10 --format json > "$work/mamba.json" 2> /dev/null
python3 - "$work/next.json" "$work/path.json" "$work/mamba.json" <<'PY'
import json, sys
nxt = json.load(open(sys.argv[1]))["next"]
assert sum(1 for row in nxt if row["score"] > 0) >= 3, nxt
path = json.load(open(sys.argv[2]))["steps"]
assert len(path) >= 2 and path[0]["id"] != path[-1]["id"], path
mamba = json.load(open(sys.argv[3]))["steps"]
assert len(mamba) >= 6, mamba
print("next: %d suggestions, first %r; path to LoRA: %d steps; to Mamba with external papers: %d steps"
      % (len(nxt), nxt[0]["title"], len(path), len(mamba)))
PY
if "$bin/papergraph" help suggest > /dev/null 2>&1; then
    "$bin/papergraph" suggest "$work/enriched.json" --format json > "$work/suggest.json" 2> /dev/null
    python3 - "$work/suggest.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
rows = next(v for v in doc.values() if isinstance(v, list)) if isinstance(doc, dict) else doc
assert len(rows) >= 3, doc
print("suggest: %d external papers, first %r" % (len(rows), rows[0].get("title")))
PY
else
    echo "suggest: not in this build (skipped)"
fi
