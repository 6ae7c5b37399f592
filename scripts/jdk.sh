# Sourced by ./allclose and ./check: finds a JDK whose major version is at least 21 and
# exports it as JAVA_HOME. Looks at $JAVA_HOME, then the `java` on PATH, then /usr/lib/jvm/*,
# and /Library/Java/JavaVirtualMachines/* on macOS. Prints one line and returns 1 when none fits.
# Written in plain bash, without sed or subshells where it can: ./allclose runs it before every
# command, and each external program costs a few milliseconds.

ALLCLOSE_MIN_JAVA=21

# Sets ALLCLOSE_JDK_MAJOR to the major version of the JDK rooted at $1, or to nothing when it has
# no java and javac.
allclose_jdk_version() {
  ALLCLOSE_JDK_MAJOR=
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  local line
  if [ -f "$1/release" ]; then
    while IFS= read -r line; do
      if [[ $line =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
        ALLCLOSE_JDK_MAJOR=${BASH_REMATCH[1]}
        return 0
      fi
    done <"$1/release"
  fi
  ALLCLOSE_JDK_MAJOR=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
}

# Prints the major version of the JDK rooted at $1, or nothing when it has no java and javac.
allclose_jdk_major() {
  allclose_jdk_version "$1"
  echo "$ALLCLOSE_JDK_MAJOR"
}

allclose_find_jdk() {
  local candidates=() home java
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if java=$(command -v java 2>/dev/null); then
    java=$(readlink -f "$java")
    candidates+=("${java%/bin/java}")
  fi
  for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$home" ] && candidates+=("$home")
  done
  for home in "${candidates[@]}"; do
    allclose_jdk_version "$home"
    if [ -n "$ALLCLOSE_JDK_MAJOR" ] && [ "$ALLCLOSE_JDK_MAJOR" -ge "$ALLCLOSE_MIN_JAVA" ]; then
      export JAVA_HOME="$home"
      return 0
    fi
  done
  echo "allclose: no JDK $ALLCLOSE_MIN_JAVA or newer found; install one or set JAVA_HOME to it" >&2
  return 1
}
