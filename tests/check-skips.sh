#!/usr/bin/env bash
# check-skips.sh BUILD_DIR...  -- after ctest: fails when a Qt Test function was skipped (QSKIP) and
# tests/allowed-skips.txt does not list it. ctest shows such a test as "Skipped" (SKIP_REGULAR_EXPRESSION in
# tests/CMakeLists.txt), never as "Passed"; this makes an unexpected skip fail the test command.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
allowed=$(grep -v -e '^#' -e '^[[:space:]]*$' "$here/allowed-skips.txt" | awk '{print $1}')
status=0
for build in "$@"; do
    log="$build/Testing/Temporary/LastTest.log"
    if [ ! -f "$log" ]; then
        echo "check-skips: $log is missing: run ctest first" >&2
        exit 1
    fi
    # "SKIP   : TestClass::function(data row) reason"
    while IFS= read -r line; do
        function=$(sed -E 's/^SKIP   : ([A-Za-z0-9_:]+).*/\1/' <<<"$line")
        if grep -qxF -- "$function" <<<"$allowed"; then
            echo "allowed skip: ${line#SKIP   : }"
        else
            echo "UNEXPECTED SKIP (not in tests/allowed-skips.txt): ${line#SKIP   : }" >&2
            status=1
        fi
    done < <(grep -a '^SKIP   : ' "$log" || true)
done
exit "$status"
