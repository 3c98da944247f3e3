#!/bin/bash
# Builds a baseline commit (default: the tag baseline-wave2) in a temporary git worktree and this
# checkout, runs every command and every export format on Graphs/*.json with both binaries, and
# compares stdout, stderr, exit codes and written files byte for byte.
# The one allowed difference is the structured-reason member ("why", see Docs/reasons.md) that
# JSON results carry next to their sentences: it is cut out of both outputs before comparing.
# Usage: Tests/Scripts/compare_baseline.sh [BASELINE-REF]
# (After merging main, compare with main: commands that the baseline lacks fail the same way there.)
# Needs: swift, git, python3. Set KEEP=1 to keep the output folders.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
ref="${1:-baseline-wave2}"
work=$(mktemp -d)
base_tree="$work/baseline"
cleanup() {
    git -C "$root" worktree remove --force "$base_tree" >/dev/null 2>&1 || true
    [ "${KEEP:-0}" = 1 ] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT

git worktree add --detach "$base_tree" "$ref" >/dev/null 2>&1
echo "building baseline $(git -C "$base_tree" rev-parse --short HEAD) ($ref)" >&2
(cd "$base_tree" && swift build --product papergraph >/dev/null)
echo "building this checkout $(git rev-parse --short HEAD)" >&2
swift build --product papergraph >/dev/null
old_bin="$base_tree/.build/debug/papergraph"
new_bin="$root/.build/debug/papergraph"

# One command per line, run in an empty folder with $G the graph, $P/$Q papers, $T a topic.
commands() {
    cat <<'LIST'
stats $G
stats $G -f json
validate $G
import $G
import $G -o merged.json
convert $G -o native.json
convert $G -o graph.pgraph
convert $G -o graph.pgraph && papergraph stats graph.pgraph -f json
rank $G
rank $G -f json
rank $G -f csv
rank $G --top 0 -f csv
rank $G --top 5 --damping 0.5
rank $G --method exact -f json
rank $G --method power --tolerance 1e-6 --max-iterations 20 -f json
rank $G --personalize $P -f json
rank $G --from-read
rank $G --authors -f json
rank $G --topics
rank $G -o rank.csv
order $G
order $G -f json
order $G -f csv
order $G --topic $T
order $G --top 5 -f json
order $G --topic no-such-topic
order $G --topic attention
path $G --topic learning
path $G --to $P
path $G --to $P -f json
path $G --to $P -f csv
path $G --to $P --max 3
path $G --to $P --max 3 -f json
path $G --to $P --include-read -f json
path $G --topic $T
path $G --topic $T -f json
path $G --to $Q -f json
next $G
next $G -f json
next $G -f csv
next $G --top 0 -f json
related $G $P
related $G $P -f json
related $G $P -f csv
related $G $Q -f json
related $G $P --top 3
connect $G $P $Q
connect $G $P $Q -f json
connect $G $Q $P --limit 2 -f csv
clusters $G
clusters $G -f json
clusters $G -f csv
clusters $G --citations-only -f json
clusters $G --min-size 3 --seed 7 --resolution 1.5
clusters $G --top 5
export $G -f dot
export $G -f json
export $G -f graphml
export $G -f gexf
export $G -f mermaid
export $G -o csvdir -f csv
export $G -o out.dot
export $G -o out.json --links-key links
export $G -o out.graphml --with rank,clusters --include topics,authors
export $G -o out.gexf --with rank,clusters --include topics,authors
export $G -f json --with rank,clusters --include topics,authors
export $G -f dot --with rank,clusters --include topics,authors
export $G -f mermaid --top 20 --with rank,clusters
export $G -o csvfull -f csv --with rank,clusters --include topics,authors
export $G -f dot --top 10
export $G -f json --top 10
export $G -f dot --topic $T
export $G -f dot --around $P --depth 2
export $G -f json --around $P
export $G -f dot --path-to $P
export $G -f dot --path-to $P --path-only
export $G -f json --path-to $P --path-only
export $G -f dot --layout year --rankdir LR
export $G -f dot --cluster-boxes
export $G -f mermaid --top 15 --path-to $P
suggest $G
suggest $G -f json --top 5
export $G -f bibtex
export $G -f csl-json
generate -n 500 --seed 3 -f json
generate -n 300 -k 5 --topics 4 --locality 0.5 --shuffle -f edgelist
generate -n 200 -o synth.pgraph
generate -n 200 -o synth.json
help
rank --help
export --help
related --help
clusters --help
path --help
LIST
}

# Cuts every `"why": VALUE` member (and the comma before it) out of a JSON text.
strip_why() {
    python3 - "$1" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
out, i, key = [], 0, '"why": '
while True:
    j = text.find(key, i)
    if j < 0:
        out.append(text[i:]); break
    k = j - 1
    while k >= 0 and text[k] in " \n": k -= 1
    if k < 0 or text[k] != ",":
        out.append(text[i:j + len(key)]); i = j + len(key); continue
    out.append(text[i:k])
    p, depth, in_string = j + len(key), 0, False
    while True:
        c = text[p]
        if in_string:
            if c == "\\": p += 1
            elif c == '"': in_string = False
        elif c == '"': in_string = True
        elif c in "[{": depth += 1
        elif c in "]}":
            depth -= 1
            if depth == 0: p += 1; break
        p += 1
        if depth == 0 and not in_string and c not in "[{": break
    i = p
open(path, "w", encoding="utf-8").write("".join(out))
PY
}

run_all() {  # BIN OUTDIR
    local bin=$1 out=$2 n=0
    mkdir -p "$out"
    for G_path in "$root"/Graphs/*.json; do
        local gname picks P Q T
        gname=$(basename "$G_path" .json)
        picks=$(python3 - "$G_path" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
papers = d["papers"]
p = max(papers, key=lambda x: (len(x.get("cites", [])), x["id"]))
q = sorted(p.get("cites", []) or [papers[0]["id"]])[0]
t = sorted(x["id"] for x in d.get("topics", []))[0]
print(p["id"], q, t)
PY
)
        read -r P Q T <<<"$picks"
        while IFS= read -r line; do
            n=$((n + 1))
            local case_dir="$out/$gname-$(printf %03d $n)"
            mkdir -p "$case_dir/files"
            cp "$G_path" "$case_dir/files/graph.json"
            local cmd=${line//\$G/graph.json}
            cmd=${cmd//\$P/$P}; cmd=${cmd//\$Q/$Q}; cmd=${cmd//\$T/$T}
            cmd=${cmd//papergraph /\"\$PG\" }
            echo "$cmd" > "$case_dir/command"
            (cd "$case_dir/files" && PG="$bin" timeout 120 bash -c "\"\$PG\" $cmd" \
                >"$case_dir/stdout" 2>"$case_dir/stderr"; echo $? >"$case_dir/rc") || true
            rm "$case_dir/files/graph.json"
        done < <(commands)
    done
}

run_all "$old_bin" "$work/old"
run_all "$new_bin" "$work/new"
# Strip "why" from every JSON-looking output of both runs: the baseline tag has none, and a REF
# taken after typed reasons (main, say) carries it too.
while IFS= read -r -d '' f; do
    if grep -q '"why": ' "$f"; then strip_why "$f"; fi
done < <(find "$work/old" "$work/new" -type f \( -name stdout -o -name '*.json' \) -print0)

cases=$(find "$work/old" -mindepth 1 -maxdepth 1 -type d | wc -l)
if diff -r "$work/old" "$work/new" >"$work/diff.txt"; then
    echo "compare_baseline: $cases cases, every output identical to $ref (after cutting \"why\")"
else
    echo "compare_baseline: DIFFERENCES against $ref:"
    head -100 "$work/diff.txt"
    exit 1
fi
