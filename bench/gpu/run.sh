#!/usr/bin/env bash
# The GPU check: on a Linux machine with an NVIDIA GPU, CMake, a C++ compiler and a CUDA build of
# LibTorch (none of FluxLens's other packages), builds the ML engine alone and measures it.
#   bench/gpu/prepare.sh          first, on a Debian machine: nlohmann-json and SQLite
#   bench/gpu/run.sh              then here; about 5 minutes on 8 cores
# Environment:
#   TORCH      LibTorch: a PyTorch wheel's folder (default: the one python3 imports, else the
#              LibTorch that CMake finds by itself, e.g. Debian's libtorch-dev)
#   DEPS       the folder prepare.sh made (default bench/gpu/deps)
#   BUILD      build folder (default build-gpu in the source tree, ignored by git)
#   BATCH      training batch in windows for bench_ml (default: 32 on the CPU, 256 on CUDA)
#   EPOCHS     epochs per stage in bench_ml (default 2);  THREADS  CPU threads (default 2)
#   JOBS       compile jobs (default: all cores)
# Runs tst_ml_device on the CPU and, with a GPU, on CUDA (train, predict, metrics against the
# CPU, save on CUDA and load on the CPU), then bench_ml on CPU and CUDA: windows/s, s/epoch, the
# GPU/CPU ratio and the peak GPU memory (nvidia-smi, GPU 0, sampled every 0.2 s).
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
deps=$(realpath -m "${DEPS:-$src/bench/gpu/deps}")
build=$(realpath -m "${BUILD:-$src/build-gpu}")
jobs=${JOBS:-$(nproc)}
start=$SECONDS
say() { printf '== [%3ds] %s\n' $((SECONDS - start)) "$*"; }

[[ -f "$deps/paths.env" ]] || { echo "run: $deps/paths.env missing: run bench/gpu/prepare.sh first" >&2; exit 2; }
# shellcheck disable=SC1091
source "$deps/paths.env"

torch_args=()
torch_dir=${TORCH:-}
if [[ -z "$torch_dir" ]] && command -v python3 >/dev/null; then
  torch_dir=$(python3 -c 'import os, torch; print(os.path.dirname(torch.__file__))' 2>/dev/null || true)
  [[ -d "$torch_dir/include/torch" ]] || torch_dir="" # Debian's python3-torch: headers in /usr
fi
if [[ -n "$torch_dir" ]]; then
  abi=$(python3 -c 'import torch; print(int(torch._C._GLIBCXX_USE_CXX11_ABI))' 2>/dev/null || echo 1)
  torch_args=(-DFLUXLENS_TORCH_PACKAGE_DIR="$torch_dir" -DFLUXLENS_TORCH_CXX11_ABI="$abi")
  say "LibTorch from $torch_dir (C++11 ABI: $abi)"
else
  say "LibTorch: the one CMake finds (find_package(Torch))"
fi

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
command -v ccache >/dev/null && generator+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
mkdir -p "$build"
say "configure (ML-only build) in $build"
cmake -S "$src" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DFLUXLENS_ML_ONLY=ON \
  -DSQLite3_INCLUDE_DIR="$deps/$SQLITE3_INCLUDE_DIR" -DSQLite3_LIBRARY="$deps/$SQLITE3_LIBRARY" \
  -Dnlohmann_json_DIR="$deps/$NLOHMANN_JSON_DIR" \
  -DZSTD_INCLUDE_DIR="$deps/$ZSTD_INCLUDE_DIR" -DZSTD_LIBRARY="$deps/$ZSTD_LIBRARY" "${torch_args[@]}" >"$build/fluxlens-configure.log" 2>&1 ||
  { tail -n 30 "$build/fluxlens-configure.log"; exit 1; }
say "build tst_ml_device and bench_ml with $jobs jobs"
cmake --build "$build" -j"$jobs" --target tst_ml_device bench_ml >"$build/fluxlens-build.log" 2>&1 ||
  { grep -m5 -A10 "error" "$build/fluxlens-build.log" || tail -n 30 "$build/fluxlens-build.log"; exit 1; }

gpu=0
if command -v nvidia-smi >/dev/null && nvidia-smi -L >/dev/null 2>&1; then
  gpu=1
  nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader | sed 's/^/   GPU: /'
else
  say "no NVIDIA GPU here (nvidia-smi sees none): CPU only, no GPU figures"
fi

status=0
say "tst_ml_device --device cpu"
"$build/tests/ml/tst_ml_device" --device cpu || status=1
if ((gpu)); then
  say "tst_ml_device --device cuda"
  "$build/tests/ml/tst_ml_device" --device cuda || status=1
fi

bench=("$build/bench/ml/bench_ml" --no-python --no-memory --epochs "${EPOCHS:-2}" --threads "${THREADS:-2}")
[[ -n "${BATCH:-}" ]] && bench+=(--batch "$BATCH")
if ((gpu)); then
  say "bench_ml on CPU and CUDA"
  # Peak GPU memory while the benchmark runs, above what the GPU used before it started (the
  # driver's per-process figure is unusable in containers, whose process ids it does not see).
  idle=$(nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits -i 0)
  peak_file=$(mktemp)
  echo 0 >"$peak_file"
  "${bench[@]}" --device all &
  bench_pid=$!
  while kill -0 "$bench_pid" 2>/dev/null; do
    used=$(nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits -i 0 2>/dev/null || echo 0)
    if ((used - idle > $(cat "$peak_file"))); then echo $((used - idle)) >"$peak_file"; fi
    sleep 0.2
  done
  wait "$bench_pid" || status=1
  echo "   peak GPU memory during bench_ml: $(cat "$peak_file") MiB above the idle $idle MiB (nvidia-smi, GPU 0)"
  rm -f "$peak_file"
else
  say "bench_ml on the CPU"
  "${bench[@]}" --device cpu || status=1
fi
say "done: $([[ $status -eq 0 ]] && echo PASSED || echo FAILED)"
exit $status
