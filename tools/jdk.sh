# Sourced by ./sohoa and ./run-tests: sets JAVA_HOME to a JDK 25 or says where to get one.
sohoa_find_jdk() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/jdk-25*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$version" ] && [ "${version%%.*}" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "SoHoa needs a JDK 25: install Temurin 25 (/usr/lib/jvm/temurin-25-jdk-amd64) or set JAVA_HOME." >&2
  return 1
}

# Maven runs on JDK 25 too; this keeps its own libraries' warnings about sun.misc.Unsafe quiet.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
