#!/usr/bin/env bash
# Runs a test (its command line) with a desktop keyring of its own: a private D-Bus session
# bus with an unlocked gnome-keyring Secret Service, and HOME and the XDG folders in a
# temporary directory, so that the person's own keyring and files are never touched. Needs no
# display, and works as root.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: keyring-session.sh TEST [ARGUMENTS...]" >&2; exit 2; }
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null ||
        { echo "keyring-session: $tool is missing (bash packaging/install-deps.sh)" >&2; exit 1; }
done
home=$(mktemp -d /tmp/mealdesk-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/runtime"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
export XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime"
# The test refuses to run outside such a session.
export MEALDESK_TEST_KEYRING_SESSION="$home"
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
# The daemon leaves when the session bus ends with the test.
dbus-run-session -- bash -c '
    printf "mealdesk-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null ||
        { echo "keyring-session: gnome-keyring-daemon did not start" >&2; exit 1; }
    exec "$@"' keyring-session "$@"
