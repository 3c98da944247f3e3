#!/bin/sh
# Writes export samples from the exporter tests into a folder and checks them with networkx and
# Graphviz. Usage: Tests/Scripts/make_export_samples.sh [FOLDER]   (default: a fresh temporary folder)
# Needs: swift, python3 with networkx >= 3.4, graphviz (dot).
set -eu
cd "$(dirname "$0")/../.."
folder="${1:-$(mktemp -d)}"
rm -f "$folder"/*.expect.json
PAPERGRAPH_EXPORT_SAMPLES="$folder" swift test --filter 'DOTWriterTests|NodeLinkJSONWriterTests|GraphMLWriterTests|GEXFWriterTests|CSVWriterTests|MermaidWriterTests'
python3 Tests/Scripts/check_exports.py "$folder"
