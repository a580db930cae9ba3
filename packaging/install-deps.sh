#!/usr/bin/env bash
# Installs the Debian 12 packages MealDesk needs to build, run, test and package (dpkg-dev to
# lintian: `make package` and its test); skips what is installed.
# `install-deps.sh fuzz` adds clang and its libFuzzer runtime, for `make fuzz` only;
# `install-deps.sh lint` adds clang-tidy, for `make lint`.
set -euo pipefail
packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev
    libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev libxkbcommon-dev
    libcrypt-dev libpq-dev libsqlite3-dev postgresql procps openssl xvfb xauth fonts-dejavu-core
    imagemagick
    # Remembered database passwords: QtKeychain loads libsecret at run time to reach the
    # desktop's Secret Service; the keyring test runs its own (tests/gui/keyring-session.sh).
    qtkeychain-qt6-dev libsecret-1-0 dbus dbus-daemon gnome-keyring libsecret-tools
    qt6-translations-l10n librsvg2-bin help2man
    dpkg-dev lintian desktop-file-utils appstream
)
case "${1:-}" in
fuzz) packages+=(clang libclang-rt-14-dev) ;;
lint) packages+=(clang-tidy) ;;
esac
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
