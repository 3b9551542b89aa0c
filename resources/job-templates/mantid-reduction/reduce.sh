#!/bin/bash
# A Mantid reduction of the runs in a folder; a plain-Python stand-in where Mantid is not installed.
set -uo pipefail

echo "Mantid reduction for ${instrument} at Ei = ${ei} meV on ${HOSTNAME}, started $(date '+%F %T')"
if [ -n "{{input}}" ] && [ ! -d "{{input}}" ]; then
    echo "The input folder {{input}} does not exist on ${HOSTNAME}: nothing to reduce." >&2
    exit 2
fi
if ! mkdir -p "{{output}}"; then
    echo "The output folder {{output}} could not be made in $(pwd)." >&2
    exit 2
fi

# Mantid comes as mantidpython (the workbench's Python) or as a Python module
export DAAS_ENGINE=mantid
if command -v mantidpython >/dev/null 2>&1; then
    PYTHON=mantidpython
elif command -v python3 >/dev/null 2>&1 && python3 -c 'import mantid' >/dev/null 2>&1; then
    PYTHON=python3
elif command -v python3 >/dev/null 2>&1; then
    echo "NOTE: Mantid is not installed on ${HOSTNAME} (no mantidpython, no Python module 'mantid')."
    echo "NOTE: running the plain-Python stand-in instead. Its results are NOT a Mantid reduction."
    PYTHON=python3
    DAAS_ENGINE=standin
else
    echo "Neither Mantid nor Python 3 is installed on ${HOSTNAME}: nothing can be reduced here." >&2
    echo "Ask the facility which module provides Mantid (for example: module load mantid)." >&2
    exit 3
fi

"${PYTHON}" -u - <<'PY'
import glob
import math
import os
import random
import sys
import time

folder = os.environ["input"]
out = os.environ["output"]
ei = float(os.environ["ei"])
instrument = os.environ["instrument"]
pause = float(os.environ.get("DAAS_DEMO_PAUSE", "1"))

if os.environ["DAAS_ENGINE"] == "mantid":
    from mantid.simpleapi import ConvertUnits, Load, Rebin, SaveNexus

    runs = sorted(glob.glob(os.path.join(folder, "*.nxs"))) if folder else []
    if not runs:
        sys.exit(f"No NeXus runs (*.nxs) in '{folder or '(no folder given)'}': nothing to reduce.")
    for n, path in enumerate(runs, 1):
        name = os.path.splitext(os.path.basename(path))[0]
        print(f"[{n}/{len(runs)}] loading {path}")
        ws = Load(Filename=path, OutputWorkspace=name)
        print(f"[{n}/{len(runs)}] converting to energy transfer (direct, Ei={ei})")
        ws = ConvertUnits(InputWorkspace=ws, Target="DeltaE", EMode="Direct", EFixed=ei)
        ws = Rebin(InputWorkspace=ws, Params=f"{-0.5 * ei},{0.01 * ei},{0.95 * ei}")
        target = os.path.join(out, f"{name}_{instrument}_reduced.nxs")
        SaveNexus(InputWorkspace=ws, Filename=target)
        print(f"[{n}/{len(runs)}] saved {target}")
    print("Reduction finished.")
    sys.exit(0)

# The stand-in: sum of counts per spectrum, with a crude normalisation, so the output has numbers to look at.
def demo_run(spectra=8, channels=400):
    rng = random.Random(42)
    run = {}
    for s in range(spectra):
        centre = channels * (0.3 + 0.05 * s)
        run[f"spectrum-{s + 1}"] = [
            max(0, int(1000 * math.exp(-((c - centre) / 12.0) ** 2) + rng.gauss(20, 5))) for c in range(channels)
        ]
    return run

def read_run(path):
    counts = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.replace(",", " ").split()
            if len(parts) >= 2:
                try:
                    counts.append(float(parts[1]))
                except ValueError:
                    pass  # a header line
    return counts

if folder:
    files = sorted(glob.glob(os.path.join(folder, "*.txt")) + glob.glob(os.path.join(folder, "*.csv")))
    if not files:
        sys.exit(f"No runs (*.txt, *.csv) in {folder}: nothing to reduce.")
    runs = {os.path.basename(p): read_run(p) for p in files}
else:
    print("No input folder given: reducing a generated demo run.")
    runs = demo_run()

results = []
for n, (name, counts) in enumerate(runs.items(), 1):
    total = sum(counts)
    peak = max(range(len(counts)), key=counts.__getitem__) if counts else -1
    background = sorted(counts)[len(counts) // 10] if counts else 0
    print(f"[{n}/{len(runs)}] {name}: {len(counts)} channels, {total:.0f} counts, peak at channel {peak}, "
          f"background {background:.1f}")
    results.append((name, total, peak, background))
    time.sleep(pause)

target = os.path.join(out, f"{instrument}_Ei{ei:g}_standin.csv")
with open(target, "w", encoding="utf-8") as f:
    f.write("run,total_counts,peak_channel,background\n")
    for row in results:
        f.write("%s,%.0f,%d,%.1f\n" % row)
print(f"Stand-in reduction finished: {len(results)} spectra summed into {target}.")
PY
