#!/usr/bin/env bash
# Run on a Debian machine before bench/gpu/run.sh goes to a GPU box: extracts the headers and
# libraries the ML-only build needs besides LibTorch (nlohmann-json, SQLite, zstd) from their .deb files.
#   bench/gpu/prepare.sh [DIR]        DIR defaults to bench/gpu/deps (ignored by git)
# Downloads the .debs with apt-get from the archive this machine's apt uses; needs no root.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$(realpath -m "${1:-$here/deps}")
packages=(nlohmann-json3-dev libsqlite3-dev libzstd-dev)

command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null ||
  { echo "prepare: needs a Debian machine (apt-get, dpkg-deb)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work" # apt-get download fetches as the _apt user when run as root
(cd "$work" && apt-get download -q "${packages[@]}")
rm -rf "$out"
mkdir -p "$out"
for deb in "$work"/*.deb; do
  dpkg-deb -x "$deb" "$out"
  echo "prepare: $(basename "$deb")"
done
# Only what the build reads: headers, the CMake config of nlohmann-json, the static libraries of
# SQLite and zstd (linked in, so the GPU box needs neither of its own).
rm -rf "$out/usr/share/doc" "$out/usr/share/pkgconfig" "$out/usr/lib"/*/pkgconfig
find "$out" \( -name 'libsqlite3.so*' -o -name 'libzstd.so*' \) -delete
sqlite_lib=$(find "$out" -name libsqlite3.a | head -n1)
json_config=$(find "$out" -name nlohmann_jsonConfig.cmake | head -n1)
zstd_lib=$(find "$out" -name libzstd.a | head -n1)
[[ -n "$sqlite_lib" && -n "$json_config" && -n "$zstd_lib" ]] ||
  { echo "prepare: libsqlite3.a, libzstd.a or nlohmann_jsonConfig.cmake missing in $out" >&2; exit 1; }
{
  echo "SQLITE3_INCLUDE_DIR=$(dirname "$(find "$out" -name sqlite3.h | head -n1)")"
  echo "SQLITE3_LIBRARY=$sqlite_lib"
  echo "NLOHMANN_JSON_DIR=$(dirname "$json_config")"
  echo "ZSTD_INCLUDE_DIR=$(dirname "$(find "$out" -name zstd.h | head -n1)")"
  echo "ZSTD_LIBRARY=$zstd_lib"
} | sed "s|=$out/|=|" >"$out/paths.env"
echo "prepare: $(du -sh "$out" | cut -f1) in $out; copy it with the source (or pass DEPS=DIR to run.sh)"
