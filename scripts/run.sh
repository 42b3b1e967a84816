#!/usr/bin/env bash
# Installs what is missing (apt; sudo when not root), builds Hookbench (Release, into
# build-release, without the tests) and starts it. Arguments go to hookbench:
#   scripts/run.sh                      # the window, capturing on 127.0.0.1:8787
#   scripts/run.sh --headless --listen 127.0.0.1:9000 --db /tmp/hooks.sqlite
# Without a display (no DISPLAY or WAYLAND_DISPLAY) it runs headless with the defaults.
# Environment: BUILD_DIR (build-release).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HOOKBENCH_ROOT"

build_dir=${BUILD_DIR:-build-release}

packages=("${HOOKBENCH_BUILD_PACKAGES[@]}")
# Native Wayland windows; without it Qt falls back to XWayland.
[[ -n ${WAYLAND_DISPLAY-} ]] && packages+=(qt6-wayland)
ensure_packages "${packages[@]}"

log "Configuring $build_dir (Release)"
configure_build "$build_dir" -DCMAKE_BUILD_TYPE=Release -DHOOKBENCH_WERROR=OFF \
    -DHOOKBENCH_BUILD_TESTS=OFF -DHOOKBENCH_FUZZ=OFF
log "Building"
cmake --build "$build_dir"

binary="$build_dir/bin/hookbench"
[[ -x $binary ]] || die "$binary was not built"

args=("$@")
if [[ -z ${DISPLAY-} && -z ${WAYLAND_DISPLAY-} && -z ${QT_QPA_PLATFORM-} ]]; then
    windowless=0
    for arg in "$@"; do
        case $arg in --headless | --help | -h | --help-all | --version | -v) windowless=1 ;; esac
    done
    if ((!windowless)); then
        log "No display (DISPLAY/WAYLAND_DISPLAY unset): running headless. Stop with Ctrl+C."
        log "For the window, run this from a desktop session (or: xvfb-run -a $0)."
        args=(--headless "${args[@]}")
    fi
fi

log "Starting $binary ${args[*]}"
exec "$binary" "${args[@]}"
