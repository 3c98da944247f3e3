#!/usr/bin/env bash
# Regenerates the DOT files and SVG renders in Graphs/ from the sample graphs.
# Needs the Swift toolchain and Graphviz (`dot`). Usage: Graphs/render.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product papergraph >/dev/null
pg=.build/release/papergraph

# ml-foundations, whole: coloured and boxed by topic cluster, sized by PageRank, read papers marked.
$pg export Graphs/ml-foundations.json --with rank,clusters --cluster-boxes -o Graphs/ml-foundations.dot
# The reading path to Mamba in ml-foundations (read papers are skipped: they are known).
$pg export Graphs/ml-foundations.json --path-to "Mamba" --path-only --with rank --rankdir LR -o Graphs/ml-foundations-path-mamba.dot
# ml-landmarks: the 40 most important papers by PageRank, coloured by cluster, years on ranks.
$pg export Graphs/ml-landmarks.json --top 40 --with rank,clusters --layout year -o Graphs/ml-landmarks-top40.dot

# The whole ml-foundations graph is mostly small islands, which `dot` lines up in one very wide row;
# `fdp` (same DOT file) packs the cluster boxes into a readable map.
fdp -Tsvg Graphs/ml-foundations.dot -o Graphs/ml-foundations.svg
for f in Graphs/ml-foundations-path-mamba.dot Graphs/ml-landmarks-top40.dot; do
    dot -Tsvg "$f" -o "${f%.dot}.svg"
done
echo "rendered Graphs/ml-foundations.svg Graphs/ml-foundations-path-mamba.svg Graphs/ml-landmarks-top40.svg"
