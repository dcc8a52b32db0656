#!/usr/bin/env bash
# agentplane's example smoke test, adapted: deterministic (no dates) and checks its secret.
set -euo pipefail
OUT_DIR="${1:-./artifacts/example-agent}"
mkdir -p "$OUT_DIR"
if [ ! -r "${EXAMPLE_AGENT_TOKEN_FILE:-}" ]; then
  echo "[smoke] EXAMPLE_AGENT_TOKEN_FILE does not name a readable file" >&2
  exit 2
fi
echo "[smoke] token file ${EXAMPLE_AGENT_TOKEN_FILE} is readable"
cat > "$OUT_DIR/smoke-result.json" <<JSON
{"bundle": "example-agent@0.1.0", "kind": "SmokeResult", "tokenFilePresent": true}
JSON
echo "[smoke] wrote artifacts to $OUT_DIR"
