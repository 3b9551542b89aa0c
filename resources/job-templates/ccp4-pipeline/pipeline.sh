#!/bin/bash
# pointless | aimless | ctruncate on unmerged reflections; a plain-Python stand-in where CCP4 is not set up.
set -uo pipefail

echo "CCP4 data processing on ${HOSTNAME}, started $(date '+%F %T'); resolution limit ${resolution} Å"
if ! mkdir -p "{{output}}"; then
    echo "The output folder {{output}} could not be made in $(pwd)." >&2
    exit 2
fi
missing=()
for program in pointless aimless ctruncate; do
    command -v "${program}" >/dev/null 2>&1 || missing+=("${program}")
done

if [ ${#missing[@]} -eq 0 ]; then
    if [ -z "{{input}}" ] || [ ! -r "{{input}}" ]; then
        echo "The reflections file '{{input}}' is not there or cannot be read: nothing to process." >&2
        exit 2
    fi
    step() { # name, then the program's command line; keywords on stdin; its log in the output folder
        local name=$1
        shift
        echo "== ${name}: $*"
        if ! "$@" > "{{output}}/${name}.log" 2>&1; then
            echo "${name} failed; the end of its log:" >&2
            tail -n 20 "{{output}}/${name}.log" >&2
            exit 1
        fi
        tail -n 5 "{{output}}/${name}.log"
    }
    choose=""
    [ -n "{{spacegroup}}" ] && choose="CHOOSE SPACEGROUP ${spacegroup}"
    step pointless pointless HKLIN "{{input}}" HKLOUT "{{output}}/sorted.mtz" <<KEYWORDS
${choose}
KEYWORDS
    step aimless aimless HKLIN "{{output}}/sorted.mtz" HKLOUT "{{output}}/scaled.mtz" <<KEYWORDS
RESOLUTION HIGH ${resolution}
KEYWORDS
    step ctruncate ctruncate -hklin "{{output}}/scaled.mtz" -hklout "{{output}}/truncated.mtz" \
        -colin '/*/*/[IMEAN,SIGIMEAN]'
    echo "Done: {{output}}/truncated.mtz"
    exit 0
fi

echo "NOTE: CCP4 is not set up on ${HOSTNAME} (not found: ${missing[*]}); source ccp4.setup-sh or load its module."
if ! command -v python3 >/dev/null 2>&1; then
    echo "Python 3 is not installed either, so the stand-in cannot run: nothing was processed." >&2
    exit 3
fi
echo "NOTE: running a plain-Python stand-in on generated reflections. Its statistics are NOT a crystallographic result."
python3 -u - <<'PY'
import math
import os
import random
import time

out = os.environ["output"]
dmin = float(os.environ["resolution"])
group = os.environ["spacegroup"] or "P 21 21 21"
pause = float(os.environ.get("DAAS_DEMO_PAUSE", "1"))
rng = random.Random(7)

print("== pointless (stand-in): generating 20,000 observations of 4,000 reflections")
unique = []
for _ in range(4000):
    d = dmin + rng.random() * 30.0
    unique.append((d, rng.expovariate(1.0) * 1000 * math.exp(-1.0 / d)))
observations = []
for d, intensity in unique:
    for _ in range(5):
        observations.append((d, intensity * rng.gauss(1.0, 0.08), intensity))
print(f"   space group {group} (assumed, not determined)")
time.sleep(pause)

print("== aimless (stand-in): scaling and merging in resolution shells")
shells = 8
edges = [dmin + (30.0 * i) / shells for i in range(shells + 1)]
lines = []
for i in range(shells):
    low, high = edges[i + 1], edges[i]
    rows = [(obs, true) for d, obs, true in observations if high <= d < low]
    if not rows:
        continue
    rmerge = sum(abs(obs - true) for obs, true in rows) / max(1e-9, sum(true for _, true in rows))
    mean_i = sum(obs for obs, _ in rows) / len(rows)
    line = f"   shell {low:6.2f}-{high:5.2f} Å: {len(rows):5d} observations, <I> {mean_i:8.1f}, Rmerge {rmerge:.3f}"
    print(line)
    lines.append(line)
    time.sleep(pause / 2)

print("== ctruncate (stand-in): intensities to amplitudes")
amplitudes = [math.sqrt(max(0.0, i)) for _, i in unique]
print(f"   {len(amplitudes)} amplitudes, <F> {sum(amplitudes) / len(amplitudes):.2f}")
time.sleep(pause)
with open(os.path.join(out, "standin-summary.txt"), "w", encoding="utf-8") as f:
    f.write("Stand-in statistics (generated data, not a crystallographic result)\n")
    f.write("\n".join(lines) + "\n")
print(f"Stand-in finished; summary in {os.path.join(out, 'standin-summary.txt')}")
PY
