#!/bin/sh
set -eu
mkdir -p out
exec awk -f train.awk
