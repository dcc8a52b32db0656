#!/bin/sh
# Writes a greeting and a metrics file; no dependencies beyond /bin/sh.
set -eu
mkdir -p out
printf 'hello from proof-capsule\n' > out/greeting.txt
printf '{"greeting_bytes": 25, "ok": 1}\n' > out/metrics.json
echo "hello: wrote out/greeting.txt and out/metrics.json"
