#!/usr/bin/env bash
# Installs the Debian 12 packages ReviewDesk needs that are missing, as root or through sudo.
# Usage: scripts/deps.sh [build|run|test|bench|fuzz|package]...   (default: build)
set -euo pipefail

build_pkgs=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 libgl-dev
    nlohmann-json3-dev libspdlog-dev libsqlite3-dev libvectorscan-dev libxlsxwriter-dev
    libgtest-dev libgmock-dev libbenchmark-dev)
run_pkgs=(qt6-qpa-plugins qt6-translations-l10n fonts-noto-cjk)
test_pkgs=(python3 sqlite3)
bench_pkgs=(python3 sqlite3 hyperfine)
fuzz_pkgs=(clang libclang-rt-14-dev)
# The .deb (cpack + dpkg-shlibdeps) and the checks of the desktop file and AppStream metadata.
package_pkgs=(dpkg-dev file desktop-file-utils appstream)

wanted=("${build_pkgs[@]}")
for group in "${@:-build}"; do
    case "$group" in
        build) ;;
        run) wanted+=("${run_pkgs[@]}") ;;
        test) wanted+=("${test_pkgs[@]}") ;;
        bench) wanted+=("${bench_pkgs[@]}") ;;
        fuzz) wanted+=("${fuzz_pkgs[@]}") ;;
        package) wanted+=("${package_pkgs[@]}") ;;
        *) echo "deps.sh: unknown group '$group'" >&2; exit 2 ;;
    esac
done

missing=()
for p in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    echo "deps.sh: need root or sudo to install: ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
