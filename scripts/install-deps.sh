#!/usr/bin/env bash
# Installs every Debian package Outflow needs to build, run and test, then the one library Debian
# does not have (Apache Arrow C++, scripts/arrow.sh). Idempotent: what is present is skipped
# quickly, so the run and test commands can always call it.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6svg6 libgl-dev
  libqcustomplot-dev libqcustomplot2.1-qt6
  librdkafka-dev zlib1g-dev libzstd-dev zstd libavro-dev
  libthrift-dev thrift-compiler libboost-dev
  kcat openjdk-17-jdk-headless maven
  xvfb xauth fonts-noto-cjk desktop-file-utils
  python3 python3-venv python3-pip procps iproute2 time curl
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
else
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

"$REPO/scripts/arrow.sh" fetch
