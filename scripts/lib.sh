# Shared helpers for scripts/*.sh. Source it; do not run it.
# shellcheck shell=bash

# Repository root, whatever the caller's working directory.
HOOKBENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export HOOKBENCH_ROOT

# Debian 12 / Ubuntu 24.04 package names. "a|b" means: a or b is enough; install the first one
# this distribution has. (Used by the scripts that source this file.)
# shellcheck disable=SC2034
HOOKBENCH_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qtkeychain-qt6-dev
    libhttp-parser-dev libsimdjson-dev libssl-dev zlib1g-dev libbrotli-dev libsqlite3-dev
    libdtl-dev libmimalloc-dev qt6-tools-dev qt6-l10n-tools fonts-dejavu-core
)
# shellcheck disable=SC2034
HOOKBENCH_TEST_PACKAGES=(
    git clang clang-format
    xvfb xauth dbus gnome-keyring libsecret-tools
    sqlite3 wrk "nginx-light|nginx"
    nodejs
    dpkg-dev desktop-file-utils appstream curl file rpm
)

log() {
    if [[ -t 2 ]]; then
        printf '\033[1m==> %s\033[0m\n' "$*" >&2
    else
        printf '==> %s\n' "$*" >&2
    fi
}
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root to run '$*' (install sudo or run as root)"
    fi
}

package_installed() {
    [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

package_available() {
    local candidate
    candidate=$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ { print $2 }')
    [[ -n $candidate && $candidate != "(none)" ]]
}

# ensure_packages SPEC...: installs the packages that are missing, non-interactively. Runs
# `apt-get update` only when something is missing, so a second run costs nothing.
ensure_packages() {
    if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
        log "No apt here: install the dependencies yourself (see README.md), continuing"
        return 0
    fi
    local spec alternative found
    local -a missing=() alternatives=()
    for spec in "$@"; do
        found=0
        IFS='|' read -ra alternatives <<<"$spec"
        for alternative in "${alternatives[@]}"; do
            if package_installed "$alternative"; then
                found=1
                break
            fi
        done
        ((found)) || missing+=("$spec")
    done
    ((${#missing[@]})) || return 0

    export DEBIAN_FRONTEND=noninteractive
    log "Installing missing packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq

    local -a install=()
    for spec in "${missing[@]}"; do
        IFS='|' read -ra alternatives <<<"$spec"
        found=""
        for alternative in "${alternatives[@]}"; do
            if package_available "$alternative"; then
                found=$alternative
                break
            fi
        done
        [[ -n $found ]] || die "no package '$spec' in this distribution's archive (see README.md)"
        install+=("$found")
    done
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        -o DPkg::Lock::Timeout=600 "${install[@]}" </dev/null
}

# The libFuzzer runtime matching the installed clang (clang-14 on Debian 12 needs
# libclang-rt-14-dev; the clang package does not pull it in).
clang_runtime_package() {
    local major
    major=$(clang++ -dumpversion 2>/dev/null | cut -d. -f1)
    [[ -n $major ]] && echo "libclang-rt-${major}-dev"
}

# configure_build DIR ARGS...: configures DIR with Ninja, keeping whatever generator an existing
# build tree already uses (CMake refuses to switch generators in place).
configure_build() {
    local dir=$1
    shift
    local -a generator=(-G Ninja)
    if [[ -f $dir/CMakeCache.txt ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$dir/CMakeCache.txt"; then
        log "$dir was configured with another generator; keeping it"
        generator=()
    fi
    cmake -S "$HOOKBENCH_ROOT" -B "$dir" "${generator[@]}" "$@"
}
