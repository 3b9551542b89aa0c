#!/bin/bash
# A plain shell job: where it runs, then steps that show the output growing.
set -euo pipefail

echo "Job ${SLURM_JOB_ID:-${LSB_JOBID:-(not under a scheduler)}} on ${HOSTNAME} as $(id -un), started $(date '+%F %T')"
echo "Working directory: $(pwd)"
echo "Message: {{message}}"
for ((step = 1; step <= {{steps}}; step++)); do
    echo "Step ${step} of {{steps}} at $(date '+%T'): load $(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo '?')"
    sleep "{{pause}}"
done
echo "Done at $(date '+%F %T')."
