#!/usr/bin/env bash
# End-to-end check of docs/tls-proxy.md: nginx (Debian package `nginx`) with a throw-away
# self-signed certificate and the repo's ops/nginx configuration, in front of the built WAR on Payara Micro started
# with ops/payara-micro-behind-proxy.asadmin. Run after `mvn -B -DskipTests package`; needs nginx, openssl, curl.
# Checks that, over https through the proxy: health answers, the sign-in redirect says https with the public
# host and port, the session cookie is Secure and HttpOnly, a demo member signs in and lands on https, and plain
# http is sent to https. Leaves nothing running.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in nginx openssl curl; do
    command -v "$tool" >/dev/null || { echo "needs $tool (Debian: apt-get install nginx openssl curl)" >&2; exit 1; }
done
[ -f app-web/target/app-web.war ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }

work="$(mktemp -d)"
micro_pid=""
cleanup() {
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    [ -n "$micro_pid" ] && kill "$micro_pid" 2>/dev/null && wait "$micro_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
fail() { echo "FAILED: $*" >&2; echo "--- Payara Micro log (tail)"; tail -20 "$work/micro.log" >&2; exit 1; }
APP_PORT="$(free_port)"; TLS_PORT="$(free_port)"; HTTP_PORT="$(free_port)"
PUBLIC="https://localhost:$TLS_PORT"

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
# The repo's site configuration, pointed at this run's ports, certificate and header file.
sed -e "s#learningsets.example.org#localhost#g" \
    -e "s#listen 443 ssl#listen 127.0.0.1:$TLS_PORT ssl#" -e "s#listen 80;#listen 127.0.0.1:$HTTP_PORT;#" \
    -e "s#https://\$host\$request_uri#https://\$host:$TLS_PORT\$request_uri#" \
    -e "s#127.0.0.1:8080#127.0.0.1:$APP_PORT#g" \
    -e "s#/etc/ssl/certs/localhost.pem#$work/cert.pem#" -e "s#/etc/ssl/private/localhost.key#$work/key.pem#" \
    -e "s#/etc/nginx/learningsets-proxy-headers.conf#$PWD/ops/nginx/learningsets-proxy-headers.conf#" \
    ops/nginx/learningsets.conf > "$work/site.conf"
mkdir -p "$work/tmp"
cat > "$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events {}
http {
    access_log $work/nginx-access.log;
    client_body_temp_path $work/tmp/body; proxy_temp_path $work/tmp/proxy; fastcgi_temp_path $work/tmp/fastcgi;
    uwsgi_temp_path $work/tmp/uwsgi; scgi_temp_path $work/tmp/scgi;
    include $work/site.conf;
}
CONF
nginx -t -p "$work" -c "$work/nginx.conf" 2>"$work/nginx-test.log" || { cat "$work/nginx-test.log" >&2; exit 1; }
nginx -p "$work" -c "$work/nginx.conf"

LEARNINGSETS_DEMO=true LEARNINGSETS_DATA_DIR="$work/data" \
    java -jar app-web/target/payara-micro.jar --nohazelcast --port "$APP_PORT" --contextroot / \
    --prebootcommandfile ops/payara-micro-behind-proxy.asadmin --deploy app-web/target/app-web.war \
    >"$work/micro.log" 2>&1 &
micro_pid=$!
for _ in $(seq 1 360); do
    if curl -ks -o /dev/null -w '%{http_code}' "$PUBLIC/health/ready" | grep -q 200; then break; fi
    kill -0 "$micro_pid" 2>/dev/null || fail "Payara Micro exited"
    sleep 0.5
done
curl -ks "$PUBLIC/health/ready" | grep -q '"status":"UP"' || fail "readiness through the proxy"
echo "ok: $PUBLIC/health/ready is UP through nginx"

headers="$(curl -ks -D - -o /dev/null "$PUBLIC/index.xhtml")"
grep -qi "^location: $PUBLIC/login.xhtml" <<<"$headers" || fail "sign-in redirect is not $PUBLIC/login.xhtml: $headers"
echo "ok: the sign-in redirect is $PUBLIC/login.xhtml"
grep -i '^set-cookie: JSESSIONID' <<<"$headers" | grep -qi 'secure' || fail "session cookie not Secure: $headers"
grep -i '^set-cookie: JSESSIONID' <<<"$headers" | grep -qi 'httponly' || fail "session cookie not HttpOnly"
echo "ok: the session cookie is Secure and HttpOnly"

jar="$work/cookies"
form="$(curl -ks -c "$jar" -b "$jar" "$PUBLIC/login.xhtml")"
view_state="$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$form" | sed 's/.*value="//; s/"$//' | head -1)"
[ -n "$view_state" ] || fail "no sign-in form"
landing="$(curl -ks -c "$jar" -b "$jar" -o "$work/home.html" -w '%{url_effective}' -L \
    --data-urlencode signIn=signIn --data-urlencode signIn:email=amira.khan@example.org \
    --data-urlencode signIn:password=demo-learning-sets --data-urlencode signIn:submit= \
    --data-urlencode "jakarta.faces.ViewState=$view_state" "$PUBLIC/login.xhtml")"
[[ "$landing" == "$PUBLIC/"* ]] || fail "signed in, but landed on $landing"
grep -q "Welcome, Amira Khan" "$work/home.html" || fail "no home page after sign-in"
echo "ok: a member signs in over https and lands on $landing"

plain="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://localhost:$HTTP_PORT/index.xhtml")"
[[ "$plain" == "301 $PUBLIC/index.xhtml" ]] || fail "plain http not sent to https: $plain"
echo "ok: plain http is sent to https"
echo "TLS proxy check passed."
