#!/bin/sh
# Outlives maxRunSeconds and leaves a background child and a setsid daemon behind:
# the executor must kill all three. Their pids are written for the test to check.
mkdir -p out
sleep 300 &
echo $! > out/grandchild.pid
if command -v setsid >/dev/null 2>&1; then
  setsid sleep 300 &
  echo $! > out/daemon.pid
fi
echo "timeout: sleeping past the limit"
sleep 60
echo "timeout: never reached"
