#!/bin/sh
# seed.sh STATE USER -- the jobs a fresh stand-in "cluster" knows: three of USER's (one finished with
# spaces in its name, one running, one pending in an inactive queue) and one of another user.
set -e
state=$1 user=$2
now=$(date +%s)
mkdir -p "$state/jobs"
echo 2000 > "$state/next-id"
: > "$state/calls.log"
job() { # id user stat queue name submit start finish slots exec exit_code pend_reason limit
    d="$state/jobs/$1"; mkdir -p "$d"
    echo "$2" > "$d/user"; echo "$3" > "$d/stat"; echo "$4" > "$d/queue"; echo "$5" > "$d/name"
    echo "$6" > "$d/submit"; echo "$7" > "$d/start"; echo "$8" > "$d/finish"; echo "$9" > "$d/slots"
    shift 9
    echo "$1" > "$d/exec"; echo "$2" > "$d/exit_code"; echo "$3" > "$d/pend_reason"; echo "$4" > "$d/limit"
    echo default > "$d/project"; echo loginA > "$d/from"; echo "/home/$user/work" > "$d/cwd"
    echo "/home/$user/work/%J.out" > "$d/out"; echo "/home/$user/work/%J.err" > "$d/err"
}
job 1001 "$user" DONE normal "my analysis run" $((now - 2*86400)) $((now - 2*86400 + 60)) $((now - 2*86400 + 3660)) 1 hostA 0 "" 120
job 1002 "$user" RUN priority reduce_run_42 $((now - 3600)) $((now - 3500)) "" 4 "4*hostB" "" "" 240
job 1003 "$user" PEND night calibration $((now - 600)) "" "" 1 "" "" "Queue is inactive" ""
job 1004 user1 RUN normal verilog $((now - 7200)) $((now - 7100)) "" 1 hostC "" "" ""
