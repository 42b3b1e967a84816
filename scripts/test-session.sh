#!/usr/bin/env bash
# Runs a command in the environment Hookbench's tests expect:
#  - a private D-Bus session bus with gnome-keyring unlocked on it (a real Secret Service for the
#    keychain tests), exported as HOOKBENCH_SECRET_SERVICE=1 when it is up;
#  - QT_QPA_PLATFORM=offscreen and no DISPLAY/WAYLAND_DISPLAY, so nothing opens on your desktop;
#  - throwaway XDG data/config/cache/runtime folders, so tests never touch your own settings,
#    store or keyring. Everything is removed when the command ends.
#
# Usage: scripts/test-session.sh COMMAND [ARGS...]
#   e.g. scripts/test-session.sh ctest --test-dir build -R keychain --output-on-failure
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

start_keyring() {
    if ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
        log "gnome-keyring-daemon is not installed: no Secret Service for the keychain tests"
        return 0
    fi
    # The password unlocks only the throwaway login keyring under the private XDG_DATA_HOME.
    local line
    while IFS= read -r line; do
        [[ $line =~ ^[A-Z_]+= ]] && export "${line?}"
    done < <(printf '%s' hookbench | gnome-keyring-daemon --daemonize --unlock --components=secrets)

    local i
    for ((i = 0; i < 100; i++)); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q 'boolean true'; then
            export HOOKBENCH_SECRET_SERVICE=1
            return 0
        fi
        sleep 0.1
    done
    die "gnome-keyring-daemon did not take org.freedesktop.secrets on the session bus"
}

# Second stage: we are inside dbus-run-session. The bus (and gnome-keyring with it) goes away
# when the command ends.
if [[ ${1-} == --in-session ]]; then
    shift
    start_keyring
    exec "$@"
fi

(($#)) || die "usage: $0 COMMAND [ARGS...]"
command -v dbus-run-session >/dev/null 2>&1 || die "dbus-run-session not found (apt-get install dbus)"

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/hookbench-test.XXXXXX")
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/runtime" "$sandbox/data" "$sandbox/config" "$sandbox/cache"
chmod 700 "$sandbox/runtime"
export XDG_RUNTIME_DIR="$sandbox/runtime"
export XDG_DATA_HOME="$sandbox/data"
export XDG_CONFIG_HOME="$sandbox/config"
export XDG_CACHE_HOME="$sandbox/cache"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL HOOKBENCH_SECRET_SERVICE
export QT_QPA_PLATFORM=offscreen
# Child processes' qDebug/qWarning go to stderr (and so into ctest's log), not to journald.
export QT_FORCE_STDERR_LOGGING=1

status=0
dbus-run-session -- "$0" --in-session "$@" || status=$?
exit "$status"
