#!/usr/bin/env bash
# Product smoke test (run by `./mvnw verify` in releng/org.mmrace.product):
# start the materialized product under X, wait for its window, save a screenshot,
# and fail if the workspace log holds any error or the window never appears.
#   smoke-test.sh PRODUCT_DIR OUT_DIR
set -euo pipefail
product=$1
out=$2
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "smoke-test: no DISPLAY and no xvfb-run (apt-get install xvfb xauth)" >&2; exit 1; }
  exec xvfb-run -a -s "-screen 0 1440x900x24" "$0" "$@"
fi
for tool in xdotool import; do
  command -v $tool >/dev/null || { echo "smoke-test: needs $tool (apt-get install xdotool imagemagick)" >&2; exit 1; }
done
here=$(cd "$(dirname "$0")" && pwd)
. "$here/find-jdk.sh"
mmrace_find_jdk
mkdir -p "$out/screenshots"
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; cp "$work/console.log" "$out/console.log" 2>/dev/null; rm -rf "$work"' EXIT
ws="$work/workspace"
cp "$here/../../scenarios/odirect-fork-writer.race" "$work/" 2>/dev/null || true
launcher=$(ls -1 "$product/plugins/org.eclipse.equinox.launcher_"*.jar | sort -V | tail -n 1)
args=(-data "$ws")
[ -f "$work/odirect-fork-writer.race" ] && args+=("$work/odirect-fork-writer.race")
"$JAVA_HOME/bin/java" -Xmx1g -jar "$launcher" -configuration "$work/configuration" "${args[@]}" >"$work/console.log" 2>&1 &
pid=$!
win=""
for _ in $(seq 1 120); do
  win=$(xdotool search --onlyvisible --name 'mmrace' 2>/dev/null | head -n 1 || true)
  [ -n "$win" ] && break
  kill -0 $pid 2>/dev/null || break
  sleep 0.5
done
if [ -z "$win" ]; then
  echo "smoke-test: FAILED: no window titled 'mmrace' within 60 s. Console:" >&2
  cat "$work/console.log" >&2
  [ -f "$ws/.metadata/.log" ] && cat "$ws/.metadata/.log" >&2
  exit 1
fi
sleep 6   # let the workbench finish painting and its start-up jobs log what they log
import -window "$win" "$out/screenshots/workbench.png"
title=$(xdotool getwindowname "$win")
echo "smoke-test: window '$title', screenshot $out/screenshots/workbench.png"
errors=0
if [ -f "$ws/.metadata/.log" ]; then
  cp "$ws/.metadata/.log" "$out/workbench.log"
  if grep -qE '^!ENTRY [^ ]+ 4 ' "$ws/.metadata/.log"; then errors=1; fi
fi
if grep -qE 'Exception|^!ENTRY [^ ]+ 4 ' "$work/console.log"; then errors=1; fi
if [ $errors -ne 0 ]; then
  echo "smoke-test: FAILED: errors were logged. Workspace log and console:" >&2
  cat "$ws/.metadata/.log" 2>/dev/null >&2 || true
  cat "$work/console.log" >&2
  exit 1
fi
case "$title" in *mmrace*) ;; *) echo "smoke-test: FAILED: window title '$title' lacks mmrace" >&2; exit 1;; esac
echo "smoke-test: passed"
