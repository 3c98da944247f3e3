#!/usr/bin/env python3
"""Checks that the outputs committed in Notebooks/*.ipynb are what re-executing them gives.

Usage: check_fresh.py EXECUTED_DIR

EXECUTED_DIR holds the same notebooks freshly executed (`.ci/notebooks.sh` makes it with
`jupyter nbconvert --execute --output-dir`). For each notebook, cell by cell:

- the committed notebook must have been executed top to bottom in one fresh kernel (execution
  counts 1, 2, 3, ... on every code cell), so it is committed with its outputs;
- the cell sources must be equal (the executed copy comes from the committed one);
- no output may be an error;
- cells tagged `volatile` (timings, the build cell's binary path) are not compared further;
- every other cell must give the same outputs: stream text (stdout, stderr), and the `text/plain` and
  `text/html` of results and displays, compared after stripping trailing whitespace; images
  (`image/png`, `image/svg+xml`: Graphviz ids and matplotlib bytes vary) only have to be present.

A notebook whose metadata says `"papergraph": {"needs_shared": true}` is skipped, with a note, when
`../shared` (beside the repository) is absent. Exits 1 if any notebook is stale.
"""
import difflib
import json
import sys
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parent
SHARED = NOTEBOOKS.parent.parent / "shared"
COMPARED_TEXT = ("text/plain", "text/html")


def normalized(text):
    if isinstance(text, list):
        text = "".join(text)
    return "\n".join(line.rstrip() for line in text.splitlines())


def comparable(outputs):
    """The parts of a cell's outputs that must not change, as a list of (kind, text) pairs."""
    parts = []
    for output in outputs:
        kind = output["output_type"]
        if kind == "stream":
            parts.append((output["name"], normalized(output["text"])))
        elif kind in ("execute_result", "display_data"):
            data = output.get("data", {})
            for mime in sorted(data):
                if mime in COMPARED_TEXT:
                    parts.append((mime, normalized(data[mime])))
                else:
                    parts.append((mime, "(present)"))
        else:
            parts.append((kind, normalized(output.get("evalue", ""))))
    # Consecutive stream outputs may be split differently between runs: join them per stream.
    merged = []
    for kind, text in parts:
        if merged and kind in ("stdout", "stderr") and merged[-1][0] == kind:
            merged[-1] = (kind, merged[-1][1] + "\n" + text)
        else:
            merged.append((kind, text))
    return merged


def errors(cell):
    return [f"{o.get('ename')}: {o.get('evalue')}" for o in cell.get("outputs", []) if o["output_type"] == "error"]


def show(parts):
    return [line for kind, text in parts for line in [f"[{kind}]", *text.splitlines()]]


def check(committed_path, executed_path):
    """Returns a list of problems (empty when the committed notebook is fresh)."""
    committed = json.loads(committed_path.read_text(encoding="utf-8"))
    if not executed_path.exists():
        return [f"not executed: {executed_path} is missing"]
    executed = json.loads(executed_path.read_text(encoding="utf-8"))
    problems = []
    code = [c for c in committed["cells"] if c["cell_type"] == "code"]
    counts = [c.get("execution_count") for c in code]
    if counts != list(range(1, len(code) + 1)):
        problems.append(f"committed without a clean top-to-bottom run (execution counts {counts}); "
                        "refresh with `bash .ci/notebooks.sh --update`")
    if len(committed["cells"]) != len(executed["cells"]):
        return problems + ["the executed copy has a different number of cells"]
    for index, (old, new) in enumerate(zip(committed["cells"], executed["cells"])):
        if old["cell_type"] != "code":
            continue
        label = f"cell {index}"
        if normalized(old["source"]) != normalized(new["source"]):
            problems.append(f"{label}: source differs from the executed copy")
            continue
        for cell, which in ((old, "committed"), (new, "re-executed")):
            problems += [f"{label} ({which}): {e}" for e in errors(cell)]
        if "volatile" in old.get("metadata", {}).get("tags", []):
            continue
        before, after = comparable(old.get("outputs", [])), comparable(new.get("outputs", []))
        if before != after:
            diff = list(difflib.unified_diff(show(before), show(after), "committed", "re-executed", lineterm="", n=1))
            problems.append(f"{label}: outputs changed\n    " + "\n    ".join(diff[:40]))
    return problems


def main():
    if len(sys.argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 64
    executed_dir = Path(sys.argv[1])
    passed = failed = skipped = 0
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        meta = json.loads(path.read_text(encoding="utf-8")).get("metadata", {}).get("papergraph", {})
        if meta.get("needs_shared") and not SHARED.is_dir():
            print(f"{path.name}: skipped (needs ../shared, absent here)")
            skipped += 1
            continue
        problems = check(path, executed_dir / path.name)
        if problems:
            failed += 1
            print(f"{path.name}: STALE\n  " + "\n  ".join(problems))
        else:
            passed += 1
            print(f"{path.name}: fresh")
    print(f"notebooks: {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    if failed:
        print("Refresh the committed outputs with `bash .ci/notebooks.sh --update` and commit them.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
