#!/usr/bin/env bash
# Cheap checks of the built packages, run by ./mvnw verify (integration-test phase), no root
# needed: control fields, contents, owners and modes, conffiles, maintainer scripts' syntax,
# systemd-analyze verify on the units, and that the kiosk jar's JavaFX natives match the package
# architecture. Installing, upgrading, removing and purging: package-tests.sh (root, .ci/run).
# Usage: package-checks.sh KIOSK_DEB CENTRAL_DEB ARCH
set -uo pipefail
KIOSK_DEB=$1
CENTRAL_DEB=$2
ARCH=$3
passed=0
failed=0
check() {   # check NAME COMMAND...: runs COMMAND, counts and reports it
    local name=$1
    shift
    if output=$("$@" 2>&1); then
        passed=$((passed + 1))
        echo "ok   $name"
    else
        failed=$((failed + 1))
        echo "FAIL $name"
        [ -n "$output" ] && printf '%s\n' "$output" | sed 's/^/     /'
    fi
}
contains() { grep -qF -- "$2" <<< "$1" || { echo "expected \"$2\" in:"; echo "$1"; return 1; }; }
field() { dpkg-deb -f "$1" "$2"; }

if ! command -v dpkg-deb >/dev/null; then
    echo "dpkg-deb not found: the package checks need a Debian-based machine." >&2
    exit 1
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for deb in "$KIOSK_DEB" "$CENTRAL_DEB"; do
    check "$(basename "$deb") exists" test -s "$deb"
    check "$(basename "$deb") architecture is $ARCH" test "$(field "$deb" Architecture)" = "$ARCH"
    depends=$(field "$deb" Depends)
    check "$(basename "$deb") depends on a Java 21+ runtime from the distribution" \
        contains "$depends" "default-jre-headless (>= 2:1.21) | openjdk-21-jre-headless |"
    check "$(basename "$deb") files are root's" \
        bash -c "! dpkg-deb -c '$deb' | awk '{print \$2}' | grep -v '^root/root$'"
done
check "kiosk depends on a Korean font" contains "$(field "$KIOSK_DEB" Depends)" "fonts-nanum | fonts-noto-cjk"
check "kiosk recommends espeak-ng and cage" contains "$(field "$KIOSK_DEB" Recommends)" "cage, xwayland, x11-xserver-utils, espeak-ng"

kiosk_list=$(dpkg-deb -c "$KIOSK_DEB")
for path in usr/bin/madang-kiosk usr/bin/madang-sync-agent usr/bin/madang-device-config; do
    check "kiosk ships $path" bash -c "grep -q -- '-rwxr-xr-x root/root .* ./$path\$' <<< \"\$0\"" "$kiosk_list"
done
check "central ships usr/bin/madang-central executable" \
    bash -c "grep -q -- '-rwxr-xr-x root/root .* ./usr/bin/madang-central\$' <<< \"\$0\"" "$(dpkg-deb -c "$CENTRAL_DEB")"
for jar in kiosk-app sync-agent device-config; do
    check "kiosk ships $jar.jar" contains "$kiosk_list" "./usr/lib/madang/$jar.jar"
done
check "kiosk ships nothing under /var/lib/madang (dpkg must never own the data)" \
    bash -c "! grep -q './var/' <<< \"\$0\"" "$kiosk_list"

mkdir -p "$WORK/kiosk" "$WORK/central"
dpkg-deb -R "$KIOSK_DEB" "$WORK/kiosk"
dpkg-deb -R "$CENTRAL_DEB" "$WORK/central"
check "kiosk conffiles are its /etc files" test "$(sort "$WORK/kiosk/DEBIAN/conffiles" | tr '\n' ' ')" = \
    "/etc/madang/kiosk.conf /etc/madang/logback-kiosk.xml /etc/madang/sync-agent.conf /etc/pam.d/madang-kiosk "
check "central conffiles are its /etc files" test "$(tr '\n' ' ' < "$WORK/central/DEBIAN/conffiles")" = "/etc/madang/central.conf "
for script in "$WORK"/*/DEBIAN/{preinst,postinst,prerm,postrm,config} "$WORK"/kiosk/usr/bin/* "$WORK"/central/usr/bin/* \
        "$WORK"/kiosk/usr/libexec/madang/* "$WORK"/kiosk/usr/lib/madang/java.sh "$WORK"/kiosk/etc/madang/*.conf "$WORK"/central/etc/madang/*.conf; do
    [ -e "$script" ] || continue
    check "sh -n ${script#"$WORK"/}" sh -n "$script"
    if command -v shellcheck >/dev/null; then
        check "shellcheck ${script#"$WORK"/}" shellcheck -s sh -e SC1091,SC2034 "$script"
    fi
done
check "the sync agent unit treats exit 143 (SIGTERM) as success and always restarts" bash -c \
    'for line in SuccessExitStatus=143 Restart=always ProtectSystem=strict ReadWritePaths=/var/lib/madang NoNewPrivileges=yes PrivateTmp=yes ProtectHome=yes; do grep -qx "$line" "$1" || { echo "no $line"; exit 1; }; done' \
    _ "$WORK/kiosk/lib/systemd/system/madang-sync-agent.service"
check "the sync agent unit is Type=notify, only the JVM notifies, and systemd's watchdog restarts it" bash -c \
    'for line in Type=notify NotifyAccess=main WatchdogSec=10min WatchdogSignal=SIGQUIT "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6"; do grep -qx "$line" "$1" || { echo "no $line"; exit 1; }; done' \
    _ "$WORK/kiosk/lib/systemd/system/madang-sync-agent.service"

# systemd-analyze verify resolves ExecStart= binaries and dependencies in the root it is given: the
# unpacked package plus this machine's own units (targets); cage is not part of these packages (a
# Recommends), so a stand-in is put in the unpacked root for it.
if command -v systemd-analyze >/dev/null; then
    for root in kiosk central; do
        cp -rn /lib/systemd/system/. "$WORK/$root/lib/systemd/system/"
        mkdir -p "$WORK/$root/usr/bin"
        printf '#!/bin/sh\n' > "$WORK/$root/usr/bin/cage"
        chmod 755 "$WORK/$root/usr/bin/cage"
        for unit in "$WORK/$root"/lib/systemd/system/madang-*; do
            check "systemd-analyze verify $(basename "$unit")" bash -c \
                "out=\$(SYSTEMD_LOG_LEVEL=warning systemd-analyze verify --man=no --root='$WORK/$root' '$unit' 2>&1); echo \"\$out\"; ! grep -v -e 'Failed to put bus name' -e 'Cannot add dependency job' -e 'Failed to load dependency' <<< \"\$out\" | grep -q ."
        done
    done
else
    echo "skip systemd-analyze verify: systemd-analyze not installed"
fi

# JavaFX's native libraries in the kiosk jar must be the package's architecture (ELF e_machine:
# 62 x86-64, 183 aarch64); sqlite-jdbc and jSerialComm carry every architecture themselves.
expected_machine=$([ "$ARCH" = arm64 ] && echo 183 || echo 62)
check "kiosk-app.jar's JavaFX natives are $ARCH" python3 - "$WORK/kiosk/usr/lib/madang/kiosk-app.jar" "$expected_machine" <<'PY'
import struct, sys, zipfile
jar, expected = sys.argv[1], int(sys.argv[2])
with zipfile.ZipFile(jar) as z:
    natives = [n for n in z.namelist() if n.split("/")[-1] in ("libglass.so", "libprism_es2.so", "libglassgtk3.so")]
    if not natives:
        sys.exit("no JavaFX native library in " + jar)
    for name in natives:
        machine = struct.unpack("<H", z.read(name)[18:20])[0]
        if machine != expected:
            sys.exit(f"{name}: ELF machine {machine}, expected {expected}")
PY

echo "package-checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
