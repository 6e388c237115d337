#!/usr/bin/env bash
# DEV-ONLY: prints an RS256 JWT with the editor role, signed with the dev key pair beside this script.
# Usage: dev-keys/mint-editor-token.sh [subject]   (default subject: dev-editor)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
subject=${1:-dev-editor}
now=$(date +%s)
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64)
payload=$(printf '{"iss":"talks-record-dev","sub":"%s","upn":"%s","groups":["editor"],"iat":%d,"exp":%d}' \
  "$subject" "$subject" "$now" "$((now + 3600))" | b64)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$here/privateKey.pem" | b64)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
