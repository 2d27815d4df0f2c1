#!/usr/bin/env bash
# Builds FluxLens and runs its whole test suite inside a Debian 13 (trixie) root made with
# debootstrap from the Debian archive this machine's apt already uses. Run as root:
#   packaging/check-debian13.sh [ROOT]        ROOT defaults to /var/tmp/fluxlens-trixie
# Environment: JOBS (build and test jobs, default 2), MIRROR (default: this machine's Debian URI).
# The source is bind-mounted read-only at /src/fluxlens; the build directory and a ccache live
# inside ROOT, so the checkout stays clean and a second run only rebuilds what changed.
# Prints the CTest summary and the library versions it built against; exits with CTest's status.
set -euo pipefail

root=$(realpath -m "${1:-/var/tmp/fluxlens-trixie}")
jobs=${JOBS:-2}
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

die() {
  echo "check-debian13: $*" >&2
  exit 2
}
[[ $(id -u) -eq 0 ]] || die "must run as root (debootstrap, mount and chroot need it)"
command -v debootstrap >/dev/null || die "debootstrap is not installed (apt-get install debootstrap)"
case "$root" in
  "$src" | "$src"/*) die "ROOT $root lies inside the source tree; choose a folder outside it" ;;
esac

host_mirror() {
  # The first Debian (not security) archive in the host's apt sources, one-line or deb822 format.
  cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources \
    2>/dev/null | grep -oE 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -n1 | tr -d ' ' || true
}
mirror=${MIRROR:-$(host_mirror)}
[[ -n "$mirror" ]] || die "no Debian archive found in /etc/apt/sources*; set MIRROR"

if [[ ! -x "$root/usr/bin/apt-get" ]]; then
  echo "check-debian13: debootstrap trixie from $mirror into $root"
  mkdir -p "$root"
  debootstrap --variant=minbase trixie "$root" "$mirror"
fi
echo "deb $mirror trixie main" >"$root/etc/apt/sources.list"

mounts=()
unmount_all() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" || true; done
}
trap unmount_all EXIT
bind() { # bind SOURCE TARGET [ro]
  mkdir -p "$2"
  mount --bind "$1" "$2"
  mounts+=("$2")
  if [[ "${3:-}" == ro ]]; then mount -o remount,bind,ro "$2"; fi
}
mount -t proc proc "$root/proc" && mounts+=("$root/proc")
bind /dev "$root/dev"
bind /dev/pts "$root/dev/pts"
mount -t tmpfs tmpfs "$root/dev/shm" && mounts+=("$root/dev/shm")
bind "$src" "$root/src/fluxlens" ro
# The tests read the project's public data from ../shared/data next to the source.
if [[ -d "$src/../shared/data" ]]; then
  bind "$(realpath "$src/../shared")" "$root/src/shared" ro
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"

chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  JOBS="$jobs" /bin/bash -euo pipefail -c '
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends ccache ca-certificates >/dev/null
# The README command itself: it must resolve every package on trixie.
/src/fluxlens/packaging/install-deps.sh
export CCACHE_DIR=/var/cache/fluxlens-ccache
cmake -S /src/fluxlens -B /build -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/build-configure.log \
  || { tail -n 40 /build-configure.log; exit 1; }
cmake --build /build -j"$JOBS" >/build.log 2>&1 || { grep -B5 -A20 -m3 "error" /build.log; tail -n 20 /build.log; exit 1; }
echo "== compiler warnings in the build: $(grep -c "warning:" /build.log || true)"
grep -A3 "warning:" /build.log | head -n 40 || true
status=0
ctest --test-dir /build -j"$JOBS" --output-on-failure >/ctest.log 2>&1 || status=$?
grep -E "^ *[0-9]+/[0-9]+ Test|tests passed|Total Test time" /ctest.log | tail -n 80
grep -A30 -- "The following tests FAILED" /ctest.log || true
echo "== built against (Debian 13 packages)"
. /etc/os-release && echo "Debian $VERSION_ID ($VERSION_CODENAME)"
for p in gcc cmake qt6-base-dev libtorch-dev libgdal-dev libproj-dev libxgboost-dev libsqlite3-dev; do
  printf "  %-16s %s\n" "$p" "$(dpkg-query -W -f="\${Version}" "$p" 2>/dev/null || echo missing)"
done
grep -E "^(Torch_DIR|GDAL_DIR|PROJ_DIR|Qt6_DIR|XGBOOST_LIBRARY|SQLite3_LIBRARY):" /build/CMakeCache.txt | sed "s/^/  /"
exit $status
'
