#!/usr/bin/env bash
# Tests of the ./mmrace script (run by `./mvnw verify` in releng/org.mmrace.product, after the
# product is materialized):
#   1. without GTK 3 the workbench start says which package to install (not Equinox's exit 13);
#   2. without a display it says so;
#   3. `./mmrace lsp` writes nothing on stdout but LSP messages, and exits 0 after shutdown/exit.
#   mmrace-script-test.sh ROOT
set -euo pipefail
root=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "mmrace-script-test: FAILED: $*" >&2; exit 1; }

# 1. No GTK: no libgtk-3.so.0 in the searched directories, and a dynamic linker cache without it.
mkdir -p "$work/bin" "$work/nolibs"
printf '#!/bin/sh\necho "1 libs found in cache"\necho "\tlibc.so.6 (libc6,x86-64) => /lib/x86_64-linux-gnu/libc.so.6"\n' >"$work/bin/ldconfig"
chmod +x "$work/bin/ldconfig"
set +e
PATH="$work/bin:$PATH" DISPLAY=:99 MMRACE_LIB_DIRS="$work/nolibs" MMRACE_NO_BUILD=1 \
  "$root/mmrace" >"$work/out" 2>"$work/err"
rc=$?
set -e
[ $rc -eq 2 ] || fail "without GTK: exit $rc, expected 2; stderr: $(cat "$work/err")"
grep -q 'needs GTK 3 (libgtk-3.so.0 is not installed)' "$work/err" || fail "without GTK: stderr: $(cat "$work/err")"
grep -q 'apt-get install libgtk-3-0 ' "$work/err" || fail "without GTK: no package named; stderr: $(cat "$work/err")"
[ ! -s "$work/out" ] || fail "without GTK: stdout not empty"

# The same environment with the library present passes the check (and stops at the display).
touch "$work/nolibs/libgtk-3.so.0"
set +e
PATH="$work/bin:$PATH" DISPLAY= WAYLAND_DISPLAY= MMRACE_LIB_DIRS="$work/nolibs" MMRACE_NO_BUILD=1 \
  "$root/mmrace" >"$work/out" 2>"$work/err"
rc=$?
set -e
# 2. No display.
[ $rc -eq 2 ] || fail "without a display: exit $rc, expected 2"
grep -q 'the workbench needs a display (DISPLAY is not set)' "$work/err" || fail "without a display: $(cat "$work/err")"
if grep -q GTK "$work/err"; then fail "the display check must come first: $(cat "$work/err")"; fi

# 3. The language server over stdio.
frame() { printf 'Content-Length: %d\r\n\r\n%s' "${#1}" "$1"; }
{
  frame '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}'
  frame '{"jsonrpc":"2.0","method":"initialized","params":{}}'
  frame '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/t.race","languageId":"race","version":1,"text":"scenario t\nprocess P\nthread P.a\n  store nope[0] data=X\n"}}}'
  frame '{"jsonrpc":"2.0","id":2,"method":"shutdown"}'
  frame '{"jsonrpc":"2.0","method":"exit"}'
} >"$work/lsp-in"
set +e
MMRACE_NO_BUILD=1 timeout 60 "$root/mmrace" lsp <"$work/lsp-in" >"$work/lsp-out" 2>"$work/lsp-err"
rc=$?
set -e
[ $rc -eq 0 ] || fail "mmrace lsp: exit $rc, expected 0; stderr: $(cat "$work/lsp-err")"
# stdout must be a sequence of Content-Length frames and nothing else.
exec 3<"$work/lsp-out"
frames=0
bodies=""
while IFS= read -r header <&3; do
  case "$header" in
    Content-Length:*) n=${header#Content-Length: }; n=${n%$'\r'} ;;
    *) fail "mmrace lsp: stdout has a line that is no LSP header: '$header'" ;;
  esac
  IFS= read -r blank <&3
  [ "$blank" = $'\r' ] || fail "mmrace lsp: header not followed by a blank line"
  bodies+=$(dd bs=1 count="$n" status=none <&3)$'\n'
  frames=$((frames + 1))
done
exec 3<&-
[ $frames -eq 3 ] || fail "mmrace lsp: $frames messages, expected 3 (initialize, diagnostics, shutdown): $bodies"
grep -q '"serverInfo":{"name":"mmrace"' <<<"$bodies" || fail "mmrace lsp: no serverInfo: $bodies"
grep -q '"method":"textDocument/publishDiagnostics".*undefined region' <<<"$bodies" || fail "mmrace lsp: no diagnostic: $bodies"
grep -q '"id":2,"result":null' <<<"$bodies" || grep -q '"id":2,"result"' <<<"$bodies" || fail "mmrace lsp: no shutdown reply: $bodies"
echo "mmrace-script-test: passed (no GTK, no display, lsp over stdio: $frames messages)"
