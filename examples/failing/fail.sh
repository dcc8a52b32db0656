#!/bin/sh
echo "failing: about to fail on purpose"
echo "failing: simulated error" >&2
exit 3
