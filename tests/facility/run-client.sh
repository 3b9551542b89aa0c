#!/usr/bin/env bash
# run-client.sh BUILD_DIR [CLIENT ARGS]  -- what `packaging/dev run` starts: the client against the
# configured facility, or, when none is configured, against the local demo facility started here.
set -euo pipefail
build=${1:?usage: run-client.sh BUILD_DIR [client args]}
shift
client="$build/ui/daas-desktop"
emulator="$build/tests/facility/daas-icat-emulator"
here=$(cd "$(dirname "$0")" && pwd)

# the client looks for the demo profile in its runtime directory (QStandardPaths::RuntimeLocation)
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR="/tmp/runtime-$(id -un)"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
fi
runtime="$XDG_RUNTIME_DIR/daas-desktop"
mkdir -p "$runtime" && chmod 700 "$runtime"
profile="$runtime/local-facility.json"
pids=()
cleanup() {
    rm -f "$profile"
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

# The local demo facility: the ICAT + IDS emulator on a free port; its profile is where the client looks.
# Single-level storage unless DAAS_DEMO_TAPE_SECONDS asks for two-level storage (data archived on "tape",
# restored in that many seconds when asked for), to try the client's wait for a restore by hand.
out="$runtime/emulator.out"
tape=()
if [ -n "${DAAS_DEMO_TAPE_SECONDS:-}" ]; then
    tape=(--two-level --restore-ms "$((DAAS_DEMO_TAPE_SECONDS * 1000))")
    echo "Demo data service: two-level storage, restores take $DAAS_DEMO_TAPE_SECONDS s."
fi
"$emulator" --data-dir "$runtime/ids-data" "${tape[@]}" >"$out" 2>"$runtime/emulator.log" &
pids+=($!)
for _ in $(seq 100); do [ -s "$out" ] && break; sleep 0.1; done
base=$(sed -n 's/^listening on //p' "$out" | head -n1)
[ -n "$base" ] || { echo "run-client: the demo facility did not start; see $runtime/emulator.log" >&2; exit 1; }
sed "s#http://127.0.0.1:@PORT@#$base#g" "$here/../../resources/facilities/demo.json" >"$profile"

# profile_add_section NAME JSON_OBJECT: adds "NAME": JSON_OBJECT to the profile (whose last line is its "}")
profile_add_section() {
    sed -i '$d' "$profile"
    sed -i '$ s/$/,/' "$profile"
    printf '  "%s": %s\n}\n' "$1" "$2" >>"$profile"
}

# ---- Analysis environments: the OpenNebula emulator (each launched VM is a real Xtigervnc desktop) ----------
# Same demo users as the facility's sign-in (the cloud uses the facility's one identity); the profile gets
# its "cloud" entry, so the client shows the Environments area after sign-in.
cloud_emulator="$build/tests/facility/cloud/daas-opennebula-emulator"
if [ -x "$cloud_emulator" ]; then
    cloud_out="$runtime/opennebula.out"
    "$cloud_emulator" --user alice:alice-pw --user bob:bob-pw --user carol:carol-pw \
        >"$cloud_out" 2>"$runtime/opennebula.log" &
    pids+=($!)
    for _ in $(seq 100); do [ -s "$cloud_out" ] && break; sleep 0.1; done
    cloud_base=$(sed -n 's/^listening on //p' "$cloud_out" | head -n1)
    if [ -n "$cloud_base" ]; then
        profile_add_section cloud "{ \"type\": \"opennebula\", \"url\": \"$cloud_base/RPC2\" }"
        echo "Analysis environments: OpenNebula emulator at $cloud_base/RPC2 (CCP4 Analysis Machine, Mantid" \
            "Workbench, Small Linux Desktop)."
    else
        echo "run-client: the cloud emulator did not start; see $runtime/opennebula.log" >&2
    fi
fi
# ---- end of the analysis environments block ---------------------------------------------------------------

# --- Storage: a real Apache mod_dav with a home per demo user ------------------------------------------------
# daas-dav-server starts Apache on a free port with /dav/alice/, /dav/bob/, /dav/carol/ (each only for its
# user, a few sample files in each) and prints its URL; the profile's storage URL carries "{user}", which the
# client fills in with the signed-in user's name. Without Apache the demo runs without the Files area.
davserver="$build/tests/facility/daas-dav-server"
storage=""
if [ -x "$davserver" ] && command -v apache2 >/dev/null; then
    davout="$runtime/storage.out"
    "$davserver" --user alice:alice-pw --user bob:bob-pw --user carol:carol-pw \
        >"$davout" 2>"$runtime/storage.log" &
    pids+=($!)
    for _ in $(seq 150); do [ -s "$davout" ] && break; sleep 0.1; done
    davbase=$(sed -n 's/^listening on //p' "$davout" | head -n1)
    davdata=$(sed -n 's/^data in //p' "$davout" | head -n1)
    if [ -n "$davbase" ]; then
        storage="${davbase}{user}/"
        profile_add_section storage "{ \"url\": \"$storage\", \"auth\": \"basic\" }"
    else
        echo "run-client: the demo storage did not start; see $runtime/storage.log" >&2
    fi
else
    echo "run-client: no Apache (apache2) or $davserver: the demo runs without storage." >&2
fi
# --- end of storage ----------------------------------------------------------------------------------------

# --- Batch cluster: a real single-node Slurm 24.11 with slurmrestd and a token service -----------------------
# daas-slurm-cluster starts slurmctld, slurmd and slurmrestd (JWT) on free ports and a token service that
# hands the signed-in demo user a Slurm token. Jobs run as the cluster's own user in the demo storage, which
# the cluster mounts (here: the same folders Apache serves), so the Files area shows their output folders
# and the Jobs area reads their output over WebDAV as it is written.
slurmcluster="$build/tests/facility/slurm/daas-slurm-cluster"
batch=""
if [ -x "$slurmcluster" ] && command -v slurmctld >/dev/null && [ -n "${davdata:-}" ]; then
    slurmout="$runtime/batch.out"
    "$slurmcluster" --user alice:alice-pw --user bob:bob-pw --user carol:carol-pw --work-dir "$davdata" \
        >"$slurmout" 2>"$runtime/batch.log" &
    pids+=($!)
    for _ in $(seq 300); do grep -q '^token service on ' "$slurmout" 2>/dev/null && break; sleep 0.1; done
    slurmbase=$(sed -n 's/^listening on //p' "$slurmout" | head -n1)
    tokenurl=$(sed -n 's/^token service on //p' "$slurmout" | head -n1)
    if [ -n "$slurmbase" ] && [ -n "$tokenurl" ]; then
        batch="$slurmbase"
        profile_add_section batch "{ \"type\": \"slurm-rest\", \"url\": \"$slurmbase\", \"tokenUrl\": \"$tokenurl\", \"storageMount\": \"$davdata/{user}\" }"
    else
        echo "run-client: the demo batch cluster did not start; see $runtime/batch.log" >&2
    fi
else
    echo "run-client: no Slurm, storage or $slurmcluster: the demo runs without the Jobs area." >&2
fi
# --- end of the batch cluster ------------------------------------------------------------------------------

cat <<MSG
Local demo facility running at $base (ICAT /icat, IDS /ids).
${storage:+Storage (WebDAV, Apache mod_dav) at $storage}
${batch:+Batch cluster (Slurm 24.11, slurmrestd) at $batch: Jobs → New job, from a template.}
Sign in with the "simple" account type as alice / alice-pw (or bob / bob-pw; "ldap" for carol / carol-pw).
MSG

# A desktop session normally has a display; without one, show the client on a virtual one so the command
# still works (e.g. over ssh), and say so.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    fifo="$runtime/displayfd"
    rm -f "$fifo" && mkfifo "$fifo"
    Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
    pids+=($!)
    if ! read -r -t 20 display <"$fifo" || [ -z "$display" ]; then
        echo "run-client: no display was found and Xvfb did not start." >&2
        exit 1
    fi
    export DISPLAY=":$display"
    echo "No display was found: the client runs on the virtual display $DISPLAY."
fi
# The demo needs a keychain for "Remember me"; without a Secret Service the option reports that it cannot.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v dbus-run-session >/dev/null; then
    dbus-run-session -- "$client" "$@"
else
    "$client" "$@"
fi
