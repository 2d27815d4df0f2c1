#!/usr/bin/env bash
# Installs every Debian package FluxLens needs to build, test and run, on Debian 12 (bookworm)
# or Debian 13 (trixie); other releases are tried with the Debian 13 list and a warning.
# Non-interactive and idempotent: packages already present are left alone.
#   packaging/install-deps.sh          build, test and run dependencies
#   packaging/install-deps.sh --bench  also the Python tools the benchmarks compare against
set -euo pipefail

release=unknown
if [[ -r /etc/os-release ]]; then
  release=$(. /etc/os-release && echo "${ID:-unknown} ${VERSION_ID:-} ${VERSION_CODENAME:-}")
fi
case "$release" in
  "debian 12 "*) echo "install-deps: Debian 12 (bookworm): Qt 6.4, LibTorch 1.13, GDAL 3.6" ;;
  "debian 13 "*) echo "install-deps: Debian 13 (trixie): Qt 6.8, LibTorch 2.6, GDAL 3.10" ;;
  *) echo "install-deps: warning: $release is not a tested release (Debian 12 and 13 are)" >&2 ;;
esac

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang-format
  # Qt 6.4: Widgets, Charts, Svg, PrintSupport, Concurrent, Test, LinguistTools
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev
  # engine libraries
  libtorch-dev libopenblas0-pthread libgdal-dev libproj-dev libsqlite3-dev
  libxgboost-dev nlohmann-json3-dev libzip-dev libzstd-dev nettle-dev
  # upscaling across ranks (fluxlens-cli upscale under mpirun; tst_upscale_demo runs it)
  libopenmpi-dev openmpi-bin
  # data the program shows: GSHHS land polygons
  python-cartopy-data
  # running the GUI headless, checking exports and packaging metadata
  xvfb xauth fonts-dejavu-core poppler-utils desktop-file-utils appstream
  # building the Debian package (cpack -G DEB runs file and dpkg-shlibdeps) and checking it
  file dpkg-dev lintian
)
# Qt 6.4 ships the OpenGL module's headers separately; from Qt 6.8 on qt6-base-dev holds them
# (libqt6opengl6-dev is only a virtual package there, which dpkg-query never reports installed).
if [[ "$release" == "debian 12 "* ]]; then
  packages+=(libqt6opengl6-dev)
fi
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(python3-pandas python3-torch python3-xarray python3-netcdf4 gdal-bin)
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
