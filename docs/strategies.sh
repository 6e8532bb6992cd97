#!/usr/bin/env bash
# Regenerates docs/strategies.md from the engine's strategy registry.
set -euo pipefail
cd "$(dirname "$0")/.."
head -n "$(grep -n '^```$' docs/strategies.md | head -n 1 | cut -d: -f1)" docs/strategies.md > docs/strategies.md.new
./mmrace strategies --knobs >> docs/strategies.md.new
echo '```' >> docs/strategies.md.new
mv docs/strategies.md.new docs/strategies.md
