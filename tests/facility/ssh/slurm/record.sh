#!/bin/bash
# record.sh FOLDER -- on a Slurm login node (tst_jobs_ssh_slurm runs it over SSH on the test cluster):
# submits a few jobs that end in different ways and writes what squeue, scontrol, sinfo and sbatch print
# about them to FOLDER, in the formats SlurmSshProvider asks for (app/jobs/SlurmSshParsers.cpp).
set -u
out=$1
cd "$HOME"
us=$'\x1f'
fixed="JobArrayID:$us,JobID:$us,Name:$us,UserName:$us,State:$us,Reason:$us,Partition:$us,NodeList:$us,SubmitTime:$us,StartTime:$us,EndTime:$us,TimeLimit:$us,NumCPUs:$us,WorkDir:$us,STDOUT:$us,STDERR:$us,ArrayJobID:$us,ArrayTaskID:$us,Account:$us"
done_=$(sbatch --parsable --job-name="analysis run 1" -t 5 -o "$HOME/%x-%j.out" --wrap 'echo line1; echo line2')
failed=$(sbatch --parsable --job-name=fails --wrap 'echo oops >&2; exit 3')
held=$(sbatch --parsable --job-name=held --hold --wrap 'sleep 100')
running=$(sbatch --parsable --job-name=running -p short -t 1 --wrap 'sleep 300')
array=$(sbatch --parsable --job-name=arr --array=1-2 --wrap 'sleep 100')
cancelled=$(sbatch --parsable --job-name=cancelme --wrap 'sleep 300')
scancel "$cancelled"
# until the first two have ended and the others run (nothing changes between the listings below)
settled() {
    [ "$(squeue -h -t all -j "$done_,$failed" -o %T | sort | tr '\n' ' ')" = "COMPLETED FAILED " ] &&
        [ "$(squeue -h -t all -j "$running,$array" -o %T | sort -u | tr '\n' ' ')" = "RUNNING " ] &&
        [ "$(squeue -h -t all -j "$cancelled" -o %T)" = CANCELLED ]
}
for i in $(seq 120); do settled && break; sleep 0.5; done
echo "done=$done_ failed=$failed held=$held running=$running array=$array cancelled=$cancelled" > "$out/ids.txt"
squeue --version > "$out/squeue-version.txt"
squeue --me --states=all --json > "$out/squeue.json"
squeue --me --states=all --noheader --noconvert -O "$fixed" > "$out/squeue-fixed.txt"
for j in "$done_" "$failed" "$held" "$running" "$cancelled" "${array}_1"; do scontrol show job -o "$j"; done \
    > "$out/scontrol-show-job.txt"
sinfo -h -o "%P$us%a$us%l$us%D$us%C" > "$out/sinfo.txt"
{ printf 'no shebang\n' | sbatch --parsable; echo "exit $?"; } > "$out/sbatch-no-shebang.txt" 2>&1
{ sbatch --parsable -p nosuch --wrap true; echo "exit $?"; } > "$out/sbatch-bad-partition.txt" 2>&1
{ scontrol show job -o 99999; echo "exit $?"; } > "$out/scontrol-unknown-job.txt" 2>&1
{ sacct -X -j "$done_"; echo "exit $?"; } > "$out/sacct-without-accounting.txt" 2>&1
scancel "$held" "$running" "$array"
