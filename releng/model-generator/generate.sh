#!/usr/bin/env bash
# Regenerates bundles/org.mmrace.model/src-gen from the Ecore models and the genmodel,
# headless, with EMF's code generator, and records the hash of the inputs that the model
# tests check (ModelIsUpToDateTest). Usage: releng/model-generator/generate.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/releng/scripts/find-jdk.sh"
mmrace_find_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
cd "$here"
exec "$root/mvnw" -B -ntp -q compile exec:java "$@"
