#!/usr/bin/env bash
# Installs the Debian 12 packages OrderFlow needs to build (and, with --test, to run its tests).
# Idempotent: only missing packages are installed; uses sudo when not root.
set -euo pipefail

build_pkgs=(cmake make g++ pkg-config
  qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev libssh-dev libssl-dev libsqlite3-dev qtkeychain-qt6-dev libgl-dev libxkbcommon-dev)
test_pkgs=(xvfb xauth openssh-server openssh-sftp-server openssh-client dbus gnome-keyring libsecret-tools
  postgresql clang libclang-rt-14-dev python3-jsonschema ccache python3 openssl curl prometheus wrk time)

want=("${build_pkgs[@]}")
if [[ "${1:-}" == "--test" ]]; then want+=("${test_pkgs[@]}"); fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
