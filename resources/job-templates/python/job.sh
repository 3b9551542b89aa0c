#!/bin/bash
# A Python 3 script, unbuffered (-u) so that its output can be followed as it is written.
set -euo pipefail

PYTHON=$(command -v python3 || command -v python || true)
if [ -z "${PYTHON}" ]; then
    echo "Python 3 is not installed on ${HOSTNAME}: this job cannot run here. Ask the facility which module to load." >&2
    exit 2
fi
echo "$("${PYTHON}" --version 2>&1) on ${HOSTNAME}, started $(date '+%F %T')"
# split at blanks only: no globbing, no command substitution
read -r -a args <<< "{{arguments}}"
if [ -n "{{script}}" ]; then
    if [ ! -r "{{script}}" ]; then
        echo "The script {{script}} is not there or cannot be read on ${HOSTNAME}." >&2
        exit 2
    fi
    echo "Running {{script}} ${args[*]}"
    exec "${PYTHON}" -u "{{script}}" "${args[@]}"
fi

echo "No script given: running the built-in example."
exec "${PYTHON}" -u - "${args[@]}" <<'PY'
import math
import os
import time

steps = int(os.environ.get("steps", "15"))
pause = float(os.environ.get("DAAS_DEMO_PAUSE", "1"))
total = 0.0
terms = 0
for step in range(1, steps + 1):
    # Leibniz series, 20,000 more terms per step
    for _ in range(20000):
        total += (-1.0) ** terms / (2 * terms + 1)
        terms += 1
    estimate = 4 * total
    print(f"step {step}/{steps}: pi ~ {estimate:.8f} after {terms} terms (error {abs(estimate - math.pi):.2e})")
    time.sleep(pause)
print("Done.")
PY
