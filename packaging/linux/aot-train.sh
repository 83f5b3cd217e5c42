#!/usr/bin/env bash
# Gives a jpackage app image of Casefile the JDK's ahead-of-time cache (JDK 25, JEP 483/514/515):
# 1. runs the image's own launcher once in training mode (-Dcasefile.aotTraining=true: a small demo store in a
#    temporary folder, the window on it under Xvfb, a sign-in, the dashboard, quit) with -XX:AOTCacheOutput,
#    which writes lib/app/casefile.aot when that JVM exits;
# 2. adds -XX:AOTCache=$APPDIR/casefile.aot to the launcher's lib/app/casefile.cfg, with the JVM's AOT messages
#    moved to standard error and limited to errors (a harmless warning about one cached adapter would otherwise
#    be printed on standard output at every start, into the output of commands such as `casefile export`);
# 3. checks that the launcher maps the cache (-XX:AOTMode=on fails the run if it cannot).
# Run by `mvn -Pinstallers package` before the .deb and .rpm are made; by hand: aot-train.sh target/casefile
set -euo pipefail

image=${1:?usage: aot-train.sh APP_IMAGE_DIR}
launcher="$image/bin/casefile"
cfg="$image/lib/app/casefile.cfg"
cache="$image/lib/app/casefile.aot"
log="$image/../aot-training.log"

[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "aot-train: no Casefile app image at $image (run mvn package first)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "aot-train: the training run needs a display: apt-get install xvfb xauth" >&2; exit 1; }

# A cache from an earlier build belongs to other jars: drop it and the option before training.
rm -f "$cache"
sed -i -e '/^java-options=-XX:AOTCache=/d' -e '/^java-options=-Xlog:aot/d' "$cfg"

started=$(date +%s)
# The training JVM must see exactly the options the installed launcher passes (they come from casefile.cfg);
# only the two training switches are added. XDG folders are unset so nothing of the builder's is read.
if ! env -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u CASEFILE_PASSWORD -u CASEFILE_USER \
        JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cache -Dcasefile.aotTraining=true -Xlog:aot=error" \
        xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" >"$log" 2>&1; then
    echo "aot-train: the training run failed; its output is in $log" >&2
    rm -f "$cache"
    exit 1
fi
if ! grep -q "startup: dashboard ready" "$log" || [ ! -s "$cache" ]; then
    echo "aot-train: the training run did not reach the dashboard or wrote no cache; see $log" >&2
    rm -f "$cache"
    exit 1
fi

# $APPDIR is expanded by the jpackage launcher to the folder of casefile.cfg, wherever the app is installed.
sed -i -e '/^\[JavaOptions\]/a java-options=-XX:AOTCache=$APPDIR/casefile.aot' \
    -e '/^\[JavaOptions\]/a java-options=-Xlog:aot*=off' \
    -e '/^\[JavaOptions\]/a java-options=-Xlog:aot*=error:stderr' "$cfg"

if ! JAVA_TOOL_OPTIONS="-XX:AOTMode=on" "$launcher" --version >/dev/null 2>>"$log"; then
    echo "aot-train: the launcher could not use the new cache; see $log" >&2
    exit 1
fi
echo "aot-train: $(du -h "$cache" | cut -f1) AOT cache in $cache, trained in $(( $(date +%s) - started )) s"
