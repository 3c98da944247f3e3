#!/usr/bin/env bash
# Opt-in smoke test of `papergraph enrich` against the REAL services (OpenAlex, Semantic Scholar,
# Crossref), for maintainers with network. Never run in CI or by `swift test`.
#
#   Scripts/live-smoke.sh            # three well-known papers, fresh cache in a temporary folder
#
# Sends the titles/DOIs/arXiv ids below to the services; about 10 requests (one OpenAlex title
# search, so well under a cent of OpenAlex's daily budget). Set OPENALEX_API_KEY / S2_API_KEY /
# PAPERGRAPH_MAILTO to use your own keys and contact address.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${CI:-}" = "true" ]; then echo "live-smoke.sh talks to the real services; not in CI" >&2; exit 0; fi
swift build -c release --product papergraph 2>&1 | tail -n 1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/list.md" <<'MD'
# Smoke
- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (2017)
- [Deep Residual Learning for Image Recognition](https://doi.org/10.1109/CVPR.2016.90) (2016)
- Long Short-Term Memory (1997)
MD
pg=.build/release/papergraph
$pg enrich "$work/list.md" -o "$work/enriched.json" --cache "$work/cache" --source openalex,s2,crossref \
    --report "$work/report.txt" --timeout 30
$pg stats "$work/enriched.json"
echo "--- second run (expect 0 requests):"
$pg enrich "$work/list.md" -o "$work/again.json" --cache "$work/cache" --source openalex,s2,crossref
cat "$work/report.txt"
$pg cache size --cache "$work/cache"
