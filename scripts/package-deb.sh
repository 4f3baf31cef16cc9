#!/usr/bin/env bash
# Builds the release binaries and the Debian package build/release/reviewdesk_<version>_amd64.deb,
# then checks the desktop file and the AppStream metadata.
#   scripts/package-deb.sh            build the .deb
#   scripts/package-deb.sh --install  also install it with apt and run its start-up self-test
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh build package
cmake --preset release >/dev/null
cmake --build --preset release -- -j"$(nproc)"
(cd build/release && cpack -G DEB)
deb=$(ls -t build/release/reviewdesk_*_amd64.deb | head -n1)

desktop-file-validate resources/desktop/*.desktop
appstreamcli validate --no-net resources/desktop/*.metainfo.xml
echo "package: $deb"
dpkg-deb --field "$deb" Package Version Depends

if [ "${1:-}" = "--install" ]; then
    SUDO=()
    [ "$(id -u)" -eq 0 ] || SUDO=(sudo)
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "./$deb"
    QT_QPA_PLATFORM=offscreen reviewdesk --self-test
    reviewdesk-cli --help >/dev/null
    echo "installed and started: OK"
fi
