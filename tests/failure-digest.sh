#!/bin/sh
# tests/failure-digest.sh BUILD_DIR -- after a failed ctest run, the lines that say what failed, test by test
# (QtTest's FAIL! and its location and message, fatal messages, crashes, time-outs). A long run's output is
# often cut before the failure; this digest comes last so that it is what a reader of the tail sees.
log="$1/Testing/Temporary/LastTest.log"
[ -f "$log" ] || { echo "no $log"; exit 0; }
echo "== what failed (from $log)"
awk '
    / Testing: / { test = $0; shown = 0; follow = 0; next }
    /^(FAIL!|QFATAL|XPASS)/ || /Received a fatal error|Segmentation fault|Aborted|Timeout|\*\*\*Failed|Sanitizer/ {
        if (!shown) { print "-- " test; shown = 1 }
        print; follow = 4; next
    }
    follow > 0 { print; follow--; if ($0 ~ /Loc: \[/) follow = 0 }
' "$log"
if [ -s "$1/Testing/Temporary/LastTestsFailed.log" ]; then
    echo "-- failed tests:"; cat "$1/Testing/Temporary/LastTestsFailed.log"
fi
