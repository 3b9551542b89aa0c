#!/usr/bin/env bash
# capture-apache.sh OUT_DIR -- the seeds of fuzz_multistatus and fuzz_http_response from a real Apache
# mod_dav (run in the build root: packaging/daas-root.sh run "tests/fuzz/seeds/capture-apache.sh /tmp/x").
# PROPFIND answers (Depth 0 and 1, allprop, named props, propname) over a folder with awkward names, and
# whole raw HTTP/1.1 responses as they come off the socket (chunked, Content-Length, 100 Continue, errors).
set -euo pipefail
out=$(realpath -m "$1")
mkdir -p "$out/multistatus" "$out/http"
dir=$(mktemp -d /tmp/capture-apache.XXXXXX)
trap 'kill $(cat "$dir/run/httpd.pid" 2>/dev/null) 2>/dev/null || true; sleep 1; rm -rf "$dir"' EXIT
chmod 755 "$dir"
mkdir -p "$dir/run" "$dir/logs" "$dir/lock" "$dir/www/dav/data/sub folder" "$dir/www/dav/data/empty"
chown -R www-data:www-data "$dir/lock" "$dir/www/dav"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null ||
       echo $((20000 + RANDOM % 20000)))
m=/usr/lib/apache2/modules
cat >"$dir/httpd.conf" <<CONF
ServerRoot "$dir"
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile $dir/run/httpd.pid
DefaultRuntimeDir $dir/run
ErrorLog $dir/logs/error.log
User www-data
Group www-data
LoadModule mpm_event_module $m/mod_mpm_event.so
LoadModule authz_core_module $m/mod_authz_core.so
LoadModule mime_module $m/mod_mime.so
LoadModule dav_module $m/mod_dav.so
LoadModule dav_fs_module $m/mod_dav_fs.so
TypesConfig /etc/mime.types
DavLockDB $dir/lock/DavLock
DocumentRoot $dir/www
<Directory $dir/www/dav>
    Dav On
    AllowOverride None
    Require all granted
</Directory>
CONF
apache2 -f "$dir/httpd.conf"
for i in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
base=http://127.0.0.1:$port/dav/data
put() { curl -s -o /dev/null -T "$2" "$base/$1"; }
printf 'x%.0s' $(seq 1000) >"$dir/k"
put "MAR25123.raw" "$dir/k"
put "r%C3%A9sum%C3%A9%20%26%20notes.txt" "$dir/k"
put "100%25%20done%3F.txt" "$dir/k"
put "sub%20folder/deep%20file.nxs" "$dir/k"
put "%E6%97%A5%E6%9C%AC%E8%AA%9E.dat" "$dir/k"
curl -s -o /dev/null -X PROPPATCH -H 'Content-Type: text/xml' "$base/MAR25123.raw" --data-binary \
    '<?xml version="1.0"?><D:propertyupdate xmlns:D="DAV:" xmlns:Z="urn:x-daas"><D:set><D:prop><Z:note>hello &amp; &lt;bye&gt;</Z:note></D:prop></D:set></D:propertyupdate>'
curl -s -o /dev/null -X LOCK -H 'Content-Type: text/xml' -H 'Timeout: Second-600' "$base/MAR25123.raw" --data-binary \
    '<?xml version="1.0"?><D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype><D:owner>alice</D:owner></D:lockinfo>'
props='<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/><D:getcontentlength/><D:getlastmodified/><D:getetag/><D:getcontenttype/><D:quota-available-bytes/><D:quota-used-bytes/></D:prop></D:propfind>'
n=0
propfind() { # DEPTH PATH BODY NAME
    curl -s -X PROPFIND -H "Depth: $1" -H 'Content-Type: text/xml' --data-binary "$3" "$base/$2" >"$out/multistatus/$4.xml"
    curl -si --raw --http1.1 -X PROPFIND -H "Depth: $1" -H 'Content-Type: text/xml' --data-binary "$3" "$base/$2" \
        >"$out/http/propfind-$4.http"
}
propfind 1 "" "$props" depth1-props
propfind 0 "" "$props" depth0-props
propfind 1 "" '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:allprop/></D:propfind>' depth1-allprop
propfind 1 "" '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:propname/></D:propfind>' depth1-propname
propfind 1 "sub%20folder/" "$props" subfolder
propfind 1 "empty/" "$props" empty
propfind 0 "MAR25123.raw" '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:allprop/></D:propfind>' locked-file
propfind 1 "missing/" "$props" missing
propfind 1 "" '<D:propfind xmlns:D="DAV:"><D:prop><D:bogus/></D:prop>' bad-request
raw() { curl -si --raw --http1.1 "$@"; }
raw "$base/MAR25123.raw" >"$out/http/get-length.http"
raw -r 10-19 "$base/MAR25123.raw" >"$out/http/get-range.http"
raw -r 5000-6000 "$base/MAR25123.raw" >"$out/http/get-range-416.http"
raw "$base/missing" >"$out/http/get-404.http"
raw -I "$base/MAR25123.raw" >"$out/http/head.http"
raw -X OPTIONS "$base/" >"$out/http/options.http"
raw -T "$dir/k" -H 'Expect: 100-continue' "$base/put.bin" >"$out/http/put-100-continue.http"
raw -T "$dir/k" -H 'Content-Range: bytes 0-999/2000' "$base/put2.bin" >"$out/http/put-content-range.http"
raw -X MKCOL "$base/empty/" >"$out/http/mkcol-405.http"
raw -X DELETE "$base/put.bin" >"$out/http/delete-204.http"
# a chunked answer: mod_dav streams a PROPFIND body without Content-Length when it is large
curl -s -o /dev/null -X MKCOL "$base/many/"
for i in $(seq 40); do put "many/f$i" "$dir/k"; done
propfind 1 "many/" "$props" many
ls -l "$out"/*
