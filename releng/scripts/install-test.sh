#!/usr/bin/env bash
# Install test (run by `./mvnw verify` in releng/org.mmrace.platform, after org.mmrace.product has
# built the p2 repository): installs the `mmrace` feature from that repository into a copy of a
# bare Eclipse platform (made from Maven Central parts only, with the p2 director), with the
# director, then starts the installation headless and runs its command-line application
# (org.mmrace.cli.app) on a scenario, and checks what it prints.
#   install-test.sh PLATFORM_DIR REPOSITORY_DIR OUT_DIR
set -euo pipefail
platform=$1
repository=$2
out=$3
here=$(cd "$(dirname "$0")" && pwd)
. "$here/find-jdk.sh"
mmrace_find_jdk
java="$JAVA_HOME/bin/java"
fail() { echo "install-test: FAILED: $*" >&2; exit 1; }
[ -f "$repository/content.jar" ] || [ -f "$repository/content.xml.xz" ] || fail "no p2 repository at $repository"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
install="$work/eclipse"
cp -a "$platform" "$install"
launcher=$(ls -1 "$install/plugins/org.eclipse.equinox.launcher_"*.jar | sort -V | tail -n 1)
profile=$(basename "$(ls -1d "$install/p2/org.eclipse.equinox.p2.engine/profileRegistry/"*.profile | head -n 1)" .profile)
[ -n "$profile" ] || fail "the platform has no p2 profile"
if ls "$install/plugins" | grep -q '^org\.mmrace\.'; then fail "the platform already holds mmrace bundles"; fi

echo "install-test: installing org.mmrace.feature from $repository into the platform (profile $profile)"
start=$(date +%s)
if ! "$java" -Xmx512m -jar "$launcher" -nosplash -consoleLog \
    -application org.eclipse.equinox.p2.director \
    -repository "file:$repository" \
    -installIU org.mmrace.feature.feature.group \
    -destination "$install" -profile "$profile" >"$out/install-test-director.log" 2>&1; then
  cat "$out/install-test-director.log" >&2
  fail "the p2 director did not install the feature (log: $out/install-test-director.log)"
fi
grep -q 'Operation completed' "$out/install-test-director.log" \
  || { cat "$out/install-test-director.log" >&2; fail "the director did not report completion"; }
for b in org.mmrace.model org.mmrace.core org.mmrace.lang org.mmrace.cli org.mmrace.ui org.mmrace.lsp; do
  grep -q "^$b," "$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
    || fail "$b is not in the installation's bundles.info"
done
echo "install-test: installed in $(( $(date +%s) - start )) s"

# The installation, started headless (no DISPLAY), runs the command line on a scenario.
scenario="$work/odirect-fork-writer.race"
cp "$here/../../scenarios/odirect-fork-writer.race" "$scenario"
set +e
env -u DISPLAY -u WAYLAND_DISPLAY "$java" -Xmx1g -jar "$launcher" -nosplash \
  -application org.mmrace.cli.app run "$scenario" --strategy linux-2.6.27,linux-6.3 \
  >"$out/install-test-run.out" 2>"$out/install-test-run.err"
rc=$?
set -e
echo "install-test: the installed mmrace ran: $(grep -c '^Test ' "$out/install-test-run.out") results (output: $out/install-test-run.out)"
# The file's expectations: 2.6.27 loses the O_DIRECT read, 6.3 holds.
[ $rc -eq 0 ] || { cat "$out/install-test-run.err" >&2; fail "the installed command line exited $rc"; }
grep -q '^Test odirect-fork-writer linux-2\.6\.27 violated (as expected)$' "$out/install-test-run.out" \
  || fail "no 'linux-2.6.27 violated (as expected)' line"
grep -q '^Test odirect-fork-writer linux-6\.3 holds (as expected)$' "$out/install-test-run.out" \
  || fail "no 'linux-6.3 holds (as expected)' line"
grep -q '^2 results; expectations: 2 met, 0 not met$' "$out/install-test-run.out" || fail "no summary line"
if grep -q 'Exception' "$out/install-test-run.err"; then cat "$out/install-test-run.err" >&2; fail "exception on stderr"; fi
for log in $(find "$install/configuration" -maxdepth 1 -name '*.log' -newer "$out/install-test-director.log"); do
  if grep -qE '^!ENTRY [^ ]+ 4 ' "$log"; then cat "$log" >&2; fail "the installation logged an error"; fi
done
echo "install-test: passed"
