#!/usr/bin/env bash
# Prints the path of a java >= 21: $JAVA_HOME's, the one on PATH, or any under /usr/lib/jvm.
# The default java on Debian 12 is 17, so the command-line jars cannot assume it.
find_java() {
    local candidate version
    for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java 2>/dev/null)" /usr/lib/jvm/*/bin/java; do
        [ -n "$candidate" ] && [ -x "$candidate" ] || continue
        version=$("$candidate" -XshowSettings:properties -version 2>&1 \
            | awk -F' = ' '/java.specification.version/ {print $2; exit}')
        if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "Java 21 이상을 찾지 못했습니다: Java 21 이상의 런타임(예: openjdk-21-jre-headless)을 설치하세요." >&2
    echo "No Java 21 or newer found: install a Java 21+ runtime (e.g. openjdk-21-jre-headless)." >&2
    return 1
}
