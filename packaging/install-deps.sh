#!/usr/bin/env bash
# Installs what Relay Audit needs to build, test and run, from Debian 12
# packages only. Idempotent: packages already present are skipped, and apt is
# not touched at all when nothing is missing. Works as root (CI) or via sudo.
set -euo pipefail

packages=(
    # toolchain (g++ builds the package, clang the dev preset; ccache for
    # rebuilds while developing; lld links in a fifth of GNU ld's time)
    cmake ninja-build g++ pkgconf ccache lld
    # Qt 6 (Qt6Charts' CMake config also needs libqt6opengl6-dev, and Qt6HttpServer's qt6-websockets-dev)
    qt6-base-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev
    qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libxkbcommon-dev libgl-dev libqt6opengl6-dev
    # secrets, crypto, storage, numbers, parsing
    qtkeychain-qt6-dev libsodium-dev libsqlcipher-dev libpq-dev libphonenumber-dev libsimdjson-dev zlib1g-dev libssl-dev
    # engine serve's HTTP server
    libmicrohttpd-dev
    # calendars (Scheduler), browser data of link clicks (ua-parser regexes, read with yaml-cpp)
    libical-dev uap-core libyaml-cpp-dev
    # running the GUI headless (tests, screenshots)
    xvfb xauth fonts-dejavu-core
    # reading PDF reports back in tests (pdftotext); man pages rendered in tests
    poppler-utils man-db
    # the Debian package: dpkg-shlibdeps (dpkg-dev, file) and its validators
    dpkg-dev file desktop-file-utils appstream
    # the dev preset: clang with the sanitizers' and libFuzzer's runtimes
    clang libclang-rt-14-dev
    # static analysis, and memcheck on the gcc preset (.ci/check-static, .ci/check-valgrind)
    cppcheck clang-tidy clang-format valgrind python3
    # a real Secret Service for the keychain tests (.ci/check-keychain)
    gnome-keyring dbus-daemon
    # a throwaway PostgreSQL 15 for the engine-log tests (tests/support/pg-cluster)
    postgresql-15 postgresql-client-15 openssl
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
