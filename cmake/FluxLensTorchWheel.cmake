# LibTorch straight from a PyTorch wheel's folder (FLUXLENS_TORCH_PACKAGE_DIR, the folder of
# torch/__init__.py), for the ML-only build. A CUDA wheel's own TorchConfig.cmake wants a CUDA
# toolkit (nvcc, cuDNN headers) although nothing here is compiled for the GPU, so its libraries are
# linked directly. FLUXLENS_TORCH_CXX11_ABI is torch._C._GLIBCXX_USE_CXX11_ABI (0 or 1).
set(dir "${FLUXLENS_TORCH_PACKAGE_DIR}")
foreach(lib torch torch_cpu c10)
  find_library(FLUXLENS_TORCH_${lib} NAMES ${lib} PATHS "${dir}/lib" NO_DEFAULT_PATH REQUIRED)
endforeach()
find_library(FLUXLENS_TORCH_torch_cuda NAMES torch_cuda PATHS "${dir}/lib" NO_DEFAULT_PATH)
find_library(FLUXLENS_TORCH_c10_cuda NAMES c10_cuda PATHS "${dir}/lib" NO_DEFAULT_PATH)

add_library(fluxlens_torch_wheel INTERFACE)
target_include_directories(fluxlens_torch_wheel SYSTEM INTERFACE
  "${dir}/include" "${dir}/include/torch/csrc/api/include")
target_link_libraries(fluxlens_torch_wheel INTERFACE
  ${FLUXLENS_TORCH_torch} ${FLUXLENS_TORCH_torch_cpu} ${FLUXLENS_TORCH_c10})
if(FLUXLENS_TORCH_torch_cuda)
  # Nothing calls into libtorch_cuda by name; without --no-as-needed the linker drops it and
  # torch::cuda::is_available() is false.
  target_link_libraries(fluxlens_torch_wheel INTERFACE
    "-Wl,--no-as-needed" ${FLUXLENS_TORCH_torch_cuda} ${FLUXLENS_TORCH_c10_cuda} "-Wl,--as-needed")
endif()
set(TORCH_LIBRARIES fluxlens_torch_wheel)
set(TORCH_CXX_FLAGS "-D_GLIBCXX_USE_CXX11_ABI=${FLUXLENS_TORCH_CXX11_ABI}")
set(TORCH_FOUND TRUE)
message(STATUS "LibTorch from the wheel in ${dir} (CUDA library: ${FLUXLENS_TORCH_torch_cuda})")
