#!/usr/bin/env bash
# Executes every notebook in Notebooks/ headless and checks that the committed outputs are fresh
# (Notebooks/check_fresh.py says what is compared). Fails if a cell fails or an output is stale.
#
#   bash .ci/notebooks.sh            execute into a temporary folder and compare (CI)
#   bash .ci/notebooks.sh --update   re-execute in place: refresh the committed outputs
#
# Needs the Swift toolchain, Graphviz (installed here when missing) and python3 with venv; the
# Python packages go into .venv-notebooks (git-ignored) from Notebooks/requirements.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
UPDATE=0
case "${1:-}" in
    "") ;;
    --update) UPDATE=1 ;;
    *) echo "usage: .ci/notebooks.sh [--update]" >&2; exit 64 ;;
esac

if ! command -v dot >/dev/null 2>&1 || ! command -v fdp >/dev/null 2>&1; then
    apt-get update -qq
    apt-get install -y -qq graphviz >/dev/null
fi
VENV=.venv-notebooks
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check -r Notebooks/requirements.txt

# Built once here; each notebook's first cell runs the same command, then finds it up to date.
swift build -c release --product papergraph 2>&1 | tail -n 1

notebooks=(Notebooks/*.ipynb)
execute=("$VENV/bin/jupyter" nbconvert --to notebook --execute
         --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.record_timing=False)
started=$SECONDS
if [ "$UPDATE" = 1 ]; then
    "${execute[@]}" --inplace "${notebooks[@]}"
    echo "refreshed ${#notebooks[@]} notebooks in $((SECONDS - started)) s; review with git diff and commit"
    exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
"${execute[@]}" --output-dir "$out" "${notebooks[@]}" 2> "$out/nbconvert.log" || status=$?
grep -v "running over TCP without encryption" "$out/nbconvert.log" >&2 || true
for nb in "${notebooks[@]}"; do
    if [ ! -f "$out/$(basename "$nb")" ]; then status=1; echo "not executed: $nb" >&2; fi
done
if [ "$status" != 0 ]; then
    echo "a notebook failed to execute (the failing cell is shown above)" >&2
    exit 1
fi
echo "executed ${#notebooks[@]} notebooks in $((SECONDS - started)) s"
"$VENV/bin/python" Notebooks/check_fresh.py "$out"
