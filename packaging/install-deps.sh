#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package CostBoard needs to build, test and run.
# This is the only place that lists them (the README names them too, for people reading).
# Idempotent and non-interactive: safe to run again; run as root (or it re-runs itself with sudo).
# Usage: install-deps.sh [--list]
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git ca-certificates
    # house style: the `style` test checks formatting, the `tidy` target runs the static checks
    clang-format clang-tidy
    # the core-only build: clang 14 with the libFuzzer, ASan and UBSan runtimes (libclang-rt-14-dev,
    # only recommended by clang, which --no-install-recommends would leave out) for tests/fuzz
    clang libclang-rt-14-dev
    # Qt 6.4: Widgets, Sql (SQLite + PostgreSQL drivers), PrintSupport, Svg, LinguistTools
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
    libgl-dev libvulkan-dev
    # storage and logging: SQLite, and PostgreSQL 15 for teams (libpq under Qt's driver; the
    # server, which the test suite starts in a temporary folder, and its pg_dump for backups)
    libsqlite3-dev sqlite3 libspdlog-dev
    libpq-dev postgresql-15 postgresql-client-15
    # server passwords in the system keychain (Secret Service, KWallet), never in the settings
    qtkeychain-qt6-dev
    # imports: libcsv (strict RFC 4180 CSV parsing)
    libcsv-dev
    # exports: libxlsxwriter (Excel .xlsx files, BSD licence); its pkg-config file links zlib,
    # which its package does not pull in
    libxlsxwriter-dev zlib1g-dev
    # tests read the report and the exports back with independent tools: pdftotext and
    # pdftoppm (poppler), xlsx2csv, and Python's standard library for the .ics calendar
    poppler-utils xlsx2csv python3
    # fonts so text renders the same offscreen, on Xvfb and in PDFs
    fonts-dejavu-core fonts-noto-core
    # headless display for running the GUI without a screen (screenshots, demo under xvfb-run)
    xvfb xauth
    # packaging: the .deb's Depends (dpkg-shlibdeps, which needs `file`), its icons rendered from
    # the SVG (rsvg-convert), and the checks of its desktop file, AppStream metainfo and man page
    dpkg-dev file librsvg2-bin desktop-file-utils appstream man-db
)

# --list prints the packages, one a line (e.g. to remove the build tools again before checking that
# the .deb's Depends are enough on their own).
if [ "${1:-}" = --list ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    exec sudo -E bash "$0" "$@"
fi

export DEBIAN_FRONTEND=noninteractive
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
