#!/bin/sh
# Runs a command against a real secret service (DESIGN §12): a private D-Bus session (dbus-run-session) with
# gnome-keyring-daemon's secrets component, unlocked with a password on stdin, and HOME and the XDG directories
# in a fresh temporary directory, so the test never touches the user's own keyring.
#
#   with-keyring.sh COMMAND [ARGS...]
#
# The command sees ORDERFLOW_TEST_KEYRING_PID (the daemon, for tests that suspend it). Exit code 77 — CTest's
# SKIP_RETURN_CODE — when the keyring cannot run here; otherwise the command's exit code.
set -u

skip() {
    echo "SKIPPED: $*" >&2
    exit 77
}

for tool in dbus-run-session dbus-send gnome-keyring-daemon secret-tool; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed (packaging/install-deps.sh --test installs dbus, gnome-keyring, libsecret-tools)"
done

if [ "${ORDERFLOW_KEYRING_SESSION:-}" != "inner" ]; then
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/orderflow-keyring.XXXXXX") || skip "cannot create a temporary directory"
    trap 'rm -rf "$tmp"' EXIT INT TERM
    mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
    chmod 700 "$tmp/runtime"
    # Set before the bus starts: services it activates inherit its environment.
    HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" \
        XDG_RUNTIME_DIR="$tmp/runtime" ORDERFLOW_KEYRING_SESSION=inner \
        dbus-run-session -- "$0" "$@"
    exit $?
fi

# Inside the private session. --unlock reads the login keyring's password from stdin and creates the keyring;
# --foreground keeps the daemon in this process tree, so it can be stopped by its pid whatever happens.
printf '%s' "orderflow-test-keyring" | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$XDG_RUNTIME_DIR/keyring.env" 2>"$XDG_RUNTIME_DIR/keyring.err" &
daemon=$!
stop_daemon() {
    kill -CONT "$daemon" 2>/dev/null   # in case a test left it suspended
    kill "$daemon" 2>/dev/null
    wait "$daemon" 2>/dev/null
}
trap stop_daemon EXIT INT TERM

# The daemon claims its bus name a moment after it starts.
pid=
tries=0
while [ -z "$pid" ] && [ $tries -lt 50 ] && kill -0 "$daemon" 2>/dev/null; do
    pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null | awk '/uint32/ {print $2}')
    [ -n "$pid" ] || sleep 0.1
    tries=$((tries + 1))
done
[ -n "$pid" ] || skip "gnome-keyring-daemon did not come up on the private bus: $(cat "$XDG_RUNTIME_DIR/keyring.err")"
[ "$pid" = "$daemon" ] || skip "org.freedesktop.secrets belongs to process $pid, not to the daemon started here ($daemon)"

# A round trip with libsecret's own tool proves the keyring stores and finds secrets before the test relies on it.
printf '%s' "probe" | secret-tool store --label=orderflow-keyring-probe orderflow-probe yes 2>"$XDG_RUNTIME_DIR/probe.err" \
    || skip "the keyring does not store secrets: $(cat "$XDG_RUNTIME_DIR/probe.err")"
[ "$(secret-tool lookup orderflow-probe yes 2>/dev/null)" = "probe" ] || skip "the keyring does not return what it stored"
secret-tool clear orderflow-probe yes

export ORDERFLOW_TEST_KEYRING_PID="$pid"
"$@"
exit $?
