"""Runs the papergraph command-line tool for the notebooks and reads its JSON output.

The notebooks hold no graph algorithm of their own: every result comes from `papergraph ... --format json`.
Commands run from the repository root, so the paths in their messages are relative and the notebooks'
outputs are the same on every machine.
"""
import json
import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "Notebooks" / "build"
BUILD_COMMAND = ["swift", "build", "-c", "release", "--product", "papergraph"]
BINARY = None


def build():
    """Builds papergraph in release mode (or takes $PAPERGRAPH) and returns the binary's path."""
    global BINARY
    given = os.environ.get("PAPERGRAPH")
    if given:
        BINARY = Path(given).resolve()
        print(f"using $PAPERGRAPH ({BINARY.name})")
    else:
        if shutil.which("swift") is None:
            raise RuntimeError("the Swift toolchain is needed: https://www.swift.org/install "
                               "(or set PAPERGRAPH to a built binary)")
        done = subprocess.run(BUILD_COMMAND, cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError("swift build failed:\n" + done.stdout[-3000:] + done.stderr[-3000:])
        bin_dir = subprocess.run(BUILD_COMMAND[:4] + ["--show-bin-path"], cwd=ROOT, capture_output=True,
                                 text=True, check=True).stdout.strip()
        BINARY = Path(bin_dir) / "papergraph"
        print("built with:", " ".join(BUILD_COMMAND))
        print("binary:", os.path.relpath(BINARY, ROOT))
    BUILD.mkdir(exist_ok=True)
    return BINARY


def run(*args, check=True):
    """Runs `papergraph ARGS` in the repository root; returns the finished process (text output)."""
    if BINARY is None:
        build()
    done = subprocess.run([str(BINARY), *map(str, args)], cwd=ROOT, capture_output=True, text=True)
    if check and done.returncode != 0:
        raise RuntimeError(f"papergraph {' '.join(map(str, args))} exited {done.returncode}:\n{done.stderr}")
    return done


def papergraph(*args):
    """Runs `papergraph ARGS --format json` and returns the parsed JSON."""
    return json.loads(run(*args, "--format", "json").stdout)
