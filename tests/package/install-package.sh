#!/usr/bin/env bash
# package/install: builds the .deb as `make package` does (the `package` preset, in a build folder
# of its own), checks it with lintian, installs it with apt-get, runs both programs from /usr/bin,
# removes it and checks that it is gone. Installing needs root (CI runs as root): without it the
# test fails. The machine's packages are left as they were found.
set -euo pipefail
source_dir=$1
build_dir=$2

fail() {
    echo "package/install: $*" >&2
    exit 1
}
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
installed_packages() {
    dpkg-query -W -f='${Status} ${Package}\n' | sed -n 's/^install ok installed //p' | sort
}

[ "$(id -u)" -eq 0 ] || fail "must run as root: it installs and removes the mealdesk package"
# An installed mealdesk would be replaced and then removed: the machine would not be as found.
installed mealdesk && fail "mealdesk $(dpkg-query -W -f='${Version}' mealdesk) is installed;" \
    "this test installs and removes its own build: remove it first (apt-get remove mealdesk)"

cmake --preset package -S "$source_dir" -B "$build_dir" >/dev/null
rm -f "$build_dir"/mealdesk_*.deb
start=$SECONDS
cmake --build "$build_dir" --target package
echo "package built in $((SECONDS - start)) s"
debs=("$build_dir"/mealdesk_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one mealdesk_*.deb in $build_dir, found: ${debs[*]}"
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes; Depends: $depends"
# dpkg-shlibdeps ran (the Qt libraries the programs link), and the plugins it cannot see are there.
for needed in libqt6widgets6 libpq5 libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins \
    qt6-translations-l10n; do
    grep -q "\b$needed\b" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
lintian --fail-on error,warning "$deb"

work=$(mktemp -d)
before=$(installed_packages)
cleanup() {
    installed mealdesk && apt-get remove -y -qq mealdesk >/dev/null
    # The dependencies apt-get brought in for the package go too.
    local added
    added=$(comm -13 <(echo "$before") <(installed_packages))
    [ -z "$added" ] || apt-get remove -y -qq $added >/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(realpath "$deb")" >/dev/null

# The programs' settings and demo database in a folder of the test's own, not root's home.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
[ "$(/usr/bin/mealdesk-cli --version)" = "mealdesk-cli $version" ] || fail "mealdesk-cli --version"
[ "$(QT_QPA_PLATFORM=offscreen /usr/bin/mealdesk --version)" = "mealdesk $version" ] ||
    fail "mealdesk --version"

# A new SQLite file: migrated (the migrations are in the program) through the SQLite driver.
database=sqlite://$work/new.db
printf 'package-test-pass\n' | /usr/bin/mealdesk-cli --database "$database" init --admin root
export MEALDESK_USER=root MEALDESK_PASSWORD=package-test-pass
/usr/bin/mealdesk-cli --database "$database" origins add 'HTTPS://Example.COM:443/'
[ "$(/usr/bin/mealdesk-cli --database "$database" origins export)" = "https://example.com" ] ||
    fail "origins export did not give the origin added"
# PostgreSQL's driver loads: a port where nothing listens fails to connect, not to find a driver.
closed_port=postgresql://nobody@127.0.0.1:1/none
if pg_error=$(LC_ALL=C /usr/bin/mealdesk-cli --database $closed_port db check 2>&1); then
    fail "db check on a closed port succeeded"
fi
grep -q "Connection refused" <<<"$pg_error" || fail "PostgreSQL: $pg_error"

for file in /usr/share/applications/org.example.mealdesk.desktop \
    /usr/share/metainfo/org.example.mealdesk.metainfo.xml \
    /usr/share/icons/hicolor/{16,22,24,32,48,64,128,256}x*/apps/mealdesk.png \
    /usr/share/icons/hicolor/scalable/apps/mealdesk.svg \
    /usr/share/man/man1/mealdesk.1.gz /usr/share/man/man1/mealdesk-cli.1.gz \
    /usr/share/bash-completion/completions/mealdesk-cli; do
    [ -s "$file" ] || fail "$file is not installed"
done

apt-get remove -y -qq mealdesk >/dev/null
[ ! -e /usr/bin/mealdesk ] && [ ! -e /usr/bin/mealdesk-cli ] || fail "/usr/bin/mealdesk is left"
installed mealdesk && fail "dpkg still lists mealdesk as installed"
echo "package/install: $(basename "$deb") installed, ran and removed"
