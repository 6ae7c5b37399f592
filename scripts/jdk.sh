# Sourced by ./allclose and ./check: finds a JDK whose major version is at least 21 and
# exports it as JAVA_HOME. Looks at $JAVA_HOME, then the `java` on PATH, then /usr/lib/jvm/*,
# and /Library/Java/JavaVirtualMachines/* on macOS. Prints one line and returns 1 when none fits.

ALLCLOSE_MIN_JAVA=21

# Major version of the JDK rooted at $1, or nothing when it has no java and javac.
allclose_jdk_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

allclose_find_jdk() {
  local candidates=() home major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$home" ] && candidates+=("$home")
  done
  for home in "${candidates[@]}"; do
    major=$(allclose_jdk_major "$home")
    if [ -n "$major" ] && [ "$major" -ge "$ALLCLOSE_MIN_JAVA" ]; then
      export JAVA_HOME="$home"
      return 0
    fi
  done
  echo "allclose: no JDK $ALLCLOSE_MIN_JAVA or newer found; install one or set JAVA_HOME to it" >&2
  return 1
}
