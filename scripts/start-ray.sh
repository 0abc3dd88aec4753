#!/usr/bin/env bash
# Start a local Ray head on loopback (the `ray` extra's `ray start`) with two worker CPUs for
# the Ray tests, then print the address the tests read from FLASHPOINT_TEST_RAY_ADDRESS.
# Idempotent: a head already answering on the port is reused.
set -euo pipefail
PYTHON=${PYTHON:-.venv/bin/python}
RAY="$(dirname "$PYTHON")/ray"
port=${FLASHPOINT_RAY_PORT:-6379}
address="127.0.0.1:$port"

if ! "$RAY" status --address "$address" >/dev/null 2>&1; then
  # Two CPUs: the tests run the pipeline on two actors. A small object store: the tests move
  # a few hundred articles, and the machine is shared with the test run itself.
  "$RAY" start --head --node-ip-address 127.0.0.1 --port "$port" --num-cpus 2 \
    --object-store-memory 300000000 --include-dashboard false --disable-usage-stats >&2
fi
echo "$address"
