#!/usr/bin/env bash
# The interactive HTML map (issue 13): lints and unit-tests the page's script with node, then opens
# exports in headless Chromium over the DevTools protocol (Tests/Scripts/htmlmap_browser.py) and
# checks drawing, search, panel, reading path, safety and that no network request is made.
# Screenshots for a person go to ${HTMLMAP_ARTIFACTS:-.ci-artifacts/htmlmap}.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
out="${HTMLMAP_ARTIFACTS:-.ci-artifacts/htmlmap}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! command -v chromium >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    apt-get update -qq
    command -v chromium >/dev/null 2>&1 || apt-get install -y -qq chromium >/dev/null
    command -v node >/dev/null 2>&1 || apt-get install -y -qq nodejs >/dev/null
fi

resources=Sources/PaperGraphIO/Export/HTMLMap/Resources
node --check "$resources/map.js"
node Tests/HTMLMap/map.test.js

bin="${PAPERGRAPH:-.build/release/papergraph}"
[ -x "$bin" ] || swift build -c release --product papergraph 2>&1 | tail -n 1

# The landmarks graph: every paper drawn, search, panel, and the reading path of `papergraph path`.
target=2017-12-attention-is-all-you-need
"$bin" export Graphs/ml-landmarks.json -o "$work/landmarks.html" --title "ML landmarks"
"$bin" path Graphs/ml-landmarks.json --to "$target" --max 10 --format json > "$work/path.json"
papers=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["papers"]))' Graphs/ml-landmarks.json)
timeout 180 python3 Tests/Scripts/htmlmap_browser.py check "$work/landmarks.html" --papers "$papers" \
    --search "attention is all you need" --expect "$target" --path-file "$work/path.json" --screenshot "$out/landmarks"

# Year layout opens too.
"$bin" export Graphs/ml-landmarks.json -o "$work/landmarks-year.html" --layout year
timeout 180 python3 Tests/Scripts/htmlmap_browser.py check "$work/landmarks-year.html" --papers "$papers" --screenshot "$out/landmarks-year"

# Hostile titles, keys, links and notes: nothing runs, everything shows as text.
hostile=Tests/PaperGraphIOTests/Fixtures/hostile-titles.json
"$bin" export "$hostile" -o "$work/hostile.html"
timeout 180 python3 Tests/Scripts/htmlmap_browser.py check "$work/hostile.html" --papers 5 --hostile "$hostile" \
    --screenshot "$out/hostile"

# --public leaves read status and notes out.
"$bin" export "$hostile" -o "$work/public.html" --public
python3 - "$work/public.html" <<'PY'
import json, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
data = json.loads(re.search(r'<script type="application/json" id="pg-data">(.*?)</script>', html, re.S).group(1))
assert data["public"] is True
assert set(data["papers"]["status"]) == {0}, data["papers"]["status"]
assert all(n is None for n in data["papers"]["notes"])
print("ok   --public: no read status, no notes")
PY

# DOT with the same layout renders with neato -n2.
"$bin" export Graphs/ml-landmarks.json --format dot --layout force --with rank,clusters -o "$work/landmarks.dot"
grep -q 'pos="' "$work/landmarks.dot"
neato -n2 -Tsvg "$work/landmarks.dot" -o "$out/landmarks-neato.svg"
echo "ok   DOT --layout force renders with neato -n2"
echo "screenshots in $out"
