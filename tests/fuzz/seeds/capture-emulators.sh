#!/usr/bin/env bash
# capture-emulators.sh BUILD_DIR OUT_DIR -- seeds of fuzz_icat_json, fuzz_xmlrpc, fuzz_opennebula and
# fuzz_openstack from the test facility's emulators (tests/facility; ICAT and the clouds have no real
# server in the build root): the answers to the requests the client makes, as a signed-in user.
# Run in the build root with a ci build: packaging/daas-root.sh run "tests/fuzz/seeds/capture-emulators.sh build/ci /tmp/x"
set -euo pipefail
build=$(realpath "$1") out=$(realpath -m "$2")
mkdir -p "$out/icat" "$out/xmlrpc" "$out/opennebula" "$out/openstack"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
start() { # LOGFILE COMMAND... → prints the base URL of "listening on URL"
    local log=$1; shift
    "$@" >"$log" 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do
        grep -q 'listening on' "$log" 2>/dev/null && break
        sleep 0.1
    done
    grep -m1 -o 'listening on [^ ]*' "$log" | awk '{print $3}'
}
enc() { jq -rn --arg v "$1" '$v|@uri'; }

# ICAT and IDS
icat=$(start /tmp/icat.log "$build/tests/facility/daas-icat-emulator" --data-dir "$(mktemp -d)")
curl -s "$icat/icat/properties" >"$out/icat/properties.json"
curl -s "$icat/icat/version" >"$out/icat/version.json"
login=$(curl -s "$icat/icat/session" --data-urlencode \
    'json={"plugin":"simple","credentials":[{"username":"alice"},{"password":"alice-pw"}]}')
curl -s "$icat/icat/session" --data-urlencode \
    'json={"plugin":"simple","credentials":[{"username":"alice"},{"password":"wrong"}]}' >"$out/icat/login-refused.json"
sid=$(jq -r .sessionId <<<"$login")
curl -s "$icat/icat/session/$sid" >"$out/icat/session.json"
q() { curl -s "$icat/icat/entityManager?sessionId=$sid&query=$(enc "$1")"; }
from='FROM Investigation i JOIN i.investigationUsers iu JOIN iu.user u WHERE u.name = :user'
q "SELECT DISTINCT i $from ORDER BY i.startDate DESC, i.id LIMIT 0, 5 INCLUDE i.investigationInstruments.instrument, i.facility, i.type" >"$out/icat/investigations.json"
q "SELECT COUNT(DISTINCT i) $from" >"$out/icat/count.json"
inv=$(jq -r '.[0].Investigation.id' "$out/icat/investigations.json")
q "SELECT ds FROM Dataset ds WHERE ds.investigation.id = $inv ORDER BY ds.name, ds.id LIMIT 0, 5 INCLUDE ds.type" >"$out/icat/datasets.json"
ds=$(jq -r '.[0].Dataset.id' "$out/icat/datasets.json")
q "SELECT df FROM Datafile df WHERE df.dataset.id = $ds ORDER BY df.name, df.id LIMIT 0, 5 INCLUDE df.datafileFormat" >"$out/icat/datafiles.json"
q "SELECT f FROM DatafileFormat f ORDER BY f.name, f.id LIMIT 0, 20" >"$out/icat/formats.json"
q "SELECT x FROM Nonsense x" >"$out/icat/bad-query.json"
q "SELECT i.bogus FROM Investigation i" >"$out/icat/bad-attribute.json"
df=$(jq -r '.[0].Datafile.id' "$out/icat/datafiles.json")
curl -s "$icat/icat/entityManager?sessionId=$sid&query=Datafile&id=$df" >"$out/icat/get-datafile.json"
curl -s "$icat/icat/entityManager?sessionId=nonsense&query=$(enc 'SELECT i FROM Investigation i')" >"$out/icat/session-error.json"
curl -s "$icat/ids/getData?sessionId=nonsense&datafileIds=1" >"$out/icat/ids-error.json"
curl -s "$icat/ids/prepareData" --data "sessionId=$sid&datafileIds=$df" >"$out/icat/ids-prepare.txt"
curl -s "$icat/ids/getStatus?sessionId=$sid&datafileIds=$df" >"$out/icat/ids-status.txt"

# OpenNebula (XML-RPC; the documents inside its answers go to opennebula/)
one=$(start /tmp/one.log "$build/tests/facility/cloud/daas-opennebula-emulator")
rpc() { # NAME METHOD PARAMS-XML
    local body="<?xml version=\"1.0\"?><methodCall><methodName>$2</methodName><params>$3</params></methodCall>"
    echo "$body" >"$out/xmlrpc/call-$1.xml"
    curl -s -H 'Content-Type: text/xml' --data-binary "$body" "$one/RPC2" >"$out/xmlrpc/$1.xml"
}
s() { echo "<param><value><string>$1</string></value></param>"; }
i() { echo "<param><value><i4>$1</i4></value></param>"; }
auth=$(s alice:alice-pw)
rpc templatepool one.templatepool.info "$auth$(i -2)$(i -1)$(i -1)"
tid=$(grep -o '&lt;ID&gt;[0-9]*' "$out/xmlrpc/templatepool.xml" | head -1 | grep -o '[0-9]*$' || echo 0)
rpc instantiate one.template.instantiate "$auth$(i "$tid")$(s analysis)<param><value><boolean>0</boolean></value></param>$(s '')"
vid=$(sed -n 's|.*<value><i4>\([0-9]*\)</i4>.*|\1|p' "$out/xmlrpc/instantiate.xml" | head -1)
rpc vmpool one.vmpool.info "$auth$(i -3)$(i -1)$(i -1)$(i -1)"
rpc vm one.vm.info "$auth$(i "$vid")"
rpc template one.template.info "$auth$(i "$tid")"
rpc badauth one.vmpool.info "$(s alice:wrong)$(i -3)$(i -1)$(i -1)$(i -1)"
rpc missing one.vm.info "$auth$(i 999999)"
rpc badcount one.vm.info "$auth"
rpc terminate one.vm.action "$auth$(s terminate-hard)$(i "$vid")"
for f in vmpool vm template templatepool; do # the string inside the answer, unescaped
    python3 - "$out/xmlrpc/$f.xml" >"$out/opennebula/$f.xml" <<'PY'
import re, sys, html
s = open(sys.argv[1]).read()
m = re.search(r'<string>(.*?)</string>', s, re.S)
print(html.unescape(m.group(1)) if m else '', end='')
PY
done

# OpenStack (Keystone, Nova, Glance)
os=$(start /tmp/os.log "$build/tests/facility/cloud/daas-openstack-emulator")
tok=$(curl -si "$os/v3/auth/tokens" -H 'Content-Type: application/json' -d \
  '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"alice","domain":{"name":"Default"},"password":"alice-pw"}}},"scope":{"project":{"name":"alice","domain":{"name":"Default"}}}}}' \
  | tee "$out/openstack/token.http" | grep -i '^x-subject-token' | awk '{print $2}' | tr -d '\r')
sed -n '/^\r$/,$p' "$out/openstack/token.http" | tail -n +2 >"$out/openstack/token.json"; rm "$out/openstack/token.http"
curl -s "$os/v3/auth/tokens" -H 'Content-Type: application/json' -d '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"alice","password":"x"}}}}}' >"$out/openstack/token-refused.json"
compute=$(jq -r '.token.catalog[] | select(.type=="compute") | .endpoints[] | select(.interface=="public") | .url' "$out/openstack/token.json" | head -1)
image=$(jq -r '.token.catalog[] | select(.type=="image") | .endpoints[] | select(.interface=="public") | .url' "$out/openstack/token.json" | head -1)
h=(-H "X-Auth-Token: $tok" -H 'OpenStack-API-Version: compute 2.79' -H 'Content-Type: application/json')
curl -s "${h[@]}" "$compute/flavors/detail" >"$out/openstack/flavors.json"
curl -s "${h[@]}" "$image/v2/images" >"$out/openstack/images.json"
img=$(jq -r '.images[0].id' "$out/openstack/images.json"); flv=$(jq -r '.flavors[0].id' "$out/openstack/flavors.json")
curl -s "${h[@]}" "$compute/servers" -d "{\"server\":{\"name\":\"analysis\",\"imageRef\":\"$img\",\"flavorRef\":\"$flv\"}}" >"$out/openstack/create.json"
sid=$(jq -r .server.id "$out/openstack/create.json")
curl -s "${h[@]}" "$compute/servers/detail" >"$out/openstack/servers.json"
curl -s "${h[@]}" "$compute/servers/$sid" >"$out/openstack/server.json"
curl -s "${h[@]}" "$image/v2/images/$img" >"$out/openstack/image.json"
curl -s "${h[@]}" "$compute/servers/$sid/remote-consoles" -d '{"remote_console":{"protocol":"vnc","type":"novnc"}}' >"$out/openstack/console.json"
curl -s "${h[@]}" "$compute/servers/nonexistent" >"$out/openstack/not-found.json"
curl -s "${h[@]}" "$compute/servers/$sid/action" -d '{"os-start":null}' >"$out/openstack/conflict.json"
wc -c "$out"/*/* | sort -n | head -60
