#!/usr/bin/env bash
# Runs every test of Dispatch on this machine: installs what a fresh Debian machine lacks (redis-server and
# chromium, with apt), builds the solution (npm install and the console build run as part of it), then runs
# each test project in turn (they start real processes; one at a time suits a 2-core machine).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Chromium's Chinese UI strings (date fields read 年/月/日 under the browser tests' LANG=zh_CN.UTF-8); tests pass without.
dpkg -s chromium-l10n >/dev/null 2>&1 || missing+=(chromium-l10n)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} with apt"
  sudo_cmd=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v node >/dev/null || { echo "Node.js 20+ and npm are needed to build the console" >&2; exit 1; }

configuration="${CONFIGURATION:-Release}"
dotnet build Dispatch.sln -c "$configuration" -nologo -v q

projects=(Dispatch.Domain.Tests Dispatch.Grains.Tests Dispatch.Gateway.Tests Dispatch.Cluster.Tests Dispatch.Browser.Tests)
passed=0; failed=0; status=0
for p in "${projects[@]}"; do
  [ -d "tests/$p" ] || continue
  echo "== $p"
  log=$(mktemp)
  if dotnet test "tests/$p" -c "$configuration" --no-build --nologo 2>&1 | tee "$log"; then :; else status=1; fi
  line=$(grep -E "^(Passed|Failed)!" "$log" | tail -n 1 || true)
  p_count=$(sed -nE 's/.*Passed: *([0-9]+).*/\1/p' <<<"$line"); f_count=$(sed -nE 's/.*Failed: *([0-9]+),.*/\1/p' <<<"$line")
  [ -n "$line" ] || { echo "$p: no test summary (the run did not complete)"; status=1; }
  passed=$((passed + ${p_count:-0})); failed=$((failed + ${f_count:-0}))
  rm -f "$log"
done
# The console's unit tests (Vitest; the build above has run npm ci). Counts come from Vitest's summary line
# "Tests  27 passed (27)" / "Tests  1 failed | 26 passed (27)".
echo "== web-console (vitest)"
log=$(mktemp)
if (cd web-console && NO_COLOR=1 npm test --silent) 2>&1 | tee "$log"; then :; else status=1; fi
line=$(sed -nE 's/^[[:space:]]*Tests[[:space:]]+(.*)$/\1/p' "$log" | tail -n 1)
p_count=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || true)
f_count=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+' || true)
[ -n "$line" ] || { echo "web-console: no Vitest summary (the run did not complete)"; status=1; }
passed=$((passed + ${p_count:-0})); failed=$((failed + ${f_count:-0}))
rm -f "$log"

echo
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || status=1
exit $status
