#!/usr/bin/env bash
# The test command (README, .ci/run): set up what the tests need, then run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec npx vitest run "$@"
