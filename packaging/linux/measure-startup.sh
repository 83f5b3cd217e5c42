#!/usr/bin/env bash
# Cold start of the packaged app to its unlock screen, with and without the AOT cache, under Xvfb.
#   packaging/linux/measure-startup.sh [APP_IMAGE_DIR (default target/casefile)] [RUNS (default 7)]
# Each run is a new JVM started by the image's launcher on the same small demo store; the time is the log's
# "startup: window shown at N ms after JVM start" (the unlock screen is on screen), plus the wall time from
# starting the launcher until that line appeared. Runs alternate between the two modes so that load from other
# work on the machine falls on both alike. "without" adds -XX:AOTMode=off (the launcher's casefile.cfg names the
# cache; off wins). The file cache of the OS is warm in both modes (the runs are not the first after a boot).
set -euo pipefail

image=$(realpath "${1:-target/casefile}")
runs=${2:-7}
launcher="$image/bin/casefile"
[ -x "$launcher" ] || { echo "measure-startup: no app image at $image" >&2; exit 1; }
grep -q '^java-options=-XX:AOTCache=' "$image/lib/app/casefile.cfg" \
    || { echo "measure-startup: $image has no AOT cache; run packaging/linux/aot-train.sh $image first" >&2; exit 1; }

if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "measure-startup: needs xvfb-run (apt-get install xvfb xauth)" >&2; exit 1; }
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$image" "$runs"
fi

# Under target/, not /tmp: on the shared development machine something removed temporary folders mid-run.
work=$(mktemp -d "$(dirname "$image")/measure-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"
unset XDG_CONFIG_HOME XDG_DATA_HOME CASEFILE_USER
mkdir -p "$HOME"
CASEFILE_PASSWORD="measuring start-up only" "$launcher" demo --store "$work/store" --clients 2 >/dev/null 2>&1

# One start: prints "<ms after JVM start> <wall ms>" once the unlock screen is shown, then ends that process.
one_start() {
    local options=$1 out="$work/run-$RANDOM$RANDOM.log" begin pid shown=""
    : >"$out" # a fresh file, made before the launcher starts: never a line from the run before
    begin=$(date +%s%N)
    JAVA_TOOL_OPTIONS="$options" "$launcher" --store "$work/store" >"$out" 2>&1 &
    pid=$!
    for _ in $(seq 1 1200); do
        shown=$(sed -n 's/.*startup: window shown at \([0-9]*\) ms.*/\1/p' "$out")
        [ -n "$shown" ] && break
        sleep 0.05
    done
    local wall=$(( ($(date +%s%N) - begin) / 1000000 ))
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [ -n "$shown" ] || { echo "measure-startup: no window within 60 s; output:" >&2; cat "$out" >&2; exit 1; }
    echo "$shown $wall"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

one_start "" >/dev/null                       # the first start after the demo store: not counted
: >"$work/with"; : >"$work/without"
for i in $(seq 1 "$runs"); do
    one_start "-XX:AOTMode=off" >>"$work/without"
    one_start "" >>"$work/with"
    echo "run $i/$runs: without $(tail -1 "$work/without" | cut -d' ' -f1) ms, with $(tail -1 "$work/with" | cut -d' ' -f1) ms" >&2
done

echo "cold start to the unlock screen, $runs runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-14s %28s %28s\n' "AOT cache" "window shown after JVM start" "wall, launcher to window"
for mode in without with; do
    printf '%-14s %14s ms (%s–%s) %14s ms (%s–%s)\n' "$mode" \
        "$(cut -d' ' -f1 "$work/$mode" | median)" "$(cut -d' ' -f1 "$work/$mode" | sort -n | head -1)" \
        "$(cut -d' ' -f1 "$work/$mode" | sort -n | tail -1)" \
        "$(cut -d' ' -f2 "$work/$mode" | median)" "$(cut -d' ' -f2 "$work/$mode" | sort -n | head -1)" \
        "$(cut -d' ' -f2 "$work/$mode" | sort -n | tail -1)"
done
