#!/usr/bin/env bash
# Proves that Casefile's .deb installs and that the installed app starts, then removes it again.
#   packaging/linux/check-deb.sh [--chroot BASE] [DEB]
# DEB defaults to the one in target/installer/. Run as root (it installs a package).
# Without --chroot it installs on this machine. With --chroot BASE (a Debian 12 made by
#   debootstrap --variant=minbase bookworm BASE http://deb.debian.org/debian
# which is never changed) it works on a copy of BASE, so the package gets only what it declares: apt installs the
# .deb and its dependencies from the Debian mirror, nothing else. The display is an Xvfb on this machine whose
# socket is shared with the copy, so no X server is installed into it.
# Checks, each printed: the package's contents (launcher, AOT cache, desktop entry,
# icon, dependency on GTK 3), that apt installs it, that the menu entry is registered, that the launcher answers
# --version while mapping the AOT cache (-XX:AOTMode=on fails otherwise), that the window reaches its first-run
# screen (a screenshot is saved to target/check-deb/), that dpkg -r leaves nothing in /opt/casefile and no menu
# entry, and purges it.
# Exit status 0 only if every check passed.
set -euo pipefail

chroot_base=""
if [ "${1:-}" = "--chroot" ]; then
    chroot_base=$(realpath "${2:?--chroot needs the folder of a debootstrapped Debian}")
    shift 2
fi
deb=$(realpath "${1:-$(ls target/installer/casefile_*_amd64.deb 2>/dev/null | head -1)}")
[ -f "$deb" ] || { echo "check-deb: no .deb given and none in target/installer (mvn -Pinstallers package)" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "check-deb: run as root: it installs and removes a package" >&2; exit 1; }
for tool in Xvfb import; do
    command -v "$tool" >/dev/null || { echo "check-deb: needs $tool (apt-get install xvfb imagemagick)" >&2; exit 1; }
done
shots=$(realpath -m target/check-deb)
mkdir -p "$shots"
out="$shots/last-check.out"

failures=0
check() { # check "what" command...: runs the command, prints ok/FAILED with what was checked
    local what=$1; shift
    if "$@" >"$out" 2>&1; then
        echo "ok      $what"
    else
        echo "FAILED  $what"; sed 's/^/        /' "$out" | tail -20
        failures=$((failures + 1))
    fi
}

echo "check-deb: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
contents=$(dpkg-deb -c "$deb")
info=$(dpkg-deb -f "$deb")
check "contains the launcher /opt/casefile/bin/casefile" grep -q '\./opt/casefile/bin/casefile$' <<<"$contents"
check "contains the AOT cache /opt/casefile/lib/app/casefile.aot" grep -q '\./opt/casefile/lib/app/casefile.aot$' <<<"$contents"
check "contains the desktop entry and the icon" bash -c \
    'grep -q "casefile-casefile.desktop$" <<<"$0" && grep -q "/opt/casefile/lib/casefile.png$" <<<"$0"' "$contents"
check "depends on libgtk-3-0" grep -q '^Depends:.*libgtk-3-0' <<<"$info"

# Where it runs: this machine, or a throwaway copy of the clean Debian.
root=/
deb_in=$shots/casefile.deb          # paths as the installed app sees them
home_in=$shots/home
run() { "$@"; }
cleanup() { :; }
if [ -n "$chroot_base" ]; then
    root=$shots/root
    deb_in=/var/tmp/casefile-check.deb
    home_in=/var/tmp/casefile-check-home
    if mountpoint -q "$root/proc" || mountpoint -q "$root/tmp/.X11-unix"; then
        echo "check-deb: $root still has mounts from an earlier run; umount them first" >&2; exit 1
    fi
    rm -rf "$root"
    mkdir -p "$root"
    echo "check-deb: copying $chroot_base to $root"
    cp -a "$chroot_base/." "$root/"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    mount -t proc proc "$root/proc"
    mkdir -p "$root/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
    run() { chroot "$root" "$@"; }
    cleanup() {
        umount "$root/tmp/.X11-unix" 2>/dev/null || true
        umount "$root/proc" 2>/dev/null || true
        # never delete through a mount that is still there (the X socket folder is this machine's)
        if ! mountpoint -q "$root/proc" && ! mountpoint -q "$root/tmp/.X11-unix"; then rm -rf "$root"; fi
    }
fi
display=":$(( 90 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; cleanup' EXIT

cp "$deb" "$root$deb_in"
if [ -n "$chroot_base" ]; then
    check "apt-get update in the clean Debian" run apt-get update -qq
    echo "check-deb: packages before: $(run dpkg-query -f '.\n' -W | wc -l)"
fi
check "apt-get install ./casefile.deb (with its declared dependencies)" run env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "$deb_in"
if [ -n "$chroot_base" ]; then echo "check-deb: packages after:  $(run dpkg-query -f '.\n' -W | wc -l)"; fi
check "dpkg says casefile is installed" bash -c "[ \"\$(chroot '$root' dpkg-query -W -f '\${Status}' casefile)\" = 'install ok installed' ]"
check "menu entry registered (/usr/share/applications/casefile-casefile.desktop, Office)" \
    grep -q '^Categories=Office;' "$root/usr/share/applications/casefile-casefile.desktop"
check "launcher answers --version with the AOT cache mapped (-XX:AOTMode=on)" \
    run env JAVA_TOOL_OPTIONS=-XX:AOTMode=on /opt/casefile/bin/casefile --version

# The window: a fresh user folder, so the first-run screen shows.
rm -rf "$root$home_in"
mkdir -p "$root$home_in"
# Java takes user.home from the password database, not from $HOME: set both.
run env HOME="$home_in" JAVA_TOOL_OPTIONS="-Duser.home=$home_in" DISPLAY="$display" /opt/casefile/bin/casefile >"$shots/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do
    grep -q "startup: window shown" "$shots/app.log" && break
    kill -0 "$app" 2>/dev/null || break
    sleep 1
done
sleep 3 # let the first frame be painted
check "the installed app opens its window (log: 'startup: window shown')" grep -q "startup: window shown" "$shots/app.log"
shot="$shots/first-run.png"
if [ -n "$chroot_base" ]; then shot="$shots/first-run-chroot.png"; fi
check "screenshot of the window: $shot" import -display "$display" -window root "$shot"
check "the app made its data folder and wrote its log in ~/.local/share/casefile/logs/" \
    bash -c "ls '$root$home_in/.local/share/casefile/logs/'*.log"
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
grep -m1 "startup: window shown" "$shots/app.log" | sed 's/^/        /' || true

check "dpkg -r casefile" run dpkg -r casefile
check "nothing left in /opt/casefile" bash -c "[ ! -e '$root/opt/casefile' ]"
check "menu entry removed" bash -c "[ ! -e '$root/usr/share/applications/casefile-casefile.desktop' ]"
check "dpkg --purge casefile (no record left in dpkg's database)" run dpkg --purge casefile
rm -rf "$root$deb_in" "$root$home_in"

if [ "$failures" -gt 0 ]; then
    echo "check-deb: $failures check(s) FAILED"
    exit 1
fi
echo "check-deb: all checks passed"
