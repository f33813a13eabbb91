# Sourced by the Madang wrappers (sh). Finds a Java 21 or newer and drops root to the service user.
# Debian 12 and Raspberry Pi OS 12 default to Java 17, so "java" on PATH may be too old; the JVM
# is found the cheap way (the runtime's "release" file), starting a JVM only when that is missing.

# madang_java_version JAVA: the feature version (17, 21, 25) of the java binary JAVA, or nothing.
madang_java_version() {
    _home=$(dirname "$(dirname "$(readlink -f "$1")")")
    if [ -r "$_home/release" ]; then
        sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$_home/release" | head -n 1
    else
        "$1" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
    fi
}

# madang_find_java: prints a java >= 21: $MADANG_JAVA, $JAVA_HOME's, the one on PATH, then the
# newest under /usr/lib/jvm. Prints the fix in Korean and English and returns 3 if none.
madang_find_java() {
    for _candidate in ${MADANG_JAVA:+"$MADANG_JAVA"} ${JAVA_HOME:+"$JAVA_HOME/bin/java"} \
            "$(command -v java 2>/dev/null || true)" $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -r); do
        [ -n "$_candidate" ] && [ -x "$_candidate" ] || continue
        _version=$(madang_java_version "$_candidate")
        if [ -n "$_version" ] && [ "$_version" -ge 21 ]; then
            echo "$_candidate"
            return 0
        fi
    done
    echo "Java 21 이상을 찾지 못했습니다: openjdk-21-jre-headless(Debian 13, Ubuntu 24.04) 또는 temurin-21-jre(Debian 12, Raspberry Pi OS 12)를 설치하세요." >&2
    echo "No Java 21 or newer found: install openjdk-21-jre-headless (Debian 13, Ubuntu 24.04) or temurin-21-jre (Debian 12, Raspberry Pi OS 12)." >&2
    return 3
}

# madang_as_user USER "$0" "$@": run as root, re-executes this wrapper as USER, so that files it
# writes under /var/lib belong to the service user (the device key must stay 0600 and its owner's).
# MADANG_AS_ROOT=1 keeps root (e.g. an export to a USB stick only root may write).
madang_as_user() {
    _user=$1
    shift
    if [ "$(id -u)" = 0 ] && [ "${MADANG_AS_ROOT:-0}" != 1 ] && getent passwd "$_user" >/dev/null; then
        exec runuser -u "$_user" -- "$@"
    fi
}
