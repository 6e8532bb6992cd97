# Sourced by ./mmrace, ./verify and .ci/run: sets JAVA_HOME to a JDK 21 or newer.
# Order: $JAVA_HOME if it is 21+, else the newest JDK under /usr/lib/jvm.
# The version is read from the JDK's `release` file, so no JVM is started (start-up time matters).
mmrace_java_major() {
  local v=""
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1)
  fi
  if [ -z "$v" ] && [ -x "$1/bin/java" ]; then
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1)
  fi
  echo "${v:-0}"
}
mmrace_find_jdk() {
  local d v best="" bestv=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(mmrace_java_major "$JAVA_HOME")
    if [ "$v" -ge 21 ]; then return 0; fi
  fi
  for d in /usr/lib/jvm/*/; do
    d=${d%/}
    [ -x "$d/bin/javac" ] || continue
    v=$(mmrace_java_major "$d")
    if [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
  done
  if [ -z "$best" ]; then
    echo "mmrace: needs a JDK 21 or newer and found none (JAVA_HOME=${JAVA_HOME:-unset}; nothing 21+ under /usr/lib/jvm)." >&2
    echo "mmrace: install one, e.g. 'apt-get install openjdk-21-jdk' (or any Temurin 21+), or point JAVA_HOME at it." >&2
    return 1
  fi
  export JAVA_HOME=$best
}
