#!/usr/bin/env bash
# Validates the sample graphs against the JSON Schema and re-derives their counts with the
# independent Python tool in Graphs/tools.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY'
import json, jsonschema
schema = json.load(open("Docs/papergraph.schema.json"))
for name in ["Graphs/ml-foundations.json", "Graphs/ml-landmarks.json"]:
    jsonschema.validate(json.load(open(name, encoding="utf-8")), schema)
    print(f"{name}: valid against Docs/papergraph.schema.json")
PY
python3 Graphs/tools/graph_stats.py Graphs/ml-landmarks.json Graphs/ml-foundations.json
if [ -d ../shared/data ]; then
    python3 Graphs/tools/convert_landmarks.py --out /tmp/ml-landmarks.check.json >/dev/null
    cmp Graphs/ml-landmarks.json /tmp/ml-landmarks.check.json
    python3 Graphs/tools/build_foundations.py --check
    echo "sample graphs regenerate byte-identically from ../shared/data"
else
    echo "skipped regeneration check: ../shared/data not present"
fi
