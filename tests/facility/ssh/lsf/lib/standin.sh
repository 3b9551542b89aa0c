# Shared by the LSF stand-ins (see ../README.md). POSIX sh; GNU date and flock.
state=${DAAS_LSF_STATE:?DAAS_LSF_STATE is not set}
me=$(id -un)
here=$(cd "$(dirname "$0")/.." && pwd)
recorded="$here/recorded"

log_call() { printf '%s\n' "$(basename "$0") $*" >> "$state/calls.log"; }
lsf_version() { cat "$state/version" 2>/dev/null || echo 10.1.0.13; }

job_dir() { printf '%s/jobs/%s' "$state" "$1"; }
# with the shell's own read: the stand-ins print many fields, and a cat for each is slow on a busy machine
job_get() {
    [ -r "$state/jobs/$1/$2" ] || return 0
    IFS= read -r _v < "$state/jobs/$1/$2" || true
    printf '%s' "$_v"
}
job_set() { printf '%s\n' "$3" > "$(job_dir "$1")/$2"; }
job_exists() { [ -d "$(job_dir "$1")" ]; }
is_finished() { case "$(job_get "$1" stat)" in DONE|EXIT) return 0;; *) return 1;; esac; }

# times as bjobs prints them: -W "MM/DD-HH:MM:SS", -o/-json "Mon DD HH:MM"
time_wide() { [ -n "$1" ] && LC_ALL=C date -d "@$1" +%m/%d-%H:%M:%S || printf -- '-'; }
time_short() { [ -n "$1" ] && LC_ALL=C date -d "@$1" '+%b %e %H:%M' | sed 's/  / /'; }

# the job ids in submission order
all_jobs() { ls "$state/jobs" 2>/dev/null | sort -n; }

# A control command (bkill, bstop, bresume): "$1" = job id, "$2" = message on success,
# the rest = "FROM:TO" state changes; no match leaves the job unchanged and succeeds.
control() {
    id=$1 message=$2
    shift 2
    case "$id" in ''|*[!0-9]*) echo "$id: Illegal job ID." >&2; exit 255;; esac
    if ! job_exists "$id" || [ "$(job_get "$id" user)" != "$me" ]; then
        echo "Job <$id>: No matching job found" >&2; exit 255
    fi
    if is_finished "$id"; then
        echo "Job <$id>: Job has already finished" >&2; exit 255
    fi
    current=$(job_get "$id" stat)
    for change in "$@"; do
        case "$change" in "$current":*) job_set "$id" stat "${change#*:}";; esac
    done
    echo "Job <$id> is being $message"
}
