#!/usr/bin/env bash
# Installs every Debian 12 package FluxLens needs to build, test and run.
# Non-interactive and idempotent: packages already present are left alone.
#   packaging/install-deps.sh          build, test and run dependencies
#   packaging/install-deps.sh --bench  also the Python tools the benchmarks compare against
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang-format
  # Qt 6.4: Widgets, Charts, Svg, PrintSupport, Concurrent, Test, LinguistTools
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev
  # engine libraries
  libtorch-dev libopenblas0-pthread libgdal-dev libproj-dev libsqlite3-dev
  libxgboost-dev nlohmann-json3-dev libzip-dev libzstd-dev nettle-dev
  # data the program shows: GSHHS land polygons
  python-cartopy-data
  # running the GUI headless, checking exports and packaging metadata
  xvfb xauth fonts-dejavu-core poppler-utils desktop-file-utils appstream
  # building the Debian package (cpack -G DEB runs file and dpkg-shlibdeps) and checking it
  file dpkg-dev lintian
)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(python3-pandas python3-torch)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: installed ${#missing[@]} packages"
