#!/usr/bin/env bash
# Runs a command with a throwaway HOME and XDG directories and an unlocked gnome-keyring
# answering org.freedesktop.secrets on the current (private) session bus. Used by dev.sh.
set -euo pipefail
scratch=$(mktemp -d /tmp/moderato-test.XXXXXX)
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data \
       XDG_CACHE_HOME=$scratch/cache XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY

keyring_pid=
cleanup() {
    if [[ -n $keyring_pid ]]; then kill "$keyring_pid" 2>/dev/null || true; wait "$keyring_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

echo -n "moderato-test-keyring" | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$scratch/keyring.log" 2>&1 &
keyring_pid=$!
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        break
    fi
    sleep 0.1
done
"$@"
