#!/usr/bin/env bash
# Prints an access token from the local platform, obtained through the gateway with plain HTTP.
#
#   deploy/local/token.sh [-v] <username> [password]   a demo user: authorization code + PKCE, via the login form
#   deploy/local/token.sh [-v] --client                the demo integration client: client credentials
#
#   -v            also print the token's claims to stderr
#   --scope "a b" the scopes to ask for (users: default "openid profile"; client: none, i.e. what the
#                 authorization server grants without asking)
#
# Environment: PROPERTYOPS_URL (default http://localhost:8080), PROPERTYOPS_DEMO_PASSWORD (default
# propertyops-demo), PROPERTYOPS_DEMO_CLIENT_SECRET (default: from <data dir>/secrets.properties),
# PROPERTYOPS_DATA_DIR (default <repo>/.local). Needs curl, openssl and python3.
#
#   curl -H "Authorization: Bearer $(deploy/local/token.sh 13800138001)" http://localhost:8080/api/v1/me/tickets
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
base=${PROPERTYOPS_URL:-http://localhost:8080}
base=${base%/}
app_client=propertyops-app
integration_client=propertyops-integration-demo
redirect_uri=http://127.0.0.1:8765/callback
browser_accept='text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'

die() {
  echo "token.sh: $*" >&2
  exit 1
}

verbose=false
client=false
scope=
positional=()
while (($#)); do
  case $1 in
    -v | --verbose) verbose=true ;;
    --client) client=true ;;
    --scope) (($# > 1)) || die "--scope needs a value"; scope=$2; shift ;;
    --scope=*) scope=${1#*=} ;;
    -h | --help) sed -n '2,17s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) die "unknown option $1 (try --help)" ;;
    *) positional+=("$1") ;;
  esac
  shift
done

for tool in curl openssl python3; do
  command -v "$tool" >/dev/null || die "needs $tool"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=$work/cookies
body=$work/body
status=
location=

# request <curl arguments>: one HTTP exchange with the cookie jar, redirects not followed.
# Sets $status and $location (the redirect target, made absolute by curl); the body is in $body.
request() {
  local result
  result=$(curl -sS -o "$body" -w '%{http_code} %{redirect_url}' -b "$jar" -c "$jar" "$@") ||
    die "cannot reach $base (is the platform running? deploy/local/run)"
  status=${result%% *}
  location=${result#* }
}

body_excerpt() {
  head -c 600 "$body"
}

base64url() {
  openssl base64 -A | tr '+/' '-_' | tr -d '='
}

print_claims() {
  python3 - "$1" <<'PY' >&2
import base64, json, sys
payload = sys.argv[1].split(".")[1]
payload += "=" * (-len(payload) % 4)
print(json.dumps(json.loads(base64.urlsafe_b64decode(payload)), indent=2, ensure_ascii=False))
PY
}

# token_from_body: the access_token of a token endpoint response
token_from_body() {
  python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["access_token"])' "$body" 2>/dev/null ||
    die "no access_token in the token response: $(body_excerpt)"
}

client_credentials() {
  local secret=${PROPERTYOPS_DEMO_CLIENT_SECRET:-} file
  if [[ -z $secret ]]; then
    file=${PROPERTYOPS_DATA_DIR:-$repo/.local}/secrets.properties
    [[ -f $file ]] || die "no $file yet: start the platform once (deploy/local/run) or set PROPERTYOPS_DEMO_CLIENT_SECRET"
    secret=$(sed -n 's/^PROPERTYOPS_DEMO_CLIENT_SECRET=//p' "$file" | tail -n 1)
    [[ -n $secret ]] || die "no PROPERTYOPS_DEMO_CLIENT_SECRET in $file"
  fi
  local args=(--data-urlencode grant_type=client_credentials)
  [[ -n $scope ]] && args+=(--data-urlencode "scope=$scope")
  # the secret goes through a file descriptor, not the command line (ps would show it)
  request "$base/oauth2/token" \
    -H @<(printf 'Authorization: Basic %s\n' "$(printf '%s:%s' "$integration_client" "$secret" | openssl base64 -A)") \
    "${args[@]}"
  [[ $status == 200 ]] || die "POST /oauth2/token (client credentials) answered $status: $(body_excerpt)"
  token_from_body
}

# login_form: prints the _csrf value and the absolute action URL of the form with the password field
login_form() {
  python3 - "$body" "$1" <<'PY'
import html.parser, sys, urllib.parse

class LoginForm(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.action = self.chosen = self.csrf = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.action = attrs.get("action") or ""
        elif tag == "input" and attrs.get("name") == "_csrf" and self.csrf is None:
            self.csrf = attrs.get("value")
        elif tag == "input" and attrs.get("name") == "password" and self.chosen is None:
            self.chosen = self.action

form = LoginForm()
form.feed(open(sys.argv[1], encoding="utf-8", errors="replace").read())
if form.csrf is None or form.chosen is None:
    sys.exit(1)
print(form.csrf)
print(urllib.parse.urljoin(sys.argv[2], form.chosen))
PY
}

authorization_code() {
  local username=$1 password=$2
  local verifier challenge state login_url csrf action next hop code returned_state
  verifier=$(openssl rand 48 | base64url)
  challenge=$(printf '%s' "$verifier" | openssl dgst -binary -sha256 | base64url)
  state=$(openssl rand -hex 16)

  request -G "$base/oauth2/authorize" -H "Accept: $browser_accept" \
    --data-urlencode response_type=code \
    --data-urlencode "client_id=$app_client" \
    --data-urlencode "redirect_uri=$redirect_uri" \
    --data-urlencode "scope=${scope:-openid profile}" \
    --data-urlencode "code_challenge=$challenge" \
    --data-urlencode code_challenge_method=S256 \
    --data-urlencode "state=$state"
  [[ $status == 30[12378] && -n $location ]] ||
    die "GET /oauth2/authorize answered $status, not a redirect to the login page: $(body_excerpt)"
  login_url=$location

  request "$login_url" -H "Accept: $browser_accept"
  [[ $status == 200 ]] || die "GET $login_url answered $status: $(body_excerpt)"
  { read -r csrf && read -r action; } < <(login_form "$login_url") ||
    die "no login form with a _csrf field at $login_url"

  request "$action" -H "Accept: $browser_accept" \
    --data-urlencode "username=$username" \
    --data-urlencode "password@"<(printf '%s' "$password") \
    --data-urlencode "_csrf=$csrf"
  [[ $status == 30[12378] ]] || die "POST $action answered $status: $(body_excerpt)"
  [[ $location == *"/login?error"* ]] && die "login refused for '$username' (wrong username or password?)"
  next=$location

  # back to /oauth2/authorize with the session, which redirects to the callback with the code
  for hop in 1 2 3 4 5; do
    [[ $next == "$redirect_uri"* ]] && break
    request "$next" -H "Accept: $browser_accept"
    case $status in
      30[12378]) next=$location ;;
      200) die "GET $next showed a page instead of redirecting to $redirect_uri (a consent page?): $(body_excerpt)" ;;
      *) die "GET $next answered $status: $(body_excerpt)" ;;
    esac
  done
  [[ $next == "$redirect_uri"* ]] || die "never redirected to $redirect_uri (last: $next)"

  { read -r code && read -r returned_state; } < <(python3 - "$next" <<'PY'
import sys, urllib.parse
query = urllib.parse.parse_qs(urllib.parse.urlsplit(sys.argv[1]).query)
if "error" in query:
    print("error: " + query["error"][0] + " " + query.get("error_description", [""])[0], file=sys.stderr)
    sys.exit(1)
print(query.get("code", [""])[0])
print(query.get("state", [""])[0])
PY
  ) || die "the authorization server answered with an error: $next"
  [[ -n $code ]] || die "no code in $next"
  [[ $returned_state == "$state" ]] || die "state mismatch: sent $state, got $returned_state"

  request "$base/oauth2/token" \
    --data-urlencode grant_type=authorization_code \
    --data-urlencode "code=$code" \
    --data-urlencode "redirect_uri=$redirect_uri" \
    --data-urlencode "client_id=$app_client" \
    --data-urlencode "code_verifier=$verifier"
  [[ $status == 200 ]] || die "POST /oauth2/token (authorization code) answered $status: $(body_excerpt)"
  token_from_body
}

if $client; then
  ((${#positional[@]} == 0)) || die "--client takes no username"
  token=$(client_credentials)
else
  ((${#positional[@]} >= 1 && ${#positional[@]} <= 2)) || die "usage: token.sh [-v] <username> [password] | token.sh [-v] --client (try --help)"
  token=$(authorization_code "${positional[0]}" "${positional[1]:-${PROPERTYOPS_DEMO_PASSWORD:-propertyops-demo}}")
fi
$verbose && print_claims "$token"
echo "$token"
